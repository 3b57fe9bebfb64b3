//! The view model: everything the templates show, decided here so that templates only
//! lay it out.

use eventgen_catalog::chars::show_hidden;
use eventgen_catalog::markdown::{self, event_doc};
use eventgen_catalog::naming::module_name;
use eventgen_catalog::{Catalog, Event, MatchMode};

use super::Spec;
use super::filters::rust_string;

/// rustfmt's `attr_fn_like_width`: the longest argument list it keeps on one line in an
/// attribute. Generated Rust follows rustfmt's layout so that it is rustfmt-clean as
/// written, without running rustfmt.
const RUST_ATTRIBUTE_ARGUMENTS_WIDTH: usize = 70;

// The flags are what templates branch on; an enum per flag would only rename them.
#[allow(clippy::struct_excessive_bools)]
pub(crate) struct CatalogView<'a> {
    pub(crate) catalog: &'a Catalog,
    /// `specs/teleport.yaml`
    pub(crate) spec_path: &'a str,
    /// Rust module and file name: `cloudpassage_halo`.
    pub(crate) module: String,
    /// `exact` or `ascii-case-insensitive`, as specs write it.
    pub(crate) match_mode: &'static str,
    pub(crate) case_insensitive: bool,
    pub(crate) coded: bool,
    /// Whether any event has a label (else the docs table has no label column).
    pub(crate) has_labels: bool,
    /// Whether any event has a category.
    pub(crate) has_categories: bool,
    /// One sentence on the source document, in Markdown:
    /// "From Audit Events, version v24 (<url>)."
    pub(crate) source_sentence: String,
    /// The same sentence as plain text (hidden characters shown all the same): "From
    /// Audit Events, version v24 (url)."
    pub(crate) source_plain: String,
    /// One sentence on matching and unknown values.
    pub(crate) matching_sentence: String,
    pub(crate) events: Vec<EventView<'a>>,
    /// A known event for examples: the first one not deprecated.
    pub(crate) example: &'a Event,
}

pub(crate) struct EventView<'a> {
    pub(crate) event: &'a Event,
    /// Markdown for the Rust doc comment: label, description, facts, note.
    pub(crate) rust_doc: String,
    /// The `#[event(...)]` items: `name = "…"`, `code = 1`, …
    pub(crate) rust_items: Vec<String>,
    /// Whether the attribute is too wide for one line (rustfmt's layout then).
    pub(crate) rust_vertical: bool,
    /// `#[deprecated = "…"]`, when deprecated.
    pub(crate) rust_deprecated: Option<String>,
    /// The Markdown table's description cell text: description, aliases, deprecation,
    /// note (escaped by the template's filter).
    pub(crate) docs_details: String,
}

impl<'a> CatalogView<'a> {
    pub(crate) fn new(spec: &'a Spec) -> Self {
        let catalog = &spec.catalog;
        let case_insensitive = catalog.match_mode == MatchMode::AsciiCaseInsensitive;
        let source = &catalog.source;
        CatalogView {
            catalog,
            spec_path: &spec.shown_path,
            module: module_name(&catalog.id),
            match_mode: catalog.match_mode.as_str(),
            case_insensitive,
            coded: catalog.is_coded(),
            has_labels: catalog.events.iter().any(|event| event.label.is_some()),
            has_categories: catalog.events.iter().any(|event| event.category.is_some()),
            source_sentence: source_sentence(source, markdown::escape, |url| {
                format!("<{}>", show_hidden(url))
            }),
            source_plain: source_sentence(source, show_hidden, show_hidden),
            matching_sentence: format!(
                "{}; values the catalog does not list are kept, exactly as received, as `{}`.",
                catalog.match_mode.description(),
                catalog.other
            ),
            events: catalog.events.iter().map(EventView::new).collect(),
            example: catalog
                .events
                .iter()
                .find(|event| event.deprecated.is_none())
                .unwrap_or(&catalog.events[0]),
        }
    }
}

impl<'a> EventView<'a> {
    fn new(event: &'a Event) -> Self {
        let mut items = vec![format!("name = {}", rust_string(&event.name))];
        if let Some(code) = event.code {
            items.push(format!("code = {code}"));
        }
        for (key, value) in [
            ("label", &event.label),
            ("description", &event.description),
            ("category", &event.category),
        ] {
            if let Some(value) = value {
                items.push(format!("{key} = {}", rust_string(value)));
            }
        }
        for alias in &event.aliases {
            items.push(format!("alias = {}", rust_string(alias)));
        }
        let arguments_width = items.join(", ").chars().count();
        EventView {
            event,
            rust_doc: event_doc(event),
            rust_vertical: arguments_width > RUST_ATTRIBUTE_ARGUMENTS_WIDTH,
            rust_items: items,
            rust_deprecated: event
                .deprecated
                .as_ref()
                .map(|reason| format!("#[deprecated = {}]", rust_string(reason))),
            docs_details: docs_details(event),
        }
    }
}

/// "From {document}, version {version} ({url})." with the texts written by `text` and the
/// URL by `url`.
fn source_sentence(
    source: &eventgen_catalog::Source,
    text: impl Fn(&str) -> String,
    url: impl Fn(&str) -> String,
) -> String {
    let version = source
        .version
        .as_ref()
        .map(|version| format!(", version {}", text(version)))
        .unwrap_or_default();
    let link = source
        .url
        .as_ref()
        .map(|address| format!(" ({})", url(address)))
        .unwrap_or_default();
    format!("From {}{version}{link}.", text(&source.document))
}

/// The description cell of the Markdown table, unescaped: the filter escapes it.
fn docs_details(event: &Event) -> String {
    let mut lines: Vec<String> = event.description.iter().cloned().collect();
    if !event.aliases.is_empty() {
        lines.push(format!("Also accepted: {}", event.aliases.join(", ")));
    }
    if let Some(reason) = &event.deprecated {
        lines.push(format!("Deprecated: {reason}"));
    }
    if let Some(note) = &event.note {
        lines.push(format!("Note: {note}"));
    }
    lines.join("\n")
}
