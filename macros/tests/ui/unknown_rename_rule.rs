use eventgen::EventType;

#[derive(EventType)]
#[event(rename_all = "kebab_case")]
enum Event {
    SessionStart,
}

fn main() {}
