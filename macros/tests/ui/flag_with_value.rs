use eventgen::{EventType, Unknown};

#[derive(EventType)]
#[event(case_insensitive = true)]
enum Event {
    Start,
    #[event(other = "yes")]
    Other(Unknown<Self>),
}

fn main() {}
