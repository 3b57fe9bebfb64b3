use eventgen::{EventType, Unknown};

#[derive(EventType)]
enum Event {
    Start,
    #[event(other)]
    Other(Unknown<Self>),
    #[event(other)]
    Unlisted(Unknown<Self>),
}

fn main() {}
