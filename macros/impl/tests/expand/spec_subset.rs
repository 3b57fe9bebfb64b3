// A subset of a spec's events, matched by identifier and by name.
#[derive(EventType)]
#[event(spec = "../../tests/specs/good/every-feature.yaml")]
enum Subset {
    SessionStart,
    #[event(name = "2fa-enabled")]
    TwoFactorEnabled,
    #[event(other)]
    Uncatalogued(eventgen::Unknown<Self>),
}
