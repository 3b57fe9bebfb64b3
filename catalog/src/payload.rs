//! What a record accepts: the one definition of a valid payload, which the loader checks
//! the vendor documents' examples with, and which the conformance vectors of every
//! binding's validator are checked against.
//!
//! A payload is checked against a type ([`FieldType`]) and the records it names:
//!
//! - a record is a JSON object with every field that is not `optional`, each of its type
//!   or `null` where the field is `nullable`; keys the record does not list are kept
//!   (`extra: keep`) or an error (`extra: reject`);
//! - a list is a JSON array whose items are all of its item type (an empty list is a
//!   list); items are never `null`;
//! - `string` is a JSON string, `integer` a number written without a fraction or an
//!   exponent, `number` any number, `boolean` `true` or `false`;
//! - the catalog's event type is any JSON string: a value the catalog does not list is
//!   kept, never an error.
//!
//! The first problem is reported, in the order the record lists its fields (then the
//! keys it does not know, in the payload's order), with its path: `$.list[0].event.key`
//! (a key that is not an identifier name is written `$["a-b"]`).

use std::fmt::Write as _;

use crate::api::{Extra, FieldType, Record};
use crate::json::{Json, JsonValue, is_integer_text, to_text};
use crate::naming::is_javascript_identifier_name;

/// What is wrong with a payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Problem {
    /// A field that is not `optional` is absent.
    Missing,
    /// A value of another type.
    Type,
    /// `null` where the field is not `nullable` (or as a list item).
    Null,
    /// A key that a record with `extra: reject` does not list.
    Extra,
}

impl Problem {
    pub const ALL: [Problem; 4] = [
        Problem::Missing,
        Problem::Type,
        Problem::Null,
        Problem::Extra,
    ];

    /// The name the conformance vectors give it: `missing`, `type`, `null`, `extra`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Problem::Missing => "missing",
            Problem::Type => "type",
            Problem::Null => "null",
            Problem::Extra => "extra",
        }
    }
}

/// The first problem of a payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayloadError {
    /// `$.list[0].event.target.target_id`
    pub path: String,
    pub problem: Problem,
    /// The type expected there (`None` for a key the record does not list).
    pub expected: Option<FieldType>,
    /// "expected an integer, got \"1\"", "missing required field", …
    pub message: String,
    /// Where in the payload's text the value at fault is (for a missing field, its
    /// object).
    pub offset: usize,
}

impl std::fmt::Display for PayloadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Checks `payload` against `expected`, whose records are among `records` (a validated
/// catalog's, where every name resolves).
pub fn check(records: &[Record], expected: &FieldType, payload: &Json) -> Result<(), PayloadError> {
    Checker { records }.value(expected, payload, &mut "$".to_owned())
}

/// Every value of the catalog's event type in a valid payload, with its path, in the
/// payload's order: what a binding parses into its event type.
pub fn event_values<'p>(
    records: &[Record],
    expected: &FieldType,
    payload: &'p Json,
) -> Vec<(String, &'p str)> {
    let mut found = Vec::new();
    collect_events(records, expected, payload, &mut "$".to_owned(), &mut found);
    found
}

fn collect_events<'p>(
    records: &[Record],
    expected: &FieldType,
    payload: &'p Json,
    path: &mut String,
    found: &mut Vec<(String, &'p str)>,
) {
    match (expected, &payload.value) {
        (FieldType::Event(_), JsonValue::String(value)) => found.push((path.clone(), value)),
        (FieldType::List(item), JsonValue::Array(items)) => {
            for (index, value) in items.iter().enumerate() {
                let length = path.len();
                let _ = write!(path, "[{index}]");
                collect_events(records, item, value, path, found);
                path.truncate(length);
            }
        }
        (FieldType::Record(name), JsonValue::Object(members)) => {
            let Some(record) = records.iter().find(|record| &record.name == name) else {
                return;
            };
            for member in members {
                if let Some(field) = record.field(&member.key) {
                    let length = path.len();
                    push_key(path, &member.key);
                    collect_events(records, &field.field_type, &member.value, path, found);
                    path.truncate(length);
                }
            }
        }
        _ => {}
    }
}

/// `path` followed by the member `key`: `.key`, or `["a-b"]`.
pub fn push_key(path: &mut String, key: &str) {
    if is_javascript_identifier_name(key) {
        path.push('.');
        path.push_str(key);
    } else {
        path.push('[');
        crate::json::write_string(key, path);
        path.push(']');
    }
}

struct Checker<'r> {
    records: &'r [Record],
}

impl Checker<'_> {
    fn value(
        &self,
        expected: &FieldType,
        value: &Json,
        path: &mut String,
    ) -> Result<(), PayloadError> {
        let fits = match (expected, &value.value) {
            (_, JsonValue::Null) => {
                return Err(error(path, Problem::Null, expected, value, "null"));
            }
            (FieldType::String | FieldType::Event(_), JsonValue::String(_))
            | (FieldType::Number, JsonValue::Number(_))
            | (FieldType::Boolean, JsonValue::Bool(_)) => true,
            (FieldType::Integer, JsonValue::Number(text)) => is_integer_text(text),
            (FieldType::List(item), JsonValue::Array(items)) => {
                for (index, item_value) in items.iter().enumerate() {
                    let length = path.len();
                    let _ = write!(path, "[{index}]");
                    self.value(item, item_value, path)?;
                    path.truncate(length);
                }
                true
            }
            (FieldType::Record(name), JsonValue::Object(_)) => {
                let record = self
                    .records
                    .iter()
                    .find(|record| &record.name == name)
                    .expect("a validated catalog's types name its records");
                self.record(record, value, path)?;
                true
            }
            _ => false,
        };
        if fits {
            Ok(())
        } else {
            Err(error(path, Problem::Type, expected, value, &shown(value)))
        }
    }

    fn record(&self, record: &Record, value: &Json, path: &mut String) -> Result<(), PayloadError> {
        for field in &record.fields {
            let length = path.len();
            push_key(path, &field.name);
            match value.value.get(&field.name) {
                None if field.optional => {}
                None => {
                    return Err(PayloadError {
                        path: path.clone(),
                        problem: Problem::Missing,
                        expected: Some(field.field_type.clone()),
                        message: format!(
                            "missing required field (expected {})",
                            field.field_type.expected()
                        ),
                        offset: value.offset,
                    });
                }
                Some(Json {
                    value: JsonValue::Null,
                    ..
                }) if field.nullable => {}
                Some(field_value) => self.value(&field.field_type, field_value, path)?,
            }
            path.truncate(length);
        }
        if record.extra == Extra::Reject
            && let JsonValue::Object(members) = &value.value
            && let Some(member) = members
                .iter()
                .find(|member| record.field(&member.key).is_none())
        {
            push_key(path, &member.key);
            return Err(PayloadError {
                path: path.clone(),
                problem: Problem::Extra,
                expected: None,
                message: format!("unknown field: `{}` does not list it", record.name),
                offset: member.key_offset,
            });
        }
        Ok(())
    }
}

fn error(
    path: &str,
    problem: Problem,
    expected: &FieldType,
    value: &Json,
    got: &str,
) -> PayloadError {
    PayloadError {
        path: path.to_owned(),
        problem,
        expected: Some(expected.clone()),
        message: format!("expected {}, got {got}", expected.expected()),
        offset: value.offset,
    }
}

/// A value as a message shows it: a scalar as JSON (`"1"`, `true`), shortened; a list or
/// an object by its kind.
fn shown(value: &Json) -> String {
    match &value.value {
        JsonValue::Array(_) | JsonValue::Object(_) => value.value.kind().to_owned(),
        _ => {
            let text = to_text(value);
            if text.chars().count() > 40 {
                format!("{}…", text.chars().take(40).collect::<String>())
            } else {
                text
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    const SPEC: &str = r#"
catalog: demo
title: Demo
type: DemoEvent
source: {document: Demo}
events:
  - name: target-scan-start
records:
  - name: Page
    extra: reject
    fields:
      - {name: list, type: "list<Item>"}
      - {name: next, type: string, optional: true, nullable: true}
  - name: Item
    fields:
      - {name: key, type: DemoEvent}
      - {name: target, type: Target, optional: true}
      - {name: "a-b", type: "list<number>", ident: a-b}
  - name: Target
    fields:
      - {name: target_id, type: integer}
      - {name: ok, type: boolean, nullable: true}
"#;

    fn problem(payload: &str) -> Option<(String, &'static str)> {
        let catalog = crate::load_str("demo.yaml", SPEC).unwrap_or_else(|error| panic!("{error}"));
        let payload = parse(payload).unwrap();
        let page = FieldType::Record("Page".into());
        catalog
            .check_payload(&page, &payload)
            .err()
            .map(|error| (error.path, error.problem.as_str()))
    }

    fn at(path: &str, kind: &'static str) -> (String, &'static str) {
        (path.to_owned(), kind)
    }

    #[test]
    fn valid_payloads_pass() {
        assert_eq!(problem(r#"{"list": []}"#), None);
        assert_eq!(
            problem(
                r#"{"list": [{"key": "unknown-key", "a-b": [1, 2.5, 1e3], "x": {}}], "next": null}"#
            ),
            None
        );
        assert_eq!(
            problem(
                r#"{"list": [{"key": "k", "a-b": [], "target": {"target_id": -7, "ok": null}}]}"#
            ),
            None
        );
    }

    #[test]
    fn each_problem_has_its_path_and_kind() {
        assert_eq!(problem("{}"), Some(at("$.list", "missing")));
        assert_eq!(problem(r#"{"list": "x"}"#), Some(at("$.list", "type")));
        assert_eq!(
            problem(r#"{"list": [null]}"#),
            Some(at("$.list[0]", "null"))
        );
        assert_eq!(
            problem(r#"{"list": [{"a-b": []}]}"#),
            Some(at("$.list[0].key", "missing"))
        );
        assert_eq!(
            problem(r#"{"list": [{"key": 1, "a-b": []}]}"#),
            Some(at("$.list[0].key", "type"))
        );
        assert_eq!(
            problem(r#"{"list": [{"key": "k", "a-b": [true]}]}"#),
            Some(at("$.list[0][\"a-b\"][0]", "type"))
        );
        assert_eq!(
            problem(
                r#"{"list": [{"key": "k", "a-b": [], "target": {"target_id": "1", "ok": true}}]}"#
            ),
            Some(at("$.list[0].target.target_id", "type"))
        );
        assert_eq!(
            problem(
                r#"{"list": [{"key": "k", "a-b": [], "target": {"target_id": 1.0, "ok": true}}]}"#
            ),
            Some(at("$.list[0].target.target_id", "type"))
        );
        assert_eq!(
            problem(r#"{"list": [{"key": "k", "a-b": [], "target": {"target_id": 1}}]}"#),
            Some(at("$.list[0].target.ok", "missing"))
        );
        assert_eq!(
            problem(r#"{"list": [{"key": "k", "a-b": [], "target": null}]}"#),
            Some(at("$.list[0].target", "null"))
        );
        assert_eq!(
            problem(r#"{"list": [], "more": 1}"#),
            Some(at("$.more", "extra"))
        );
        assert_eq!(problem("[]"), Some(at("$", "type")));
    }

    #[test]
    fn messages_show_what_was_expected_and_found() {
        let catalog = crate::load_str("demo.yaml", SPEC).unwrap();
        let payload = parse(
            r#"{"list": [{"key": "k", "a-b": [], "target": {"target_id": "1", "ok": true}}]}"#,
        )
        .unwrap();
        let error = catalog
            .check_payload(&FieldType::Record("Page".into()), &payload)
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            r#"$.list[0].target.target_id: expected an integer, got "1""#
        );
        assert_eq!(
            &r#"{"list": [{"key": "k", "a-b": [], "target": {"target_id": "1", "ok": true}}]}"#
                [error.offset..error.offset + 3],
            r#""1""#
        );
    }

    #[test]
    fn event_values_are_found_where_the_type_says() {
        let catalog = crate::load_str("demo.yaml", SPEC).unwrap();
        let payload =
            parse(r#"{"list": [{"key": "a", "a-b": []}, {"key": "b", "a-b": []}]}"#).unwrap();
        assert_eq!(
            event_values(
                &catalog.records,
                &FieldType::Record("Page".into()),
                &payload
            ),
            [
                ("$.list[0].key".to_owned(), "a"),
                ("$.list[1].key".to_owned(), "b")
            ]
        );
    }
}
