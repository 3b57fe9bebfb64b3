use eventgen::EventType;

#[derive(EventType)]
enum Event {
    #[event(name = "User-logged-in", code = 4294967296)]
    UserLoggedIn,
}

fn main() {}
