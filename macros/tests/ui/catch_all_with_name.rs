use eventgen::{EventType, Unknown};

#[derive(EventType)]
enum Event {
    Start,
    #[event(other, name = "other")]
    Other(Unknown<Self>),
}

fn main() {}
