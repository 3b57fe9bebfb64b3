//! The payload vectors (`conformance/payloads/<id>.json`) hold what every binding's
//! validator must answer. Their answers come from the change each vector makes, not from
//! a validator: here they are held against the catalog crate's definition of what a
//! record accepts (`eventgen_catalog::payload`), for the committed vectors of the real
//! specs and for those of the generator's fixture specs.

use std::path::{Path, PathBuf};

use eventgen_catalog::json::{self, Json};
use eventgen_catalog::{Catalog, FieldType, payload};
use serde_json::Value;

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The type a vector names: a record's name.
fn root_type(catalog: &Catalog, name: &str) -> FieldType {
    assert!(catalog.record(name).is_some(), "no record `{name}`");
    FieldType::Record(name.to_owned())
}

fn parse(text: &str) -> Json {
    json::parse(text).unwrap_or_else(|error| panic!("not JSON ({error:?}): {text}"))
}

/// Checks every vector of `vectors` against `catalog`; returns how many there were.
fn check_vectors(catalog: &Catalog, vectors: &Value) -> (usize, usize) {
    assert_eq!(vectors["catalog"], catalog.id.as_str());
    assert_eq!(vectors["type"], catalog.type_name.as_str());
    let valid = vectors["valid"].as_array().unwrap();
    let invalid = vectors["invalid"].as_array().unwrap();
    for vector in valid {
        let name = vector["name"].as_str().unwrap();
        let text = vector["json"].as_str().unwrap();
        let root = root_type(catalog, vector["type"].as_str().unwrap());
        let value = parse(text);
        if let Err(error) = catalog.check_payload(&root, &value) {
            panic!("{name}: valid, yet {error}");
        }
        // The typed result serialises back to the value itself.
        let read: Value = serde_json::from_str(text).unwrap();
        assert_eq!(vector["expected"], read, "{name}");
        let events: Vec<Value> = payload::event_values(&catalog.records, &root, &value)
            .into_iter()
            .map(|(path, value)| {
                serde_json::json!({
                    "path": path,
                    "value": value,
                    "event": catalog.find(value).map(|event| event.name.clone()),
                })
            })
            .collect();
        assert_eq!(vector["events"], Value::Array(events), "{name}");
    }
    for vector in invalid {
        let name = vector["name"].as_str().unwrap();
        let text = vector["json"].as_str().unwrap();
        let root = root_type(catalog, vector["type"].as_str().unwrap());
        let Err(error) = catalog.check_payload(&root, &parse(text)) else {
            panic!("{name}: invalid, yet accepted: {text}");
        };
        let expected = &vector["error"];
        assert_eq!(expected["path"], error.path.as_str(), "{name}: {error}");
        assert_eq!(expected["kind"], error.problem.as_str(), "{name}: {error}");
        assert_eq!(
            expected["expected"],
            error
                .expected
                .as_ref()
                .map_or(Value::Null, |expected| Value::String(expected.to_string())),
            "{name}: {error}"
        );
    }
    (valid.len(), invalid.len())
}

/// Every example of every record is a valid vector, verbatim; every record has vectors
/// of each kind of problem its fields can have.
fn check_coverage(catalog: &Catalog, vectors: &Value) {
    let valid = vectors["valid"].as_array().unwrap();
    let invalid = vectors["invalid"].as_array().unwrap();
    for record in &catalog.records {
        for example in &record.examples {
            assert!(
                valid
                    .iter()
                    .any(|vector| vector["type"] == record.name.as_str()
                        && vector["json"] == example.json.as_str()),
                "an example of `{}` is missing, or not verbatim",
                record.name
            );
        }
        let of_record: Vec<&Value> = invalid
            .iter()
            .filter(|vector| vector["type"] == record.name.as_str())
            .collect();
        for field in &record.fields {
            let mut path = "$".to_owned();
            payload::push_key(&mut path, &field.name);
            let kinds: Vec<&str> = of_record
                .iter()
                .filter(|vector| vector["error"]["path"] == path.as_str())
                .map(|vector| vector["error"]["kind"].as_str().unwrap())
                .collect();
            assert!(
                kinds.contains(&"type"),
                "`{}`: no wrong type at {path}",
                record.name
            );
            assert_eq!(
                kinds.contains(&"null"),
                !field.nullable,
                "`{}`: null at {path}",
                record.name
            );
        }
    }
}

#[test]
fn committed_payload_vectors_agree_with_the_catalog() {
    let root = project_root();
    let mut checked = Vec::new();
    for entry in std::fs::read_dir(root.join("specs")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|extension| extension != "yaml") {
            continue;
        }
        let catalog = eventgen_catalog::load(&path).unwrap_or_else(|error| panic!("{error}"));
        let vectors_path = root.join(format!(
            "generated/conformance/payloads/{}.json",
            catalog.id
        ));
        if catalog.records.is_empty() {
            assert!(
                !vectors_path.exists(),
                "{}: no records, no payload vectors",
                catalog.id
            );
            continue;
        }
        let vectors: Value =
            serde_json::from_str(&std::fs::read_to_string(&vectors_path).unwrap()).unwrap();
        let (valid, invalid) = check_vectors(&catalog, &vectors);
        check_coverage(&catalog, &vectors);
        checked.push((catalog.id.clone(), valid > 0 && invalid > 0));
    }
    checked.sort();
    assert_eq!(checked, [("halo-security".to_owned(), true)]);
}

#[test]
fn the_halo_security_vectors_hold_the_documents_cases() {
    let vectors: Value = serde_json::from_str(
        &std::fs::read_to_string(
            project_root().join("generated/conformance/payloads/halo-security.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let invalid = vectors["invalid"].as_array().unwrap();
    let error_of = |record: &str, path: &str, kind: &str| {
        invalid.iter().find(|vector| {
            vector["type"] == record
                && vector["error"]["path"] == path
                && vector["error"]["kind"] == kind
        })
    };
    let wrong_id = error_of(
        "HaloSecurityEventListResponse",
        "$.list[0].event.target.target_id",
        "type",
    )
    .expect("a string for the target id, deep in a list response");
    assert!(
        wrong_id["json"]
            .as_str()
            .unwrap()
            .contains(r#""target_id":"1""#)
    );
    assert!(error_of("HaloSecurityEventRecord", "$.event_id", "missing").is_some());
    assert!(error_of("HaloSecurityEventListResponse", "$.list", "type").is_some());
    assert!(error_of("HaloSecurityEventGetResponse", "$.event.key", "null").is_some());

    let valid = vectors["valid"].as_array().unwrap();
    let empty = valid
        .iter()
        .find(|vector| {
            vector["type"] == "HaloSecurityEventListResponse" && vector["json"] == r#"{"list":[]}"#
        })
        .expect("an empty list response is valid");
    assert_eq!(empty["expected"], serde_json::json!({"list": []}));
    let example = valid
        .iter()
        .find(|vector| vector["name"] == "example 1: Get a list of events.")
        .unwrap();
    assert_eq!(
        example["expected"]["list"][0]["event"]["date_created"],
        "0000-00-00 00:00"
    );
    assert_eq!(
        example["expected"]["list"][0]["event"]["target"]["target_name"],
        ""
    );
    assert_eq!(
        example["events"],
        serde_json::json!([{"path": "$.list[0].event.key", "value": "target-scan-start", "event": "target-scan-start"}])
    );
    // The standard example's key is no key of the catalog: kept, unknown.
    let standard = valid
        .iter()
        .find(|vector| vector["type"] == "HaloSecurityEventRecord")
        .unwrap();
    assert_eq!(
        standard["events"],
        serde_json::json!([{"path": "$.key", "value": "key-name", "event": null}])
    );
}

#[test]
fn fixture_payload_vectors_agree_with_the_catalog() {
    let root = project_root();
    let out = tempfile::tempdir().unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_eventgen"))
        .args(["generate", "--specs", "tests/generate/specs", "--out"])
        .arg(out.path())
        .current_dir(&root)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for id in ["every-feature", "hostile"] {
        let catalog =
            eventgen_catalog::load(root.join(format!("tests/generate/specs/{id}.yaml"))).unwrap();
        let text =
            std::fs::read_to_string(out.path().join(format!("conformance/payloads/{id}.json")))
                .unwrap();
        let vectors: Value = serde_json::from_str(&text).unwrap();
        let (valid, invalid) = check_vectors(&catalog, &vectors);
        assert!(valid > 0 && invalid > 0, "{id}");
        check_coverage(&catalog, &vectors);
        // A record that rejects unknown keys has a vector of one, at each depth it is found.
        if id == "every-feature" {
            assert!(vectors["invalid"].as_array().unwrap().iter().any(|vector| {
                vector["type"] == "FeaturePage" && vector["error"]["kind"] == "extra"
            }));
        }
    }
}

/// The checks above fail when a vector's answer is wrong.
#[test]
fn a_wrong_answer_is_caught() {
    let root = project_root();
    let catalog = eventgen_catalog::load(root.join("specs/halo-security.yaml")).unwrap();
    let vectors: Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("generated/conformance/payloads/halo-security.json"))
            .unwrap(),
    )
    .unwrap();
    let tamper = [
        ("/invalid/0/error/path", Value::from("$.elsewhere")),
        ("/invalid/3/error/kind", Value::from("null")),
        ("/valid/0/expected/key", Value::from("changed")),
        ("/valid/0/events/0/event", Value::from("account-apikey-add")),
        ("/valid/1/json", Value::from("{}")),
    ];
    for (pointer, wrong) in tamper {
        let mut changed = vectors.clone();
        *changed.pointer_mut(pointer).unwrap() = wrong;
        let caught = std::panic::catch_unwind(|| check_vectors(&catalog, &changed)).is_err();
        assert!(caught, "{pointer}");
    }
}
