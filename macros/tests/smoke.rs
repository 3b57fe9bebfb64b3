use eventgen::{EventType, Unknown};

#[derive(EventType, Debug, Clone, PartialEq, Eq)]
#[event(rename_all = "dot.case")]
enum Teleport {
    SessionStart,
    /// A user left.
    #[event(name = "session.leave", label = "Left", alias = "session.quit")]
    SessionLeave,
    #[deprecated = "old"]
    UserLogin,
    #[event(other)]
    Other(Unknown<Self>),
}

#[derive(EventType, Debug, Clone, PartialEq, Eq)]
#[event(case_insensitive)]
enum Privx {
    #[event(name = "User-logged-in", code = 100)]
    UserLoggedIn,
    #[event(name = "User-logged-out", code = 101)]
    UserLoggedOut,
}

eventgen::catalog!(pub enum TeleportEvent = "../specs/teleport.yaml");
eventgen::catalog!(pub enum CloudPassage = "../specs/cloudpassage-halo.yaml");

#[test]
fn smoke() {
    assert_eq!(
        "session.start".parse::<Teleport>().unwrap(),
        Teleport::SessionStart
    );
    assert_eq!(Teleport::from("session.quit"), Teleport::SessionLeave);
    let unknown = Teleport::from("x.y");
    assert_eq!(unknown.to_string(), "x.y");
    assert_eq!(Teleport::SessionLeave.description(), Some("A user left."));
    assert_eq!(
        Privx::from_name("USER-LOGGED-IN"),
        Some(Privx::UserLoggedIn)
    );
    assert_eq!(Privx::try_from(101).unwrap(), Privx::UserLoggedOut);
    assert!("nope".parse::<Privx>().is_err());
    assert_eq!(
        "nope".parse::<Privx>().unwrap_err().to_string(),
        "unknown Privx \"nope\""
    );
    assert_eq!(TeleportEvent::COUNT, 75);
    for event in TeleportEvent::iter() {
        assert_eq!(&TeleportEvent::from(event.name()), event);
    }
    for event in CloudPassage::iter() {
        assert_eq!(
            &CloudPassage::from(event.name().to_uppercase().as_str()),
            event
        );
    }
}
