//! Serde support: wire values as strings by default, codes on request.

use eventgen::{EventType, Unknown};
use serde::{Deserialize, Serialize};

#[derive(EventType, Debug, Clone, PartialEq)]
#[event(case_insensitive)]
enum Privx {
    #[event(name = "User-logged-in", code = 100)]
    UserLoggedIn,
    #[event(name = "User-logged-out", code = 101)]
    UserLoggedOut,
    #[event(other)]
    Other(Unknown<Self>),
}

#[derive(EventType, Debug, Clone, Copy, PartialEq)]
enum Strict {
    #[event(name = "a", code = 1)]
    A,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct ByName {
    event: Privx,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct ByCode {
    #[serde(with = "eventgen::serde::code")]
    event_id: Privx,
}

#[test]
fn known_and_unknown_names_round_trip_exactly() {
    for json in [
        r#"{"event":"User-logged-in"}"#,
        r#"{"event":"New-event-from-2027"}"#,
        r#"{"event":""}"#,
        r#"{"event":"caf\u00e9 \"quoted\""}"#,
    ] {
        let parsed: ByName = serde_json::from_str(json).unwrap();
        let value: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(serde_json::to_value(&parsed).unwrap(), value, "{json}");
    }
    let parsed: ByName = serde_json::from_str(r#"{"event":"USER-LOGGED-IN"}"#).unwrap();
    assert_eq!(parsed.event, Privx::UserLoggedIn);
    assert_eq!(
        serde_json::to_string(&parsed).unwrap(),
        r#"{"event":"User-logged-in"}"#
    );
}

#[test]
fn names_deserialise_from_borrowed_and_owned_strings() {
    // An escaped string reaches the visitor as an owned `String`, a plain one borrowed.
    let owned: Privx = serde_json::from_str(r#""new\tevent""#).unwrap();
    assert_eq!(owned.name(), "new\tevent");
    let borrowed: Privx = serde_json::from_str(r#""new-event""#).unwrap();
    assert_eq!(borrowed.name(), "new-event");
    let value = serde_json::Value::String("User-logged-out".into());
    assert_eq!(Privx::deserialize(value).unwrap(), Privx::UserLoggedOut);
}

#[test]
fn enums_without_catch_all_reject_unknown_names() {
    let error = serde_json::from_str::<Strict>(r#""b""#).unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"unknown Strict "b" at line 1 column 3"#
    );
    let error = serde_json::from_str::<Strict>("1").unwrap_err();
    assert_eq!(
        error.to_string(),
        "invalid type: integer `1`, expected a Strict wire value (a string) at line 1 column 1"
    );
}

#[test]
fn codes_round_trip_including_unknown_ones() {
    for json in [
        r#"{"event_id":100}"#,
        r#"{"event_id":4242}"#,
        r#"{"event_id":0}"#,
    ] {
        let parsed: ByCode = serde_json::from_str(json).unwrap();
        assert_eq!(serde_json::to_string(&parsed).unwrap(), json);
    }
    let parsed: ByCode = serde_json::from_str(r#"{"event_id":101}"#).unwrap();
    assert_eq!(parsed.event_id, Privx::UserLoggedOut);
}

#[test]
fn codes_out_of_range_are_errors() {
    for json in [
        r#"{"event_id":-1}"#,
        r#"{"event_id":4294967296}"#,
        r#"{"event_id":"100"}"#,
    ] {
        let error = serde_json::from_str::<ByCode>(json)
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("expected a Privx code (an integer from 0 to 4294967295)"),
            "{json}: {error}"
        );
    }
}

#[test]
fn an_unknown_name_has_no_code_to_serialise() {
    let event = ByCode {
        event_id: Privx::from("New-event"),
    };
    let error = serde_json::to_string(&event).unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"Privx "New-event" has no code to serialise"#
    );
}

#[test]
fn strict_enums_deserialise_unknown_codes_as_errors() {
    #[derive(Debug, Deserialize)]
    struct StrictByCode {
        #[serde(with = "eventgen::serde::code")]
        #[allow(dead_code)]
        event: Strict,
    }
    let error = serde_json::from_str::<StrictByCode>(r#"{"event":2}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "unknown Strict code 2 at line 1 column 10"
    );
    assert!(serde_json::from_str::<StrictByCode>(r#"{"event":1}"#).is_ok());
}
