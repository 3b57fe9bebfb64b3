// A variant naming a wire value the spec does not have.
#[derive(EventType)]
#[event(spec = "../../specs/teleport.yaml")]
enum Subset {
    #[event(name = "session.begin")]
    Begin,
}
