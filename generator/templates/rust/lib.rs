{{ header }}
#![doc = include_str!("../README.md")]
#![no_std]
// Doc comments quote the vendors' documents, whose words are not code.
#![allow(clippy::doc_markdown)]
{% for c in catalogs %}
#[cfg(feature = "{{ c.catalog.id }}")]
pub mod {{ c.module }};
#[cfg(feature = "{{ c.catalog.id }}")]
pub use {{ c.module }}::{{ c.catalog.type_name }};
{%- endfor %}
