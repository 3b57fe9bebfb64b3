//! A checked event enum: what the expansion needs, whichever way it was described (a
//! hand-written enum, a hand-written enum checked against a spec, or a whole spec).

use eventgen_catalog::MatchMode;
use syn::{Ident, Type};

pub(crate) struct EventEnum {
    pub(crate) ident: Ident,
    pub(crate) match_mode: MatchMode,
    /// The known events, in the order of `ALL`.
    pub(crate) events: Vec<EventDef>,
    pub(crate) catch_all: Option<CatchAll>,
    /// Whether every event has a code (validation ensures it is all or none).
    pub(crate) coded: bool,
    /// The spec file the enum was read from, so that editing it triggers a rebuild.
    pub(crate) spec_file: Option<String>,
}

pub(crate) struct EventDef {
    pub(crate) variant: Ident,
    pub(crate) name: String,
    pub(crate) code: Option<u32>,
    pub(crate) label: Option<String>,
    pub(crate) description: Option<String>,
    pub(crate) category: Option<String>,
    pub(crate) aliases: Vec<String>,
    /// `Some` when deprecated, holding the reason (empty when none is given).
    pub(crate) deprecated: Option<String>,
}

/// The variant that holds values the catalog does not know: `Other(Unknown<Self>)`.
pub(crate) struct CatchAll {
    pub(crate) variant: Ident,
    /// The field type as written, checked by the compiler to be `Unknown<Self>`.
    pub(crate) field: Type,
}

impl EventEnum {
    /// Every wire value that parses, lowered when matching ignores case, with the index
    /// of its event.
    pub(crate) fn lookup_keys(&self) -> Vec<(String, usize)> {
        self.events
            .iter()
            .enumerate()
            .flat_map(|(index, event)| {
                std::iter::once(&event.name)
                    .chain(&event.aliases)
                    .map(move |value| (self.match_mode.key(value).into_owned(), index))
            })
            .collect()
    }
}
