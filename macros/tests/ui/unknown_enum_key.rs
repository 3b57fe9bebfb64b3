use eventgen::EventType;

#[derive(EventType)]
#[event(case_insensitve)]
enum Event {
    Start,
}

fn main() {}
