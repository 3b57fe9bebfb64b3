// A spec error shows the spec's own path, line and column.
#[derive(EventType)]
#[event(spec = "../../tests/specs/bad/several-errors.yaml")]
enum Subset {
    SessionStart,
}
