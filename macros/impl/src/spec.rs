//! Spec files at compile time: finding and loading one, and matching a hand-written
//! enum's variants to its events.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::path::PathBuf;

use eventgen_catalog::{Catalog, Event, MatchMode};
use syn::LitStr;
use syn::ext::IdentExt;

use crate::errors::{Errors, with_help};
use crate::input::RawEnum;
use crate::model::{EventDef, EventEnum};
use crate::validate::split_variants;

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
    let catalog = &spec.catalog;
    let spec_path = raw
        .attrs
        .spec
        .as_ref()
        .map(LitStr::value)
        .unwrap_or_default();
    if let Some(span) = raw.attrs.case_insensitive {
        let mode = match catalog.match_mode {
            MatchMode::Exact => "exact",
            MatchMode::AsciiCaseInsensitive => "ascii-case-insensitive",
        };
        errors.at(
            span,
            with_help(
                "matching comes from the spec",
                format!("remove `case_insensitive`: `{spec_path}` says `match: {mode}`"),
            ),
        );
    }
    if let Some(rule) = &raw.attrs.rename_all {
        errors.at(
            rule.span,
            with_help("wire values come from the spec", "remove `rename_all`"),
        );
    }
    let (variants, catch_all) = split_variants(raw, errors);
    let mut taken: HashMap<&str, &syn::Ident> = HashMap::new();
    let mut events = Vec::new();
    for variant in variants {
        for (key, span) in variant.attrs.metadata_spans() {
            errors.at(
                span,
                with_help(
                    format!("`{key}` comes from the spec"),
                    format!("remove it, or change `{spec_path}`"),
                ),
            );
        }
        let ident = variant.ident.unraw().to_string();
        let event = match &variant.attrs.name {
            Some(name) => catalog.find(&name.value).ok_or_else(|| {
                let message = format!("`{spec_path}` has no event named `{}`", name.value);
                errors.at(
                    name.span,
                    with_help(
                        message,
                        suggestions(catalog, &name.value, |event| &event.name),
                    ),
                );
            }),
            None => catalog
                .events
                .iter()
                .find(|event| event.ident.rust == ident)
                .ok_or_else(|| {
                    let message = format!("`{spec_path}` has no event `{ident}`");
                    let help = suggestions(catalog, &ident, |event| &event.ident.rust);
                    errors.spanned(
                        &variant.ident,
                        with_help(
                            message,
                            format!("{help}; or name the event: `#[event(name = \"...\")]`"),
                        ),
                    );
                }),
        };
        let Ok(event) = event else { continue };
        match taken.entry(&event.name) {
            Entry::Occupied(first) => {
                errors.spanned(
                    &variant.ident,
                    format!(
                        "`{}` is already `{}`, the event `{}`",
                        variant.ident,
                        first.get(),
                        event.name
                    ),
                );
                continue;
            }
            Entry::Vacant(slot) => {
                slot.insert(&variant.ident);
            }
        }
        events.push(EventDef {
            variant: variant.ident.clone(),
            deprecated: event
                .deprecated
                .clone()
                .or_else(|| variant.attrs.deprecated.clone()),
            ..event_def(event)
        });
    }
    if let Some(catch_all) = &catch_all {
        let ident = catch_all.variant.unraw().to_string();
        if let Some(event) = catalog
            .events
            .iter()
            .find(|event| event.ident.rust == ident)
        {
            errors.spanned(
                &catch_all.variant,
                with_help(
                    format!("the catch-all `{ident}` has the name of the event `{}` in `{spec_path}`", event.name),
                    "give the catch-all another name, e.g. `Uncatalogued`, so that it cannot be mistaken for the event",
                ),
            );
        }
    }
    EventEnum {
        ident: raw.ident.clone(),
        match_mode: catalog.match_mode,
        events,
        catch_all,
        coded: catalog.is_coded(),
        spec_file: Some(spec.file),
    }
}

/// An event of the spec as the expansion sees it; the variant is filled in by the caller.
pub(crate) fn event_def(event: &Event) -> EventDef {
    EventDef {
        variant: syn::Ident::new(&event.ident.rust, proc_macro2::Span::call_site()),
        name: event.name.clone(),
        code: event.code,
        label: event.label.clone(),
        description: event.description.clone(),
        category: event.category.clone(),
        aliases: event.aliases.clone(),
        deprecated: event.deprecated.clone(),
    }
}

/// "the closest events are …" for a variant or name the spec does not have.
fn suggestions(catalog: &Catalog, wanted: &str, key: impl Fn(&Event) -> &String) -> String {
    let keys: Vec<&str> = catalog
        .events
        .iter()
        .map(|event| key(event).as_str())
        .collect();
    let closest = eventgen_catalog::suggest::closest(wanted, keys.iter().copied(), 3);
    if closest.is_empty() {
        return format!(
            "the spec has {} events; none is close to `{wanted}`",
            catalog.events.len()
        );
    }
    let shown: Vec<String> = closest
        .iter()
        .filter_map(|candidate| catalog.events.iter().find(|event| key(event) == candidate))
        .map(|event| format!("`{}` (`{}`)", event.ident.rust, event.name))
        .collect();
    format!("the closest events are {}", shown.join(", "))
}
