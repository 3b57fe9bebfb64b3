use eventgen::EventType;

#[derive(EventType)]
struct SessionStart;

fn main() {}
