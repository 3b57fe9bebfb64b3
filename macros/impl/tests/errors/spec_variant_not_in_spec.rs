// A variant the spec does not have: an error at the variant, with the closest events.
#[derive(EventType)]
#[event(spec = "../../specs/teleport.yaml")]
enum Subset {
    SessionStrat,
    SessionEnd,
    UserLogin,
    Nothing,
    #[event(other)]
    Other(eventgen::Unknown<Self>),
}
