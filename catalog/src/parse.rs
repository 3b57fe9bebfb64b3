//! Node tree → raw spec: the file's structure, checked key by key.
//!
//! This stage knows which keys exist and what type each value has; it does not know what
//! the values mean (that is [`crate::validate`]). Every problem is collected, not just the
//! first: unknown keys (with the closest known key), duplicate keys, missing keys and
//! values of the wrong type.
//!
//! The raw structs double as the definition of the file format: their doc comments and
//! `schemars` attributes produce `specs/catalog.schema.json`.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};

use crate::diagnostic::{Diagnostic, Position, event_context};
use crate::keys::{EventKey, SPEC_KEYS, SourceKey};
use crate::model::MatchMode;
use crate::suggest::did_you_mean;
use crate::yaml::{Node, Value};

/// A value together with the position it was written at.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Located<T> {
    pub(crate) value: T,
    pub(crate) position: Position,
}

/// In the schema a located value is just the value.
impl<T: JsonSchema> JsonSchema for Located<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
}

/// An eventgen catalog spec: one vendor's event types, transcribed from its documentation.
#[derive(Debug, JsonSchema)]
#[schemars(deny_unknown_fields, title = "eventgen catalog spec")]
pub(crate) struct RawSpec {
    /// Catalog id: lowercase letters, digits and single hyphens, starting with a letter.
    /// File, module and package names of the bindings derive from it.
    // Read as optional, so that a spec without it is still checked; the schema requires it.
    #[schemars(with = "String", regex(pattern = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"))]
    pub(crate) catalog: Option<Located<String>>,
    /// Human title of the catalog.
    #[schemars(with = "String", length(min = 1))]
    pub(crate) title: Option<Located<String>>,
    /// Name of the event type in every language, in UpperCamelCase.
    /// Default: the catalog id in UpperCamelCase followed by `Event`.
    #[schemars(rename = "type", regex(pattern = r"^[A-Z][A-Za-z0-9]*$"))]
    pub(crate) type_name: Option<Located<String>>,
    /// Where the transcription comes from.
    #[schemars(with = "RawSource")]
    pub(crate) source: Option<Located<RawSource>>,
    /// How wire values are compared. Default: `exact`.
    #[schemars(rename = "match")]
    pub(crate) match_mode: Option<Located<MatchMode>>,
    /// Name of the catch-all that keeps values the catalog does not list, in UpperCamelCase.
    /// Default: `Other`.
    #[schemars(regex(pattern = r"^[A-Z][A-Za-z0-9]*$"))]
    pub(crate) other: Option<Located<String>>,
    /// The event types, in the vendor document's order.
    #[schemars(with = "Vec<RawEvent>", length(min = 1))]
    pub(crate) events: Option<Located<Vec<Located<RawEvent>>>>,
    /// Whether every event was read, each with its code if it has one: when one was not,
    /// an event may look uncoded that is not.
    #[schemars(skip)]
    pub(crate) codes_complete: bool,
}

/// The vendor document a catalog is transcribed from.
#[derive(Debug, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Source")]
pub(crate) struct RawSource {
    /// Title of the vendor document.
    #[schemars(with = "String", length(min = 1))]
    pub(crate) document: Option<Located<String>>,
    /// Where the document is published.
    pub(crate) url: Option<Located<String>>,
    /// The document's version, e.g. `v24`.
    pub(crate) version: Option<Located<String>>,
}

/// One event type.
#[derive(Debug, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Event")]
pub(crate) struct RawEvent {
    /// Where the event stands in the document, counting from 1 as people do; diagnostics
    /// name events by it.
    #[schemars(skip)]
    pub(crate) number: usize,
    /// The exact wire value, as the vendor writes it. Never altered.
    pub(crate) name: Located<String>,
    /// Numeric code, where the vendor has them: every event has one, or none does.
    // Decoded as any integer, so that an out-of-range code gets its own error.
    #[schemars(with = "Option<u32>", range(max = 4_294_967_295_u32))]
    pub(crate) code: Option<Located<i128>>,
    /// Human label, e.g. a portal's display name or an event subject.
    pub(crate) label: Option<Located<String>>,
    /// The vendor's description, verbatim.
    pub(crate) description: Option<Located<String>>,
    /// The vendor's group for this event.
    pub(crate) category: Option<Located<String>>,
    /// Replaces `name` as the text identifiers are derived from, e.g. `oauth-client-added`.
    pub(crate) ident: Option<Located<String>>,
    /// Other wire values that mean this event.
    pub(crate) aliases: Option<Located<Vec<Located<String>>>>,
    /// Why the event is deprecated; marks it deprecated in every binding.
    pub(crate) deprecated: Option<Located<String>>,
    /// A transcription note; not part of any binding.
    pub(crate) note: Option<Located<String>>,
    /// Whether a `code` is written that could not be read (a string, say).
    #[schemars(skip)]
    pub(crate) code_unread: bool,
}

/// Reads the whole spec, reporting every structural problem to `diagnostics`.
///
/// What can be read is returned even when other parts are malformed or missing (an event
/// without a readable `name` is left out, a value of the wrong type is treated as
/// absent, as is a required key that is missing), so that validation reports its own
/// findings in the same run. `None` when the spec is not a mapping at all.
pub(crate) fn parse_spec(root: &Node, diagnostics: &mut Vec<Diagnostic>) -> Option<RawSpec> {
    let mut cx = Cx {
        diagnostics,
        context: None,
    };
    let mut fields = Fields::new(&mut cx, root, "the spec", &SPEC_KEYS)?;
    let catalog = fields.required(&mut cx, "catalog", string);
    let title = fields.required(&mut cx, "title", string);
    let type_name = fields.optional(&mut cx, "type", string);
    let source = fields.required(&mut cx, "source", source);
    let match_mode = fields.optional(&mut cx, "match", match_mode);
    let other = fields.optional(&mut cx, "other", string);
    let mut items = 0;
    let events = fields.required(&mut cx, "events", |cx, node| {
        if let Value::Sequence(list) = &node.value {
            items = list.len();
        }
        if items == 0 && matches!(&node.value, Value::Sequence(_)) {
            cx.error(
                Diagnostic::new(node.position, "`events` is empty".to_owned())
                    .with_help("list at least one event, with its `name`"),
            );
            return Err(Unreadable::Reported);
        }
        list(cx, node, event)
    });
    fields.finish(&mut cx);
    let codes_complete = events.as_ref().is_some_and(|events| {
        events.value.len() == items && events.value.iter().all(|event| !event.value.code_unread)
    });
    Some(RawSpec {
        catalog,
        title,
        type_name,
        source,
        match_mode,
        other,
        events,
        codes_complete,
    })
}

/// Where diagnostics go, and the entry they concern.
struct Cx<'a> {
    diagnostics: &'a mut Vec<Diagnostic>,
    /// e.g. "in event #3 `User-logged-in`", added as a note to every diagnostic.
    context: Option<String>,
}

impl Cx<'_> {
    fn error(&mut self, mut diagnostic: Diagnostic) {
        if let Some(context) = &self.context {
            // The entry concerned comes first, then what the diagnostic adds.
            diagnostic.notes.insert(0, context.clone());
        }
        self.diagnostics.push(diagnostic);
    }

    fn wrong_type(&mut self, node: &Node, what: &str, expected: &str) {
        let found = node.value.kind();
        let mut diagnostic = Diagnostic::new(
            node.position,
            format!("{what} must be {expected}, not {found}"),
        );
        if expected == "a string"
            && matches!(
                node.value,
                Value::Integer(_) | Value::Float(_) | Value::Bool(_)
            )
        {
            diagnostic = diagnostic.with_help(
                "YAML reads this as a number or boolean: put the value in quotes to keep it text",
            );
        } else if matches!(node.value, Value::Null) {
            // Whether removing the key is an option depends on the key; a value always is.
            diagnostic = diagnostic
                .with_help("write its value after the colon: a key without one is null in YAML");
        }
        self.error(diagnostic);
    }
}

/// A mapping being read: tracks which keys were taken so the rest can be reported.
struct Fields<'n> {
    what: &'static str,
    position: Position,
    entries: Vec<(&'n str, &'n Node, Position)>,
    taken: Vec<bool>,
    known: &'static [&'static str],
}

impl<'n> Fields<'n> {
    fn new(
        cx: &mut Cx<'_>,
        node: &'n Node,
        what: &'static str,
        known: &'static [&'static str],
    ) -> Option<Fields<'n>> {
        let Value::Mapping(raw_entries) = &node.value else {
            cx.wrong_type(node, what, "a mapping");
            return None;
        };
        let mut entries: Vec<(&str, &Node, Position)> = Vec::with_capacity(raw_entries.len());
        for (key, value) in raw_entries {
            let Value::String(name) = &key.value else {
                cx.wrong_type(key, "a key", "a string");
                continue;
            };
            if let Some((_, _, first)) = entries.iter().find(|(seen, _, _)| seen == name) {
                cx.error(
                    Diagnostic::new(key.position, format!("duplicate key `{name}`"))
                        .with_note(format!("first given at line {}", first.line))
                        .with_help("keep one of the two"),
                );
                continue;
            }
            entries.push((name, value, key.position));
        }
        let taken = vec![false; entries.len()];
        Some(Fields {
            what,
            position: node.position,
            entries,
            taken,
            known,
        })
    }

    fn has(&self, key: &str) -> bool {
        self.entries.iter().any(|(name, _, _)| *name == key)
    }

    fn take(&mut self, key: &str) -> Option<&'n Node> {
        debug_assert!(self.known.contains(&key), "`{key}` is not in the key list");
        let index = self.entries.iter().position(|(name, _, _)| *name == key)?;
        self.taken[index] = true;
        Some(self.entries[index].1)
    }

    fn optional<T>(
        &mut self,
        cx: &mut Cx<'_>,
        key: &'static str,
        read: impl FnOnce(&mut Cx<'_>, &Node) -> Result<T, Unreadable>,
    ) -> Option<Located<T>> {
        let node = self.take(key)?;
        match read(cx, node) {
            Ok(value) => Some(Located {
                value,
                position: node.position,
            }),
            Err(Unreadable::Expected(expected)) => {
                cx.wrong_type(node, &format!("`{key}`"), expected);
                None
            }
            Err(Unreadable::Reported) => None,
        }
    }

    fn required<T>(
        &mut self,
        cx: &mut Cx<'_>,
        key: &'static str,
        read: impl FnOnce(&mut Cx<'_>, &Node) -> Result<T, Unreadable>,
    ) -> Option<Located<T>> {
        if !self.entries.iter().any(|(name, _, _)| *name == key) {
            cx.error(
                Diagnostic::new(self.position, format!("{} has no `{key}`", self.what))
                    .without_snippet()
                    .with_help(format!("add the required key `{key}`")),
            );
            return None;
        }
        self.optional(cx, key, read)
    }

    /// Reports every key that was not taken.
    fn finish(self, cx: &mut Cx<'_>) {
        for ((name, _, position), taken) in self.entries.iter().zip(&self.taken) {
            if *taken {
                continue;
            }
            let help = match did_you_mean(name, self.known) {
                Some(known) => format!("did you mean `{known}`?"),
                None => format!("{} takes the keys {}", self.what, backticked(self.known)),
            };
            cx.error(Diagnostic::new(*position, format!("unknown key `{name}`")).with_help(help));
        }
    }
}

/// Why a value could not be read.
#[derive(Debug)]
enum Unreadable {
    /// It has the wrong type: the caller reports it, naming the key, e.g. `a string`.
    Expected(&'static str),
    /// The reader already reported something more precise.
    Reported,
}

fn string(_: &mut Cx<'_>, node: &Node) -> Result<String, Unreadable> {
    match &node.value {
        Value::String(text) => Ok(text.clone()),
        _ => Err(Unreadable::Expected("a string")),
    }
}

fn integer(cx: &mut Cx<'_>, node: &Node) -> Result<i128, Unreadable> {
    match node.value {
        Value::Integer(number) => Ok(number),
        // YAML hands over integers beyond 128 bits as floats; to the author it is an
        // integer out of range, not a float.
        Value::Float(number) if number.is_finite() && number.fract() == 0.0 => {
            cx.error(
                Diagnostic::new(node.position, "the code is out of range".to_owned())
                    .with_help(format!("a code is an integer from 0 to {}", u32::MAX)),
            );
            Err(Unreadable::Reported)
        }
        _ => Err(Unreadable::Expected("an integer")),
    }
}

fn match_mode(cx: &mut Cx<'_>, node: &Node) -> Result<MatchMode, Unreadable> {
    let Value::String(name) = &node.value else {
        return Err(Unreadable::Expected("a string"));
    };
    name.parse().map_err(|_| {
        let help = match did_you_mean(name, &MatchMode::NAMES) {
            Some(known) => format!("did you mean `{known}`?"),
            None => format!("use one of {}", backticked(&MatchMode::NAMES)),
        };
        cx.error(
            Diagnostic::new(node.position, format!("unknown match mode `{name}`")).with_help(help),
        );
        Unreadable::Reported
    })
}

fn list<T>(
    cx: &mut Cx<'_>,
    node: &Node,
    read: impl Fn(&mut Cx<'_>, usize, &Node) -> Option<T>,
) -> Result<Vec<Located<T>>, Unreadable> {
    let Value::Sequence(items) = &node.value else {
        return Err(Unreadable::Expected("a list"));
    };
    // Unreadable items were reported by `read` and are left out.
    let values = items
        .iter()
        .enumerate()
        .filter_map(|(index, item)| {
            let value = read(cx, index, item)?;
            Some(Located {
                value,
                position: item.position,
            })
        })
        .collect();
    Ok(values)
}

fn source(cx: &mut Cx<'_>, node: &Node) -> Result<RawSource, Unreadable> {
    let mut fields =
        Fields::new(cx, node, "`source`", &SourceKey::NAMES).ok_or(Unreadable::Reported)?;
    let document = fields.required(cx, "document", string);
    let url = fields.optional(cx, "url", string);
    let version = fields.optional(cx, "version", string);
    fields.finish(cx);
    Ok(RawSource {
        document,
        url,
        version,
    })
}

fn event(cx: &mut Cx<'_>, index: usize, node: &Node) -> Option<RawEvent> {
    let context = describe_event(index, node);
    let outer = cx.context.replace(context);
    let event = event_fields(cx, index + 1, node);
    cx.context = outer;
    event
}

/// The event's context note, with its name if it has a readable one.
fn describe_event(index: usize, node: &Node) -> String {
    let name = match &node.value {
        Value::Mapping(entries) => {
            entries
                .iter()
                .find_map(|(key, value)| match (&key.value, &value.value) {
                    (Value::String(key), Value::String(name)) if key == "name" => {
                        Some(name.as_str())
                    }
                    _ => None,
                })
        }
        _ => None,
    };
    event_context(index + 1, name)
}

fn event_fields(cx: &mut Cx<'_>, number: usize, node: &Node) -> Option<RawEvent> {
    let mut fields = Fields::new(cx, node, "an event", &EventKey::NAMES)?;
    let name = fields.required(cx, "name", string);
    let code_written = fields.has("code");
    let code = fields.optional(cx, "code", integer);
    let code_unread = code_written && code.is_none();
    let label = fields.optional(cx, "label", string);
    let description = fields.optional(cx, "description", string);
    let category = fields.optional(cx, "category", string);
    let ident = fields.optional(cx, "ident", string);
    let aliases = fields.optional(cx, "aliases", |cx, node| {
        list(cx, node, |cx, _, alias| {
            let text = string(cx, alias).ok();
            if text.is_none() {
                cx.wrong_type(alias, "an alias", "a string");
            }
            text
        })
    });
    let deprecated = fields.optional(cx, "deprecated", string);
    let transcription_note = fields.optional(cx, "note", string);
    fields.finish(cx);
    Some(RawEvent {
        number,
        name: name?,
        code,
        label,
        description,
        category,
        ident,
        aliases,
        deprecated,
        note: transcription_note,
        code_unread,
    })
}

fn backticked(names: &[&str]) -> String {
    names
        .iter()
        .map(|name| format!("`{name}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
