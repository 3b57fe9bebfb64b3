//! The JSON Schema of the spec format, generated from the raw model in [`crate::parse`].
//!
//! Editors that speak the YAML language server protocol validate a spec against it as
//! people type (each spec starts with `# yaml-language-server: $schema=...`). It describes
//! the structure only; the semantic rules (unique names, codes all-or-nothing, identifier
//! collisions) need the loader, i.e. `eventgen check`.

use schemars::generate::SchemaSettings;
use serde_json::Value;

use crate::parse::RawSpec;

/// The schema as pretty-printed JSON with a trailing newline, as committed in
/// `specs/catalog.schema.json`.
///
/// # Panics
///
/// Never: a schema is a JSON value, and JSON values always serialize.
pub fn json_schema() -> String {
    let schema = SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<RawSpec>();
    let mut schema = schema.to_value();
    forbid_null(&mut schema);
    let mut json = serde_json::to_string_pretty(&schema).expect("a schema serializes to JSON");
    json.push('\n');
    json
}

/// schemars makes optional keys nullable (`"type": ["string", "null"]`), but the loader
/// rejects `key: null` (a key without a value is almost always a slip), so the schema
/// must too.
fn forbid_null(schema: &mut Value) {
    match schema {
        Value::Object(object) => {
            if let Some(Value::Array(types)) = object.get_mut("type") {
                types.retain(|kind| kind != "null");
                if types.len() == 1 {
                    let only = types.remove(0);
                    object.insert("type".to_owned(), only);
                }
            }
            if let Some(Value::Array(alternatives)) = object.get_mut("anyOf") {
                alternatives.retain(|alternative| {
                    alternative.get("type").is_none_or(|kind| kind != "null")
                });
                if alternatives.len() == 1 {
                    let Some(Value::Object(only)) = alternatives.pop() else {
                        unreachable!("schemars writes schemas as objects")
                    };
                    object.remove("anyOf");
                    object.extend(only);
                }
            }
            object.values_mut().for_each(forbid_null);
        }
        Value::Array(items) => items.iter_mut().for_each(forbid_null),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(object: &Value, field: &str) -> Vec<String> {
        let mut keys: Vec<String> = match &object[field] {
            Value::Object(properties) => properties.keys().cloned().collect(),
            Value::Array(names) => names
                .iter()
                .map(|name| name.as_str().unwrap().to_owned())
                .collect(),
            other => panic!("`{field}` is {other}"),
        };
        keys.sort();
        keys
    }

    fn sorted(keys: &[&str]) -> Vec<String> {
        let mut keys: Vec<String> = keys.iter().map(|&key| key.to_owned()).collect();
        keys.sort();
        keys
    }

    /// The decoder in `parse.rs` and the schema derive read the same structs, but the
    /// decoder lists its keys by hand: this keeps the two from drifting apart.
    #[test]
    fn schema_and_decoder_know_the_same_keys() {
        let schema: Value = serde_json::from_str(&json_schema()).unwrap();
        let definitions = &schema["$defs"];
        assert_eq!(keys(&schema, "properties"), sorted(&crate::keys::SPEC_KEYS));
        assert_eq!(
            keys(&definitions["Source"], "properties"),
            sorted(&crate::keys::SourceKey::NAMES)
        );
        assert_eq!(
            keys(&definitions["Event"], "properties"),
            sorted(&crate::keys::EventKey::NAMES)
        );

        assert_eq!(
            keys(&schema, "required"),
            sorted(&["catalog", "title", "source", "events"])
        );
        assert_eq!(
            keys(&definitions["Source"], "required"),
            sorted(&["document"])
        );
        assert_eq!(keys(&definitions["Event"], "required"), sorted(&["name"]));
        for object in [&schema, &definitions["Source"], &definitions["Event"]] {
            assert_eq!(object["additionalProperties"], Value::Bool(false));
        }
    }

    #[test]
    fn records_and_endpoints_in_the_schema_and_the_decoder() {
        use crate::keys::{
            ENDPOINT_KEYS, EXAMPLE_KEYS, FIELD_KEYS, PARAMETER_KEYS, RECORD_KEYS, VALUE_KEYS,
        };
        let schema: Value = serde_json::from_str(&json_schema()).unwrap();
        let definitions = &schema["$defs"];
        for (definition, known, required) in [
            ("Record", &RECORD_KEYS[..], &["name", "fields"][..]),
            ("Field", &FIELD_KEYS[..], &["name", "type"][..]),
            ("Example", &EXAMPLE_KEYS[..], &["json"][..]),
            (
                "Endpoint",
                &ENDPOINT_KEYS[..],
                &["name", "method", "url"][..],
            ),
            ("Parameter", &PARAMETER_KEYS[..], &["name", "type"][..]),
            ("DocumentedValue", &VALUE_KEYS[..], &["value"][..]),
        ] {
            let object = &definitions[definition];
            assert_eq!(keys(object, "properties"), sorted(known), "{definition}");
            assert_eq!(keys(object, "required"), sorted(required), "{definition}");
            assert_eq!(
                object["additionalProperties"],
                Value::Bool(false),
                "{definition}"
            );
        }
        assert_eq!(
            definitions["Method"]["enum"],
            serde_json::json!(crate::api::Method::NAMES)
        );
    }

    #[test]
    fn optional_keys_do_not_accept_null() {
        assert!(!json_schema().contains("\"null\""));
    }
}
