use eventgen::EventType;

#[derive(EventType)]
#[event(case_insensitive)]
enum Event {
    #[event(name = "Login_Success")]
    LoginSuccess,
    #[event(name = "login_success")]
    LoginSucceeded,
}

fn main() {}
