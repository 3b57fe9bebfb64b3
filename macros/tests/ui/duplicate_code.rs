use eventgen::EventType;

#[derive(EventType)]
enum Event {
    #[event(name = "User-logged-in", code = 100)]
    UserLoggedIn,
    #[event(name = "User-logged-out", code = 100)]
    UserLoggedOut,
}

fn main() {}
