//! Typed event catalogs.
#![no_std]

extern crate alloc;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
mod error;
mod event_type;
#[cfg(feature = "serde")]
pub mod serde;
mod unknown;

pub use error::ParseEventError;
pub use event_type::{EventInfo, EventType, MatchMode};
pub use eventgen_macros::{EventType, catalog};
pub use unknown::Unknown;
