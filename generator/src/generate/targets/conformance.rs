//! `generated/conformance/`: test vectors per catalog, which the Rust, TypeScript and
//! Python test suites all load, so that every binding is held to the same answers.
//!
//! Expected results come from `eventgen-catalog` (`Catalog::find`, which applies the
//! catalog's matching rule and aliases), not from any binding.
//!
//! Inputs that are not strings (`non_strings`) and codes that are not codes
//! (`non_codes`) have one answer everywhere, so they carry no expected value: no binding
//! takes one for an event. Lookups answer "unknown" (`undefined`, `false`, `None`), and
//! entry points that keep what they are given, which can only keep a string or a code,
//! reject it with an error (Python's `parse` raises `TypeError`; serde, pydantic, msgspec
//! and zod report a validation error).

use serde_json::{Value, json};

use super::super::OutputFile;
use super::super::view::CatalogView;

/// Inputs no catalog is expected to have, and the ones that trip lookups built on
/// JavaScript objects or Python attributes. A catalog that does have one gets it as a
/// known value: the expected result always comes from the catalog.
const UNCATALOGUED: &[&str] = &[
    "unknown",
    "Unknown-event",
    "toString",
    "__proto__",
    "constructor",
    "hasOwnProperty",
    "valueOf",
    "prototype",
    "__class__",
    "__dict__",
    "mro",
    "name",
    "value",
    "_missing_",
    "",
    " ",
    "ünïcödé",
    "日本語",
    "🙂",
    "a\u{0}b",
    "line\nbreak",
];

pub(crate) fn files(catalogs: &[CatalogView]) -> Vec<OutputFile> {
    catalogs
        .iter()
        .map(|catalog| {
            let mut text = super::super::filters::json::to_string_pretty(&vectors(catalog));
            text.push('\n');
            OutputFile {
                path: format!("conformance/{}.json", catalog.catalog.id).into(),
                contents: text,
            }
        })
        .collect()
}

fn vectors(view: &CatalogView) -> Value {
    let catalog = view.catalog;
    let events: Vec<Value> = catalog
        .events
        .iter()
        .map(|event| {
            json!({
                "name": event.name,
                "ident": { "rust": event.ident.rust, "typescript": event.ident.typescript, "python": event.ident.python },
                "code": event.code,
                "label": event.label,
                "description": event.description,
                "category": event.category,
                "aliases": event.aliases,
                "deprecated": event.deprecated,
            })
        })
        .collect();
    json!({
        "_comment": super::super::provenance(view.spec_path),
        "catalog": catalog.id,
        "type": catalog.type_name,
        "match": view.match_mode,
        "coded": view.coded,
        "other": catalog.other,
        "events": events,
        "parse": parse_vectors(view),
        "non_strings": non_strings(view),
        "codes": code_vectors(view),
        "non_codes": non_codes(view),
    })
}

/// `{input, expected}`: the wire value of the event `input` parses to, or `null` when
/// it is uncatalogued (the binding then keeps `input` itself).
fn parse_vectors(view: &CatalogView) -> Vec<Value> {
    let catalog = view.catalog;
    let mut inputs: Vec<String> = Vec::new();
    for event in &catalog.events {
        for value in std::iter::once(&event.name).chain(&event.aliases) {
            inputs.push(value.clone());
            inputs.push(value.to_ascii_uppercase());
            inputs.push(value.to_ascii_lowercase());
            inputs.push(swap_case(value));
            inputs.push(format!(" {value}"));
            inputs.push(format!("{value} "));
        }
    }
    inputs.extend(UNCATALOGUED.iter().map(|input| (*input).to_owned()));
    let mut seen = std::collections::HashSet::new();
    inputs
        .into_iter()
        .filter(|input| seen.insert(input.clone()))
        .map(|input| {
            let expected = catalog.find(&input).map(|event| event.name.clone());
            json!({ "input": input, "expected": expected })
        })
        .collect()
}

/// `{code, expected}` for coded catalogs: every code, and codes no event has.
fn code_vectors(view: &CatalogView) -> Vec<Value> {
    let catalog = view.catalog;
    if !view.coded {
        return Vec::new();
    }
    let known = catalog
        .events
        .iter()
        .filter_map(|event| event.code.map(|code| (code, Some(&event.name))));
    let unknown = [u32::MAX - 1, 999_999, 7_777]
        .into_iter()
        .filter(|code| catalog.events.iter().all(|event| event.code != Some(*code)))
        .map(|code| (code, None));
    known
        .chain(unknown)
        .map(|(code, expected)| json!({ "code": code, "expected": expected }))
        .collect()
}

/// JSON values that are not strings, as a webhook body may hold where an event type is
/// expected: every JSON type, and the catalog's first value inside an array and as an
/// object's key (which lookups built on plain objects or string coercion would find), and
/// its first code as a number.
fn non_strings(view: &CatalogView) -> Vec<Value> {
    let first = &view.catalog.events[0];
    let mut inputs = vec![
        Value::Null,
        json!(true),
        json!(false),
        json!(0),
        json!(1),
        json!(-1),
        json!(1.5),
        json!([]),
        json!([first.name]),
        json!({}),
        json!({ first.name.as_str(): first.name }),
    ];
    if let Some(code) = first.code.map(|code| json!(code))
        && !inputs.contains(&code)
    {
        inputs.push(code);
    }
    inputs
}

/// For coded catalogs, JSON values that are not a code (an integer from 0 to
/// 4294967295): the first code as a string, in an array, and as every other JSON type,
/// and the integers just outside the range.
fn non_codes(view: &CatalogView) -> Vec<Value> {
    let Some(code) = view.catalog.events[0].code else {
        return Vec::new();
    };
    vec![
        json!(code.to_string()),
        json!([code]),
        Value::Null,
        json!(true),
        json!(1.5),
        json!(-1),
        json!(u64::from(u32::MAX) + 1),
        json!({}),
    ]
}

fn swap_case(value: &str) -> String {
    value
        .chars()
        .map(|c| {
            if c.is_ascii_lowercase() {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}
