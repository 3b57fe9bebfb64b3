//! Typed event catalogs.
#![no_std]

extern crate alloc;

mod error;
mod event_type;
#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
#[cfg(feature = "serde")]
pub mod serde;
mod unknown;

pub use error::ParseEventError;
pub use event_type::{EventInfo, EventType, MatchMode};
pub use eventgen_macros::{EventType, catalog};
pub use unknown::Unknown;
