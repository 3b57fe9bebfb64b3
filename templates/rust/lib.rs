{{ header }}
#![doc = include_str!("../README.md")]
#![no_std]
// Doc comments quote the vendors' documents, whose words are not code.
#![allow(clippy::doc_markdown)]

// The catalogs' modules are laid out by prettyplease, not rustfmt.
{%- for c in catalogs %}
#[cfg(feature = "{{ c.catalog.id }}")]
#[rustfmt::skip]
pub mod {{ c.module }};
#[cfg(feature = "{{ c.catalog.id }}")]
pub use {{ c.module }}::{{ c.catalog.type_name }};
{%- endfor %}
