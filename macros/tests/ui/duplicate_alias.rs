use eventgen::EventType;

#[derive(EventType)]
#[event(rename_all = "dot.case")]
enum Event {
    SessionStart,
    #[event(alias = "session.start")]
    SessionBegin,
}

fn main() {}
