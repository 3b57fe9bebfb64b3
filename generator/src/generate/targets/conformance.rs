//! `generated/conformance/`: test vectors per catalog, which the Rust, TypeScript and
//! Python test suites all load, so that every binding is held to the same answers.
//!
//! Expected results come from `eventgen-catalog` (`Catalog::find`, which applies the
//! catalog's matching rule and aliases), not from any binding.

use serde_json::{Value, json};

use super::super::view::CatalogView;
use super::super::{MARKER, OutputFile};

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
        "_comment": format!("{MARKER} from {}. Do not edit: change the spec and run `cargo run`.", view.spec_path),
        "catalog": catalog.id,
        "type": catalog.type_name,
        "match": view.match_mode,
        "coded": view.coded,
        "other": catalog.other,
        "events": events,
        "parse": parse_vectors(view),
        "codes": code_vectors(view),
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
