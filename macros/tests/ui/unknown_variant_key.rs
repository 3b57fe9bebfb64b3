use eventgen::EventType;

#[derive(EventType)]
enum Event {
    #[event(nmae = "session.start", label = "Started")]
    Start,
}

fn main() {}
