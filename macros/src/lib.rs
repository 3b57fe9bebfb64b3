//! Typed event catalogs: enums of the event types a security product's audit logs,
//! webhooks and APIs use, with their wire values, codes and metadata.
//!
//! # Deriving on a hand-written enum
//!
//! ```
//! use eventgen::{EventType, Unknown};
//!
//! #[derive(EventType, Debug, Clone, PartialEq, Eq, Hash)]
//! #[event(rename_all = "dot.case")]
//! enum TeleportEvent {
//!     /// A user started a session.
//!     #[event(label = "Session Started", category = "sessions")]
//!     SessionStart,
//!     #[event(name = "session.leave", alias = "session.quit")]
//!     Leave,
//!     #[event(other)]
//!     Other(Unknown<Self>),
//! }
//!
//! let event: TeleportEvent = "session.start".parse().unwrap();
//! assert_eq!(event, TeleportEvent::SessionStart);
//! assert_eq!(event.to_string(), "session.start");
//! assert_eq!(event.label(), Some("Session Started"));
//! assert_eq!(event.description(), Some("A user started a session."));
//! assert_eq!(TeleportEvent::from("session.quit"), TeleportEvent::Leave);
//! assert_eq!(TeleportEvent::ALL, [TeleportEvent::SessionStart, TeleportEvent::Leave]);
//! ```
//!
//! On the enum, `#[event(...)]` takes:
//!
//! | key | meaning |
//! |---|---|
//! | `rename_all = "..."` | wire values of variants without a `name`: `lowercase`, `UPPERCASE`, `PascalCase`, `camelCase`, `snake_case`, `SCREAMING_SNAKE_CASE`, `kebab-case`, `SCREAMING-KEBAB-CASE`, `Train-Case`, `dot.case`; without it, the variant's own name |
//! | `case_insensitive` | parse ignoring the case of ASCII letters |
//! | `doc_descriptions = false` | doc comments are documentation only, not descriptions (for generated code, whose doc comments are written for rustdoc) |
//! | `spec = "..."` | take every value from a spec file (below) |
//!
//! On a variant:
//!
//! | key | meaning |
//! |---|---|
//! | `name = "..."` | the wire value |
//! | `code = N` | the numeric code (`u32`); all variants have one, or none |
//! | `label`, `description`, `category` | metadata; a doc comment is the default description |
//! | `alias = "..."` | another value that parses to this event (repeatable) |
//! | `other` | the catch-all: `Other(eventgen::Unknown<Self>)` |
//!
//! `#[deprecated]` variants are recorded in [`EventInfo::deprecated`], and the generated
//! code raises no deprecation warnings. Misuse (duplicate names, codes or aliases, two
//! catch-alls, codes on some variants only, an unknown key, …) is a compile error at the
//! culprit.
//!
//! # Values nobody has catalogued yet
//!
//! With a catch-all, parsing never fails: a value the enum does not know is kept, exactly
//! as received, and printed back unchanged. A known value always parses to its own
//! variant, and an [`Unknown`] can only be built by parsing, so two events that print the
//! same compare equal.
//!
//! ```
//! # use eventgen::{EventType, Unknown};
//! #[derive(EventType, Debug, PartialEq)]
//! #[event(case_insensitive)]
//! enum HaloEvent {
//!     #[event(name = "login_success")]
//!     LoginSuccess,
//!     #[event(other)]
//!     Other(Unknown<Self>),
//! }
//!
//! assert_eq!(HaloEvent::from("LOGIN_SUCCESS"), HaloEvent::LoginSuccess);
//! let new = HaloEvent::from("Login_Passkey");
//! assert!(!new.is_known());
//! assert_eq!(new.to_string(), "Login_Passkey");
//! assert_eq!(new, HaloEvent::from(String::from("Login_Passkey")));
//! ```
//!
//! Without a catch-all, `FromStr` fails with a [`ParseEventError`] that names the type and
//! keeps the input.
//!
//! # Codes
//!
//! ```
//! # use eventgen::EventType;
//! #[derive(EventType, Debug, Clone, Copy, PartialEq)]
//! enum PrivxEvent {
//!     #[event(name = "User-logged-in", code = 100)]
//!     UserLoggedIn,
//!     #[event(name = "User-logged-out", code = 101)]
//!     UserLoggedOut,
//! }
//!
//! const CODE: u32 = PrivxEvent::UserLoggedOut.code();
//! assert_eq!(CODE, 101);
//! assert_eq!(PrivxEvent::try_from(100), Ok(PrivxEvent::UserLoggedIn));
//! assert_eq!(u32::from(PrivxEvent::UserLoggedIn), 100);
//! assert_eq!(PrivxEvent::try_from(7).unwrap_err().to_string(), "unknown PrivxEvent code 7");
//! ```
//!
//! With a catch-all, `From<u32>` keeps unknown codes too.
//!
//! # Enums checked against a spec
//!
//! With `spec`, variants are matched to the spec's events, by identifier or by
//! `name = "..."`, and get their wire value, code, matching rule and metadata from it. An
//! enum may list only the events it handles; a variant the spec does not have is a
//! compile error that suggests the closest events. Paths are relative to the crate's
//! `Cargo.toml`, and editing the spec rebuilds the crate.
//!
//! ```
//! # use eventgen::{EventType, Unknown};
//! #[derive(EventType, Debug, PartialEq)]
//! #[event(spec = "../specs/teleport.yaml")]
//! enum SessionEvent {
//!     SessionStart,
//!     SessionEnd,
//!     #[event(name = "session.join")]
//!     Join,
//!     #[event(other)]
//!     Other(Unknown<Self>),
//! }
//!
//! assert_eq!(SessionEvent::from("session.join"), SessionEvent::Join);
//! // Another Teleport event, which this enum does not handle, is kept as it came.
//! assert_eq!(SessionEvent::from("user.login").to_string(), "user.login");
//! assert!(SessionEvent::SessionEnd.description().unwrap().contains("session"));
//! ```
//!
//! # A whole spec in one line
//!
//! [`catalog!`] declares an enum with every event of a spec, documented from it, deriving
//! `Debug`, `Clone`, `PartialEq`, `Eq` and `Hash`, with the spec's catch-all (or the one
//! named by `, other = Name`). Attributes before `enum` are kept.
//!
//! ```
//! eventgen::catalog!(pub enum PrivxEvent = "../specs/privx.yaml");
//!
//! let event = PrivxEvent::from_code(100).unwrap();
//! assert_eq!(event.name(), "User-logged-in");
//! assert_eq!(PrivxEvent::from("User-logged-in"), event);
//! assert_eq!(PrivxEvent::COUNT, 145);
//! ```
//!
//! # Serde
//!
//! With the `serde` feature, events (de)serialise as their wire value, and unknown values
//! round-trip; `eventgen::serde::code` uses the code instead.
//!
//! ```
//! # #[derive(eventgen::EventType, Debug, PartialEq)]
//! # enum HaloEvent {
//! #     #[event(name = "login_success")]
//! #     LoginSuccess,
//! #     #[event(other)]
//! #     Other(eventgen::Unknown<Self>),
//! # }
//! #[derive(serde::Deserialize, serde::Serialize)]
//! struct Record {
//!     event: HaloEvent,
//! }
//!
//! let record: Record = serde_json::from_str(r#"{"event":"new_type"}"#).unwrap();
//! assert_eq!(serde_json::to_string(&record).unwrap(), r#"{"event":"new_type"}"#);
//! ```
//!
//! # Records
//!
//! With the `json` feature, the `json` module holds what the generated crates' records
//! need (the JSON objects a spec's `records` describe): reading each of the spec
//! format's types with the JSON path of any problem, `json::Error`, and
//! `json::Received` for event types whose text is kept. [`Endpoint`] describes an API request (method, URL, path).
//!
//! # Generic code
//!
//! Every enum implements [`EventType`], for code that handles any catalog:
//!
//! ```
//! use eventgen::EventType;
//! eventgen::catalog!(enum HaloSecurityEvent = "../specs/halo-security.yaml");
//!
//! fn labels<E: EventType>() -> Vec<&'static str> {
//!     E::INFO.iter().filter_map(|info| info.label).collect()
//! }
//! assert_eq!(labels::<HaloSecurityEvent>()[0], "API Key Added");
//! ```
//!
//! # Features
//!
//! | feature | default | what |
//! |---|---|---|
//! | `derive` | yes | `#[derive(EventType)]`: builds the procedural macros |
//! | `spec` | yes | `#[event(spec = "...")]` and [`catalog!`]: the macros read spec files, with a YAML parser |
//! | `serde` | no | serde's `Serialize` and `Deserialize` for every event enum, and [`serde::code`] |
//!
//! Without `derive`, the crate is the runtime of code written out by the generator (the
//! `vendor-event-types` crate): no procedural macro is built.
#![no_std]

extern crate alloc;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
mod endpoint;
mod error;
mod event_type;
#[cfg(feature = "json")]
pub mod json;
#[cfg(feature = "serde")]
pub mod serde;
mod unknown;

pub use endpoint::Endpoint;
pub use error::ParseEventError;
pub use event_type::{EventInfo, EventType, MatchMode};
#[cfg(feature = "derive")]
pub use eventgen_macros::EventType;
#[cfg(feature = "spec")]
pub use eventgen_macros::catalog;
pub use unknown::Unknown;
