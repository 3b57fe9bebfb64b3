use eventgen::EventType;

#[derive(EventType)]
enum Event {
    #[event(name = session.start)]
    SessionStart,
}

fn main() {}
