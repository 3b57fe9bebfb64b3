use eventgen::EventType;

#[derive(EventType)]
enum Event<T> {
    Start,
    Stop(T),
}

fn main() {}
