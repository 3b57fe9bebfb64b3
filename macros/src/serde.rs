//! Serde support (feature `serde`).
//!
//! Every event enum (de)serialises as its wire value: a string. Values the enum does not
//! know deserialise into its catch-all, which serialises back to the same text; an enum
//! without a catch-all rejects them with serde's "unknown variant" error.
//!
//! Coded catalogs can use the code instead, per field, with [`code`]:
//!
//! ```
//! #[derive(eventgen::EventType, Debug, PartialEq)]
//! enum PrivxEvent {
//!     #[event(name = "User-logged-in", code = 100)]
//!     UserLoggedIn,
//!     #[event(other)]
//!     Other(eventgen::Unknown<Self>),
//! }
//!
//! #[derive(serde::Deserialize, serde::Serialize)]
//! struct AuditEvent {
//!     #[serde(with = "eventgen::serde::code")]
//!     event_id: PrivxEvent,
//! }
//!
//! let event: AuditEvent = serde_json::from_str(r#"{"event_id": 100}"#).unwrap();
//! assert_eq!(event.event_id, PrivxEvent::UserLoggedIn);
//! let unknown: AuditEvent = serde_json::from_str(r#"{"event_id": 4242}"#).unwrap();
//! assert_eq!(serde_json::to_string(&unknown).unwrap(), r#"{"event_id":4242}"#);
//! ```

use alloc::string::String;
use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::ser::{self, Serializer};

use crate::EventType;

/// Serialises an event as its wire value.
pub fn serialize_name<E: EventType, S: Serializer>(
    event: &E,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(event.name())
}

/// Deserialises an event from its wire value.
pub fn deserialize_name<'de, E: EventType, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<E, D::Error> {
    deserializer.deserialize_str(NameVisitor(PhantomData))
}

struct NameVisitor<E>(PhantomData<E>);

impl<E: EventType> Visitor<'_> for NameVisitor<E> {
    type Value = E;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} wire value (a string)", E::TYPE_NAME)
    }

    // Only enums without a catch-all fail to parse. Their error names the type and the
    // value; serde's "unknown variant" error would list every wire value of the catalog.
    fn visit_str<Error: de::Error>(self, name: &str) -> Result<E, Error> {
        E::parse(name).map_err(Error::custom)
    }

    fn visit_string<Error: de::Error>(self, name: String) -> Result<E, Error> {
        E::parse_owned(name).map_err(Error::custom)
    }
}

/// (De)serialises an event as its numeric code, for coded catalogs:
/// `#[serde(with = "eventgen::serde::code")]`.
///
/// Unknown codes deserialise into the catch-all and serialise back to the same number.
/// Serialising a catch-all that was parsed from a name, which has no code, is an error.
pub mod code {
    use super::{
        Deserializer, EventType, PhantomData, Serializer, Unexpected, Visitor, de, fmt, ser,
    };

    /// Serialises an event as its code.
    pub fn serialize<E: EventType, S: Serializer>(
        event: &E,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match event.code() {
            Some(code) => serializer.serialize_u32(code),
            None => Err(ser::Error::custom(format_args!(
                "{} {:?} has no code to serialise",
                E::TYPE_NAME,
                event.name()
            ))),
        }
    }

    /// Deserialises an event from its code.
    pub fn deserialize<'de, E: EventType, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<E, D::Error> {
        deserializer.deserialize_u32(CodeVisitor(PhantomData))
    }

    struct CodeVisitor<E>(PhantomData<E>);

    impl<E: EventType> Visitor<'_> for CodeVisitor<E> {
        type Value = E;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(
                f,
                "a {} code (an integer from 0 to {})",
                E::TYPE_NAME,
                u32::MAX
            )
        }

        fn visit_u64<Error: de::Error>(self, code: u64) -> Result<E, Error> {
            let Ok(code) = u32::try_from(code) else {
                return Err(Error::invalid_value(Unexpected::Unsigned(code), &self));
            };
            E::parse_code(code).map_err(Error::custom)
        }

        fn visit_i64<Error: de::Error>(self, code: i64) -> Result<E, Error> {
            match u64::try_from(code) {
                Ok(code) => self.visit_u64(code),
                Err(_) => Err(Error::invalid_value(Unexpected::Signed(code), &self)),
            }
        }
    }
}
