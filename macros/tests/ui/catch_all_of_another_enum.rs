use eventgen::{EventType, Unknown};

#[derive(EventType)]
enum Teleport {
    Start,
    #[event(other)]
    Other(Unknown<Self>),
}

// An unknown value of one enum may be a known value of another: it cannot move across.
#[derive(EventType)]
enum Privx {
    Login,
    #[event(other)]
    Other(Unknown<Teleport>),
}

fn main() {}
