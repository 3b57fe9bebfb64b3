use eventgen::EventType;

#[derive(EventType)]
#[event(name = "start")]
enum Event {
    #[event(rename_all = "snake_case")]
    Start,
}

fn main() {}
