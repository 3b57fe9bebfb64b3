//! Raw spec → [`Catalog`]: what the values mean, checked across the whole catalog.
//!
//! Every rule that makes a catalog safe to generate code from is checked here, so that
//! the macros and the generator never have to check again: each value on its own (here),
//! the names a language or a package takes ([`crate::reserved`]), and the rules over all
//! events ([`crate::consistency`], which hand-written enums are checked with too): wire
//! values are well-formed and unique under the catalog's matching rule, codes are
//! all-or-nothing and unique, and every event has an identifier that is valid and
//! distinct in each target language.
//!
//! Each problem is reported once, at the value at fault: a name that is already wrong
//! (empty, padded) is not also reported for the identifier it cannot produce, and two
//! events that share a name are not also reported for sharing an identifier.

use heck::{ToKebabCase, ToUpperCamelCase};

use crate::consistency::{self, Written};
use crate::diagnostic::{Diagnostic, Position, event_context, event_label};
use crate::model::{Catalog, CatalogPositions, DEFAULT_OTHER, Event, MatchMode, Source};
use crate::naming::{self, Idents};
use crate::parse::{Located, RawEvent, RawSource, RawSpec};
use crate::reserved;
use crate::rules::{self, WireValueProblem};

mod records;

/// Checks a raw spec; `None` when anything is wrong (the problems are in `diagnostics`).
///
/// `raw` may be partial: parsing leaves out what it could not read (and reported). Every
/// check runs on what is there, so that one run reports the mistakes of both stages; a
/// check that a missing part could mislead is skipped instead: "codes are all or nothing"
/// needs every event and its code (an event whose `code` had the wrong type would look
/// uncoded, and draw a second, misleading error).
pub(crate) fn validate(raw: RawSpec, diagnostics: &mut Vec<Diagnostic>) -> Option<Catalog> {
    let before = diagnostics.len();
    let mut v = Validator { diagnostics };

    if let Some(id) = &raw.catalog {
        v.catalog_id(id);
    }
    if let Some(title) = &raw.title {
        v.required_text("`title`", title);
    }
    let type_shaped = raw
        .type_name
        .as_ref()
        .is_none_or(|type_name| v.type_ident("`type`", type_name));
    if let Some(other) = &raw.other
        && v.type_ident("`other`", other)
    {
        v.catch_all_taken(other);
    }
    let other = raw
        .other
        .as_ref()
        .map_or(DEFAULT_OTHER, |other| other.value.as_str());
    let source = raw.source.map(|source| v.source(source.value));
    let match_mode = raw.match_mode.map_or(MatchMode::Exact, |mode| mode.value);

    let has_events = raw.events.is_some();
    let entries: Vec<Checked> = raw
        .events
        .map(|events| events.value)
        .unwrap_or_default()
        .into_iter()
        .map(|event| v.event(event))
        .collect();
    let rules = consistency::Rules {
        match_mode,
        ignoring_case: "this catalog ignores ASCII case",
        codes_complete: raw.codes_complete && entries.iter().all(|entry| !entry.code_out_of_range),
        catch_all: Some(other),
    };
    let coded = entries.iter().any(|entry| entry.code.is_some());
    match (&raw.type_name, &raw.catalog) {
        (Some(type_name), _) if type_shaped => {
            v.type_name_taken(&type_name.value, true, type_name.position, coded);
        }
        (None, Some(id)) if naming::is_catalog_id(&id.value) => {
            let default = naming::default_type_name(&id.value);
            v.type_name_taken(&default, false, id.position, coded);
        }
        _ => {}
    }
    let event_type_name = event_type_name(raw.type_name.as_ref(), raw.catalog.as_ref());
    let api = records::validate(
        &mut v,
        raw.records.map(|records| records.value).unwrap_or_default(),
        raw.endpoints
            .map(|endpoints| endpoints.value)
            .unwrap_or_default(),
        &records::Context {
            type_name: event_type_name.as_deref(),
            coded,
            other,
        },
    );
    let consistency_entries: Vec<_> = entries.iter().map(Checked::entry).collect();
    for problem in consistency::check(&consistency_entries, &rules) {
        v.error(
            Diagnostic::new(problem.at, problem.message)
                .with_note(format!("in {}", problem.subject))
                .with_help(problem.help),
        );
    }
    if v.diagnostics.len() > before || !has_events {
        return None;
    }

    let (id, title, source) = (raw.catalog?, raw.title?, source??);
    let events: Vec<Event> = entries
        .into_iter()
        .map(|entry| entry.event)
        .collect::<Option<_>>()?;
    let (records, endpoints) = api?;
    Some(Catalog {
        type_name: raw.type_name.as_ref().map_or_else(
            || naming::default_type_name(&id.value),
            |name| name.value.clone(),
        ),
        other: other.to_owned(),
        positions: CatalogPositions {
            id: id.position,
            type_name: raw.type_name.as_ref().map(|name| name.position),
            other: raw.other.as_ref().map(|name| name.position),
        },
        id: id.value,
        title: title.value,
        match_mode,
        source,
        events,
        records,
        endpoints,
    })
}

/// The type name fields refer to the events by: as written, even if it is wrong (and
/// reported), so that references to it are not reported too; `None` when there is none.
fn event_type_name(
    type_name: Option<&Located<String>>,
    id: Option<&Located<String>>,
) -> Option<String> {
    match (type_name, id) {
        (Some(type_name), _) => Some(type_name.value.clone()),
        (None, Some(id)) if naming::is_catalog_id(&id.value) => {
            Some(naming::default_type_name(&id.value))
        }
        _ => None,
    }
}

/// An event whose own values were checked, with what the rules over the whole catalog
/// need to name and point at it.
struct Checked {
    /// "event #3 `User-logged-in`"
    subject: String,
    position: Position,
    /// The name, when it can be a wire value.
    name: Option<Located<String>>,
    /// The aliases that can be wire values.
    aliases: Vec<Located<String>>,
    code: Option<Located<u32>>,
    /// Whether the event has a code that is out of range (and so looks uncoded).
    code_out_of_range: bool,
    /// The identifiers, and where they come from: the `ident` if given, else the name.
    idents: Option<(Idents, Position)>,
    /// The event, when every value of it is right.
    event: Option<Event>,
}

impl Checked {
    /// The event as the rules over the whole catalog see it.
    fn entry(&self) -> consistency::Entry<'_, Position> {
        fn written(value: &Located<String>) -> Written<'_, Position> {
            Written {
                value: &value.value,
                at: value.position,
            }
        }
        consistency::Entry {
            subject: self.subject.clone(),
            at: self.position,
            name: self.name.as_ref().map(written),
            aliases: self.aliases.iter().map(written).collect(),
            code: self.code.as_ref().map(|code| (code.value, code.position)),
            idents: self.idents.as_ref().map(|(idents, at)| (idents, *at)),
        }
    }
}

struct Validator<'a> {
    diagnostics: &'a mut Vec<Diagnostic>,
}

impl Validator<'_> {
    fn error(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    fn catalog_id(&mut self, id: &Located<String>) {
        const RULE: &str =
            "a catalog id is lowercase letters, digits and single hyphens, starting with a letter";
        if naming::is_catalog_id(&id.value) {
            if let Some(problem) = reserved::id_problem(&id.value) {
                let suggestion = format!("{}-events", id.value);
                self.error(
                    Diagnostic::new(
                        id.position,
                        format!(
                            "the catalog id `{}` cannot name the catalog's modules",
                            id.value
                        ),
                    )
                    .with_note(problem)
                    .with_note("the id is the catalog's module and file name in every language")
                    .with_help(format!("choose another id, e.g. `{suggestion}`")),
                );
            }
            return;
        }
        let suggestion = id.value.to_kebab_case();
        let help = if naming::is_catalog_id(&suggestion) {
            format!("{RULE}: `{suggestion}`")
        } else {
            format!("{RULE}, e.g. `teleport`")
        };
        self.error(
            Diagnostic::new(
                id.position,
                format!("invalid catalog id `{}`", id.value.escape_debug()),
            )
            .with_help(help),
        );
    }

    /// A type or catch-all name: one identifier, valid in every target language.
    /// Returns whether it has that shape.
    fn type_ident(&mut self, key: &str, name: &Located<String>) -> bool {
        if naming::is_type_ident(&name.value) {
            return true;
        }
        let suggestion = name.value.to_upper_camel_case();
        let help = if naming::is_type_ident(&suggestion) {
            format!("use ASCII UpperCamelCase: `{suggestion}`")
        } else {
            "use ASCII UpperCamelCase, e.g. `VendorEvent`".to_owned()
        };
        self.error(
            Diagnostic::new(
                name.position,
                format!(
                    "{key} `{}` is not a valid type name",
                    name.value.escape_debug()
                ),
            )
            .with_help(help),
        );
        false
    }

    /// A type name a language or a package takes: at `type:`, or at `catalog:` when the
    /// type is named after the id.
    fn type_name_taken(&mut self, type_name: &str, given: bool, at: Position, coded: bool) {
        let Some(problem) = reserved::type_name_problem(type_name, coded) else {
            return;
        };
        let suggestion = if type_name.ends_with("Event") {
            format!("{type_name}Type")
        } else {
            format!("{type_name}Event")
        };
        let suggestion = if reserved::type_name_problem(&suggestion, coded).is_none() {
            suggestion
        } else {
            "VendorEvent".to_owned()
        };
        let (message, help) = if given {
            (
                format!("the type name `{type_name}` is taken"),
                format!("choose another name, e.g. `type: {suggestion}`"),
            )
        } else {
            (
                format!("the type name `{type_name}`, made from the catalog id, is taken"),
                format!("name the type with `type:`, e.g. `type: {suggestion}`"),
            )
        };
        self.error(
            Diagnostic::new(at, message)
                .with_note(problem)
                .with_note("the type has this name in every language")
                .with_help(help),
        );
    }

    /// A catch-all name the Rust enum cannot take.
    fn catch_all_taken(&mut self, other: &Located<String>) {
        if let Some(problem) = reserved::catch_all_problem(&other.value) {
            self.error(
                Diagnostic::new(
                    other.position,
                    format!("the catch-all name `{}` is taken", other.value),
                )
                .with_note(problem)
                .with_note("the catch-all is a variant of the Rust enum")
                .with_help(format!(
                    "choose another name, e.g. `other: {}Value`",
                    other.value
                )),
            );
        }
    }

    /// Free text that must be there (titles): not empty, not blank.
    fn required_text(&mut self, key: &str, text: &Located<String>) {
        if let Some(problem) = blank(&text.value) {
            self.error(
                Diagnostic::new(text.position, format!("{key} is {problem}"))
                    .with_help("write the text: this key is required"),
            );
        }
    }

    /// Free text that may be left out (labels, descriptions): if given, not empty.
    fn optional_text(&mut self, key: &str, text: &Located<String>, context: Option<&str>) {
        if let Some(problem) = blank(&text.value) {
            let mut diagnostic = Diagnostic::new(text.position, format!("{key} is {problem}"))
                .with_help("write the text, or remove the key");
            if let Some(context) = context {
                diagnostic = diagnostic.with_note(context);
            }
            self.error(diagnostic);
        }
    }

    /// The source, if its document is there.
    fn source(&mut self, source: RawSource) -> Option<Source> {
        if let Some(document) = &source.document {
            self.required_text("`source.document`", document);
        }
        for (key, value) in [
            ("`source.url`", &source.url),
            ("`source.version`", &source.version),
        ] {
            if let Some(value) = value {
                self.optional_text(key, value, None);
            }
        }
        Some(Source {
            document: source.document?.value,
            url: source.url.map(|url| url.value),
            version: source.version.map(|version| version.value),
        })
    }

    /// A name or alias: matched against what the vendor sends, so it must be exactly
    /// representable and unambiguous. Returns whether it is.
    fn wire_value(&mut self, what: &str, value: &Located<String>, context: &str) -> bool {
        let Err(WireValueProblem { message, help }) = rules::check_wire_value(what, &value.value)
        else {
            return true;
        };
        self.error(
            Diagnostic::new(value.position, message)
                .with_note(context)
                .with_help(help),
        );
        false
    }

    /// The checks of one event's own values. Values found wrong are reported here and
    /// left out of the rules over the whole catalog.
    fn event(&mut self, event: Located<RawEvent>) -> Checked {
        let Located {
            value: raw,
            position,
        } = event;
        let context = event_context(raw.number, Some(&raw.name.value));
        let name_ok = self.wire_value("the event name", &raw.name, &context);
        let aliases = raw.aliases.map(|aliases| aliases.value).unwrap_or_default();
        let aliases_count = aliases.len();
        let aliases: Vec<Located<String>> = aliases
            .into_iter()
            .filter(|alias| self.wire_value("the alias", alias, &context))
            .collect();
        for (key, text) in [
            ("`label`", &raw.label),
            ("`description`", &raw.description),
            ("`category`", &raw.category),
            ("`deprecated`", &raw.deprecated),
            ("`note`", &raw.note),
        ] {
            if let Some(text) = text {
                self.optional_text(key, text, Some(&context));
            }
        }
        let code = raw.code.as_ref().and_then(|code| {
            Some(Located {
                value: self.code(code, &context)?,
                position: code.position,
            })
        });
        let code_out_of_range = raw.code.is_some() && code.is_none();
        let url_ok = raw
            .url
            .as_ref()
            .is_none_or(|url| self.url("the event's `url`", url, &context));
        let idents = match &raw.ident {
            Some(ident) => self
                .ident_override(ident, &context)
                .map(|idents| (idents, ident.position)),
            // A broken name was reported; what it cannot derive would say it twice.
            None if !name_ok => None,
            None => self
                .derived_ident(&raw.name, &context)
                .map(|idents| (idents, raw.name.position)),
        };
        let all_right = name_ok && aliases.len() == aliases_count && !code_out_of_range && url_ok;
        let event = match &idents {
            Some((ident, _)) if all_right => Some(Event {
                name: raw.name.value.clone(),
                ident: ident.clone(),
                code: code.as_ref().map(|code| code.value),
                label: raw.label.map(|label| label.value),
                description: raw.description.map(|description| description.value),
                category: raw.category.map(|category| category.value),
                url: raw.url.map(|url| url.value),
                aliases: aliases.iter().map(|alias| alias.value.clone()).collect(),
                deprecated: raw.deprecated.map(|deprecated| deprecated.value),
                note: raw.note.map(|note| note.value),
                position,
            }),
            _ => None,
        };
        Checked {
            subject: event_label(raw.number, Some(&raw.name.value)),
            position,
            name: name_ok.then_some(raw.name),
            aliases,
            code,
            code_out_of_range,
            idents,
            event,
        }
    }

    fn code(&mut self, code: &Located<i128>, context: &str) -> Option<u32> {
        let value = u32::try_from(code.value).ok();
        if value.is_none() {
            let (message, help) = consistency::code_out_of_range(&code.value.to_string());
            self.error(
                Diagnostic::new(code.position, message)
                    .with_note(context)
                    .with_help(help),
            );
        }
        value
    }

    fn ident_override(&mut self, ident: &Located<String>, context: &str) -> Option<Idents> {
        let derived = naming::derive_idents(&ident.value);
        let problem = match &derived {
            Err(error) => error.to_string(),
            Ok(_) if !ident.value.starts_with(|c: char| c.is_ascii_alphabetic()) => {
                "it does not start with an ASCII letter".to_owned()
            }
            Ok(_) => return derived.ok(),
        };
        self.error(
            Diagnostic::new(
                ident.position,
                format!(
                    "`ident` `{}` is not a valid identifier: {problem}",
                    ident.value.escape_debug()
                ),
            )
            .with_note(context)
            .with_help(
                "write the identifier's words in ASCII, separated by `-`, e.g. `ident: oauth-client-added`",
            ),
        );
        None
    }

    fn derived_ident(&mut self, name: &Located<String>, context: &str) -> Option<Idents> {
        let error = match naming::derive_idents(&name.value) {
            Ok(idents) => return Some(idents),
            Err(error) => error,
        };
        self.error(
            Diagnostic::new(
                name.position,
                format!(
                    "no identifier can be derived from `{}`: {error}",
                    name.value.escape_debug()
                ),
            )
            .with_note(context)
            .with_help(
                "add an `ident` with the identifier's words in ASCII, separated by `-`, e.g. `ident: cafe-opened`",
            ),
        );
        None
    }
}

/// "empty" or "blank" when text has nothing to read.
fn blank(text: &str) -> Option<&'static str> {
    if text.is_empty() {
        Some("empty")
    } else if text.trim().is_empty() {
        Some("blank")
    } else {
        None
    }
}
