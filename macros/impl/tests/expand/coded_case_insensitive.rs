// A coded, case-insensitive enum without a catch-all: `FromStr` can fail, and codes
// convert both ways.
#[derive(EventType)]
#[event(case_insensitive)]
enum PrivxEvent {
    #[event(name = "User-logged-in", code = 100)]
    UserLoggedIn,
    #[event(name = "User-logged-out", code = 101)]
    UserLoggedOut,
    #[event(name = "User-login-failed", code = 102)]
    UserLoginFailed,
    #[event(name = "Role-added", code = 200)]
    RoleAdded,
    #[event(name = "Role-removed", code = 201)]
    RoleRemoved,
}
