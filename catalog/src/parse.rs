//! Node tree → raw spec: the file's structure, checked key by key.
//!
//! This stage knows which keys exist and what type each value has; it does not know what
//! the values mean (that is [`crate::validate`]). Every problem is collected, not just the
//! first: unknown keys (with the closest known key), duplicate keys, missing keys and
//! values of the wrong type.
//!
//! The raw structs double as the definition of the file format: their doc comments and
//! `schemars` attributes produce `specs/catalog.schema.json`.

#[cfg(feature = "schema")]
use std::borrow::Cow;

#[cfg(feature = "schema")]
use schemars::{JsonSchema, Schema, SchemaGenerator};

use crate::api::Extra;
use crate::diagnostic::{Diagnostic, Position, event_context};
use crate::keys::{
    ENDPOINT_KEYS, EXAMPLE_KEYS, EventKey, FIELD_KEYS, PARAMETER_KEYS, RECORD_KEYS, SPEC_KEYS,
    SourceKey, VALUE_KEYS,
};
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
#[cfg(feature = "schema")]
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
#[derive(Debug)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(deny_unknown_fields, title = "eventgen catalog spec")
)]
pub(crate) struct RawSpec {
    /// Catalog id: lowercase letters, digits and single hyphens, starting with a letter.
    /// File, module and package names of the bindings derive from it.
    // Read as optional, so that a spec without it is still checked; the schema requires it.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "String", regex(pattern = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"))
    )]
    pub(crate) catalog: Option<Located<String>>,
    /// Human title of the catalog.
    #[cfg_attr(feature = "schema", schemars(with = "String", length(min = 1)))]
    pub(crate) title: Option<Located<String>>,
    /// Name of the event type in every language, in UpperCamelCase.
    /// Default: the catalog id in UpperCamelCase followed by `Event`.
    #[cfg_attr(
        feature = "schema",
        schemars(rename = "type", regex(pattern = r"^[A-Z][A-Za-z0-9]*$"))
    )]
    pub(crate) type_name: Option<Located<String>>,
    /// Where the transcription comes from.
    #[cfg_attr(feature = "schema", schemars(with = "RawSource"))]
    pub(crate) source: Option<Located<RawSource>>,
    /// How wire values are compared. Default: `exact`.
    #[cfg_attr(feature = "schema", schemars(rename = "match"))]
    pub(crate) match_mode: Option<Located<MatchMode>>,
    /// Name of the catch-all that keeps values the catalog does not list, in UpperCamelCase.
    /// Default: `Other`.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^[A-Z][A-Za-z0-9]*$")))]
    pub(crate) other: Option<Located<String>>,
    /// The event types, in the vendor document's order.
    #[cfg_attr(feature = "schema", schemars(with = "Vec<RawEvent>", length(min = 1)))]
    pub(crate) events: Option<Located<Vec<Located<RawEvent>>>>,
    /// The JSON objects the vendor's webhooks and API send: named types with fields, which
    /// fields, other records and endpoints refer to by name, in any order.
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<RawRecord>>"))]
    pub(crate) records: Option<Located<Vec<Located<RawRecord>>>>,
    /// The requests the vendor's API takes, in the document's order.
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<RawEndpoint>>"))]
    pub(crate) endpoints: Option<Located<Vec<Located<RawEndpoint>>>>,
    /// Whether every event was read, each with its code if it has one: when one was not,
    /// an event may look uncoded that is not.
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) codes_complete: bool,
}

/// The vendor document a catalog is transcribed from.
#[derive(Debug)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields, rename = "Source"))]
pub(crate) struct RawSource {
    /// Title of the vendor document.
    #[cfg_attr(feature = "schema", schemars(with = "String", length(min = 1)))]
    pub(crate) document: Option<Located<String>>,
    /// Where the document is published.
    pub(crate) url: Option<Located<String>>,
    /// The document's version, e.g. `v24`.
    pub(crate) version: Option<Located<String>>,
}

/// One event type.
#[derive(Debug)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields, rename = "Event"))]
pub(crate) struct RawEvent {
    /// Where the event stands in the document, counting from 1 as people do; diagnostics
    /// name events by it.
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) number: usize,
    /// The exact wire value, as the vendor writes it. Never altered.
    pub(crate) name: Located<String>,
    /// Numeric code, where the vendor has them: every event has one, or none does.
    // Decoded as any integer, so that an out-of-range code gets its own error.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<u32>", range(max = 4_294_967_295_u32))
    )]
    pub(crate) code: Option<Located<i128>>,
    /// Human label, e.g. a portal's display name or an event subject.
    pub(crate) label: Option<Located<String>>,
    /// The vendor's description, verbatim.
    pub(crate) description: Option<Located<String>>,
    /// The vendor's group for this event.
    pub(crate) category: Option<Located<String>>,
    /// The event's own documentation page: an absolute `http(s)` URL.
    #[cfg_attr(feature = "schema", schemars(url))]
    pub(crate) url: Option<Located<String>>,
    /// Replaces `name` as the text identifiers are derived from, e.g. `oauth-client-added`.
    pub(crate) ident: Option<Located<String>>,
    /// Other wire values that mean this event.
    pub(crate) aliases: Option<Located<Vec<Located<String>>>>,
    /// Why the event is deprecated; marks it deprecated in every binding.
    pub(crate) deprecated: Option<Located<String>>,
    /// A transcription note; not part of any binding.
    pub(crate) note: Option<Located<String>>,
    /// Whether a `code` is written that could not be read (a string, say).
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) code_unread: bool,
}

/// A named JSON object type: a webhook payload, an API response, an error.
#[derive(Debug)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields, rename = "Record"))]
pub(crate) struct RawRecord {
    /// Where the record stands in `records`, counting from 1.
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) number: usize,
    /// The type's name in every language, in ASCII UpperCamelCase.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^[A-Z][A-Za-z0-9]*$")))]
    pub(crate) name: Located<String>,
    /// What the record is, in the vendor's words.
    pub(crate) description: Option<Located<String>>,
    /// What becomes of the keys the record does not list: `keep` them (default) or
    /// `reject` the payload.
    pub(crate) extra: Option<Located<Extra>>,
    /// The record's keys, in the document's order.
    #[cfg_attr(feature = "schema", schemars(with = "Vec<RawField>"))]
    pub(crate) fields: Option<Located<Vec<Located<RawField>>>>,
    /// The document's examples of the record, verbatim.
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<RawExample>>"))]
    pub(crate) examples: Option<Located<Vec<Located<RawExample>>>>,
}

/// One key of a record.
#[derive(Debug)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields, rename = "Field"))]
pub(crate) struct RawField {
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) number: usize,
    /// The JSON key, verbatim.
    pub(crate) name: Located<String>,
    /// The value's type: `string`, `integer`, `number`, `boolean`, the catalog's type
    /// name, a record's name, or `list<T>` of any of these.
    #[cfg_attr(feature = "schema", schemars(rename = "type", with = "String"))]
    pub(crate) field_type: Option<Located<String>>,
    /// The key may be absent. Default: `false`.
    pub(crate) optional: Option<Located<bool>>,
    /// The value may be `null`. Default: `false`.
    pub(crate) nullable: Option<Located<bool>>,
    /// The vendor's description, verbatim.
    pub(crate) description: Option<Located<String>>,
    /// Replaces `name` as the text the Rust field's name is derived from, e.g.
    /// `target-ref`.
    pub(crate) ident: Option<Located<String>>,
}

/// An example of a record, as the vendor document prints it.
#[derive(Debug)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields, rename = "Example"))]
pub(crate) struct RawExample {
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) number: usize,
    /// Where the document shows it, or what it shows.
    pub(crate) description: Option<Located<String>>,
    /// The JSON text, verbatim: best written as a literal block scalar (`json: |`).
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub(crate) json: Option<Located<String>>,
    /// Where each line of the JSON text is in the spec, when it is a literal block
    /// scalar, whose lines are the spec's lines.
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) block: Option<Position>,
}

/// A request the vendor's API takes.
#[derive(Debug)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields, rename = "Endpoint"))]
pub(crate) struct RawEndpoint {
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) number: usize,
    /// The endpoint's id: lowercase words joined by `-`, e.g. `list`. Its query type's
    /// default name derives from it.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"))
    )]
    pub(crate) name: Located<String>,
    /// The document's one-line summary.
    pub(crate) summary: Option<Located<String>>,
    /// The document's description.
    pub(crate) description: Option<Located<String>>,
    /// The HTTP method, as the document writes it.
    #[cfg_attr(feature = "schema", schemars(with = "crate::api::Method"))]
    pub(crate) method: Option<Located<String>>,
    /// The absolute URL, verbatim.
    #[cfg_attr(feature = "schema", schemars(with = "String", url))]
    pub(crate) url: Option<Located<String>>,
    /// Another page the document links from the endpoint.
    #[cfg_attr(feature = "schema", schemars(url))]
    pub(crate) link: Option<Located<String>>,
    /// The query type's name, in UpperCamelCase. Default: the catalog's type name, the
    /// endpoint's id in UpperCamelCase, `Query`.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^[A-Z][A-Za-z0-9]*$")))]
    pub(crate) query: Option<Located<String>>,
    /// The query parameters, in the document's order.
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<RawParameter>>"))]
    pub(crate) parameters: Option<Located<Vec<Located<RawParameter>>>>,
    /// The record of a successful response.
    pub(crate) response: Option<Located<String>>,
    /// The record of an error response.
    pub(crate) error: Option<Located<String>>,
}

/// A query parameter.
#[derive(Debug)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(deny_unknown_fields, rename = "Parameter")
)]
pub(crate) struct RawParameter {
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) number: usize,
    /// The parameter's name in the query string, verbatim.
    pub(crate) name: Located<String>,
    /// `string`, `integer`, `number`, `boolean` or the catalog's type name.
    #[cfg_attr(feature = "schema", schemars(rename = "type", with = "String"))]
    pub(crate) parameter_type: Option<Located<String>>,
    /// The request must give it. Default: `false`.
    pub(crate) required: Option<Located<bool>>,
    /// The vendor's description, verbatim.
    pub(crate) description: Option<Located<String>>,
    /// Values the document explains.
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<RawValue>>"))]
    pub(crate) values: Option<Located<Vec<Located<RawValue>>>>,
    /// Replaces `name` as the text the Rust field's name is derived from.
    pub(crate) ident: Option<Located<String>>,
}

/// A value of a parameter that the document explains.
#[derive(Debug)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(deny_unknown_fields, rename = "DocumentedValue")
)]
pub(crate) struct RawValue {
    /// The value: an integer, a string or a boolean, of the parameter's type.
    #[cfg_attr(feature = "schema", schemars(with = "RawLiteral"))]
    pub(crate) value: Option<Located<RawLiteral>>,
    /// What the document says it means, verbatim.
    pub(crate) description: Option<Located<String>>,
}

/// A scalar written in a spec.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "serialize", serde(untagged))]
#[cfg_attr(feature = "schema", schemars(rename = "Literal"))]
pub(crate) enum RawLiteral {
    Integer(#[cfg_attr(feature = "schema", schemars(with = "i64"))] i128),
    String(String),
    Boolean(bool),
}

/// Reads the whole spec, reporting every structural problem to `diagnostics`.
///
/// What can be read is returned even when other parts are malformed or missing (an event
/// without a readable `name` is left out, a value of the wrong type is treated as
/// absent, as is a required key that is missing), so that validation reports its own
/// findings in the same run. `None` when the spec is not a mapping at all.
pub(crate) fn parse_spec(
    root: &Node,
    text: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<RawSpec> {
    let mut cx = Cx {
        diagnostics,
        context: None,
        text,
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
    let records = fields.optional(&mut cx, "records", |cx, node| {
        list(cx, node, |cx, index, item| {
            in_context(cx, item_context("record", index, item), |cx| {
                record(cx, index, item)
            })
        })
    });
    let endpoints = fields.optional(&mut cx, "endpoints", |cx, node| {
        list(cx, node, |cx, index, item| {
            in_context(cx, item_context("endpoint", index, item), |cx| {
                endpoint(cx, index, item)
            })
        })
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
        records,
        endpoints,
        codes_complete,
    })
}

/// Where diagnostics go, and the entry they concern.
struct Cx<'a> {
    diagnostics: &'a mut Vec<Diagnostic>,
    /// e.g. "in event #3 `User-logged-in`", added as a note to every diagnostic.
    context: Option<String>,
    /// The spec's text, to tell how a value is written where that matters.
    text: &'a str,
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
        } else if expected == "`true` or `false`" && matches!(node.value, Value::String(_)) {
            diagnostic = diagnostic
                .with_help("write `true` or `false` without quotes: YAML reads them as booleans");
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

    /// The node of `key`, if written, without taking it.
    fn peek(&self, key: &str) -> Option<&'n Node> {
        self.entries
            .iter()
            .find(|(name, _, _)| *name == key)
            .map(|(_, node, _)| *node)
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
    let url = fields.optional(cx, "url", string);
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
        url,
        ident,
        aliases,
        deprecated,
        note: transcription_note,
        code_unread,
    })
}

fn boolean(_: &mut Cx<'_>, node: &Node) -> Result<bool, Unreadable> {
    match node.value {
        Value::Bool(value) => Ok(value),
        _ => Err(Unreadable::Expected("`true` or `false`")),
    }
}

/// Reads with `context` as the entry every diagnostic concerns.
fn in_context<T>(cx: &mut Cx<'_>, context: String, read: impl FnOnce(&mut Cx<'_>) -> T) -> T {
    let outer = cx.context.replace(context);
    let value = read(cx);
    cx.context = outer;
    value
}

/// The `name` of a mapping, when it is a string.
fn name_of(node: &Node) -> Option<&str> {
    let Value::Mapping(entries) = &node.value else {
        return None;
    };
    entries
        .iter()
        .find_map(|(key, value)| match (&key.value, &value.value) {
            (Value::String(key), Value::String(name)) if key == "name" => Some(name.as_str()),
            _ => None,
        })
}

/// "in record #2 `HaloSecurityTarget`", nested in the context already set:
/// "in field #3 `target_id`, in record #2 `HaloSecurityTarget`".
fn item_context(what: &str, index: usize, node: &Node) -> String {
    crate::diagnostic::item_context(what, index + 1, name_of(node))
}

fn nested_context(cx: &Cx<'_>, what: &str, index: usize, node: &Node) -> String {
    let inner = item_context(what, index, node);
    match &cx.context {
        Some(outer) => format!("{inner}, {outer}"),
        None => inner,
    }
}

fn record(cx: &mut Cx<'_>, index: usize, node: &Node) -> Option<RawRecord> {
    let mut fields = Fields::new(cx, node, "a record", &RECORD_KEYS)?;
    let name = fields.required(cx, "name", string);
    let description = fields.optional(cx, "description", string);
    let extra = fields.optional(cx, "extra", |cx, node| {
        choice(cx, node, "`extra` value", &Extra::NAMES)
    });
    let record_fields = fields.required(cx, "fields", |cx, node| {
        list(cx, node, |cx, index, item| {
            let context = nested_context(cx, "field", index, item);
            in_context(cx, context, |cx| field(cx, index, item))
        })
    });
    let examples = fields.optional(cx, "examples", |cx, node| {
        list(cx, node, |cx, index, item| {
            let context = nested_context(cx, "example", index, item);
            in_context(cx, context, |cx| example(cx, index, item))
        })
    });
    fields.finish(cx);
    Some(RawRecord {
        number: index + 1,
        name: name?,
        description,
        extra,
        fields: record_fields,
        examples,
    })
}

/// A name of a closed vocabulary (`keep`, `GET`), with the closest one suggested.
fn choice<T: std::str::FromStr>(
    cx: &mut Cx<'_>,
    node: &Node,
    what: &str,
    names: &[&str],
) -> Result<T, Unreadable> {
    let Value::String(name) = &node.value else {
        return Err(Unreadable::Expected("a string"));
    };
    name.parse().map_err(|_| {
        let help = match did_you_mean(name, names) {
            Some(known) => format!("did you mean `{known}`?"),
            None => format!("use one of {}", backticked(names)),
        };
        cx.error(
            Diagnostic::new(
                node.position,
                format!("unknown {what} `{}`", name.escape_debug()),
            )
            .with_help(help),
        );
        Unreadable::Reported
    })
}

fn field(cx: &mut Cx<'_>, index: usize, node: &Node) -> Option<RawField> {
    let mut fields = Fields::new(cx, node, "a field", &FIELD_KEYS)?;
    let name = fields.required(cx, "name", string);
    let field_type = fields.required(cx, "type", string);
    let optional = fields.optional(cx, "optional", boolean);
    let nullable = fields.optional(cx, "nullable", boolean);
    let description = fields.optional(cx, "description", string);
    let ident = fields.optional(cx, "ident", string);
    fields.finish(cx);
    Some(RawField {
        number: index + 1,
        name: name?,
        field_type,
        optional,
        nullable,
        description,
        ident,
    })
}

fn example(cx: &mut Cx<'_>, index: usize, node: &Node) -> Option<RawExample> {
    let mut fields = Fields::new(cx, node, "an example", &EXAMPLE_KEYS)?;
    let description = fields.optional(cx, "description", string);
    let json_node = fields.peek("json");
    let json = fields.required(cx, "json", string);
    fields.finish(cx);
    let block = json_node
        .filter(|node| is_literal_block(cx.text, node))
        .map(|node| node.position);
    Some(RawExample {
        number: index + 1,
        description,
        json,
        block,
    })
}

/// Whether a scalar is a literal block scalar (`|`), whose content keeps the spec's
/// lines: the last thing written before its content is a `|` header (with its chomping
/// and indentation indicators, and perhaps a comment).
fn is_literal_block(text: &str, node: &Node) -> bool {
    if !matches!(node.value, Value::String(_)) {
        return false;
    }
    let before = text.get(..node.span.start).unwrap_or_default().trim_end();
    let header_line = before.rsplit('\n').next().unwrap_or_default();
    let header = match header_line.rfind(" #") {
        Some(comment) => header_line[..comment].trim_end(),
        None => header_line,
    };
    let indicators = header.trim_end_matches(|c: char| c == '-' || c == '+' || c.is_ascii_digit());
    indicators.ends_with('|')
        && before.len() < text.len()
        && text[before.len()..node.span.start].contains('\n')
}

fn endpoint(cx: &mut Cx<'_>, index: usize, node: &Node) -> Option<RawEndpoint> {
    let mut fields = Fields::new(cx, node, "an endpoint", &ENDPOINT_KEYS)?;
    let name = fields.required(cx, "name", string);
    let summary = fields.optional(cx, "summary", string);
    let description = fields.optional(cx, "description", string);
    let method = fields.required(cx, "method", string);
    let url = fields.required(cx, "url", string);
    let link = fields.optional(cx, "link", string);
    let query = fields.optional(cx, "query", string);
    let parameters = fields.optional(cx, "parameters", |cx, node| {
        list(cx, node, |cx, index, item| {
            let context = nested_context(cx, "parameter", index, item);
            in_context(cx, context, |cx| parameter(cx, index, item))
        })
    });
    let response = fields.optional(cx, "response", string);
    let error = fields.optional(cx, "error", string);
    fields.finish(cx);
    Some(RawEndpoint {
        number: index + 1,
        name: name?,
        summary,
        description,
        method,
        url,
        link,
        query,
        parameters,
        response,
        error,
    })
}

fn parameter(cx: &mut Cx<'_>, index: usize, node: &Node) -> Option<RawParameter> {
    let mut fields = Fields::new(cx, node, "a parameter", &PARAMETER_KEYS)?;
    let name = fields.required(cx, "name", string);
    let parameter_type = fields.required(cx, "type", string);
    let required = fields.optional(cx, "required", boolean);
    let description = fields.optional(cx, "description", string);
    let values = fields.optional(cx, "values", |cx, node| {
        list(cx, node, |cx, index, item| {
            let context = nested_context(cx, "value", index, item);
            in_context(cx, context, |cx| documented_value(cx, item))
        })
    });
    let ident = fields.optional(cx, "ident", string);
    fields.finish(cx);
    Some(RawParameter {
        number: index + 1,
        name: name?,
        parameter_type,
        required,
        description,
        values,
        ident,
    })
}

fn documented_value(cx: &mut Cx<'_>, node: &Node) -> Option<RawValue> {
    let mut fields = Fields::new(cx, node, "a documented value", &VALUE_KEYS)?;
    let value = fields.required(cx, "value", |_, node| match &node.value {
        Value::Integer(value) => Ok(RawLiteral::Integer(*value)),
        Value::String(value) => Ok(RawLiteral::String(value.clone())),
        Value::Bool(value) => Ok(RawLiteral::Boolean(*value)),
        _ => Err(Unreadable::Expected("an integer, a string or a boolean")),
    });
    let description = fields.optional(cx, "description", string);
    fields.finish(cx);
    Some(RawValue { value, description })
}

fn backticked(names: &[&str]) -> String {
    names
        .iter()
        .map(|name| format!("`{name}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
