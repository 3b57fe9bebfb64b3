//! Every item `#[derive(EventType)]` generates, on hand-written enums.
#![deny(warnings)] // deprecated variants must not make the generated impls warn

use std::collections::HashSet;

use eventgen::{EventType, MatchMode, ParseEventError, Unknown};

/// Teleport-style: names from `rename_all`, metadata from attributes and doc comments.
#[derive(EventType, Debug, Clone, PartialEq, Eq, Hash)]
#[event(rename_all = "dot.case")]
enum Teleport {
    /// A user started a session.
    #[event(label = "Session Started", category = "sessions")]
    SessionStart,
    /// First line.
    ///
    /// Second paragraph.
    #[event(description = "The attribute wins over the doc comment.")]
    SessionEnd,
    #[event(name = "session.leave", alias = "session.quit", alias = "session.exit")]
    Leave,
    #[deprecated(note = "use `SessionStart`")]
    SessionBegin,
    #[deprecated]
    r#Type,
    #[event(other)]
    Other(Unknown<Self>),
}

/// PrivX-style: coded, case-insensitive, no catch-all.
#[derive(EventType, Debug, Clone, Copy, PartialEq, Eq)]
#[event(case_insensitive)]
enum Privx {
    #[event(name = "User-logged-in", code = 100)]
    UserLoggedIn,
    #[event(name = "User-logged-out", code = 101, alias = "User-logout")]
    UserLoggedOut,
    #[event(name = "Role-added", code = 0)]
    RoleAdded,
    #[event(name = "Max", code = 4_294_967_295)]
    Max,
}

/// No attributes at all: wire values are the variant names.
#[derive(EventType, Debug, PartialEq)]
enum Plain {
    Start,
    Stop,
}

#[test]
fn wire_values_come_from_names_rename_all_and_raw_identifiers() {
    assert_eq!(Teleport::SessionStart.name(), "session.start");
    assert_eq!(Teleport::Leave.name(), "session.leave");
    #[allow(deprecated)]
    let kind = Teleport::r#Type;
    assert_eq!(kind.name(), "type");
    assert_eq!(Plain::Start.name(), "Start");
    assert_eq!(Privx::UserLoggedIn.name(), "User-logged-in");
}

#[test]
fn name_is_a_const_fn_returning_static_str_without_catch_all() {
    const NAME: &str = Privx::UserLoggedOut.name();
    const CODE: u32 = Privx::UserLoggedOut.code();
    const LABEL: Option<&str> = Teleport::SessionStart.label();
    let name: &'static str = Plain::Stop.name();
    assert_eq!(
        (NAME, CODE, LABEL, name),
        ("User-logged-out", 101, Some("Session Started"), "Stop")
    );
}

#[test]
fn display_and_as_ref_print_the_wire_value_and_respect_padding() {
    assert_eq!(Teleport::SessionStart.to_string(), "session.start");
    assert_eq!(format!("[{:>15}]", Teleport::Leave), "[  session.leave]");
    assert_eq!(format!("[{:<8}]", Plain::Stop), "[Stop    ]");
    assert_eq!(Privx::RoleAdded.as_ref(), "Role-added");
}

#[test]
fn from_str_without_catch_all_names_the_type_and_keeps_the_input() {
    let error: ParseEventError = "User-logged-on".parse::<Privx>().unwrap_err();
    assert_eq!(error.type_name(), "Privx");
    assert_eq!(error.input(), Some("User-logged-on"));
    assert_eq!(error.code(), None);
    assert_eq!(error.to_string(), r#"unknown Privx "User-logged-on""#);
    // Invisible differences are visible in the message.
    let padded = " Start".parse::<Plain>().unwrap_err();
    assert_eq!(padded.to_string(), r#"unknown Plain " Start""#);
    let error: &dyn std::error::Error = &padded;
    assert!(error.source().is_none());
}

#[test]
fn from_str_with_catch_all_never_fails() {
    let parsed: Result<Teleport, std::convert::Infallible> = "no.such.event".parse();
    assert_eq!(parsed.unwrap().name(), "no.such.event");
    assert_eq!("session.start".parse(), Ok(Teleport::SessionStart));
}

#[test]
fn aliases_parse_to_their_event_and_print_the_canonical_name() {
    for alias in ["session.quit", "session.exit"] {
        let event = Teleport::from(alias);
        assert_eq!(event, Teleport::Leave);
        assert_eq!(event.to_string(), "session.leave");
    }
    assert_eq!(Privx::from_name("user-LOGOUT"), Some(Privx::UserLoggedOut));
}

#[test]
fn case_insensitive_matching_is_ascii_only_and_exact_matching_is_exact() {
    for spelling in [
        "User-logged-in",
        "user-logged-in",
        "USER-LOGGED-IN",
        "uSeR-lOgGeD-iN",
    ] {
        assert_eq!(spelling.parse(), Ok(Privx::UserLoggedIn), "{spelling}");
    }
    // Not a case variant: Kelvin sign and dotless i are not ASCII.
    assert!("User-logged-\u{0130}n".parse::<Privx>().is_err());
    assert!("MA\u{212A}".parse::<Privx>().is_err());
    assert!(!Teleport::from("Session.Start").is_known());
    assert_eq!(Plain::from_name("start"), None);
    assert_eq!(
        <Privx as EventType>::MATCH_MODE,
        MatchMode::AsciiCaseInsensitive
    );
    assert_eq!(<Teleport as EventType>::MATCH_MODE, MatchMode::Exact);
}

#[test]
fn codes_convert_both_ways() {
    assert_eq!(Privx::from_code(100), Some(Privx::UserLoggedIn));
    assert_eq!(Privx::from_code(0), Some(Privx::RoleAdded));
    assert_eq!(Privx::from_code(u32::MAX), Some(Privx::Max));
    assert_eq!(Privx::from_code(102), None);
    assert_eq!(Privx::try_from(101), Ok(Privx::UserLoggedOut));
    let error = Privx::try_from(7).unwrap_err();
    assert_eq!((error.code(), error.input()), (Some(7), None));
    assert_eq!(error.to_string(), "unknown Privx code 7");
    assert_eq!(u32::from(Privx::Max), u32::MAX);
    for event in Privx::iter() {
        assert_eq!(Privx::try_from(u32::from(*event)), Ok(*event));
    }
}

#[test]
fn metadata_comes_from_attributes_then_doc_comments() {
    assert_eq!(Teleport::SessionStart.label(), Some("Session Started"));
    assert_eq!(Teleport::SessionStart.category(), Some("sessions"));
    assert_eq!(
        Teleport::SessionStart.description(),
        Some("A user started a session.")
    );
    assert_eq!(
        Teleport::SessionEnd.description(),
        Some("The attribute wins over the doc comment.")
    );
    assert_eq!(Teleport::Leave.description(), None);
    assert_eq!(Teleport::from("x").label(), None);
    let info = Teleport::Leave.info().unwrap();
    assert_eq!(info.aliases, &["session.quit", "session.exit"]);
    assert_eq!(info.code, None);
    #[allow(deprecated)]
    let deprecated = [Teleport::SessionBegin.info(), Teleport::r#Type.info()];
    assert_eq!(
        deprecated.map(|info| info.unwrap().deprecated),
        [Some("use `SessionStart`"), Some("")]
    );
    assert_eq!(Teleport::SessionStart.info().unwrap().deprecated, None);
}

#[test]
fn multi_line_doc_comments_keep_their_paragraphs() {
    #[derive(EventType)]
    enum Documented {
        /// First line.
        ///
        /// Second paragraph
        /// continues.
        Event,
    }
    assert_eq!(
        Documented::Event.description(),
        Some("First line.\n\nSecond paragraph\ncontinues.")
    );
}

#[test]
fn doc_comments_can_be_documentation_only() {
    #[derive(EventType)]
    #[event(doc_descriptions = false)]
    enum Generated {
        /// Wire value: `a`.
        A,
        /// Wire value: `b`.
        #[event(description = "The vendor's text.")]
        B,
    }
    assert_eq!(Generated::A.description(), None);
    assert_eq!(Generated::B.description(), Some("The vendor's text."));
}

#[test]
fn all_count_names_info_and_iter_list_known_events_in_order() {
    assert_eq!(Teleport::COUNT, 5);
    assert_eq!(Teleport::ALL.len(), Teleport::COUNT);
    assert_eq!(
        Teleport::NAMES,
        &[
            "session.start",
            "session.end",
            "session.leave",
            "session.begin",
            "type"
        ]
    );
    for (index, event) in Teleport::iter().enumerate() {
        assert_eq!(event.index(), Some(index));
        assert_eq!(Teleport::INFO[index].name, event.name());
        assert_eq!(Teleport::NAMES[index], event.name());
    }
    assert_eq!(
        Privx::ALL,
        &[
            Privx::UserLoggedIn,
            Privx::UserLoggedOut,
            Privx::RoleAdded,
            Privx::Max
        ]
    );
    assert_eq!(Privx::Max.index(), 3);
    assert_eq!(<Privx as EventType>::COUNT, 4);
}

#[test]
fn the_trait_agrees_with_the_inherent_api() {
    fn check<E: EventType + PartialEq + std::fmt::Debug>() {
        for (index, event) in E::ALL.iter().enumerate() {
            assert_eq!(event.index(), Some(index));
            assert_eq!(E::from_name(event.name()).as_ref(), Some(event));
            assert_eq!(E::parse(event.name()).as_ref(), Ok(event));
            assert_eq!(E::parse_owned(event.name().to_owned()).as_ref(), Ok(event));
            assert_eq!(event.info(), Some(&E::INFO[index]));
            assert_eq!(event.label(), E::INFO[index].label);
            assert_eq!(event.code(), E::INFO[index].code);
            if let Some(code) = event.code() {
                assert_eq!(E::from_code(code).as_ref(), Some(event));
                assert_eq!(E::parse_code(code).as_ref(), Ok(event));
            }
            assert!(event.is_known());
        }
        assert_eq!(E::COUNT, E::ALL.len());
        assert_eq!(E::NAMES.len(), E::ALL.len());
    }
    check::<Teleport>();
    check::<Privx>();
    check::<Plain>();
    assert_eq!(<Teleport as EventType>::TYPE_NAME, "Teleport");
    assert_eq!(
        [
            <Teleport as EventType>::HAS_CATCH_ALL,
            <Privx as EventType>::HAS_CATCH_ALL
        ],
        [true, false]
    );
    assert_eq!(
        <Teleport as EventType>::parse_code(1)
            .unwrap_err()
            .to_string(),
        "unknown Teleport code 1"
    );
    assert_eq!(<Plain as EventType>::from_code(1), None);
}

#[test]
fn events_work_as_hash_keys() {
    let seen: HashSet<Teleport> = [
        "session.start",
        "session.quit",
        "session.leave",
        "other",
        "other",
    ]
    .into_iter()
    .map(Teleport::from)
    .collect();
    assert_eq!(seen.len(), 3);
}
