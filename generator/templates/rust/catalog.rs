{{ header }}
{{ catalog.catalog.title|md|rust_inner_doc }}
//!
{{ catalog.source_sentence|rust_inner_doc }}
//!
{{ catalog.matching_sentence|rust_inner_doc }}
//!
//! Generated from `{{ catalog.spec_path }}`.
// Laid out by prettyplease, not rustfmt (an inner `rustfmt::skip` needs the `cfg_attr`).
#![cfg_attr(rustfmt, rustfmt::skip)]

{{ items }}
