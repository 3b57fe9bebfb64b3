//! The Rust records against the payload conformance vectors: every record of the
//! generated crate (`generated/conformance/payloads/*.json`) and of the generator's
//! fixtures. A valid vector parses into its record and serialises back to the value it
//! expects (kept keys included); an invalid one fails with the path, the kind of problem
//! and the type the vector gives.

use std::collections::BTreeMap;
use std::path::Path;

use eventgen::json::{self, Read};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Checks one vector against a record type; `Err` says what went wrong.
type Check = fn(&Value) -> Result<(), String>;

fn check<T: Read + Serialize + DeserializeOwned + std::fmt::Debug>(
    vector: &Value,
) -> Result<(), String> {
    let text = vector["json"].as_str().unwrap();
    let parsed = json::from_str::<T>(text);
    // serde's own entry points read the same way, the path heading the message.
    let through_serde = serde_json::from_str::<T>(text);
    if let Some(expected) = vector.get("expected") {
        let value = parsed.map_err(|error| format!("rejected: {error}"))?;
        let written = serde_json::to_value(&value).unwrap();
        if &written != expected {
            return Err(format!("written back as {written}, expected {expected}"));
        }
        let bytes = json::from_slice::<T>(text.as_bytes()).map_err(|error| error.to_string())?;
        if serde_json::to_value(&bytes).unwrap() != written {
            return Err("from_slice reads otherwise".to_owned());
        }
        through_serde.map_err(|error| format!("serde_json rejects it: {error}"))?;
        // From a `serde_json::Value`, which hands over owned strings and keys.
        let tree: Value = serde_json::from_str(text).unwrap();
        let from_tree = serde_json::from_value::<T>(tree)
            .map_err(|error| format!("rejected from a Value: {error}"))?;
        if serde_json::to_value(&from_tree).unwrap() != written {
            return Err("read otherwise from a Value".to_owned());
        }
        return Ok(());
    }
    let expected = &vector["error"];
    let error = match parsed {
        Ok(value) => return Err(format!("accepted as {value:?}")),
        Err(error) => error,
    };
    let found = (error.path(), error.problem().as_str(), error.expected());
    let wanted = (
        expected["path"].as_str(),
        expected["kind"].as_str().unwrap(),
        expected["expected"].as_str(),
    );
    if found != wanted {
        return Err(format!("{found:?}, expected {wanted:?} ({error})"));
    }
    let tree: Value = serde_json::from_str(text).unwrap();
    let from_tree = serde_json::from_value::<T>(tree)
        .map(|value| format!("{value:?}"))
        .unwrap_err()
        .to_string();
    if !from_tree.starts_with(&format!("{}: ", wanted.0.unwrap())) {
        return Err(format!(
            "from a Value, the message does not start with the path: {from_tree}"
        ));
    }
    let message = through_serde.unwrap_err().to_string();
    if !message.starts_with(&format!("{}: ", wanted.0.unwrap())) {
        return Err(format!(
            "serde_json's message does not start with the path: {message}"
        ));
    }
    Ok(())
}

/// The records of every vectors file: file → type name → check.
fn records() -> BTreeMap<String, BTreeMap<&'static str, Check>> {
    let mut records: BTreeMap<String, BTreeMap<&'static str, Check>> = BTreeMap::new();
    macro_rules! record {
        ($vectors:expr, $name:expr, $type:ty) => {
            records
                .entry($vectors.to_owned())
                .or_default()
                .insert($name, check::<$type> as Check);
        };
    }
    eventgen_real_catalogs::for_each_record!(record);
    eventgen_real_catalogs::for_each_fixture_record!(record);
    records
}

fn conform(vectors_file: &str, checks: &BTreeMap<&'static str, Check>) -> usize {
    let text = std::fs::read_to_string(vectors_file).unwrap();
    let vectors: Value = serde_json::from_str(&text).unwrap();
    let mut failures = Vec::new();
    let mut count = 0;
    for vector in vectors["valid"]
        .as_array()
        .unwrap()
        .iter()
        .chain(vectors["invalid"].as_array().unwrap())
    {
        let type_name = vector["type"].as_str().unwrap();
        let check = checks
            .get(type_name)
            .unwrap_or_else(|| panic!("{vectors_file}: no Rust record {type_name}"));
        if let Err(problem) = check(vector) {
            failures.push(format!("{type_name}: {}: {problem}", vector["name"]));
        }
        count += 1;
    }
    assert!(
        failures.is_empty(),
        "{vectors_file}:\n{}",
        failures.join("\n")
    );
    count
}

#[test]
fn the_generated_records_pass_the_payload_vectors_of_every_catalog() {
    let records = records();
    let generated =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../generated/conformance/payloads");
    let mut files: Vec<String> = std::fs::read_dir(&generated)
        .unwrap()
        .map(|entry| entry.unwrap().path().display().to_string())
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for file in files {
        let canonical = std::fs::canonicalize(&file).unwrap();
        let (_, checks) = records
            .iter()
            .find(|(vectors, _)| std::fs::canonicalize(vectors).ok().as_ref() == Some(&canonical))
            .unwrap_or_else(|| panic!("{file}: no Rust records"));
        assert!(conform(&file, checks) > 0, "{file}: no vectors");
    }
}

#[test]
fn the_generated_fixtures_records_pass_their_payload_vectors() {
    let records = records();
    let fixtures: Vec<_> = records
        .iter()
        .filter(|(vectors, _)| vectors.contains("fixture_payloads_"))
        .collect();
    assert!(!fixtures.is_empty());
    for (vectors, checks) in fixtures {
        assert!(conform(vectors, checks) > 0, "{vectors}: no vectors");
    }
}

/// The runtime writes the keys only a payload knows (under `extra: reject`) with the rule
/// the generator writes the listed ones with: the spec format's.
#[test]
fn unknown_keys_are_written_in_paths_as_the_spec_format_writes_them() {
    for key in [
        "more",
        "a-b",
        "_x",
        "$y",
        "x1",
        "2fa",
        "with space",
        "quote\"",
        "back\\slash",
        "line\nbreak",
        "\u{1}",
        "\u{2028}",
        "é",
        "",
    ] {
        let mut spec_format = "$".to_owned();
        eventgen_catalog::payload::push_key(&mut spec_format, key);
        let mut runtime = "$".to_owned();
        json::push_key(&mut runtime, key);
        assert_eq!(runtime, spec_format, "{key:?}");
    }
}

/// Not JSON at all: no path, the parser's message and position.
#[test]
fn text_that_is_not_json_is_a_syntax_error() {
    use vendor_event_types::halo_security::HaloSecurityTarget;
    let error =
        json::from_str::<HaloSecurityTarget>("{\"target_name\": \"\",\n  \"target_id\": 1,}")
            .unwrap_err();
    assert_eq!(error.problem(), json::Problem::Syntax);
    assert_eq!(error.path(), None);
    assert_eq!((error.line(), error.column()), (2, 18));
    assert!(error.to_string().starts_with("invalid JSON: "), "{error}");
    // Text after the value is an error too.
    let error = json::from_str::<HaloSecurityTarget>(
        r#"{"target_name": "", "target_id": 1, "target": "t"} {}"#,
    )
    .unwrap_err();
    assert_eq!(error.problem(), json::Problem::Syntax);
}

/// Records are built with `new` (the required fields) and `with_…` (each optional one),
/// and written as the vendor writes them.
#[test]
fn records_are_built_and_written_back() {
    use vendor_event_types::HaloSecurityEvent;
    use vendor_event_types::halo_security::{HaloSecurityEventRecord, HaloSecurityTarget};
    let target = HaloSecurityTarget::new(String::new(), 1, "www.example.com".to_owned());
    let mut record = HaloSecurityEventRecord::new(
        "id1".to_owned(),
        "Scan Started".to_owned(),
        HaloSecurityEvent::TargetScanStart,
        "https://www.halosecurity.com/link?q=user-event&id=id1".to_owned(),
    )
    .with_date_created("0000-00-00 00:00".to_owned())
    .with_target(target);
    record.extra.insert("port".to_owned(), 443.into());
    let written = serde_json::to_value(&record).unwrap();
    assert_eq!(
        written,
        serde_json::json!({
            "event_id": "id1",
            "subject": "Scan Started",
            "key": "target-scan-start",
            "url": "https://www.halosecurity.com/link?q=user-event&id=id1",
            "date_created": "0000-00-00 00:00",
            "target": {"target_name": "", "target_id": 1, "target": "www.example.com"},
            "port": 443
        })
    );
    let read: HaloSecurityEventRecord = json::from_str(&written.to_string()).unwrap();
    assert_eq!(read, record);
}

/// A query gives the parameters set, in the document's order, named and written as the
/// query string takes them; its endpoint gives the method, URL and path.
#[test]
fn queries_give_their_parameters_and_endpoint() {
    use vendor_event_types::HaloSecurityEvent;
    use vendor_event_types::halo_security::{
        HaloSecurityEventDeleteQuery, HaloSecurityEventListQuery, endpoints,
    };
    assert!(
        HaloSecurityEventListQuery::default()
            .query_pairs()
            .is_empty()
    );
    let query = HaloSecurityEventListQuery::new()
        .with_target_id(7)
        .with_key(HaloSecurityEvent::from("target-scan-cancel"))
        .with_sort_desc(1);
    assert_eq!(
        query.query_pairs(),
        [
            ("sort_desc", "1".to_owned()),
            ("key", "target-scan-cancel".to_owned()),
            ("target_id", "7".to_owned()),
        ]
    );
    let delete = HaloSecurityEventDeleteQuery::new("id1".to_owned());
    assert_eq!(delete.query_pairs(), [("event_id", "id1".to_owned())]);
    let endpoint = HaloSecurityEventDeleteQuery::ENDPOINT;
    assert_eq!(endpoint, endpoints::DELETE);
    assert_eq!(
        (endpoint.name, endpoint.method, endpoint.url, endpoint.path),
        (
            "delete",
            "GET",
            "https://api.halosecurity.com/api/v1/event/delete.json",
            "/api/v1/event/delete.json"
        )
    );
    assert_eq!(endpoints::TYPES.path, "/api/v1/event/types.json");
}
