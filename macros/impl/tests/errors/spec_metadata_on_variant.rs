// Metadata comes from the spec, and so do matching and wire values.
#[derive(EventType)]
#[event(spec = "../../specs/teleport.yaml", case_insensitive, rename_all = "dot.case")]
enum Subset {
    #[event(code = 1, label = "Started", description = "A session started.", category = "sessions", alias = "session.begin")]
    SessionStart,
}
