use eventgen::EventType;

#[derive(EventType)]
enum Event {
    Start { user: String },
    Stop,
}

fn main() {}
