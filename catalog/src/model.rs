//! The validated catalog: what the macros and the generator consume.
//!
//! Everything here has passed validation: names are unique (under the catalog's matching
//! rule), identifiers are valid and distinct in every language, codes are all present or
//! all absent and unique. Consumers rely on that and do not check again.

use std::borrow::Cow;

#[cfg(feature = "schema")]
use schemars::JsonSchema;
#[cfg(feature = "serialize")]
use serde::Serialize;

use crate::api::{Endpoint, Record};
use crate::diagnostic::Position;
use crate::naming::Idents;

/// One vendor's catalog of event types.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serialize", derive(Serialize))]
pub struct Catalog {
    /// `privx`, `cloudpassage-halo`: file, module and package names derive from it.
    #[cfg_attr(feature = "serialize", serde(rename = "catalog"))]
    pub id: String,
    pub title: String,
    /// The type name in every language: `PrivxEvent`.
    #[cfg_attr(feature = "serialize", serde(rename = "type"))]
    pub type_name: String,
    #[cfg_attr(feature = "serialize", serde(rename = "match"))]
    pub match_mode: MatchMode,
    /// The catch-all that keeps values the catalog does not list: `Other`
    /// ([`DEFAULT_OTHER`] unless the spec names it).
    pub other: String,
    pub source: Source,
    /// In the vendor document's order.
    pub events: Vec<Event>,
    /// The JSON objects the vendor's webhooks and API send, in the spec's order.
    pub records: Vec<Record>,
    /// The requests the vendor's API takes, in the document's order.
    pub endpoints: Vec<Endpoint>,
    /// Where the catalog's own names are written in its spec, for errors that point at
    /// them.
    #[cfg_attr(feature = "serialize", serde(skip))]
    pub positions: CatalogPositions,
}

impl Catalog {
    /// Whether a known event may arrive written otherwise than its wire value (an alias,
    /// another capitalisation): then a binding that writes a payload back as it came must
    /// keep the text it received, not only the event it means.
    pub fn accepts_other_spellings(&self) -> bool {
        self.match_mode == MatchMode::AsciiCaseInsensitive
            || self.events.iter().any(|event| !event.aliases.is_empty())
    }
}

/// Where a catalog's names are written in its spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CatalogPositions {
    /// The `catalog:` value.
    pub id: Position,
    /// The `type:` value; `None` when the type name is the default, derived from the id.
    pub type_name: Option<Position>,
    /// The `other:` value; `None` when the catch-all has the default name.
    pub other: Option<Position>,
}

impl Catalog {
    /// Whether events carry numeric codes (then every event has one).
    pub fn is_coded(&self) -> bool {
        self.events.iter().any(|event| event.code.is_some())
    }

    /// The event with this wire value or alias, under the catalog's matching rule.
    pub fn find(&self, value: &str) -> Option<&Event> {
        let matches = |candidate: &str| self.match_mode.matches(candidate, value);
        self.events
            .iter()
            .find(|event| matches(&event.name) || event.aliases.iter().any(|alias| matches(alias)))
    }

    /// The record named `name`.
    pub fn record(&self, name: &str) -> Option<&Record> {
        self.records.iter().find(|record| record.name == name)
    }

    /// Whether a payload is of the type `expected` (a record, a list of them, …), as
    /// every binding's validator decides: the first problem found, with its JSON path.
    pub fn check_payload(
        &self,
        expected: &crate::api::FieldType,
        payload: &crate::json::Json,
    ) -> Result<(), crate::payload::PayloadError> {
        crate::payload::check(&self.records, expected, payload)
    }
}

/// The catch-all's name when a spec does not give one.
pub const DEFAULT_OTHER: &str = "Other";

/// How wire values are compared when parsing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[cfg_attr(feature = "serialize", serde(rename_all = "kebab-case"))]
pub enum MatchMode {
    /// Byte for byte.
    Exact,
    /// Ignoring the case of ASCII letters, as vendor APIs that lowercase their input do.
    AsciiCaseInsensitive,
}

impl MatchMode {
    /// Every mode, the default first.
    pub const ALL: [MatchMode; 2] = [MatchMode::Exact, MatchMode::AsciiCaseInsensitive];

    /// The names specs write (`match: exact`), in the order of [`MatchMode::ALL`].
    pub const NAMES: [&str; 2] = [
        MatchMode::Exact.as_str(),
        MatchMode::AsciiCaseInsensitive.as_str(),
    ];

    /// The name specs write: `exact`, `ascii-case-insensitive`.
    pub const fn as_str(self) -> &'static str {
        match self {
            MatchMode::Exact => "exact",
            MatchMode::AsciiCaseInsensitive => "ascii-case-insensitive",
        }
    }

    /// How the mode compares values, for documentation: "Wire values are matched
    /// exactly" (a clause, for the caller to end or continue).
    pub const fn description(self) -> &'static str {
        match self {
            MatchMode::Exact => "Wire values are matched exactly",
            MatchMode::AsciiCaseInsensitive => {
                "Wire values are matched ignoring the case of ASCII letters"
            }
        }
    }

    /// Whether two wire values mean the same event under this rule.
    pub fn matches(self, a: &str, b: &str) -> bool {
        match self {
            MatchMode::Exact => a == b,
            MatchMode::AsciiCaseInsensitive => a.eq_ignore_ascii_case(b),
        }
    }

    /// The form of a value under which equal values are equal strings (for hashing):
    /// `matches(a, b)` exactly when `key(a) == key(b)`.
    pub fn key(self, value: &str) -> Cow<'_, str> {
        match self {
            MatchMode::Exact => Cow::Borrowed(value),
            MatchMode::AsciiCaseInsensitive => Cow::Owned(value.to_ascii_lowercase()),
        }
    }
}

impl std::fmt::Display for MatchMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A name that is not one of [`MatchMode::NAMES`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownMatchMode(pub String);

impl std::fmt::Display for UnknownMatchMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown match mode `{}`", self.0)
    }
}

impl std::error::Error for UnknownMatchMode {}

impl std::str::FromStr for MatchMode {
    type Err = UnknownMatchMode;

    fn from_str(name: &str) -> Result<MatchMode, UnknownMatchMode> {
        MatchMode::ALL
            .into_iter()
            .find(|mode| mode.as_str() == name)
            .ok_or_else(|| UnknownMatchMode(name.to_owned()))
    }
}

/// The vendor document a catalog is transcribed from.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serialize", derive(Serialize))]
pub struct Source {
    pub document: String,
    pub url: Option<String>,
    pub version: Option<String>,
}

/// One event type.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serialize", derive(Serialize))]
pub struct Event {
    /// The exact wire value.
    pub name: String,
    pub ident: Idents,
    pub code: Option<u32>,
    pub label: Option<String>,
    pub description: Option<String>,
    pub category: Option<String>,
    /// The event's own documentation page.
    pub url: Option<String>,
    /// Other wire values that mean this event.
    pub aliases: Vec<String>,
    /// Why the event is deprecated.
    pub deprecated: Option<String>,
    /// A transcription note; not part of any binding.
    pub note: Option<String>,
    /// Where the event starts in its spec, for errors that point back at it.
    #[cfg_attr(feature = "serialize", serde(skip))]
    pub position: Position,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn match_mode_names_are_its_serialized_names() {
        for mode in MatchMode::ALL {
            assert_eq!(mode.as_str().parse(), Ok(mode));
            assert_eq!(serde_json::to_value(mode).unwrap(), mode.as_str());
        }
        assert_eq!(
            "Exact".parse::<MatchMode>(),
            Err(UnknownMatchMode("Exact".to_owned()))
        );
    }

    #[test]
    fn key_agrees_with_matches() {
        let values = [
            "session.start",
            "Session.Start",
            "SESSION.START",
            "session.stop",
            "ß",
            "SS",
        ];
        for mode in [MatchMode::Exact, MatchMode::AsciiCaseInsensitive] {
            for a in values {
                for b in values {
                    assert_eq!(
                        mode.matches(a, b),
                        mode.key(a) == mode.key(b),
                        "{mode:?} {a} {b}"
                    );
                }
            }
        }
    }
}
