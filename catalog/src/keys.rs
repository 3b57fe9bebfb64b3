//! The keys of the spec format, in the order the format documents them and the
//! committed specs write them: the loader reads them, and the tools that write specs
//! (`eventgen import`) place new keys by this order.

use std::fmt;
use std::str::FromStr;

/// The keys of a spec's top level.
pub const SPEC_KEYS: [&str; 9] = [
    "catalog",
    "title",
    "type",
    "source",
    "match",
    "other",
    "events",
    "records",
    "endpoints",
];

/// The keys of a record (an item of `records`).
pub const RECORD_KEYS: [&str; 5] = ["name", "description", "extra", "fields", "examples"];

/// The keys of a record's field.
pub const FIELD_KEYS: [&str; 6] = [
    "name",
    "type",
    "optional",
    "nullable",
    "description",
    "ident",
];

/// The keys of a record's example.
pub const EXAMPLE_KEYS: [&str; 2] = ["description", "json"];

/// The keys of an endpoint (an item of `endpoints`).
pub const ENDPOINT_KEYS: [&str; 10] = [
    "name",
    "summary",
    "description",
    "method",
    "url",
    "link",
    "query",
    "parameters",
    "response",
    "error",
];

/// The keys of an endpoint's query parameter.
pub const PARAMETER_KEYS: [&str; 6] =
    ["name", "type", "required", "description", "values", "ident"];

/// The keys of a parameter's documented value.
pub const VALUE_KEYS: [&str; 2] = ["value", "description"];

/// A key of `source`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SourceKey {
    Document,
    Url,
    Version,
}

impl SourceKey {
    /// Every key, in writing order.
    pub const ALL: [SourceKey; 3] = [SourceKey::Document, SourceKey::Url, SourceKey::Version];

    /// The names of [`SourceKey::ALL`].
    pub const NAMES: [&str; 3] = [
        SourceKey::Document.as_str(),
        SourceKey::Url.as_str(),
        SourceKey::Version.as_str(),
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            SourceKey::Document => "document",
            SourceKey::Url => "url",
            SourceKey::Version => "version",
        }
    }
}

/// A key of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventKey {
    Name,
    Code,
    Label,
    Description,
    Category,
    Url,
    Ident,
    Aliases,
    Deprecated,
    Note,
}

impl EventKey {
    /// Every key, in writing order.
    pub const ALL: [EventKey; 10] = [
        EventKey::Name,
        EventKey::Code,
        EventKey::Label,
        EventKey::Description,
        EventKey::Category,
        EventKey::Url,
        EventKey::Ident,
        EventKey::Aliases,
        EventKey::Deprecated,
        EventKey::Note,
    ];

    /// The names of [`EventKey::ALL`].
    pub const NAMES: [&str; 10] = [
        EventKey::Name.as_str(),
        EventKey::Code.as_str(),
        EventKey::Label.as_str(),
        EventKey::Description.as_str(),
        EventKey::Category.as_str(),
        EventKey::Url.as_str(),
        EventKey::Ident.as_str(),
        EventKey::Aliases.as_str(),
        EventKey::Deprecated.as_str(),
        EventKey::Note.as_str(),
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            EventKey::Name => "name",
            EventKey::Code => "code",
            EventKey::Label => "label",
            EventKey::Description => "description",
            EventKey::Category => "category",
            EventKey::Url => "url",
            EventKey::Ident => "ident",
            EventKey::Aliases => "aliases",
            EventKey::Deprecated => "deprecated",
            EventKey::Note => "note",
        }
    }
}

impl fmt::Display for EventKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A name that is not one of [`EventKey::NAMES`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownKey(pub String);

impl fmt::Display for UnknownKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown key `{}`", self.0)
    }
}

impl std::error::Error for UnknownKey {}

impl FromStr for EventKey {
    type Err = UnknownKey;

    fn from_str(name: &str) -> Result<EventKey, UnknownKey> {
        EventKey::ALL
            .into_iter()
            .find(|key| key.as_str() == name)
            .ok_or_else(|| UnknownKey(name.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_back() {
        for key in EventKey::ALL {
            assert_eq!(key.as_str().parse(), Ok(key));
        }
        assert_eq!(
            "labels".parse::<EventKey>(),
            Err(UnknownKey("labels".to_owned()))
        );
        assert_eq!(SourceKey::NAMES, ["document", "url", "version"]);
    }
}
