// Two variants for one event: one by identifier, one by name.
#[derive(EventType)]
#[event(spec = "../../specs/teleport.yaml")]
enum Subset {
    SessionStart,
    #[event(name = "session.start")]
    Start,
}
