//! The conformance vectors of `generated/conformance/` (and of the generator's fixtures),
//! which the TypeScript and Python suites load too: the Rust bindings must give the same
//! answers.

use eventgen::EventType;
use serde::Deserialize;

#[derive(Deserialize)]
struct Vectors {
    catalog: String,
    #[serde(rename = "type")]
    type_name: String,
    #[serde(rename = "match")]
    match_mode: String,
    other: String,
    events: Vec<Event>,
    parse: Vec<ParseVector>,
    non_strings: Vec<serde_json::Value>,
    codes: Vec<CodeVector>,
    non_codes: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
struct Event {
    name: String,
    ident: Idents,
    code: Option<u32>,
    label: Option<String>,
    description: Option<String>,
    category: Option<String>,
    aliases: Vec<String>,
    deprecated: Option<String>,
}

#[derive(Deserialize)]
struct Idents {
    rust: String,
}

#[derive(Deserialize)]
struct ParseVector {
    input: String,
    expected: Option<String>,
}

#[derive(Deserialize)]
struct CodeVector {
    code: u32,
    expected: Option<String>,
}

fn load(path: &std::path::Path) -> Vectors {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// Every vector of one catalog against the enum `E`.
fn conform<E: EventType + std::fmt::Debug + serde::de::DeserializeOwned>(vectors: &Vectors) {
    let context = &vectors.catalog;
    assert_eq!(E::TYPE_NAME, vectors.type_name, "{context}");
    let mode = match vectors.match_mode.parse() {
        Ok(eventgen_catalog::MatchMode::Exact) => eventgen::MatchMode::Exact,
        Ok(eventgen_catalog::MatchMode::AsciiCaseInsensitive) => {
            eventgen::MatchMode::AsciiCaseInsensitive
        }
        Err(error) => panic!("{context}: {error}"),
    };
    assert_eq!(E::MATCH_MODE, mode, "{context}");
    assert_eq!(E::COUNT, vectors.events.len(), "{context}");
    for (info, event) in E::INFO.iter().zip(&vectors.events) {
        assert_eq!(info.name, event.name, "{context}");
        assert_eq!(info.code, event.code, "{context}: {}", event.name);
        assert_eq!(
            info.label,
            event.label.as_deref(),
            "{context}: {}",
            event.name
        );
        assert_eq!(
            info.description,
            event.description.as_deref(),
            "{context}: {}",
            event.name
        );
        assert_eq!(
            info.category,
            event.category.as_deref(),
            "{context}: {}",
            event.name
        );
        assert_eq!(info.aliases, event.aliases, "{context}: {}", event.name);
        assert_eq!(
            info.deprecated,
            event.deprecated.as_deref(),
            "{context}: {}",
            event.name
        );
        let parsed = E::parse(&event.name).unwrap();
        assert_eq!(
            format!("{parsed:?}"),
            event.ident.rust,
            "{context}: the variant of {}",
            event.name
        );
    }
    for vector in &vectors.parse {
        let parsed = E::parse(&vector.input).unwrap();
        match &vector.expected {
            Some(expected) => assert_eq!(parsed.name(), expected, "{context}: {:?}", vector.input),
            None => {
                assert!(
                    !parsed.is_known(),
                    "{context}: {:?} parsed to {parsed:?}",
                    vector.input
                );
                assert_eq!(
                    parsed.name(),
                    vector.input,
                    "{context}: an unknown value changed"
                );
                assert!(
                    format!("{parsed:?}").starts_with(&vectors.other),
                    "{context}: {parsed:?}"
                );
            }
        }
    }
    // Rust's own API takes only strings and codes; what arrives as JSON is another type
    // only through serde, which rejects it (an error, as Python's `parse` raises one).
    assert!(!vectors.non_strings.is_empty(), "{context}");
    for input in &vectors.non_strings {
        let result = serde_json::from_value::<E>(input.clone());
        assert!(result.is_err(), "{context}: {input} gave {result:?}");
    }
    assert_eq!(
        vectors.non_codes.is_empty(),
        vectors.codes.is_empty(),
        "{context}"
    );
    for input in &vectors.non_codes {
        let result: Result<E, _> = eventgen::serde::code::deserialize(input.clone());
        assert!(result.is_err(), "{context}: code {input} gave {result:?}");
    }
    for vector in &vectors.codes {
        let parsed = E::parse_code(vector.code).unwrap();
        match &vector.expected {
            Some(expected) => {
                assert_eq!(parsed.name(), expected, "{context}: code {}", vector.code);
            }
            None => {
                assert!(!parsed.is_known(), "{context}: code {}", vector.code);
                assert_eq!(
                    parsed.code(),
                    Some(vector.code),
                    "{context}: code {}",
                    vector.code
                );
            }
        }
    }
}

#[test]
fn the_generated_crate_passes_the_vectors_of_every_catalog() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../generated/conformance");
    let mut checked = Vec::new();
    macro_rules! check {
        ($type_name:literal, $spec:literal, $derived:ty, $whole:ty, $strum:ty, $hand_written:ty, $generated:ty) => {
            let vectors = load(&dir.join(format!("{}.json", catalog_id($spec))));
            conform::<$generated>(&vectors);
            conform::<$whole>(&vectors);
            checked.push(vectors.catalog);
        };
    }
    eventgen_real_catalogs::for_each_catalog!(check);
    assert_eq!(checked, catalog_ids("../../specs"));
}

#[test]
fn the_generated_fixtures_pass_their_vectors() {
    let mut checked = Vec::new();
    macro_rules! check {
        ($spec:literal, $vectors:literal, $type:ty) => {
            let vectors = load(&std::path::Path::new(env!("OUT_DIR")).join($vectors));
            conform::<$type>(&vectors);
            checked.push(vectors.catalog);
        };
    }
    eventgen_real_catalogs::for_each_fixture!(check);
    assert_eq!(checked, catalog_ids("../generate/specs"));
}

/// The ids of the specs in `dir` (from this crate's folder), in file-name order: every
/// one must have been checked.
fn catalog_ids(dir: &str) -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "yaml")
        })
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| {
            eventgen_catalog::load(path)
                .unwrap_or_else(|error| panic!("{}", error.render()))
                .id
        })
        .collect()
}

/// `../../specs/teleport.yaml` → `teleport`
fn catalog_id(spec: &str) -> &str {
    spec.rsplit('/').next().unwrap().trim_end_matches(".yaml")
}
