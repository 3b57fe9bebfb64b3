use eventgen::{EventType, Unknown};

#[derive(EventType)]
enum Event {
    #[event(other)]
    Other(Unknown<Self>),
}

fn main() {}
