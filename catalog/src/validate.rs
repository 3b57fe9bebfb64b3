//! Raw spec → [`Catalog`]: what the values mean, checked across the whole catalog.
//!
//! Every rule that makes a catalog safe to generate code from lives here, so that the
//! macros and the generator never have to check again: wire values are well-formed and
//! unique under the catalog's matching rule, codes are all-or-nothing and unique, and every
//! event has an identifier that is valid and distinct in each target language.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use heck::{ToKebabCase, ToUpperCamelCase};

use crate::diagnostic::Diagnostic;
use crate::model::{Catalog, Event, MatchMode, Source};
use crate::naming::{self, Idents};
use crate::parse::{Located, RawEvent, RawSource, RawSpec};

const DEFAULT_OTHER: &str = "Other";

/// Checks a raw spec; `None` when anything is wrong (the problems are in `diagnostics`).
///
/// `structure_sound` tells whether parsing found no problem. When it did, events or values
/// may be missing from `raw`, and the all-or-nothing rule for codes is skipped: an event
/// whose `code` had the wrong type would look uncoded and draw a misleading second error.
/// The other checks can only miss problems on a partial spec, never invent them.
pub(crate) fn validate(
    raw: RawSpec,
    structure_sound: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Catalog> {
    let before = diagnostics.len();
    let mut v = Validator { diagnostics };

    v.catalog_id(&raw.catalog);
    v.text("`title`", &raw.title, None);
    let type_name = match &raw.type_name {
        Some(type_name) => {
            v.type_ident("`type`", type_name);
            type_name.value.clone()
        }
        None => naming::default_type_name(&raw.catalog.value),
    };
    let other = match &raw.other {
        Some(other) => {
            v.type_ident("`other`", other);
            other.value.clone()
        }
        None => DEFAULT_OTHER.to_owned(),
    };
    let source = v.source(raw.source.value);
    let match_mode = raw.match_mode.map_or(MatchMode::Exact, |mode| mode.value);

    let events = raw.events;
    if events.value.is_empty() {
        v.error(
            Diagnostic::new(events.position, "`events` is empty".to_owned())
                .with_help("list at least one event, with its `name`"),
        );
    }
    let events: Vec<Event> = events
        .value
        .into_iter()
        .enumerate()
        .filter_map(|(index, event)| v.event(index, event))
        .collect();
    if events.is_empty() {
        return None;
    }
    if structure_sound {
        v.codes_all_or_none(&events);
    }
    v.unique_codes(&events);
    v.unique_wire_values(&events, match_mode);
    v.distinct_idents(&events, &other);

    (v.diagnostics.len() == before).then_some(Catalog {
        id: raw.catalog.value,
        title: raw.title.value,
        type_name,
        match_mode,
        other,
        source,
        events,
    })
}

struct Validator<'a> {
    diagnostics: &'a mut Vec<Diagnostic>,
}

/// How diagnostics name an event: "in event #3 `User-logged-in`", counting from 1.
fn event_context(index: usize, name: &str) -> String {
    format!("in event #{} `{}`", index + 1, name.escape_debug())
}

impl Validator<'_> {
    fn error(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    fn catalog_id(&mut self, id: &Located<String>) {
        if naming::is_catalog_id(&id.value) {
            return;
        }
        let mut diagnostic = Diagnostic::new(
            id.position,
            format!("invalid catalog id `{}`", id.value.escape_debug()),
        );
        let suggestion = id.value.to_kebab_case();
        diagnostic = if naming::is_catalog_id(&suggestion) {
            diagnostic.with_help(format!(
                "a catalog id is lowercase letters, digits and single hyphens, starting with a letter: `{suggestion}`"
            ))
        } else {
            diagnostic.with_help(
                "a catalog id is lowercase letters, digits and single hyphens, starting with a letter, e.g. `teleport`",
            )
        };
        self.error(diagnostic);
    }

    /// A type or catch-all name: one identifier, valid in every target language.
    fn type_ident(&mut self, key: &str, name: &Located<String>) {
        if naming::is_type_ident(&name.value) {
            return;
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
    }

    /// Free text (titles, labels, descriptions): anything but empty.
    fn text(&mut self, key: &str, text: &Located<String>, context: Option<&str>) {
        if !text.value.trim().is_empty() {
            return;
        }
        let mut diagnostic = Diagnostic::new(text.position, format!("{key} is empty"))
            .with_help("give it a value, or remove the key");
        if let Some(context) = context {
            diagnostic = diagnostic.with_note(context);
        }
        self.error(diagnostic);
    }

    fn source(&mut self, source: RawSource) -> Source {
        self.text("`source.document`", &source.document, None);
        for (key, value) in [
            ("`source.url`", &source.url),
            ("`source.version`", &source.version),
        ] {
            if let Some(value) = value {
                self.text(key, value, None);
            }
        }
        Source {
            document: source.document.value,
            url: source.url.map(|url| url.value),
            version: source.version.map(|version| version.value),
        }
    }

    /// A name or alias: matched against what the vendor sends, so it must be exactly
    /// representable and unambiguous.
    fn wire_value(&mut self, what: &str, value: &Located<String>, context: &str) {
        let text = &value.value;
        let problem = if text.is_empty() {
            Some((
                format!("{what} is empty"),
                "give the exact value the vendor sends",
            ))
        } else if text.trim() != text {
            Some((
                format!(
                    "{what} `{}` begins or ends with whitespace",
                    text.escape_debug()
                ),
                "remove the whitespace: values are matched exactly, and padding is almost always a transcription slip",
            ))
        } else {
            text.chars().find(|c| c.is_control()).map(|c| {
                (
                    format!(
                        "{what} `{}` contains the control character U+{:04X}",
                        text.escape_debug(),
                        u32::from(c)
                    ),
                    "wire values are single-line text: remove the character",
                )
            })
        };
        if let Some((message, help)) = problem {
            self.error(
                Diagnostic::new(value.position, message)
                    .with_note(context)
                    .with_help(help),
            );
        }
    }

    fn event(&mut self, index: usize, event: Located<RawEvent>) -> Option<Event> {
        let Located {
            value: raw,
            position,
        } = event;
        let context = event_context(index, &raw.name.value);
        self.wire_value("the event name", &raw.name, &context);
        let aliases = raw.aliases.map(|aliases| aliases.value).unwrap_or_default();
        for alias in &aliases {
            self.wire_value("the alias", alias, &context);
        }
        for (key, text) in [
            ("`label`", &raw.label),
            ("`description`", &raw.description),
            ("`category`", &raw.category),
            ("`deprecated`", &raw.deprecated),
            ("`note`", &raw.note),
        ] {
            if let Some(text) = text {
                self.text(key, text, Some(&context));
            }
        }
        let code = raw.code.as_ref().and_then(|code| self.code(code, &context));
        let ident = self.idents(&raw.name, raw.ident.as_ref(), &context);
        Some(Event {
            name: raw.name.value,
            ident: ident?,
            code,
            label: raw.label.map(|label| label.value),
            description: raw.description.map(|description| description.value),
            category: raw.category.map(|category| category.value),
            aliases: aliases.into_iter().map(|alias| alias.value).collect(),
            deprecated: raw.deprecated.map(|deprecated| deprecated.value),
            note: raw.note.map(|note| note.value),
            position,
        })
        .filter(|_| raw.code.is_none() || code.is_some())
    }

    fn code(&mut self, code: &Located<i128>, context: &str) -> Option<u32> {
        let value = u32::try_from(code.value).ok();
        if value.is_none() {
            self.error(
                Diagnostic::new(
                    code.position,
                    format!("code {} is out of range", code.value),
                )
                .with_note(context)
                .with_help(format!("a code is an integer from 0 to {}", u32::MAX)),
            );
        }
        value
    }

    fn idents(
        &mut self,
        name: &Located<String>,
        ident: Option<&Located<String>>,
        context: &str,
    ) -> Option<Idents> {
        if let Some(ident) = ident {
            let derived = naming::derive_idents(&ident.value);
            let problem = match &derived {
                Err(error) => Some(error.to_string()),
                Ok(_) if !ident.value.starts_with(|c: char| c.is_ascii_alphabetic()) => {
                    Some("it does not start with an ASCII letter".to_owned())
                }
                Ok(_) => None,
            };
            if let Some(problem) = problem {
                self.error(
                    Diagnostic::new(
                        ident.position,
                        format!("`ident` `{}` is not a valid identifier: {problem}", ident.value.escape_debug()),
                    )
                    .with_note(context)
                    .with_help("write the identifier's words in ASCII, separated by `-`, e.g. `ident: oauth-client-added`"),
                );
                return None;
            }
            return derived.ok();
        }
        match naming::derive_idents(&name.value) {
            Ok(idents) => Some(idents),
            Err(error) => {
                self.error(
                    Diagnostic::new(
                        name.position,
                        format!(
                            "no identifier can be derived from `{}`: {error}",
                            name.value.escape_debug()
                        ),
                    )
                    .with_note(context)
                    .with_help("add an `ident` with the identifier's words in ASCII, e.g. `ident: cafe-opened`"),
                );
                None
            }
        }
    }

    fn codes_all_or_none(&mut self, events: &[Event]) {
        let coded = events.iter().filter(|event| event.code.is_some()).count();
        let total = events.len();
        if coded == 0 || coded == total {
            return;
        }
        // Point at the minority: one stray code, or the few events that lack one.
        let flag_coded = coded * 2 < total;
        for (index, event) in events.iter().enumerate() {
            if event.code.is_some() != flag_coded {
                continue;
            }
            let diagnostic = if flag_coded {
                Diagnostic::new(
                    event.position,
                    format!("only {coded} of {total} events have a code"),
                )
                .with_help("codes are all or nothing: remove this `code`, or give every event one")
            } else {
                Diagnostic::new(
                    event.position,
                    format!("this event has no code, but {coded} of {total} events do"),
                )
                .with_help("codes are all or nothing: add a `code`, or remove every event's")
            };
            self.error(diagnostic.with_note(event_context(index, &event.name)));
        }
    }

    fn unique_codes(&mut self, events: &[Event]) {
        let mut seen: HashMap<u32, usize> = HashMap::new();
        for (index, event) in events.iter().enumerate() {
            let Some(code) = event.code else { continue };
            match seen.entry(code) {
                Entry::Vacant(slot) => {
                    slot.insert(index);
                }
                Entry::Occupied(first) => {
                    let first_index = *first.get();
                    let first = &events[first_index];
                    self.error(
                        Diagnostic::new(event.position, format!("duplicate code {code}"))
                            .with_note(event_context(index, &event.name))
                            .with_note(format!(
                                "event #{} `{}` has it too, at line {}",
                                first_index + 1,
                                first.name,
                                first.position.line
                            ))
                            .with_help("each event has its own code: check the vendor document"),
                    );
                }
            }
        }
    }

    /// Names and aliases share one namespace: a value means exactly one event.
    fn unique_wire_values(&mut self, events: &[Event], match_mode: MatchMode) {
        let key = |value: &str| match match_mode {
            MatchMode::Exact => value.to_owned(),
            MatchMode::AsciiCaseInsensitive => value.to_ascii_lowercase(),
        };
        // key → (event index, whether it is that event's name)
        let mut seen: HashMap<String, (usize, bool)> = HashMap::new();
        for (index, event) in events.iter().enumerate() {
            let values = std::iter::once((&event.name, true))
                .chain(event.aliases.iter().map(|alias| (alias, false)));
            for (value, is_name) in values {
                let (first_index, first_is_name) = match seen.entry(key(value)) {
                    Entry::Vacant(slot) => {
                        slot.insert((index, is_name));
                        continue;
                    }
                    Entry::Occupied(first) => *first.get(),
                };
                let first = &events[first_index];
                let what = if is_name { "event name" } else { "alias" };
                let first_what = match (first_index == index, first_is_name) {
                    (true, true) => "this event's own name".to_owned(),
                    (true, false) => "another alias of this event".to_owned(),
                    (false, true) => {
                        format!("the name of event #{} `{}`", first_index + 1, first.name)
                    }
                    (false, false) => {
                        format!("an alias of event #{} `{}`", first_index + 1, first.name)
                    }
                };
                let first_value = if first_is_name {
                    first.name.as_str()
                } else {
                    first
                        .aliases
                        .iter()
                        .find(|alias| key(alias) == key(value))
                        .map_or(first.name.as_str(), String::as_str)
                };
                let message = if first_value == value.as_str() {
                    format!("duplicate {what} `{value}`: it is already {first_what}")
                } else {
                    format!(
                        "{what} `{value}` matches `{first_value}`, {first_what}, because this catalog matches ASCII case-insensitively"
                    )
                };
                self.error(
                    Diagnostic::new(event.position, message)
                        .with_note(event_context(index, &event.name))
                        .with_help(if is_name {
                            "a value means one event: remove one of the two entries"
                        } else {
                            "a value means one event: remove the alias"
                        }),
                );
            }
        }
    }

    /// Every event needs its own identifier in every language, distinct from the
    /// catch-all that holds unknown values.
    fn distinct_idents(&mut self, events: &[Event], other: &str) {
        type Language = (&'static str, fn(&Idents) -> &str);
        const LANGUAGES: [Language; 3] = [
            ("Rust", |idents| &idents.rust),
            ("TypeScript", |idents| &idents.typescript),
            ("Python", |idents| &idents.python),
        ];
        let mut seen: [HashMap<&str, usize>; 3] = Default::default();
        for (index, event) in events.iter().enumerate() {
            let context = event_context(index, &event.name);
            if event.ident.rust == other || event.ident.typescript == other {
                self.error(
                    Diagnostic::new(
                        event.position,
                        format!(
                            "event `{}` gets the identifier `{other}`, which is the name of the catch-all for unknown values",
                            event.name
                        ),
                    )
                    .with_note(context.clone())
                    .with_help(format!(
                        "name the catch-all differently, e.g. `other: {other}Value`, or give this event an `ident`"
                    )),
                );
            }
            let mut clashes: Vec<(&str, &str, usize)> = Vec::new();
            for ((language, ident_of), seen) in LANGUAGES.iter().zip(&mut seen) {
                let ident = ident_of(&event.ident);
                match seen.entry(ident) {
                    Entry::Vacant(slot) => {
                        slot.insert(index);
                    }
                    Entry::Occupied(first) => clashes.push((language, ident, *first.get())),
                }
            }
            // One error per pair of events, naming every language where they clash.
            let Some(&(_, _, first_index)) = clashes.first() else {
                continue;
            };
            let in_languages = clashes
                .iter()
                .filter(|(_, _, first)| *first == first_index)
                .map(|(language, ident, _)| format!("`{ident}` in {language}"))
                .collect::<Vec<_>>()
                .join(", ");
            let first = &events[first_index];
            self.error(
                Diagnostic::new(
                    event.position,
                    format!(
                        "event `{}` and event #{} `{}` get the same identifier: {in_languages}",
                        event.name,
                        first_index + 1,
                        first.name
                    ),
                )
                .with_note(context)
                .with_help("give one of them an `ident`, e.g. `ident: my-distinct-name`"),
            );
        }
    }
}
