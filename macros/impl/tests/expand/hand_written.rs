// A hand-written enum with every per-variant key, a catch-all and aliases.
#[derive(EventType)]
#[event(rename_all = "dot.case")]
enum TeleportEvent {
    /// A user started a session.
    SessionStart,
    #[event(name = "session.leave", label = "Session Left", category = "session", alias = "session.quit")]
    SessionLeave,
    #[deprecated(note = "use session.start")]
    #[event(description = "Old name of session.start.")]
    SessionBegin,
    #[event(other)]
    Other(eventgen::Unknown<Self>),
}
