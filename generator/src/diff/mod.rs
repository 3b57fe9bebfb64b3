//! What changed between two versions of a catalog, and whether it breaks the users of the
//! bindings.
//!
//! [`compare`] is pure: two validated catalogs in, a list of [`Change`]s out, each with
//! its classification and the reason for it. Rendering is in [`render`].
//!
//! The classification follows from what every binding does: it keeps values it does not
//! know (in the catch-all), so a new value breaks nothing; it names each event by an
//! identifier and writes its wire value and code, so removing or changing any of those
//! breaks code that relies on them; texts (labels, descriptions) change no code.

mod api;
pub(crate) mod bump;
mod pairing;
pub(crate) mod render;

use eventgen_catalog::{Catalog, Event, Idents, MatchMode};
use serde::Serialize;

use pairing::Pair;

/// One difference between two versions of a catalog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Change {
    /// The event's wire value (the new one if it has one), or `None` for the catalog, a
    /// record or an endpoint.
    pub(crate) event: Option<String>,
    /// The record (the new name if it has one) whose change it is, or whose field's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) record: Option<String>,
    /// The field's JSON key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) field: Option<String>,
    /// The endpoint whose change it is, or whose parameter's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) endpoint: Option<String>,
    /// The parameter's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) parameter: Option<String>,
    pub(crate) kind: Kind,
    pub(crate) old: Option<Value>,
    pub(crate) new: Option<Value>,
    pub(crate) breaking: bool,
    /// Why the change breaks, or why it does not, for the users of the bindings.
    pub(crate) reason: String,
}

/// What changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum Kind {
    // The catalog.
    CatalogIdChanged,
    TypeNameChanged,
    OtherNameChanged,
    MatchModeChanged,
    TitleChanged,
    SourceChanged,
    // An event.
    Added,
    Removed,
    /// Same event (same code, old value kept as alias, or same identifiers), new wire value.
    Renamed,
    IdentChanged,
    CodeChanged,
    AliasAdded,
    AliasRemoved,
    LabelChanged,
    DescriptionChanged,
    CategoryChanged,
    Deprecated,
    Undeprecated,
    DeprecationChanged,
    NoteChanged,
    UrlChanged,
    // A record or one of its fields.
    RecordAdded,
    RecordRemoved,
    RecordRenamed,
    RecordDescriptionChanged,
    ExtraChanged,
    ExamplesChanged,
    FieldAdded,
    FieldRemoved,
    FieldTypeChanged,
    FieldOptionalityChanged,
    FieldNullabilityChanged,
    FieldIdentChanged,
    FieldDescriptionChanged,
    // An endpoint or one of its parameters.
    EndpointAdded,
    EndpointRemoved,
    MethodChanged,
    EndpointUrlChanged,
    SummaryChanged,
    EndpointDescriptionChanged,
    LinkChanged,
    QueryTypeChanged,
    ResponseChanged,
    ErrorChanged,
    ParameterAdded,
    ParameterRemoved,
    ParameterTypeChanged,
    ParameterRequiredChanged,
    ParameterIdentChanged,
    ParameterDescriptionChanged,
    ParameterValuesChanged,
}

impl Kind {
    /// How the change is named in reports: "description changed".
    pub(crate) fn phrase(self) -> &'static str {
        match self {
            Kind::CatalogIdChanged => "id changed",
            Kind::TypeNameChanged => "type name changed",
            Kind::OtherNameChanged => "catch-all name changed",
            Kind::MatchModeChanged => "matching changed",
            Kind::TitleChanged => "title changed",
            Kind::SourceChanged => "source changed",
            Kind::IdentChanged => "identifier changed",
            Kind::CodeChanged => "code changed",
            Kind::AliasAdded => "alias added",
            Kind::AliasRemoved => "alias removed",
            Kind::LabelChanged => "label changed",
            Kind::CategoryChanged => "category changed",
            Kind::Deprecated => "deprecated",
            Kind::Undeprecated => "no longer deprecated",
            Kind::DeprecationChanged => "deprecation reason changed",
            Kind::NoteChanged => "note changed",
            Kind::UrlChanged => "documentation link changed",
            Kind::Added
            | Kind::RecordAdded
            | Kind::FieldAdded
            | Kind::EndpointAdded
            | Kind::ParameterAdded => "added",
            Kind::Removed
            | Kind::RecordRemoved
            | Kind::FieldRemoved
            | Kind::EndpointRemoved
            | Kind::ParameterRemoved => "removed",
            Kind::Renamed | Kind::RecordRenamed => "renamed",
            Kind::DescriptionChanged
            | Kind::RecordDescriptionChanged
            | Kind::FieldDescriptionChanged
            | Kind::EndpointDescriptionChanged
            | Kind::ParameterDescriptionChanged => "description changed",
            Kind::ExtraChanged => "unknown keys: `extra` changed",
            Kind::ExamplesChanged => "examples changed",
            Kind::FieldTypeChanged | Kind::ParameterTypeChanged => "type changed",
            Kind::FieldOptionalityChanged | Kind::ParameterRequiredChanged => {
                "required or optional changed"
            }
            Kind::FieldNullabilityChanged => "nullable changed",
            Kind::FieldIdentChanged | Kind::ParameterIdentChanged => "Rust name changed",
            Kind::MethodChanged => "method changed",
            Kind::EndpointUrlChanged => "URL changed",
            Kind::SummaryChanged => "summary changed",
            Kind::LinkChanged => "link changed",
            Kind::QueryTypeChanged => "query type name changed",
            Kind::ResponseChanged => "response record changed",
            Kind::ErrorChanged => "error record changed",
            Kind::ParameterValuesChanged => "documented values changed",
        }
    }
}

impl Change {
    /// What changed, as reports name it: "catalog", "`session.start`", "record
    /// `Target`", "field `Target.id`", "endpoint `list`", "parameter `sort` of `list`",
    /// each name written by `shown`.
    pub(crate) fn subject(&self, shown: impl Fn(&str) -> String) -> String {
        match (
            &self.event,
            &self.record,
            &self.field,
            &self.endpoint,
            &self.parameter,
        ) {
            (Some(event), ..) => shown(event),
            (None, Some(record), Some(field), _, _) => {
                format!("field {}", shown(&format!("{record}.{field}")))
            }
            (None, Some(record), None, _, _) => format!("record {}", shown(record)),
            (None, None, _, Some(endpoint), Some(parameter)) => {
                format!("parameter {} of {}", shown(parameter), shown(endpoint))
            }
            (None, None, _, Some(endpoint), None) => format!("endpoint {}", shown(endpoint)),
            _ => "catalog".to_owned(),
        }
    }
}

/// A value before or after a change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub(crate) enum Value {
    Text(String),
    Code(u32),
    Idents(Idents),
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Text(text) => f.write_str(text),
            Value::Code(code) => write!(f, "{code}"),
            Value::Idents(idents) if idents.rust == idents.typescript => write!(
                f,
                "{} (Rust, TypeScript), {} (Python)",
                idents.rust, idents.python
            ),
            Value::Idents(idents) => write!(
                f,
                "{} (Rust), {} (TypeScript), {} (Python)",
                idents.rust, idents.typescript, idents.python
            ),
        }
    }
}

/// Every change from `old` to `new`: the catalog's own first, then each event's, in the
/// new catalog's order, then the removed events in the old one's.
pub(crate) fn compare(old: &Catalog, new: &Catalog) -> Vec<Change> {
    let mut changes = catalog_changes(old, new);
    let pairs = pairing::pair(old, new);
    for pair in &pairs {
        match *pair {
            Pair::Both { old: o, new: n } => {
                event_changes(new, &old.events[o], &new.events[n], &mut changes);
            }
            Pair::Added(n) => changes.push(added(old, &new.events[n])),
            Pair::Removed(_) => {}
        }
    }
    for pair in &pairs {
        if let Pair::Removed(o) = *pair {
            changes.push(removed(new, &old.events[o]));
        }
    }
    changes.extend(api::compare(old, new));
    changes
}

/// How many of `changes` break.
pub(crate) fn breaking_count(changes: &[Change]) -> usize {
    changes.iter().filter(|change| change.breaking).count()
}

pub(crate) fn text(value: &str) -> Value {
    Value::Text(value.to_owned())
}

fn catalog_change(kind: Kind, old: &str, new: &str, breaking: bool, reason: String) -> Change {
    Change {
        event: None,
        record: None,
        field: None,
        endpoint: None,
        parameter: None,
        kind,
        old: Some(text(old)),
        new: Some(text(new)),
        breaking,
        reason,
    }
}

fn catalog_changes(old: &Catalog, new: &Catalog) -> Vec<Change> {
    let mut changes = Vec::new();
    if old.id != new.id {
        changes.push(catalog_change(
            Kind::CatalogIdChanged,
            &old.id,
            &new.id,
            true,
            "file, module and package names derive from the id: imports of the old module \
             no longer resolve"
                .to_owned(),
        ));
    }
    if old.type_name != new.type_name {
        changes.push(catalog_change(
            Kind::TypeNameChanged,
            &old.type_name,
            &new.type_name,
            true,
            format!(
                "the type is named `{}` in every binding: code that names `{}` no longer compiles",
                new.type_name, old.type_name
            ),
        ));
    }
    if old.other != new.other {
        changes.push(catalog_change(
            Kind::OtherNameChanged,
            &old.other,
            &new.other,
            true,
            format!(
                "code that handles unknown values through `{}` no longer compiles",
                old.other
            ),
        ));
    }
    if old.match_mode != new.match_mode {
        let (breaking, reason) = match new.match_mode {
            MatchMode::Exact => (
                true,
                "values that differ from a listed one only in ASCII case no longer parse as \
                 that event, but as the catch-all"
                    .to_owned(),
            ),
            MatchMode::AsciiCaseInsensitive => (
                false,
                "more values parse as a listed event: ones that differ only in ASCII case, \
                 which the catch-all kept before; every value parsed before parses the same"
                    .to_owned(),
            ),
        };
        changes.push(catalog_change(
            Kind::MatchModeChanged,
            old.match_mode.as_str(),
            new.match_mode.as_str(),
            breaking,
            reason,
        ));
    }
    if old.title != new.title {
        changes.push(catalog_change(
            Kind::TitleChanged,
            &old.title,
            &new.title,
            false,
            TEXT_ONLY.to_owned(),
        ));
    }
    let (old_source, new_source) = (source_text(old), source_text(new));
    if old_source != new_source {
        changes.push(catalog_change(
            Kind::SourceChanged,
            &old_source,
            &new_source,
            false,
            "where the transcription comes from: documentation only".to_owned(),
        ));
    }
    changes
}

const TEXT_ONLY: &str = "text only: documentation and text lookups change, no identifier, \
                         wire value or code does";

/// The source document in one line: "Audit Events Reference, v24, https://…".
fn source_text(catalog: &Catalog) -> String {
    let source = &catalog.source;
    [
        Some(source.document.as_str()),
        source.version.as_deref(),
        source.url.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ")
}

/// "`SessionStart` (Rust, TypeScript) or `SESSION_START` (Python)"
fn idents_phrase(idents: &Idents) -> String {
    if idents.rust == idents.typescript {
        format!(
            "`{}` (Rust, TypeScript) or `{}` (Python)",
            idents.rust, idents.python
        )
    } else {
        format!(
            "`{}` (Rust), `{}` (TypeScript) or `{}` (Python)",
            idents.rust, idents.typescript, idents.python
        )
    }
}

/// `old` is the catalog before: its catch-all kept the new value until now.
fn added(old: &Catalog, event: &Event) -> Change {
    Change {
        event: Some(event.name.clone()),
        record: None,
        field: None,
        endpoint: None,
        parameter: None,
        kind: Kind::Added,
        old: None,
        new: Some(text(&event.name)),
        breaking: false,
        reason: format!(
            "a new value: every binding kept it before, as `{}`, and no existing identifier \
             changes",
            old.other
        ),
    }
}

/// `new` is the catalog after: its catch-all keeps the removed value from now on.
fn removed(new: &Catalog, event: &Event) -> Change {
    Change {
        event: Some(event.name.clone()),
        record: None,
        field: None,
        endpoint: None,
        parameter: None,
        kind: Kind::Removed,
        old: Some(text(&event.name)),
        new: None,
        breaking: true,
        reason: format!(
            "code that names {} no longer compiles, and the value now parses as `{}`",
            idents_phrase(&event.ident),
            new.other
        ),
    }
}

/// The changes of one event that is in both catalogs (`catalog` is the new one).
fn event_changes(catalog: &Catalog, old: &Event, new: &Event, changes: &mut Vec<Change>) {
    let mut diff = EventDiff {
        catalog,
        old,
        new,
        changes,
    };
    diff.identity();
    diff.aliases();
    diff.texts();
    diff.deprecation();
}

/// One event's changes being collected.
struct EventDiff<'a> {
    catalog: &'a Catalog,
    old: &'a Event,
    new: &'a Event,
    changes: &'a mut Vec<Change>,
}

impl EventDiff<'_> {
    fn push(
        &mut self,
        kind: Kind,
        old: Option<Value>,
        new: Option<Value>,
        breaking: bool,
        reason: String,
    ) {
        self.changes.push(Change {
            event: Some(self.new.name.clone()),
            record: None,
            field: None,
            endpoint: None,
            parameter: None,
            kind,
            old,
            new,
            breaking,
            reason,
        });
    }

    /// What code and the wire rely on: the value, the identifiers, the code.
    fn identity(&mut self) {
        let (old, new) = (self.old, self.new);
        if old.name != new.name {
            let (breaking, reason) = rename_impact(self.catalog, old, new);
            self.push(
                Kind::Renamed,
                Some(text(&old.name)),
                Some(text(&new.name)),
                breaking,
                reason,
            );
        }
        if old.ident != new.ident {
            let languages = changed_languages(&old.ident, &new.ident);
            self.push(
                Kind::IdentChanged,
                Some(Value::Idents(old.ident.clone())),
                Some(Value::Idents(new.ident.clone())),
                true,
                format!(
                    "code that names the event by its old identifier no longer compiles or runs \
                     ({languages})"
                ),
            );
        }
        if old.code != new.code {
            let (breaking, reason) = match (old.code, new.code) {
                (Some(_), Some(_)) => (
                    true,
                    "the bindings map codes to events: stored and received codes now mean \
                     another event",
                ),
                (Some(_), None) => (
                    true,
                    "the event no longer has a code: code lookups of it fail",
                ),
                _ => (false, "a code where there was none: nothing relied on it"),
            };
            self.push(
                Kind::CodeChanged,
                old.code.map(Value::Code),
                new.code.map(Value::Code),
                breaking,
                reason.to_owned(),
            );
        }
    }

    fn aliases(&mut self) {
        let (old, new) = (self.old, self.new);
        let mode = self.catalog.match_mode;
        let other = &self.catalog.other;
        for alias in &new.aliases {
            if !old.aliases.iter().any(|old| mode.matches(old, alias)) {
                self.push(
                    Kind::AliasAdded,
                    None,
                    Some(text(alias)),
                    false,
                    format!("one more value parses as this event; it parsed as `{other}` before"),
                );
            }
        }
        for alias in &old.aliases {
            // An alias that became the name still parses as the event.
            let kept = new.aliases.iter().any(|new| mode.matches(new, alias))
                || mode.matches(alias, &new.name);
            if !kept {
                self.push(
                    Kind::AliasRemoved,
                    Some(text(alias)),
                    None,
                    true,
                    format!("`{alias}` no longer parses as this event, but as `{other}`"),
                );
            }
        }
    }

    fn texts(&mut self) {
        let (old, new) = (self.old, self.new);
        for (kind, old_text, new_text, reason) in [
            (Kind::LabelChanged, &old.label, &new.label, TEXT_ONLY),
            (
                Kind::DescriptionChanged,
                &old.description,
                &new.description,
                TEXT_ONLY,
            ),
            (
                Kind::CategoryChanged,
                &old.category,
                &new.category,
                TEXT_ONLY,
            ),
            (
                Kind::UrlChanged,
                &old.url,
                &new.url,
                "where the event's documentation is: documentation only",
            ),
            (
                Kind::NoteChanged,
                &old.note,
                &new.note,
                "transcription notes are not part of any binding",
            ),
        ] {
            if old_text != new_text {
                self.push(
                    kind,
                    old_text.as_deref().map(text),
                    new_text.as_deref().map(text),
                    false,
                    reason.to_owned(),
                );
            }
        }
    }

    fn deprecation(&mut self) {
        let (kind, reason) = match (&self.old.deprecated, &self.new.deprecated) {
            (None, Some(_)) => (
                Kind::Deprecated,
                "code that uses the event gets a deprecation warning; it still compiles, and \
                 the value still parses",
            ),
            (Some(_), None) => (Kind::Undeprecated, "the deprecation warning goes away"),
            (Some(old), Some(new)) if old != new => (
                Kind::DeprecationChanged,
                "the deprecation warning reads differently",
            ),
            _ => return,
        };
        let old = self.old.deprecated.as_deref().map(text);
        let new = self.new.deprecated.as_deref().map(text);
        self.push(kind, old, new, false, reason.to_owned());
    }
}

fn rename_impact(catalog: &Catalog, old: &Event, new: &Event) -> (bool, String) {
    if catalog.match_mode.matches(&old.name, &new.name) {
        return (
            false,
            "the spellings differ only in ASCII case, which this catalog's matching ignores"
                .to_owned(),
        );
    }
    let old_still_parses = new
        .aliases
        .iter()
        .any(|alias| catalog.match_mode.matches(alias, &old.name));
    if old_still_parses {
        (
            true,
            format!(
                "`{}` still parses as this event (it is an alias now), but the bindings write \
                 `{}` instead: receivers that expect the old value no longer recognise it",
                old.name, new.name
            ),
        )
    } else {
        (
            true,
            format!(
                "the bindings write and match `{}` instead of `{}`: the old value now parses \
                 as `{}`",
                new.name, old.name, catalog.other
            ),
        )
    }
}

fn changed_languages(old: &Idents, new: &Idents) -> String {
    [
        ("Rust", old.rust != new.rust),
        ("TypeScript", old.typescript != new.typescript),
        ("Python", old.python != new.python),
    ]
    .into_iter()
    .filter_map(|(language, changed)| changed.then_some(language))
    .collect::<Vec<_>>()
    .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(events: &str) -> Catalog {
        let spec =
            format!("catalog: demo\ntitle: Demo\nsource: {{document: Demo}}\nevents:\n{events}");
        eventgen_catalog::load_str("demo.yaml", &spec).unwrap_or_else(|error| panic!("{error}"))
    }

    fn kinds(changes: &[Change]) -> Vec<(Kind, bool)> {
        changes
            .iter()
            .map(|change| (change.kind, change.breaking))
            .collect()
    }

    #[test]
    fn the_same_catalog_has_no_changes() {
        let old = catalog("  - name: a\n    code: 1\n");
        assert_eq!(compare(&old, &old), []);
    }

    #[test]
    fn a_new_code_for_a_new_name_is_a_rename() {
        let old = catalog("  - name: a\n    code: 1\n  - name: b\n    code: 2\n");
        let new = catalog("  - name: a\n    code: 1\n  - name: c\n    code: 2\n");
        assert_eq!(
            kinds(&compare(&old, &new)),
            [(Kind::Renamed, true), (Kind::IdentChanged, true)]
        );
    }

    #[test]
    fn unrelated_names_are_a_removal_and_an_addition() {
        let old = catalog("  - name: a\n  - name: b\n");
        let new = catalog("  - name: a\n  - name: c\n");
        assert_eq!(
            kinds(&compare(&old, &new)),
            [(Kind::Added, false), (Kind::Removed, true)]
        );
    }

    #[test]
    fn a_name_that_became_an_alias_is_not_also_an_alias_removal() {
        let old = catalog("  - name: a\n    aliases: [b]\n");
        let new = catalog("  - name: b\n    aliases: [a]\n");
        let changes = compare(&old, &new);
        assert_eq!(
            kinds(&changes),
            [
                (Kind::Renamed, true),
                (Kind::IdentChanged, true),
                (Kind::AliasAdded, false)
            ]
        );
    }
}
