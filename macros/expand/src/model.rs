//! A checked event enum: what the expansion needs, whichever way it was described (a
//! hand-written enum, a hand-written enum checked against a spec, or a whole spec).

use eventgen_catalog::{Event, MatchMode};
use proc_macro2::Span;
use syn::{Ident, Type};

// No `Debug`: syn's needs its `extra-traits` feature, a cost to every build of the derive.
#[allow(missing_debug_implementations)]
pub struct EventEnum {
    pub ident: Ident,
    pub match_mode: MatchMode,
    /// The known events, in the order of `ALL`.
    pub events: Vec<EventDef>,
    pub catch_all: Option<CatchAll>,
    /// Whether every event has a code (validation ensures it is all or none).
    pub coded: bool,
    /// The spec file the enum was read from, so that editing it triggers a rebuild.
    pub spec_file: Option<String>,
    pub serde: SerdeImpls,
}

/// Where the serde impls are decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SerdeImpls {
    /// By the `eventgen` crate's `serde` feature, through its `__impl_serde!`: a macro
    /// expansion cannot see the features of the crate it expands in.
    Runtime,
    /// Written out behind the `serde` feature of the crate that holds the code: for
    /// generated source, whose crate forwards that feature to `eventgen`.
    CrateFeature,
}

// No `Debug`: syn's needs its `extra-traits` feature, a cost to every build of the derive.
#[allow(missing_debug_implementations)]
pub struct EventDef {
    pub variant: Ident,
    pub name: String,
    pub code: Option<u32>,
    pub label: Option<String>,
    pub description: Option<String>,
    pub category: Option<String>,
    pub aliases: Vec<String>,
    /// `Some` when deprecated, holding the reason (empty when none is given).
    pub deprecated: Option<String>,
}

/// The variant that holds values the catalog does not know: `Other(Unknown<Self>)`.
// No `Debug`: syn's needs its `extra-traits` feature, a cost to every build of the derive.
#[allow(missing_debug_implementations)]
pub struct CatchAll {
    pub variant: Ident,
    /// The field type as written, checked by the compiler to be `Unknown<Self>`.
    pub field: Type,
}

impl EventEnum {
    /// Every wire value that parses, lowered when matching ignores case, with the index
    /// of its event.
    pub fn lookup_keys(&self) -> Vec<(String, usize)> {
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

impl EventDef {
    /// An event of a spec, as the variant named by the spec's identifier.
    pub fn of(event: &Event) -> EventDef {
        EventDef {
            variant: Ident::new(&event.ident.rust, Span::call_site()),
            name: event.name.clone(),
            code: event.code,
            label: event.label.clone(),
            description: event.description.clone(),
            category: event.category.clone(),
            aliases: event.aliases.clone(),
            deprecated: event.deprecated.clone(),
        }
    }
}
