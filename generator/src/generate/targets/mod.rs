//! One module per target: the files it writes and the templates that lay them out.

mod api_example;
pub(super) mod conformance;
pub(super) mod docs;
pub(super) mod payloads;
pub(super) mod python;
mod python_api;
pub(super) mod rust;
pub(super) mod rust_records;
pub(super) mod typescript;
mod typescript_api;
