//! Catalogs as vendor APIs return them.
//!
//! - Halo Security `GET /api/v1/event/types.json`:
//!   `{"list": [{"subject": "API Key Added", "key": "account-apikey-add"}, …]}`
//! - PrivX `GET /monitor-service/api/v1/auditevents/codes`: a list of
//!   `{"event_id": 100, "event_name": "User-logged-in", "event_desc": "…"}`. The event id
//!   may come as a number or a string of digits, and the fields of an item may come
//!   wrapped as `{"key": 100, "value": {…}}`, as the vendor's Go SDK models them.
//!
//! JSON values carry no line numbers once parsed, so problems with an item name its
//! place in the list (item #3). Fields the mapping does not use are ignored: responses
//! grow fields over time, and the spec has no place for them.

use serde_json::{Map, Value};

use eventgen_catalog::Diagnostic;

use super::error::{Location, error_at};
use super::{Record, Table};

/// The fields of a Halo Security event type.
pub(crate) const HALO_FIELDS: [&str; 2] = ["key", "subject"];
/// The fields of a PrivX audit event code.
pub(crate) const PRIVX_FIELDS: [&str; 3] = ["event_name", "event_id", "event_desc"];

/// Parses JSON text, with the position of a syntax error.
pub(crate) fn parse(text: &str) -> Result<Value, Diagnostic> {
    serde_json::from_str(text).map_err(|error| {
        let message = error.to_string();
        // serde_json ends its messages with the position, which the location shows.
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(message, _)| message);
        let diagnostic = Diagnostic::error(format!("invalid JSON: {message}"))
            .with_help("save the API response as it came, without the HTTP headers");
        if error.line() > 0 {
            Location::point(error.line(), error.column()).locate(diagnostic)
        } else {
            diagnostic
        }
    })
}

/// The Halo Security event types response.
pub(crate) fn halo_types(json: &Value) -> Result<Table, Diagnostic> {
    let list = match json {
        Value::Object(object) => object.get("list").and_then(Value::as_array),
        _ => None,
    };
    let Some(list) = list else {
        return Err(Diagnostic::error(
            "this is not a Halo Security event types response: it has no `list`",
        )
        .with_help(format!(
            "the response of `event/types.json` is {{\"list\": [{{\"subject\": …, \"key\": …}}]}}{}",
            shape_hint(json)
        )));
    };
    table(list, &HALO_FIELDS, |item| Some(item))
}

/// The PrivX audit event codes response.
pub(crate) fn privx_codes(json: &Value) -> Result<Table, Diagnostic> {
    let Value::Array(list) = json else {
        return Err(Diagnostic::error(
            "this is not a PrivX audit event codes response: it is not a list",
        )
        .with_help(format!(
            "the response of `auditevents/codes` is a list of {{\"event_id\", \"event_name\", \"event_desc\"}}{}",
            shape_hint(json)
        )));
    };
    table(list, &PRIVX_FIELDS, |item| {
        // The SDK's shape: the fields inside `value`.
        if item.contains_key("event_name") {
            Some(item)
        } else {
            item.get("value").and_then(Value::as_object)
        }
    })
}

/// What the other JSON shape would make of a response, as the end of a help.
fn shape_hint(json: &Value) -> &'static str {
    match json {
        Value::Array(_) => "; a list is PrivX's shape: `--format privx-codes-json`",
        Value::Object(object) if object.contains_key("list") => {
            "; `list` is Halo Security's shape: `--format halo-types-json`"
        }
        _ => "",
    }
}

/// One record per item of `list`, with the item's text and number fields, the `known`
/// ones first in their order, then the others in the order they first appear.
fn table(
    list: &[Value],
    known: &[&str],
    fields_of: impl Fn(&Map<String, Value>) -> Option<&Map<String, Value>>,
) -> Result<Table, Diagnostic> {
    let mut fields: Vec<String> = known.iter().map(|&field| field.to_owned()).collect();
    let mut records = Vec::with_capacity(list.len());
    for (index, item) in list.iter().enumerate() {
        let location = Location::Item(index + 1);
        let object = item.as_object().and_then(&fields_of).ok_or_else(|| {
            error_at(
                location,
                format!("the item is {}, not an event object", kind(item)),
            )
            .with_help(format!("each item has the fields {}", backticked(known)))
        })?;
        let mut values = Vec::new();
        for (field, value) in object {
            let text = match value {
                Value::String(text) => text.clone(),
                Value::Number(number) => number.to_string(),
                _ => continue,
            };
            if !fields.contains(field) {
                fields.push(field.clone());
            }
            values.push((field.clone(), text));
        }
        records.push(Record {
            links: Vec::new(),
            location,
            values,
            category: None,
            notes: Vec::new(),
        });
    }
    Ok(Table {
        line: 1,
        fields,
        field_locations: Vec::new(),
        records,
        document: None,
        version: None,
        warnings: Vec::new(),
    })
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object without the expected fields",
    }
}

fn backticked(fields: &[&str]) -> String {
    fields
        .iter()
        .map(|field| format!("`{field}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(table: &Table) -> Vec<Vec<(&str, &str)>> {
        table
            .records
            .iter()
            .map(|record| {
                record
                    .values
                    .iter()
                    .map(|(field, value)| (field.as_str(), value.as_str()))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn reads_halo_security_event_types() {
        let json = parse(r#"{"list": [{"subject": "API Key Added", "key": "account-apikey-add", "extra": [1]}], "total": 1}"#).unwrap();
        let table = halo_types(&json).unwrap();
        // An object's fields have no order: they come sorted.
        assert_eq!(
            values(&table),
            [[("key", "account-apikey-add"), ("subject", "API Key Added")]]
        );
        assert_eq!(table.fields, ["key", "subject"]);
    }

    #[test]
    fn reads_privx_codes_flat_or_wrapped() {
        let json = parse(
            r#"[{"event_id": 100, "event_name": "User-logged-in", "event_desc": "In."},
                {"key": 101, "value": {"event_id": "101", "event_name": "User-logged-out", "event_desc": "Out."}}]"#,
        )
        .unwrap();
        let table = privx_codes(&json).unwrap();
        assert_eq!(
            values(&table),
            [
                [
                    ("event_desc", "In."),
                    ("event_id", "100"),
                    ("event_name", "User-logged-in")
                ],
                [
                    ("event_desc", "Out."),
                    ("event_id", "101"),
                    ("event_name", "User-logged-out")
                ]
            ]
        );
    }

    #[test]
    fn wrong_shapes_say_which_shape_they_are() {
        let privx = parse(r#"[{"event_name": "a"}]"#).unwrap();
        let error = halo_types(&privx).unwrap_err();
        assert!(error.help.unwrap().contains("--format privx-codes-json"));
        let halo = parse(r#"{"list": []}"#).unwrap();
        let error = privx_codes(&halo).unwrap_err();
        assert!(error.help.unwrap().contains("--format halo-types-json"));
        let error = privx_codes(&parse("[1]").unwrap()).unwrap_err();
        assert_eq!(error.notes, ["in item #1 of the list"]);
        assert_eq!(error.message, "the item is a number, not an event object");
    }

    #[test]
    fn syntax_errors_have_a_position() {
        let error = parse("{\"list\": [\n  {\"key\": \"a\",}\n]}").unwrap_err();
        assert_eq!(
            error.position,
            Some(eventgen_catalog::Position {
                line: 2,
                column: 15
            })
        );
        assert_eq!(error.message, "invalid JSON: trailing comma");
        let error = parse("").unwrap_err();
        assert_eq!(error.message, "invalid JSON: EOF while parsing a value");
    }
}
