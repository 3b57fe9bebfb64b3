// The spec has an event `unknown`, so a catch-all called `Unknown` would read as it.
#[derive(EventType)]
#[event(spec = "../../tests/specs/good/every-feature.yaml")]
enum Subset {
    SessionStart,
    #[event(other)]
    Unknown(eventgen::Unknown<Self>),
}
