//! Spec files at compile time: finding and loading one, and matching a hand-written
//! enum's variants to its events.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::path::PathBuf;

use eventgen_catalog::{Catalog, Event};
use syn::LitStr;
use syn::ext::IdentExt;

use crate::errors::{Errors, with_help};
use crate::input::{RawEnum, RawVariant};
use crate::validate::split_variants;
use eventgen_expand::model::{EventDef, EventEnum, SerdeImpls};

/// A loaded spec and the file it came from.
pub(crate) struct Spec {
    pub(crate) catalog: Catalog,
    /// The absolute path, for the rebuild dependency.
    pub(crate) file: String,
}

/// Loads the spec at `path`, relative to the crate being compiled (as `include_str!`
/// would be relative to the source file, but stable across module moves). A spec error
/// becomes a compile error at `path` whose text is the loader's own report, with the
/// spec's `path:line:column`.
pub(crate) fn load(path: &LitStr) -> syn::Result<Spec> {
    let written = path.value();
    let file = manifest_dir().join(&written);
    let bytes = std::fs::read(&file).map_err(|error| {
        let help = if error.kind() == std::io::ErrorKind::NotFound {
            "spec paths are relative to the folder of the crate's `Cargo.toml`".to_owned()
        } else {
            "check that the file is readable".to_owned()
        };
        syn::Error::new(
            path.span(),
            with_help(format!("cannot read spec `{written}`: {error}"), help),
        )
    })?;
    let catalog = eventgen_catalog::load_bytes(&written, &bytes).map_err(|error| {
        let count = error.diagnostics.len();
        let summary = if count == 1 {
            format!("spec `{written}` is invalid")
        } else {
            format!("spec `{written}` has {count} errors")
        };
        syn::Error::new(
            path.span(),
            format!("{summary}\n\n{}", error.render().trim_end()),
        )
    })?;
    Ok(Spec {
        catalog,
        file: file.to_string_lossy().into_owned(),
    })
}

fn manifest_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(|| PathBuf::from("."), PathBuf::from)
}

/// A hand-written enum whose variants are events of a spec: names, codes and metadata
/// come from the spec, and every variant must be one of its events.
pub(crate) fn checked_against(raw: &RawEnum, spec: Spec, errors: &mut Errors) -> EventEnum {
    let spec_path = raw
        .attrs
        .spec
        .as_ref()
        .map(LitStr::value)
        .unwrap_or_default();
    let resolver = Resolver {
        catalog: &spec.catalog,
        spec_path: &spec_path,
    };
    resolver.check_enum_attrs(raw, errors);
    let (variants, catch_all) = split_variants(raw, errors);
    let mut taken: HashMap<&str, &syn::Ident> = HashMap::new();
    let mut events = Vec::new();
    for variant in variants {
        let Some(event) = resolver.event_of(variant, errors) else {
            continue;
        };
        match taken.entry(&event.name) {
            Entry::Occupied(first) => errors.spanned(
                &variant.ident,
                format!(
                    "`{}` and `{}` both stand for the event `{}`",
                    first.get(),
                    variant.ident,
                    event.name
                ),
            ),
            Entry::Vacant(slot) => {
                slot.insert(&variant.ident);
                events.push(EventDef {
                    variant: variant.ident.clone(),
                    deprecated: event
                        .deprecated
                        .clone()
                        .or_else(|| variant.attrs.deprecated.clone()),
                    ..EventDef::of(event)
                });
            }
        }
    }
    if let Some(catch_all) = &catch_all
        && let Err(error) = catch_all_not_an_event(
            &spec.catalog,
            &spec_path,
            &catch_all.variant,
            "give the catch-all another name, e.g. `Uncatalogued`",
        )
    {
        errors.push(error);
    }
    EventEnum {
        ident: raw.ident.clone(),
        match_mode: spec.catalog.match_mode,
        events,
        catch_all,
        coded: spec.catalog.is_coded(),
        spec_file: Some(spec.file),
        serde: SerdeImpls::Runtime,
    }
}

/// Matches variants to the events of one spec.
struct Resolver<'a> {
    catalog: &'a Catalog,
    spec_path: &'a str,
}

impl<'a> Resolver<'a> {
    /// The enum-level keys that the spec makes redundant.
    fn check_enum_attrs(&self, raw: &RawEnum, errors: &mut Errors) {
        if let Some(span) = raw.attrs.case_insensitive {
            let help = format!(
                "remove `case_insensitive`: `{}` says `match: {}`",
                self.spec_path, self.catalog.match_mode
            );
            errors.at(span, with_help("matching comes from the spec", help));
        }
        if let Some(rule) = &raw.attrs.rename_all {
            errors.at(
                rule.span,
                with_help("wire values come from the spec", "remove `rename_all`"),
            );
        }
    }

    /// The event a variant stands for: the one its `name` names, else the one with its
    /// identifier. Reports metadata keys, which the spec provides.
    fn event_of(&self, variant: &RawVariant, errors: &mut Errors) -> Option<&'a Event> {
        for (key, span) in variant.attrs.metadata_spans() {
            let help = format!("remove it, or change `{}`", self.spec_path);
            errors.at(
                span,
                with_help(format!("`{key}` comes from the spec"), help),
            );
        }
        if let Some(name) = &variant.attrs.name {
            let event = self.catalog.find(&name.value);
            if event.is_none() {
                let message = format!("`{}` has no event named `{}`", self.spec_path, name.value);
                let help = self.suggestions(&name.value, |event| &event.name);
                errors.at(name.span, with_help(message, help));
            }
            return event;
        }
        let ident = variant.ident.unraw().to_string();
        let event = self.event_with_ident(&ident);
        if event.is_none() {
            let message = format!("`{}` has no event `{ident}`", self.spec_path);
            let help = self.suggestions(&ident, |event| &event.ident.rust);
            let help = format!("{help}; or name the event: `#[event(name = \"...\")]`");
            errors.spanned(&variant.ident, with_help(message, help));
        }
        event
    }

    fn event_with_ident(&self, ident: &str) -> Option<&'a Event> {
        event_with_ident(self.catalog, ident)
    }

    /// "the closest events are …" for a variant or name the spec does not have.
    fn suggestions(&self, wanted: &str, key: impl Fn(&Event) -> &String) -> String {
        let events = &self.catalog.events;
        let keys: Vec<&str> = events.iter().map(|event| key(event).as_str()).collect();
        let closest = eventgen_catalog::suggest::closest(wanted, keys.iter().copied(), 3);
        if closest.is_empty() {
            return format!(
                "the spec has {}; none is close to `{wanted}`",
                eventgen_catalog::count(events.len(), "event")
            );
        }
        let shown: Vec<String> = closest
            .iter()
            .filter_map(|candidate| events.iter().find(|event| key(event) == candidate))
            .map(|event| format!("`{}` (`{}`)", event.ident.rust, event.name))
            .collect();
        format!("the closest events are {}", shown.join(", "))
    }
}

fn event_with_ident<'a>(catalog: &'a Catalog, ident: &str) -> Option<&'a Event> {
    catalog
        .events
        .iter()
        .find(|event| event.ident.rust == ident)
}

/// A catch-all named like an event of the spec would read as that event in every
/// `match`: an error at the catch-all's name, with `rename` as the help.
pub(crate) fn catch_all_not_an_event(
    catalog: &Catalog,
    spec_path: &str,
    catch_all: &syn::Ident,
    rename: &str,
) -> syn::Result<()> {
    let ident = catch_all.unraw().to_string();
    let Some(event) = event_with_ident(catalog, &ident) else {
        return Ok(());
    };
    Err(syn::Error::new_spanned(
        catch_all,
        with_help(
            format!(
                "the catch-all `{ident}` has the name of the event `{}` in `{spec_path}`",
                event.name
            ),
            format!("{rename}, so that it cannot be mistaken for the event"),
        ),
    ))
}
