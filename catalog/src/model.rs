//! The validated catalog: what the macros and the generator consume.
//!
//! Everything here has passed validation: names are unique (under the catalog's matching
//! rule), identifiers are valid and distinct in every language, codes are all present or
//! all absent and unique. Consumers rely on that and do not check again.

use schemars::JsonSchema;
use serde::Serialize;

use crate::diagnostic::Position;
use crate::naming::{self, Idents};

/// One vendor's catalog of event types.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Catalog {
    /// `privx`, `cloudpassage-halo`: file, module and package names derive from it.
    #[serde(rename = "catalog")]
    pub id: String,
    pub title: String,
    /// The type name in every language: `PrivxEvent`.
    #[serde(rename = "type")]
    pub type_name: String,
    #[serde(rename = "match")]
    pub match_mode: MatchMode,
    /// The catch-all that keeps values the catalog does not list: `Other`.
    pub other: String,
    pub source: Source,
    /// In the vendor document's order.
    pub events: Vec<Event>,
}

impl Catalog {
    /// Whether events carry numeric codes (then every event has one).
    pub fn is_coded(&self) -> bool {
        self.events.iter().any(|event| event.code.is_some())
    }

    /// Rust and Python module name: `cloudpassage_halo`.
    pub fn module_name(&self) -> String {
        naming::module_name(&self.id)
    }

    /// The event with this wire value or alias, under the catalog's matching rule.
    pub fn find(&self, value: &str) -> Option<&Event> {
        let matches = |candidate: &str| match self.match_mode {
            MatchMode::Exact => candidate == value,
            MatchMode::AsciiCaseInsensitive => candidate.eq_ignore_ascii_case(value),
        };
        self.events
            .iter()
            .find(|event| matches(&event.name) || event.aliases.iter().any(|alias| matches(alias)))
    }
}

/// How wire values are compared when parsing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, JsonSchema, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MatchMode {
    /// Byte for byte.
    Exact,
    /// Ignoring the case of ASCII letters, as vendor APIs that lowercase their input do.
    AsciiCaseInsensitive,
}

impl MatchMode {
    pub(crate) const NAMES: &[&str] = &["exact", "ascii-case-insensitive"];

    pub(crate) fn from_name(name: &str) -> Option<MatchMode> {
        match name {
            "exact" => Some(MatchMode::Exact),
            "ascii-case-insensitive" => Some(MatchMode::AsciiCaseInsensitive),
            _ => None,
        }
    }
}

/// The vendor document a catalog is transcribed from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    pub document: String,
    pub url: Option<String>,
    pub version: Option<String>,
}

/// One event type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    /// The exact wire value.
    pub name: String,
    pub ident: Idents,
    pub code: Option<u32>,
    pub label: Option<String>,
    pub description: Option<String>,
    pub category: Option<String>,
    /// Other wire values that mean this event.
    pub aliases: Vec<String>,
    /// Why the event is deprecated.
    pub deprecated: Option<String>,
    /// A transcription note; not part of any binding.
    pub note: Option<String>,
    /// Where the event starts in its spec, for errors that point back at it.
    #[serde(skip)]
    pub position: Position,
}
