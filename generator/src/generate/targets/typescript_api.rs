//! The records and endpoints of a catalog as the TypeScript templates show them: an
//! interface and a validator per record (`parseHaloSecurityTarget`), the rules the
//! validators check (a table the catalog's module walks), a zod schema per record, and
//! the catalog's endpoints with a typed query per endpoint that has parameters.

use eventgen_catalog::markdown;
use eventgen_catalog::naming::{RecordNames, TypeScriptNames};
use eventgen_catalog::payload::push_key;
use eventgen_catalog::{Catalog, Endpoint, Extra, Field, FieldType, Literal, Parameter, Record};

use super::super::filters::typescript::{jsdoc_text, ts_property_key, ts_string};

/// A catalog's records and endpoints, ready to lay out.
pub(crate) struct TsApi {
    pub(crate) records: Vec<TsRecord>,
    pub(crate) queries: Vec<TsQuery>,
    pub(crate) endpoints: Vec<TsEndpoint>,
    /// Whether a record's zod schema checks a payload's own properties (the zod module's
    /// `ownProperties`).
    pub(crate) zod_own: bool,
}

pub(crate) struct TsRecord {
    pub(crate) names: RecordNames,
    /// The interface's `JSDoc`, `JSDoc`-safe.
    pub(crate) doc: String,
    /// The validator's `JSDoc`, `JSDoc`-safe.
    pub(crate) parse_doc: String,
    pub(crate) fields: Vec<TsProperty>,
    /// Whether keys the record does not list are kept (an index signature of `unknown`).
    pub(crate) keep: bool,
    /// Its position in the module's table of rules.
    pub(crate) index: usize,
    /// `{ key: "target_id", step: ".target_id", rule: "integer", … }`: the table's rows.
    pub(crate) rules: Vec<String>,
    /// The zod schema's properties: `target_id: z.number().int()`.
    pub(crate) zod: Vec<String>,
    /// Whether a field is named like a property of `Object.prototype` (`constructor`,
    /// `__proto__`), which zod would read where the payload lacks it: the schema then
    /// checks a copy of the payload's own properties, on an object without a prototype.
    pub(crate) zod_own: bool,
}

/// The properties every object inherits from `Object.prototype`.
const OBJECT_PROTOTYPE_PROPERTIES: [&str; 12] = [
    "__proto__",
    "__defineGetter__",
    "__defineSetter__",
    "__lookupGetter__",
    "__lookupSetter__",
    "constructor",
    "hasOwnProperty",
    "isPrototypeOf",
    "propertyIsEnumerable",
    "toLocaleString",
    "toString",
    "valueOf",
];

/// A property of an interface, with its `JSDoc`.
pub(crate) struct TsProperty {
    pub(crate) doc: Option<String>,
    /// `readonly target_id: number`
    pub(crate) declaration: String,
}

pub(crate) struct TsQuery {
    pub(crate) name: String,
    pub(crate) doc: String,
    pub(crate) fields: Vec<TsProperty>,
}

pub(crate) struct TsEndpoint {
    /// The endpoints object's key: the endpoint's id.
    pub(crate) key: String,
    pub(crate) doc: String,
    pub(crate) method: &'static str,
    /// The URL, and its path, as string literals.
    pub(crate) url: String,
    pub(crate) path: String,
    /// The query type and its parameters' names (string literals), in the document's order.
    pub(crate) query: Option<(String, Vec<String>)>,
}

impl TsApi {
    pub(crate) fn new(catalog: &Catalog, names: &TypeScriptNames) -> TsApi {
        let index_of = |name: &str| {
            catalog
                .records
                .iter()
                .position(|record| record.name == name)
                .expect("a validated catalog's types name its records")
        };
        let records: Vec<TsRecord> = catalog
            .records
            .iter()
            .enumerate()
            .map(|(index, record)| TsRecord::new(record, index, names, &index_of))
            .collect();
        TsApi {
            zod_own: records.iter().any(|record| record.zod_own),
            records,
            queries: catalog
                .endpoints
                .iter()
                .filter_map(|endpoint| TsQuery::new(endpoint, names))
                .collect(),
            endpoints: catalog.endpoints.iter().map(TsEndpoint::new).collect(),
        }
    }
}

impl TsRecord {
    fn new(
        record: &Record,
        index: usize,
        names: &TypeScriptNames,
        index_of: &dyn Fn(&str) -> usize,
    ) -> TsRecord {
        let record_names = RecordNames::new(&record.name);
        let mut doc = record.description.as_deref().map_or_else(
            || format!("The record `{}`.", record.name),
            markdown::escape,
        );
        doc.push_str(match record.extra {
            Extra::Keep => {
                "\n\nKeys it does not list are kept, with their values, exactly as received."
            }
            Extra::Reject => "\n\nA key it does not list is an error.",
        });
        let parse_doc = format!(
            "{}\n@throws {{TypeError}} naming the path of the first problem, in the order the record\n\
             lists its fields: `$.list[0].event.target.target_id: expected an integer, got \"1\"`.",
            jsdoc_text(&format!(
                "Checks that `value` (a parsed JSON value, as `JSON.parse` returns it) is a\n\
                 `{name}`, and returns it, unchanged: the same object, with every key it has\n\
                 (`JSON.stringify` gives back the same JSON). Event types are kept as received,\n\
                 the catalog's or not (`{any}`).",
                name = record.name,
                any = names.any_type,
            ))
        );
        TsRecord {
            doc: jsdoc_text(&doc),
            parse_doc,
            fields: record
                .fields
                .iter()
                .map(|field| field_property(field, names))
                .collect(),
            keep: record.extra == Extra::Keep,
            index,
            rules: record
                .fields
                .iter()
                .map(|field| {
                    let mut step = String::new();
                    push_key(&mut step, &field.name);
                    format!(
                        "{{ key: {}, step: {}, rule: {}, optional: {}, nullable: {} }}",
                        ts_string(&field.name),
                        ts_string(&step),
                        rule(&field.field_type, index_of),
                        field.optional,
                        field.nullable
                    )
                })
                .collect(),
            zod: record
                .fields
                .iter()
                .map(|field| {
                    let mut schema = zod_schema(&field.field_type, names);
                    if field.nullable {
                        schema.push_str(".nullable()");
                    }
                    if field.optional {
                        schema.push_str(".exactOptional()");
                    }
                    let key = ts_property_key(&field.name);
                    if field.field_type.record().is_some() {
                        // A getter, so that records may name each other in any order.
                        format!("get {key}() {{\n    return {schema};\n  }}")
                    } else {
                        format!("{key}: {schema}")
                    }
                })
                .collect(),
            zod_own: record
                .fields
                .iter()
                .any(|field| OBJECT_PROTOTYPE_PROPERTIES.contains(&field.name.as_str())),
            names: record_names,
        }
    }
}

/// The rule the module's validator checks a value of `field_type` with: `"string"`, a
/// record's index in the table, `{ list: … }`. The catalog's event type is any string.
fn rule(field_type: &FieldType, index_of: &dyn Fn(&str) -> usize) -> String {
    match field_type {
        FieldType::String | FieldType::Event(_) => "\"string\"".to_owned(),
        FieldType::Integer => "\"integer\"".to_owned(),
        FieldType::Number => "\"number\"".to_owned(),
        FieldType::Boolean => "\"boolean\"".to_owned(),
        FieldType::Record(name) => index_of(name).to_string(),
        FieldType::List(item) => format!("{{ list: {} }}", rule(item, index_of)),
    }
}

/// The zod schema of a value of `field_type`, in the catalog's zod module.
fn zod_schema(field_type: &FieldType, names: &TypeScriptNames) -> String {
    match field_type {
        FieldType::String => "z.string()".to_owned(),
        FieldType::Integer => "z.number().int()".to_owned(),
        FieldType::Number => "z.number()".to_owned(),
        FieldType::Boolean => "z.boolean()".to_owned(),
        FieldType::Event(_) => names.any_schema.clone(),
        FieldType::Record(name) => RecordNames::new(name).typescript_schema,
        FieldType::List(item) => format!("z.array({})", zod_schema(item, names)),
    }
}

/// The TypeScript type of a value of `field_type`.
fn ts_type(field_type: &FieldType, names: &TypeScriptNames) -> String {
    match field_type {
        FieldType::String => "string".to_owned(),
        FieldType::Integer | FieldType::Number => "number".to_owned(),
        FieldType::Boolean => "boolean".to_owned(),
        FieldType::Event(_) => names.any_type.clone(),
        FieldType::Record(name) => name.clone(),
        // `readonly (readonly number[])[]`: no global type named, which a record may shadow.
        FieldType::List(item) if matches!(**item, FieldType::List(_)) => {
            format!("readonly ({})[]", ts_type(item, names))
        }
        FieldType::List(item) => format!("readonly {}[]", ts_type(item, names)),
    }
}

fn field_property(field: &Field, names: &TypeScriptNames) -> TsProperty {
    let mut type_text = ts_type(&field.field_type, names);
    if field.nullable {
        type_text.push_str(" | null");
    }
    TsProperty {
        doc: field
            .description
            .as_deref()
            .map(|text| jsdoc_text(&markdown::escape(text))),
        declaration: format!(
            "readonly {}{}: {type_text}",
            ts_property_key(&field.name),
            if field.optional { "?" } else { "" }
        ),
    }
}

impl TsQuery {
    fn new(endpoint: &Endpoint, names: &TypeScriptNames) -> Option<TsQuery> {
        let name = endpoint.query.clone()?;
        Some(TsQuery {
            doc: jsdoc_text(&format!(
                "The query parameters of the endpoint `{}`{}: each given one is sent, by its\n\
                 name, in the document's order (`{}`).",
                endpoint.name,
                endpoint
                    .summary
                    .as_deref()
                    .map(|summary| format!(" ({})", markdown::escape(summary)))
                    .unwrap_or_default(),
                names.endpoints
            )),
            fields: endpoint
                .parameters
                .iter()
                .map(|parameter| parameter_property(parameter, names))
                .collect(),
            name,
        })
    }
}

fn parameter_property(parameter: &Parameter, names: &TypeScriptNames) -> TsProperty {
    let mut doc: Vec<String> = parameter
        .description
        .iter()
        .map(|text| markdown::escape(text))
        .collect();
    for value in &parameter.values {
        let shown = match &value.value {
            Literal::String(text) => markdown::code_span(&ts_string(text)),
            other => markdown::code_span(&other.to_string()),
        };
        let meaning = value
            .description
            .as_deref()
            .map(|text| format!(": {}", markdown::escape(text)))
            .unwrap_or_default();
        doc.push(format!("- {shown}{meaning}"));
    }
    TsProperty {
        doc: (!doc.is_empty()).then(|| jsdoc_text(&doc.join("\n"))),
        declaration: format!(
            "readonly {}{}: {}",
            ts_property_key(&parameter.name),
            if parameter.required { "" } else { "?" },
            ts_type(&parameter.parameter_type, names)
        ),
    }
}

impl TsEndpoint {
    fn new(endpoint: &Endpoint) -> TsEndpoint {
        let mut doc: Vec<String> = endpoint
            .summary
            .iter()
            .chain(&endpoint.description)
            .map(|text| markdown::escape(text))
            .collect();
        if let Some(response) = &endpoint.response {
            doc.push(format!("Responds with `{response}`."));
        }
        if let Some(error) = &endpoint.error {
            doc.push(format!("Errors with `{error}`."));
        }
        if let Some(link) = &endpoint.link {
            doc.push(format!("See also {}", markdown::link_destination(link)));
        }
        TsEndpoint {
            key: ts_property_key(&endpoint.name),
            doc: jsdoc_text(&doc.join("\n\n")),
            method: endpoint.method.as_str(),
            url: ts_string(&endpoint.url),
            path: ts_string(endpoint.path()),
            query: endpoint.query.clone().map(|query| {
                (
                    query,
                    endpoint
                        .parameters
                        .iter()
                        .map(|parameter| ts_string(&parameter.name))
                        .collect(),
                )
            }),
        }
    }
}
