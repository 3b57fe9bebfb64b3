use eventgen::EventType;

#[derive(EventType)]
enum Event {
    Start,
    #[event(other)]
    Other,
}

fn main() {}
