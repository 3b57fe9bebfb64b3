//! The one place that reads YAML.
//!
//! A spec is parsed with serde-saphyr into a [`Node`] tree: loosely typed, but with the
//! position of every value. We do not deserialize straight into typed structs because
//! serde stops at the first error, and a spec author wants every mistake of a file in one
//! run; [`crate::parse`] walks the tree instead and collects them all.
//!
//! Hostile input is bounded here: the budget below caps nesting depth, node and event
//! counts, alias replays (the "billion laughs" bomb) and scalar bytes, so that no file can
//! make loading slow or large. Real specs are far below every limit: the largest vendor
//! catalog has a few hundred events, and the generator's scale benchmark uses 100,000.

use std::fmt;
use std::ops::Range;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{DuplicateKeyPolicy, Spanned};

use crate::diagnostic::{Diagnostic, Position};

/// A YAML value with the position it was written at.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node {
    pub(crate) value: Value,
    pub(crate) position: Position,
    /// The bytes of the source the parser reports for the value: a scalar as written
    /// (quotes included; a block scalar's content without its `|` or `>` header), the
    /// opening bracket of a flow collection, an empty range at the start of a block one.
    /// Only [`crate::layout`] needs more than the position.
    pub(crate) span: Range<usize>,
}

/// The shape of a YAML value, as YAML 1.2's core schema resolves it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Null,
    Bool(bool),
    /// Any integer YAML can write; range checks belong to the reader of the value.
    Integer(i128),
    Float(f64),
    String(String),
    Sequence(Vec<Node>),
    /// Entries in source order, duplicates included: the parser reports them with both
    /// positions instead of silently keeping one.
    Mapping(Vec<(Node, Node)>),
}

impl Value {
    /// How a value's type is named in error messages.
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Integer(_) => "an integer",
            Value::Float(_) => "a float",
            Value::String(_) => "a string",
            Value::Sequence(_) => "a list",
            Value::Mapping(_) => "a mapping",
        }
    }
}

/// Limits that no real spec comes near (see the module docs).
const MAX_DEPTH: usize = 32;
const MAX_NODES: usize = 4_000_000;
const MAX_EVENTS: usize = 8_000_000;
const MAX_ALIASES: usize = 1_000;
const MAX_REPLAYED_EVENTS: usize = 100_000;

/// Parses one YAML document.
///
/// `source` has already passed the size and UTF-8 checks of [`crate::load`].
pub(crate) fn parse(source: &str) -> Result<Node, Diagnostic> {
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: MAX_DEPTH,
            max_nodes: MAX_NODES,
            max_events: MAX_EVENTS,
            max_aliases: MAX_ALIASES,
            max_documents: 1,
        },
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: MAX_REPLAYED_EVENTS,
        },
        // Duplicate keys reach the parser, which reports each one with both positions.
        duplicate_keys: DuplicateKeyPolicy::PassThrough,
        // `yes`, `on` and friends are strings in YAML 1.2; only `true` and `false` are booleans.
        strict_booleans: true,
        // Tags have no meaning in a spec. Application tags (`!secret x`) are errors, and
        // `!!binary` must not turn the text written into other text: wire values are
        // exactly what the spec shows.
        reject_unsupported_tags: true,
        ignore_binary_tag_for_string: true,
        // Positions come from our own diagnostics; the library's snippet would repeat them.
        with_snippet: false,
    };
    match serde_saphyr::from_str_with_options::<Option<Spanned<Value>>>(source, options) {
        Ok(Some(root)) => Ok(node(root)),
        Ok(None) => Err(
            Diagnostic::new(Position::START, "the spec is empty".to_owned()).with_help(
                "a spec is a mapping with the keys `catalog`, `title`, `source` and `events`",
            ),
        ),
        Err(error) => Err(syntax_error(&error, source)),
    }
}

fn node(spanned: Spanned<Value>) -> Node {
    let span = spanned.referenced.span();
    let span = match (span.byte_offset(), span.byte_len()) {
        (Some(start), Some(len)) => {
            let start = usize::try_from(start).unwrap_or(usize::MAX);
            start..start.saturating_add(usize::try_from(len).unwrap_or(0))
        }
        _ => 0..0,
    };
    Node {
        value: spanned.value,
        position: Position::from_location(spanned.referenced),
        span,
    }
}

/// Turns a serde-saphyr error into a diagnostic at the error's own position, worded for
/// someone editing a spec: the loader's limits are explained, not named.
fn syntax_error(error: &serde_saphyr::Error, source: &str) -> Diagnostic {
    use serde_saphyr::Error;
    use serde_saphyr::budget::BudgetBreach;

    let position = error
        .location()
        .map_or(Position::START, Position::from_location);
    let position = within(position, source);
    let mut cause = error.without_snippet();
    while let Error::AliasError { error, .. } = cause {
        cause = error.without_snippet();
    }
    let (message, help) = match cause {
        Error::MultipleDocuments { .. }
        | Error::Budget {
            breach: BudgetBreach::Documents { .. },
            ..
        } => (
            "a spec is one YAML document, and this file has more".to_owned(),
            Some("remove the `---` line and everything after it, or split the file"),
        ),
        Error::Budget {
            breach: BudgetBreach::Depth { .. },
            ..
        } => (
            format!("the YAML is nested deeper than {MAX_DEPTH} levels"),
            Some("a spec needs four levels: the spec, `events`, an event, its `aliases`"),
        ),
        Error::Budget {
            breach:
                BudgetBreach::Aliases { .. }
                | BudgetBreach::Anchors { .. }
                | BudgetBreach::AliasAnchorRatio { .. },
            ..
        }
        | Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. } => (
            "the anchors and aliases of this file expand to far more than a spec holds".to_owned(),
            Some("write the values out instead of repeating them through `*aliases`"),
        ),
        Error::Budget { .. } => (
            "the file is larger or more complex than any spec".to_owned(),
            Some("a spec lists one vendor's event types; split a larger catalog by vendor"),
        ),
        other => {
            let message = other.to_string();
            let message = strip_position(&message);
            (format!("invalid YAML: {message}"), syntax_help(message))
        }
    };
    let diagnostic = Diagnostic::new(position, message);
    match help {
        Some(help) => diagnostic.with_help(help),
        None => diagnostic,
    }
}

/// The usual slips behind the parser's messages, which name the symptom (where parsing
/// failed) rather than the cause (often a line or two earlier).
fn syntax_help(message: &str) -> Option<&'static str> {
    if message.contains("found a tab") || message.contains("tabs") {
        Some("YAML does not allow tabs for indentation: indent with spaces")
    } else if message.contains("quoted scalar") {
        Some("a quoted value may not be closed: check that every `\"` and `'` has its pair")
    } else if message.contains("':' indicator")
        || message.contains("mapping values are not allowed")
    {
        Some(
            "put a value that contains `: ` in quotes, and check that every `[` and `{` above is closed",
        )
    } else {
        None
    }
}

/// The parser can report a position just past the end of the file (an unclosed quote);
/// point at the end of the last line instead, so the snippet shows what is unfinished.
fn within(position: Position, source: &str) -> Position {
    let lines = source.lines().count();
    let last_line = u32::try_from(lines).unwrap_or(u32::MAX).max(1);
    if position.line <= last_line {
        return position;
    }
    let last = source.lines().last().unwrap_or_default();
    Position {
        line: last_line,
        column: u32::try_from(last.chars().count() + 1).unwrap_or(u32::MAX),
    }
}

/// serde-saphyr ends its messages with the position in prose (" at line 3, column 7");
/// ours is in the diagnostic's header instead.
fn strip_position(message: &str) -> &str {
    let message = message.trim();
    let Some(index) = message.rfind(" at line ") else {
        return message;
    };
    let tail = &message[index + " at line ".len()..];
    let is_position = tail.split_once(", column ").is_some_and(|(line, column)| {
        !line.is_empty()
            && !column.is_empty()
            && line.bytes().all(|b| b.is_ascii_digit())
            && column.bytes().all(|b| b.is_ascii_digit())
    });
    if is_position {
        &message[..index]
    } else {
        message
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        Value::deserialize(deserializer)
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::Integer(value.into()))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::Integer(value.into()))
    }

    fn visit_i128<E>(self, value: i128) -> Result<Value, E> {
        Ok(Value::Integer(value))
    }

    fn visit_u128<E: de::Error>(self, value: u128) -> Result<Value, E> {
        i128::try_from(value)
            .map(Value::Integer)
            .map_err(|_| E::custom(format_args!("integer {value} is too large")))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(Value::Float(value))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Value, E> {
        Err(E::custom("binary values are not allowed in a spec"))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Spanned<Value>>()? {
            items.push(node(item));
        }
        Ok(Value::Sequence(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Spanned<Value>>()? {
            let value = map.next_value::<Spanned<Value>>()?;
            entries.push((node(key), node(value)));
        }
        Ok(Value::Mapping(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(source: &str) -> Value {
        parse(source).unwrap().value
    }

    #[test]
    fn scalars_resolve_as_yaml_1_2_core_schema() {
        let Value::Mapping(entries) =
            value("a: 1\nb: yes\nc: true\nd: 1.5\ne: ~\nf: '100'\ng: 0x10\n")
        else {
            panic!("not a mapping");
        };
        let values: Vec<_> = entries.into_iter().map(|(_, v)| v.value).collect();
        assert_eq!(
            values,
            vec![
                Value::Integer(1),
                Value::String("yes".into()),
                Value::Bool(true),
                Value::Float(1.5),
                Value::Null,
                Value::String("100".into()),
                Value::Integer(16),
            ]
        );
    }

    #[test]
    fn positions_are_one_based_line_and_column() {
        let root = parse("events:\n  - name: x\n").unwrap();
        let Value::Mapping(entries) = root.value else {
            panic!("not a mapping");
        };
        let Value::Sequence(items) = &entries[0].1.value else {
            panic!("not a list");
        };
        let Value::Mapping(event) = &items[0].value else {
            panic!("not a mapping");
        };
        assert_eq!(event[0].0.position.line, 2);
        assert_eq!(event[0].0.position.column, 5);
        assert_eq!(event[0].1.position.column, 11);
    }

    #[test]
    fn duplicate_keys_are_kept_for_the_parser_to_report() {
        let Value::Mapping(entries) = value("a: 1\na: 2\n") else {
            panic!("not a mapping");
        };
        assert_eq!(entries.len(), 2);
    }

    #[test]
    fn empty_documents_are_an_error() {
        for source in ["", "   \n", "# only a comment\n"] {
            assert_eq!(parse(source).unwrap_err().message, "the spec is empty");
        }
    }

    #[test]
    fn positions_in_prose_are_stripped_only_at_the_end() {
        assert_eq!(strip_position("bad thing at line 3, column 7"), "bad thing");
        assert_eq!(
            strip_position("bad at line 3, column 7 (used at line 9)"),
            "bad at line 3, column 7 (used at line 9)"
        );
        assert_eq!(strip_position("no position"), "no position");
    }

    #[test]
    fn several_documents_are_explained() {
        let error = parse("a: 1\n---\nb: 2\n").unwrap_err();
        assert_eq!(
            error.message,
            "a spec is one YAML document, and this file has more"
        );
    }

    #[test]
    fn syntax_errors_carry_their_position() {
        // The flow list is never closed, so `b:` lands inside it.
        let error = parse("a: [1, 2\nb: 3\n").unwrap_err();
        assert_eq!(
            error.message,
            "invalid YAML: illegal placement of ':' indicator"
        );
        assert_eq!(error.position, Some(Position { line: 2, column: 2 }));
        let help = error.help.expect("a syntax slip gets help");
        assert!(help.contains("every `[` and `{` above is closed"), "{help}");
    }

    #[test]
    fn positions_past_the_end_point_at_the_last_line() {
        let error = parse("a: b\nc: \"open\n").unwrap_err();
        assert_eq!(error.position, Some(Position { line: 2, column: 9 }));
    }
}
