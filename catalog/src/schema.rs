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
            object.values_mut().for_each(forbid_null);
        }
        Value::Array(items) => items.iter_mut().for_each(forbid_null),
        _ => {}
    }
}
