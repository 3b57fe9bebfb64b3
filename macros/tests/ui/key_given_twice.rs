use eventgen::EventType;

#[derive(EventType)]
enum Event {
    #[event(name = "session.start", name = "session.begin")]
    SessionStart,
}

fn main() {}
