use eventgen::EventType;

#[derive(EventType)]
enum Event {
    #[event(name = "User-logged-in", code = "100")]
    UserLoggedIn,
}

fn main() {}
