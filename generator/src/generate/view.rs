//! The view model: everything the templates show, decided here so that templates only
//! lay it out.

use eventgen_catalog::chars::show_hidden;
use eventgen_catalog::keys::EventKey;
use eventgen_catalog::markdown;
use eventgen_catalog::naming::module_name;
use eventgen_catalog::{Catalog, Event, MatchMode};

use super::Spec;

// The flags are what templates branch on; an enum per flag would only rename them.
#[allow(clippy::struct_excessive_bools)]
pub(crate) struct CatalogView<'a> {
    pub(crate) catalog: &'a Catalog,
    /// `specs/teleport.yaml`
    pub(crate) spec_path: &'a str,
    /// Rust and Python module and file name: `cloudpassage_halo`.
    pub(crate) module: String,
    /// `exact` or `ascii-case-insensitive`, as specs write it.
    pub(crate) match_mode: &'static str,
    pub(crate) case_insensitive: bool,
    pub(crate) coded: bool,
    /// Whether any event has a label (else the docs table has no label column).
    pub(crate) has_labels: bool,
    /// Whether any event has a category.
    pub(crate) has_categories: bool,
    /// The metadata the catalog's events carry, in the order every binding lists it.
    pub(crate) fields: Vec<Field>,
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
    /// The events of the examples of exhaustive handling: the example and the next one
    /// not deprecated, if there is one.
    pub(crate) handled: Vec<&'a Event>,
}

pub(crate) struct EventView<'a> {
    pub(crate) event: &'a Event,
    /// The Markdown table's description cell text: description, aliases, deprecation,
    /// note (escaped by the template's filter).
    pub(crate) docs_details: String,
}

impl<'a> CatalogView<'a> {
    pub(crate) fn new(spec: &'a Spec) -> Self {
        let catalog = &spec.catalog;
        let case_insensitive = catalog.match_mode == MatchMode::AsciiCaseInsensitive;
        let source = &catalog.source;
        let example = catalog
            .events
            .iter()
            .find(|event| event.deprecated.is_none())
            .unwrap_or(&catalog.events[0]);
        CatalogView {
            catalog,
            spec_path: &spec.shown_path,
            module: module_name(&catalog.id),
            match_mode: catalog.match_mode.as_str(),
            case_insensitive,
            coded: catalog.is_coded(),
            has_labels: catalog.events.iter().any(|event| event.label.is_some()),
            has_categories: catalog.events.iter().any(|event| event.category.is_some()),
            fields: Field::of(catalog),
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
            example,
            handled: std::iter::once(example)
                .chain(
                    catalog
                        .events
                        .iter()
                        .find(|event| event.deprecated.is_none() && !std::ptr::eq(*event, example)),
                )
                .collect(),
        }
    }
}

/// A piece of metadata that some of a catalog's events carry. The bindings' info types
/// have exactly the fields their catalog has, optional only where some events lack one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Field {
    pub(crate) kind: FieldKind,
    /// Whether every event of the catalog has it (aliases: whether any has some, since
    /// an event without aliases has an empty list).
    pub(crate) every_event: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FieldKind {
    Code,
    Label,
    Description,
    Category,
    Aliases,
    Deprecated,
}

impl FieldKind {
    pub(crate) const ALL: [FieldKind; 6] = [
        FieldKind::Code,
        FieldKind::Label,
        FieldKind::Description,
        FieldKind::Category,
        FieldKind::Aliases,
        FieldKind::Deprecated,
    ];

    /// The field's name in every binding: the spec's key.
    pub(crate) fn name(self) -> &'static str {
        let key = match self {
            FieldKind::Code => EventKey::Code,
            FieldKind::Label => EventKey::Label,
            FieldKind::Description => EventKey::Description,
            FieldKind::Category => EventKey::Category,
            FieldKind::Aliases => EventKey::Aliases,
            FieldKind::Deprecated => EventKey::Deprecated,
        };
        key.as_str()
    }

    /// What the field holds, for its doc comment in every binding.
    pub(crate) fn doc(self) -> &'static str {
        match self {
            FieldKind::Code => "The numeric code.",
            FieldKind::Label => "The label in the vendor's user interface.",
            FieldKind::Description => "The vendor's description.",
            FieldKind::Category => "The vendor's category.",
            FieldKind::Aliases => {
                "Other wire values that mean this event type; parsing accepts them."
            }
            FieldKind::Deprecated => "Why the event type is deprecated, when it is.",
        }
    }

    /// Whether `event` has this field.
    pub(crate) fn is_on(self, event: &Event) -> bool {
        match self {
            FieldKind::Code => event.code.is_some(),
            FieldKind::Label => event.label.is_some(),
            FieldKind::Description => event.description.is_some(),
            FieldKind::Category => event.category.is_some(),
            FieldKind::Aliases => !event.aliases.is_empty(),
            FieldKind::Deprecated => event.deprecated.is_some(),
        }
    }

    /// The field's text on `event`, for the fields that hold one.
    pub(crate) fn text(self, event: &Event) -> Option<&str> {
        match self {
            FieldKind::Label => event.label.as_deref(),
            FieldKind::Description => event.description.as_deref(),
            FieldKind::Category => event.category.as_deref(),
            FieldKind::Deprecated => event.deprecated.as_deref(),
            FieldKind::Code | FieldKind::Aliases => None,
        }
    }
}

impl Field {
    /// The fields some event of `catalog` has.
    fn of(catalog: &Catalog) -> Vec<Field> {
        FieldKind::ALL
            .into_iter()
            .filter(|kind| catalog.events.iter().any(|event| kind.is_on(event)))
            .map(|kind| Field {
                kind,
                every_event: kind == FieldKind::Aliases
                    || catalog.events.iter().all(|event| kind.is_on(event)),
            })
            .collect()
    }
}

impl<'a> EventView<'a> {
    fn new(event: &'a Event) -> Self {
        EventView {
            event,
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
