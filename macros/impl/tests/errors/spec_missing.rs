// Spec paths are relative to the crate's manifest folder.
#[derive(EventType)]
#[event(spec = "specs/teleport.yaml")]
enum Subset {
    SessionStart,
}
