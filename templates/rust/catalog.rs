{{ header }}
{{ catalog.catalog.title|md|rust_inner_doc }}
//!
{{ catalog.source_sentence|rust_inner_doc }}
//!
{{ catalog.matching_sentence|rust_inner_doc }}
//!
//! Generated from `{{ catalog.spec_path }}`.

/// Every event type of the catalog, and a catch-all for the ones it does not list.
#[derive(eventgen::EventType, Debug, Clone, PartialEq, Eq, Hash)]
{%- if catalog.case_insensitive %}
#[event(case_insensitive, doc_descriptions = false)]
{%- else %}
#[event(doc_descriptions = false)]
{%- endif %}
#[non_exhaustive]
pub enum {{ catalog.catalog.type_name }} {
{%- for e in catalog.events %}
{{ e.rust_doc|rust_doc("    ") }}
{%- if let Some(deprecated) = e.rust_deprecated %}
    {{ deprecated }}
{%- endif %}
{%- if e.rust_vertical %}
    #[event(
{%- for item in e.rust_items %}
        {{ item }}{% if !loop.last %},{% endif %}
{%- endfor %}
    )]
{%- else %}
    #[event({{ e.rust_items|join(", ") }})]
{%- endif %}
    {{ e.event.ident.rust }},
{%- endfor %}
    /// An event the catalog does not list, kept exactly as received.
    #[event(other)]
    {{ catalog.catalog.other }}(eventgen::Unknown<Self>),
}
{%- if modules.records %}

#[cfg(feature = "serde")]
mod records;
#[cfg(feature = "serde")]
pub use records::*;
{%- endif %}
{%- if modules.queries %}

mod queries;
pub use queries::*;
{%- endif %}
{%- if modules.endpoints %}

pub mod endpoints;
{%- endif %}
