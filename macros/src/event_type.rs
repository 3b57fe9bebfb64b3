//! The trait every event enum implements, and the metadata it exposes.

use alloc::string::String;
use core::fmt;

use crate::ParseEventError;

/// How a catalog compares wire values when parsing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MatchMode {
    /// Byte for byte.
    Exact,
    /// Ignoring the case of ASCII letters (`Login_Success` matches `login_success`).
    /// The canonical spelling is still the one printed.
    AsciiCaseInsensitive,
}

impl MatchMode {
    /// Whether two wire values name the same event under this rule.
    pub fn matches(self, a: &str, b: &str) -> bool {
        match self {
            MatchMode::Exact => a == b,
            MatchMode::AsciiCaseInsensitive => a.eq_ignore_ascii_case(b),
        }
    }
}

/// What a catalog says about one event.
///
/// Built by the macros; read it through [`EventType::info`] or [`EventType::INFO`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct EventInfo {
    /// The wire value: `session.start`.
    pub name: &'static str,
    /// The numeric code, in coded catalogs.
    pub code: Option<u32>,
    /// A short human title: `Session Started`.
    pub label: Option<&'static str>,
    /// What the event means.
    pub description: Option<&'static str>,
    /// The group the event belongs to.
    pub category: Option<&'static str>,
    /// Other wire values that parse to this event.
    pub aliases: &'static [&'static str],
    /// `Some` when the event is deprecated, holding the reason (empty when none is given).
    pub deprecated: Option<&'static str>,
}

impl EventInfo {
    #[doc(hidden)]
    #[allow(clippy::too_many_arguments)]
    pub const fn __new(
        name: &'static str,
        code: Option<u32>,
        label: Option<&'static str>,
        description: Option<&'static str>,
        category: Option<&'static str>,
        aliases: &'static [&'static str],
        deprecated: Option<&'static str>,
    ) -> Self {
        EventInfo {
            name,
            code,
            label,
            description,
            category,
            aliases,
            deprecated,
        }
    }
}

/// An enum of event types, implemented by `#[derive(EventType)]` and `catalog!`.
///
/// The derive also generates inherent methods of the same names (several of them
/// `const fn`), so most code never needs to import this trait; it is for code that is
/// generic over catalogs.
pub trait EventType: Sized + fmt::Display + 'static {
    /// The enum's name, as used in error messages.
    const TYPE_NAME: &'static str;
    /// Every known event, in catalog order.
    const ALL: &'static [Self];
    /// The metadata of each event of [`ALL`](Self::ALL), in the same order.
    const INFO: &'static [EventInfo];
    /// The wire value of each event of [`ALL`](Self::ALL), in the same order.
    const NAMES: &'static [&'static str];
    /// The number of known events.
    const COUNT: usize = Self::ALL.len();
    /// How wire values are compared when parsing.
    const MATCH_MODE: MatchMode;
    /// Whether the enum has a catch-all variant, so that parsing never fails.
    const HAS_CATCH_ALL: bool;

    /// The position of a known event in [`ALL`](Self::ALL); `None` for the catch-all.
    fn index(&self) -> Option<usize>;

    /// The wire value: the catalog's spelling for known events, the exact text that was
    /// parsed for the catch-all.
    fn name(&self) -> &str;

    /// The numeric code: the catalog's for known events, the one that was parsed for
    /// the catch-all (if it came from a code).
    fn code(&self) -> Option<u32>;

    /// The catalog's metadata; `None` for the catch-all.
    fn info(&self) -> Option<&'static EventInfo> {
        self.index().map(|index| &Self::INFO[index])
    }

    /// The catalog's label.
    fn label(&self) -> Option<&'static str> {
        self.info().and_then(|info| info.label)
    }

    /// The catalog's description.
    fn description(&self) -> Option<&'static str> {
        self.info().and_then(|info| info.description)
    }

    /// The catalog's category.
    fn category(&self) -> Option<&'static str> {
        self.info().and_then(|info| info.category)
    }

    /// Whether this is a catalogued event rather than the catch-all.
    fn is_known(&self) -> bool {
        self.index().is_some()
    }

    /// The known event with this wire value or alias, under [`MATCH_MODE`](Self::MATCH_MODE).
    fn from_name(name: &str) -> Option<Self>;

    /// The known event with this code.
    fn from_code(code: u32) -> Option<Self>;

    /// The event with this wire value: a known event, else the catch-all holding `name`,
    /// else an error.
    fn parse(name: &str) -> Result<Self, ParseEventError>;

    /// Like [`parse`](Self::parse), reusing the string's allocation for the catch-all.
    fn parse_owned(name: String) -> Result<Self, ParseEventError> {
        Self::parse(&name)
    }

    /// The event with this code: a known event, else the catch-all holding `code`, else
    /// an error.
    fn parse_code(code: u32) -> Result<Self, ParseEventError>;
}
