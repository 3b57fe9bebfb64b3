use eventgen::{EventType, Unknown};

#[derive(EventType, Debug)]
enum Event {
    Start,
    #[event(other)]
    Other(Unknown<Self>),
}

fn main() {
    // The catch-all's contents are private: it is built only by parsing.
    let _ = Event::Other(Unknown { text: "Start".into() });
}
