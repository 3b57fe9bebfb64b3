//! `generated/conformance/payloads/<id>.json`: payload vectors for each catalog with
//! records, which the Rust, TypeScript and Python validators of the records are held to.
//! (A folder of their own, so that the catalogs' vectors beside it stay one file per
//! catalog.)
//!
//! The file lists the catalog's records and endpoints (id and identifiers, method, URL and its path, query type and
//! parameters), which the bindings' tests check their exports against.
//!
//! Each vector is JSON text and the type to read it as (a record's name); a valid one
//! comes with the value its typed result serialises back to and the event type values
//! in it (each with the catalog's event it parses to, or `null` for a value the catalog
//! does not list, which is kept); an invalid one with the first error (`path`, `kind`,
//! `expected`), as `eventgen_catalog::payload` defines them.
//!
//! The vectors are the vendor documents' examples verbatim, and variants derived from
//! each record's definition, one change each: unknown keys of every JSON kind (kept by
//! `extra: keep`, an error under `extra: reject`), an unknown event type, optional
//! fields left out, nullable ones `null`, lists empty; and, for every field at every
//! depth of a payload, the field left out, a value of another type, `null`, a list item
//! of another type or `null`. The expected error comes from the change itself (the path
//! changed, the kind of change), not from a validator; the generator's tests check that
//! the catalog crate's validator agrees.

use std::fmt::Write as _;

use eventgen_catalog::json::{Json, JsonValue, Member, is_integer_text, to_text};
use eventgen_catalog::payload::{self, Problem, push_key};
use eventgen_catalog::{Catalog, Extra, FieldType, Record};
use serde_json::{Value, json};

use super::super::OutputFile;
use super::super::view::CatalogView;

/// The folder of the payload vectors, under `conformance/`.
pub(crate) const DIR: &str = "conformance/payloads";

/// An unknown key, whose name no record field has.
const UNKNOWN_KEY: &str = "eventgen_unknown_key";
/// An event type no catalog lists.
const UNKNOWN_EVENT: &str = "eventgen-unknown-event";

pub(crate) fn files(catalogs: &[CatalogView]) -> Vec<OutputFile> {
    catalogs
        .iter()
        .filter(|view| !view.catalog.records.is_empty())
        .map(|view| {
            let mut text = super::super::filters::json::to_string_pretty(&vectors(view));
            text.push('\n');
            OutputFile {
                path: format!("{DIR}/{}.json", view.catalog.id).into(),
                contents: text,
            }
        })
        .collect()
}

fn vectors(view: &CatalogView) -> Value {
    let catalog = view.catalog;
    let mut valid = Vec::new();
    let mut invalid = Vec::new();
    for record in &catalog.records {
        let mut vectors = Vectors {
            catalog,
            root: FieldType::Record(record.name.clone()),
            valid: &mut valid,
            invalid: &mut invalid,
        };
        for (number, example) in record.examples.iter().enumerate() {
            let name = match &example.description {
                Some(description) => format!("example {}: {description}", number + 1),
                None => format!("example {}", number + 1),
            };
            vectors.valid(&name, &example.json, &example.value);
        }
        let base = base_payload(catalog, record);
        vectors.derived(&base);
    }
    json!({
        "_comment": super::super::provenance(view.spec_path),
        "catalog": catalog.id,
        "type": catalog.type_name,
        "records": catalog.records.iter().map(|record| &record.name).collect::<Vec<_>>(),
        "endpoints": catalog.endpoints.iter().map(endpoint).collect::<Vec<_>>(),
        "valid": valid,
        "invalid": invalid,
    })
}

/// What a binding's endpoints say of `endpoint`: its id, method, URL, and query type with
/// its parameters, in the document's order (the order of a query string's pairs).
fn endpoint(endpoint: &eventgen_catalog::Endpoint) -> Value {
    json!({
        "name": endpoint.name,
        "ident": {"python": endpoint.ident.python, "typescript": endpoint.ident.typescript},
        "method": endpoint.method.as_str(),
        "url": endpoint.url,
        "path": endpoint.path(),
        "query": endpoint.query,
        "parameters": endpoint.parameters.iter().map(|parameter| json!({
            "name": parameter.name,
            "type": parameter.parameter_type.to_string(),
            "required": parameter.required,
        })).collect::<Vec<_>>(),
    })
}

/// A step of a path into a payload.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
}

/// `$.list[0].event`
fn path_text(steps: &[Step]) -> String {
    let mut path = "$".to_owned();
    for step in steps {
        match step {
            Step::Key(key) => push_key(&mut path, key),
            Step::Index(index) => {
                let _ = write!(path, "[{index}]");
            }
        }
    }
    path
}

/// A record's object somewhere in a payload: where, and which record.
struct Site<'c> {
    steps: Vec<Step>,
    record: &'c Record,
}

struct Vectors<'a, 'c> {
    catalog: &'c Catalog,
    /// The type every vector of this record is read as.
    root: FieldType,
    valid: &'a mut Vec<Value>,
    invalid: &'a mut Vec<Value>,
}

impl Vectors<'_, '_> {
    fn valid(&mut self, name: &str, text: &str, value: &Json) {
        debug_assert!(
            self.catalog.check_payload(&self.root, value).is_ok(),
            "{name}: {text}"
        );
        let events: Vec<Value> = payload::event_values(&self.catalog.records, &self.root, value)
            .into_iter()
            .map(|(path, event)| {
                json!({
                    "path": path,
                    "value": event,
                    "event": self.catalog.find(event).map(|found| found.name.clone()),
                })
            })
            .collect();
        self.valid.push(json!({
            "name": name,
            "type": self.root.to_string(),
            "json": text,
            "expected": to_value(value),
            "events": events,
        }));
    }

    fn invalid(
        &mut self,
        name: &str,
        value: &Json,
        steps: &[Step],
        problem: Problem,
        expected: Option<&FieldType>,
    ) {
        let path = path_text(steps);
        self.invalid.push(json!({
            "name": format!("{path}: {name}"),
            "type": self.root.to_string(),
            "json": to_text(value),
            "error": {
                "path": path,
                "kind": problem.as_str(),
                "expected": expected.map(ToString::to_string),
            },
        }));
    }

    /// The derived variants of `base`, a valid payload of the root record.
    fn derived(&mut self, base: &Json) {
        let record = self
            .catalog
            .record(&self.root.to_string())
            .expect("the root is a record");
        let mut sites = Vec::new();
        collect_sites(self.catalog, &self.root, base, &mut Vec::new(), &mut sites);
        self.root_variants(base, record);
        for site in &sites {
            self.site_variants(base, site);
        }
        for (steps, value) in event_sites(self.catalog, &self.root, base) {
            if self.catalog.find(&value).is_none() {
                continue;
            }
            let mut changed = base.clone();
            *at_mut(&mut changed, &steps) = string(UNKNOWN_EVENT);
            let name = format!(
                "{}: an event type the catalog does not list, kept",
                path_text(&steps)
            );
            self.valid(&name, &to_text(&changed), &changed);
        }
    }

    /// What only the root can show: unknown keys of every kind, optional fields left
    /// out, nullable ones `null`, a payload that is no object.
    fn root_variants(&mut self, base: &Json, record: &Record) {
        let mut extended = base.clone();
        for (key, value) in unknown_members() {
            set_member(&mut extended, &key, value);
        }
        match record.extra {
            Extra::Keep => self.valid("keys the record does not list, one of each JSON kind (as an event's own fields), kept", &to_text(&extended),
                &extended,
            ),
            Extra::Reject => {}
        }
        if record.fields.iter().any(|field| field.optional) {
            let mut minimal = base.clone();
            for field in record.fields.iter().filter(|field| field.optional) {
                remove_member(&mut minimal, &field.name);
            }
            self.valid(
                "every optional field left out",
                &to_text(&minimal),
                &minimal,
            );
        }
        if record.fields.iter().any(|field| field.nullable) {
            let mut nulls = base.clone();
            for field in record.fields.iter().filter(|field| field.nullable) {
                set_member(&mut nulls, &field.name, null());
            }
            self.valid("every nullable field null", &to_text(&nulls), &nulls);
        }
        for (what, value) in [("a list", array(vec![])), ("a string", string("text"))] {
            let name = format!("{what} where an object is expected");
            self.invalid(&name, &value, &[], Problem::Type, Some(&self.root.clone()));
        }
        self.invalid(
            "null where an object is expected",
            &null(),
            &[],
            Problem::Null,
            Some(&self.root.clone()),
        );
    }

    /// The variants of each field of the record at `site`.
    fn site_variants(&mut self, base: &Json, site: &Site<'_>) {
        let record = site.record;
        for field in &record.fields {
            let mut steps = site.steps.clone();
            steps.push(Step::Key(field.name.clone()));
            let present = at(base, &site.steps).value.get(&field.name).is_some();
            if present && !field.optional {
                let mut changed = base.clone();
                remove_member(at_mut(&mut changed, &site.steps), &field.name);
                self.invalid(
                    "missing required field",
                    &changed,
                    &steps,
                    Problem::Missing,
                    Some(&field.field_type),
                );
            }
            for (what, wrong) in wrong_values(&field.field_type) {
                let mut changed = base.clone();
                set_member(at_mut(&mut changed, &site.steps), &field.name, wrong);
                let name = format!("{what} where {} is expected", field.field_type.expected());
                self.invalid(
                    &name,
                    &changed,
                    &steps,
                    Problem::Type,
                    Some(&field.field_type),
                );
            }
            if !field.nullable {
                let mut changed = base.clone();
                set_member(at_mut(&mut changed, &site.steps), &field.name, null());
                self.invalid(
                    "null where the field is not nullable",
                    &changed,
                    &steps,
                    Problem::Null,
                    Some(&field.field_type),
                );
            }
            let FieldType::List(item) = &field.field_type else {
                continue;
            };
            if !present {
                continue;
            }
            let mut empty = base.clone();
            set_member(at_mut(&mut empty, &site.steps), &field.name, array(vec![]));
            let name = format!("{}: an empty list, which is a list", path_text(&steps));
            self.valid(&name, &to_text(&empty), &empty);
            let mut item_steps = steps.clone();
            item_steps.push(Step::Index(0));
            for (what, wrong) in wrong_values(item) {
                let mut changed = base.clone();
                set_member(
                    at_mut(&mut changed, &site.steps),
                    &field.name,
                    array(vec![wrong]),
                );
                let name = format!(
                    "{what} as a list item where {} is expected",
                    item.expected()
                );
                self.invalid(&name, &changed, &item_steps, Problem::Type, Some(item));
            }
            let mut changed = base.clone();
            set_member(
                at_mut(&mut changed, &site.steps),
                &field.name,
                array(vec![null()]),
            );
            self.invalid(
                "null as a list item",
                &changed,
                &item_steps,
                Problem::Null,
                Some(item),
            );
        }
        if record.extra == Extra::Reject {
            let mut changed = base.clone();
            set_member(
                at_mut(&mut changed, &site.steps),
                UNKNOWN_KEY,
                string("text"),
            );
            let mut steps = site.steps.clone();
            steps.push(Step::Key(UNKNOWN_KEY.to_owned()));
            self.invalid(
                "a key the record does not list, which it rejects",
                &changed,
                &steps,
                Problem::Extra,
                None,
            );
        }
    }
}

/// Values of another JSON type than `expected`, each with how a name shows it.
fn wrong_values(expected: &FieldType) -> Vec<(&'static str, Json)> {
    match expected {
        FieldType::String | FieldType::Event(_) => vec![("an integer", number("1"))],
        FieldType::Integer => vec![
            ("a string (\"1\")", string("1")),
            ("a number with a fraction (1.5)", number("1.5")),
        ],
        FieldType::Number => vec![("a string (\"1.5\")", string("1.5"))],
        FieldType::Boolean => vec![
            ("a string (\"true\")", string("true")),
            ("an integer (1)", number("1")),
        ],
        FieldType::Record(_) => vec![("a list", array(vec![])), ("a string", string("text"))],
        FieldType::List(_) => vec![("a string", string("text")), ("an object", object(vec![]))],
    }
}

/// Keys no record lists, one of each JSON kind: the fields an event of its own carries.
fn unknown_members() -> Vec<(String, Json)> {
    vec![
        (format!("{UNKNOWN_KEY}_string"), string("value")),
        (format!("{UNKNOWN_KEY}_integer"), number("7")),
        (format!("{UNKNOWN_KEY}_number"), number("0.5")),
        (
            format!("{UNKNOWN_KEY}_boolean"),
            Json {
                value: JsonValue::Bool(false),
                offset: 0,
            },
        ),
        (format!("{UNKNOWN_KEY}_null"), null()),
        (
            format!("{UNKNOWN_KEY}_list"),
            array(vec![number("1"), string("two"), null()]),
        ),
        (
            format!("{UNKNOWN_KEY}_object"),
            object(vec![(
                "nested".to_owned(),
                object(vec![(
                    "deep".to_owned(),
                    Json {
                        value: JsonValue::Bool(true),
                        offset: 0,
                    },
                )]),
            )]),
        ),
    ]
}

/// A valid payload of `record`: its first example, else the first value of it in
/// another record's example, else one made from its definition.
pub(crate) fn base_payload(catalog: &Catalog, record: &Record) -> Json {
    if let Some(example) = record.examples.first() {
        return example.value.clone();
    }
    let wanted = FieldType::Record(record.name.clone());
    for other in &catalog.records {
        for example in &other.examples {
            let mut sites = Vec::new();
            collect_sites(
                catalog,
                &FieldType::Record(other.name.clone()),
                &example.value,
                &mut Vec::new(),
                &mut sites,
            );
            if let Some(site) = sites.iter().find(|site| site.record.name == record.name) {
                return at(&example.value, &site.steps).clone();
            }
        }
    }
    made(catalog, &wanted)
}

/// A value of `field_type` made from the definitions: every field, one list item.
fn made(catalog: &Catalog, field_type: &FieldType) -> Json {
    match field_type {
        FieldType::String => string("text"),
        FieldType::Integer => number("1"),
        FieldType::Number => number("1.5"),
        FieldType::Boolean => Json {
            value: JsonValue::Bool(true),
            offset: 0,
        },
        FieldType::Event(_) => string(&catalog.events[0].name),
        FieldType::List(item) => array(vec![made(catalog, item)]),
        FieldType::Record(name) => {
            let record = catalog
                .record(name)
                .expect("a validated catalog's types name its records");
            object(
                record
                    .fields
                    .iter()
                    .map(|field| (field.name.clone(), made(catalog, &field.field_type)))
                    .collect(),
            )
        }
    }
}

/// Every record object in `value` (of type `field_type`), outermost first.
fn collect_sites<'c>(
    catalog: &'c Catalog,
    field_type: &FieldType,
    value: &Json,
    steps: &mut Vec<Step>,
    sites: &mut Vec<Site<'c>>,
) {
    match (field_type, &value.value) {
        (FieldType::Record(name), JsonValue::Object(members)) => {
            let record = catalog
                .record(name)
                .expect("a validated catalog's types name its records");
            sites.push(Site {
                steps: steps.clone(),
                record,
            });
            for member in members {
                if let Some(field) = record.field(&member.key) {
                    steps.push(Step::Key(member.key.clone()));
                    collect_sites(catalog, &field.field_type, &member.value, steps, sites);
                    steps.pop();
                }
            }
        }
        (FieldType::List(item), JsonValue::Array(items)) => {
            for (index, value) in items.iter().enumerate() {
                steps.push(Step::Index(index));
                collect_sites(catalog, item, value, steps, sites);
                steps.pop();
            }
        }
        _ => {}
    }
}

/// The paths of the event type values in a payload.
fn event_sites(
    catalog: &Catalog,
    field_type: &FieldType,
    value: &Json,
) -> Vec<(Vec<Step>, String)> {
    fn walk(
        catalog: &Catalog,
        field_type: &FieldType,
        value: &Json,
        steps: &mut Vec<Step>,
        found: &mut Vec<(Vec<Step>, String)>,
    ) {
        match (field_type, &value.value) {
            (FieldType::Event(_), JsonValue::String(text)) => {
                found.push((steps.clone(), text.clone()));
            }
            (FieldType::Record(name), JsonValue::Object(members)) => {
                let Some(record) = catalog.record(name) else {
                    return;
                };
                for member in members {
                    if let Some(field) = record.field(&member.key) {
                        steps.push(Step::Key(member.key.clone()));
                        walk(catalog, &field.field_type, &member.value, steps, found);
                        steps.pop();
                    }
                }
            }
            (FieldType::List(item), JsonValue::Array(items)) => {
                for (index, value) in items.iter().enumerate() {
                    steps.push(Step::Index(index));
                    walk(catalog, item, value, steps, found);
                    steps.pop();
                }
            }
            _ => {}
        }
    }
    let mut found = Vec::new();
    walk(catalog, field_type, value, &mut Vec::new(), &mut found);
    found
}

fn at<'j>(value: &'j Json, steps: &[Step]) -> &'j Json {
    steps
        .iter()
        .fold(value, |value, step| match (step, &value.value) {
            (Step::Key(key), JsonValue::Object(_)) => value
                .value
                .get(key)
                .expect("the path was found in the value"),
            (Step::Index(index), JsonValue::Array(items)) => &items[*index],
            _ => unreachable!("the path was found in the value"),
        })
}

fn at_mut<'j>(value: &'j mut Json, steps: &[Step]) -> &'j mut Json {
    steps
        .iter()
        .fold(value, |value, step| match (step, &mut value.value) {
            (Step::Key(key), JsonValue::Object(members)) => {
                &mut members
                    .iter_mut()
                    .find(|member| &member.key == key)
                    .expect("the path was found in the value")
                    .value
            }
            (Step::Index(index), JsonValue::Array(items)) => &mut items[*index],
            _ => unreachable!("the path was found in the value"),
        })
}

/// Sets the member `key` of an object, in its place, or at the end.
fn set_member(object: &mut Json, key: &str, value: Json) {
    let JsonValue::Object(members) = &mut object.value else {
        unreachable!("a record's value is an object")
    };
    match members.iter_mut().find(|member| member.key == key) {
        Some(member) => member.value = value,
        None => members.push(Member {
            key: key.to_owned(),
            key_offset: 0,
            value,
        }),
    }
}

fn remove_member(object: &mut Json, key: &str) {
    if let JsonValue::Object(members) = &mut object.value {
        members.retain(|member| member.key != key);
    }
}

fn string(text: &str) -> Json {
    Json {
        value: JsonValue::String(text.to_owned()),
        offset: 0,
    }
}

fn number(text: &str) -> Json {
    Json {
        value: JsonValue::Number(text.to_owned()),
        offset: 0,
    }
}

fn null() -> Json {
    Json {
        value: JsonValue::Null,
        offset: 0,
    }
}

fn array(items: Vec<Json>) -> Json {
    Json {
        value: JsonValue::Array(items),
        offset: 0,
    }
}

fn object(members: Vec<(String, Json)>) -> Json {
    Json {
        value: JsonValue::Object(
            members
                .into_iter()
                .map(|(key, value)| Member {
                    key,
                    key_offset: 0,
                    value,
                })
                .collect(),
        ),
        offset: 0,
    }
}

/// A payload as a JSON value: what the typed result of a binding serialises back to.
fn to_value(value: &Json) -> Value {
    match &value.value {
        JsonValue::Null => Value::Null,
        JsonValue::Bool(flag) => Value::Bool(*flag),
        JsonValue::Number(text) => {
            let number = if is_integer_text(text) {
                text.parse::<i64>().ok().map(serde_json::Number::from)
            } else {
                None
            };
            Value::Number(
                number
                    .or_else(|| {
                        text.parse::<f64>()
                            .ok()
                            .and_then(serde_json::Number::from_f64)
                    })
                    .expect("a JSON number the vendor writes is a 64-bit one"),
            )
        }
        JsonValue::String(text) => Value::String(text.clone()),
        JsonValue::Array(items) => Value::Array(items.iter().map(to_value).collect()),
        JsonValue::Object(members) => Value::Object(
            members
                .iter()
                .map(|member| (member.key.clone(), to_value(&member.value)))
                .collect(),
        ),
    }
}
