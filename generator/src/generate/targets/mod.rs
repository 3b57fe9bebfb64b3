//! One module per target: the files it writes and the templates that lay them out.

pub(super) mod conformance;
pub(super) mod docs;
pub(super) mod payloads;
pub(super) mod python;
pub(super) mod rust;
pub(super) mod rust_records;
pub(super) mod typescript;
