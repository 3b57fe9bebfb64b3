//! Values the catalog does not know are kept exactly, and never confused with known ones.

use eventgen::{EventType, Unknown};

#[derive(EventType, Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[event(rename_all = "dot.case")]
enum Teleport {
    SessionStart,
    SessionEnd,
    #[event(other)]
    Unlisted(Unknown<Self>),
}

#[derive(EventType, Debug, Clone, PartialEq, Eq, Hash)]
#[event(case_insensitive)]
enum Halo {
    #[event(name = "login_success", code = 1)]
    LoginSuccess,
    #[event(name = "7", code = 2)]
    Seven,
    #[event(other)]
    Other(Unknown<Self>),
}

/// Inputs no event matches, including the awkward ones.
const UNKNOWN: &[&str] = &[
    "",
    " ",
    "unknown",
    "Unknown-event",
    "session.start ",
    " session.start",
    "Session.Start",
    "session.start\n",
    "session.star",
    "session.startt",
    "toString",
    "__proto__",
    "constructor",
    "sessión.start",
    "セッション開始",
    "\u{200B}session.start",
    "session\u{0}start",
    "🙂",
];

#[test]
fn unknown_values_keep_their_exact_text() {
    for &input in UNKNOWN {
        let event = Teleport::from(input);
        let Teleport::Unlisted(unknown) = &event else {
            panic!("{input:?} parsed to {event:?}");
        };
        assert_eq!(unknown.as_str(), input);
        assert_eq!(unknown.code(), None);
        assert_eq!(event.name(), input);
        assert_eq!(event.to_string(), input);
        assert_eq!(event.as_ref(), input);
        assert!(!event.is_known());
        assert_eq!(event.index(), None);
        assert_eq!(event.info(), None);
        assert_eq!(Teleport::from(input.to_owned()), event);
        assert_eq!(input.parse::<Teleport>(), Ok(event.clone()));
        assert_eq!(unknown.clone().into_string(), input);
    }
}

#[test]
fn case_insensitive_catalogs_keep_the_original_spelling_of_unknown_values() {
    let event = Halo::from("Login_Failure");
    assert_eq!(event.to_string(), "Login_Failure");
    // A known value prints the catalog's spelling, whatever the input's case.
    assert_eq!(Halo::from("LOGIN_SUCCESS").to_string(), "login_success");
}

#[test]
fn unknown_codes_are_kept_and_print_as_numbers() {
    let event = Halo::from(404_u32);
    let Halo::Other(unknown) = &event else {
        panic!("{event:?}");
    };
    assert_eq!(unknown.code(), Some(404));
    assert_eq!(event.code(), Some(404));
    assert_eq!(event.to_string(), "404");
    assert_eq!(format!("{unknown:?}"), "Unknown(404)");
    assert_eq!(Halo::from(1_u32), Halo::LoginSuccess);
    assert_eq!(Halo::from("x").code(), None);
}

#[test]
fn a_known_value_always_parses_to_its_own_variant() {
    for event in Teleport::iter() {
        assert_eq!(&Teleport::from(event.name()), event);
    }
    // "7" is the name of a known event: it is never an unknown value, even though the
    // unknown code 7 also prints as "7".
    assert_eq!(Halo::from("7"), Halo::Seven);
}

#[test]
fn values_that_print_the_same_compare_equal() {
    let mut values: Vec<Halo> = ["login_success", "LOGIN_SUCCESS", "7", "x", "X", "404", ""]
        .into_iter()
        .map(Halo::from)
        .collect();
    values.extend([1_u32, 2, 404, 405].map(Halo::from));
    for a in &values {
        for b in &values {
            if a.to_string() == b.to_string() {
                assert_eq!(a, b, "{a:?} and {b:?} print the same");
            }
        }
    }
    // The unknown code 404 and the unknown name "404" print the same, so they are equal.
    assert_eq!(Halo::from(404_u32), Halo::from("404"));
}

#[test]
fn unknown_values_order_by_their_text() {
    let mut events: Vec<Teleport> = ["b", "a", "session.end", "c"]
        .into_iter()
        .map(Teleport::from)
        .collect();
    events.sort();
    let names: Vec<&str> = events.iter().map(Teleport::name).collect();
    assert_eq!(names, ["session.end", "a", "b", "c"]);
}

#[test]
fn debug_shows_the_unknown_text_escaped() {
    assert_eq!(
        format!("{:?}", Teleport::from("a\"b")),
        r#"Unlisted(Unknown("a\"b"))"#
    );
}
