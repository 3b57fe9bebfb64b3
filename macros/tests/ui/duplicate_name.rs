use eventgen::EventType;

#[derive(EventType)]
enum Event {
    #[event(name = "session.start")]
    SessionStart,
    #[event(name = "session.start")]
    SessionBegin,
}

fn main() {}
