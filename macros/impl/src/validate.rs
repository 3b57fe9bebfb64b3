//! Checks a hand-written enum and turns it into an [`EventEnum`]; the shape rules that
//! hold in every mode (unit variants, one well-formed catch-all) live here too.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use eventgen_catalog::MatchMode;
use eventgen_catalog::rules::check_wire_value;
use syn::Fields;
use syn::ext::IdentExt;

use crate::attr::Spanned;
use crate::errors::{Errors, with_help};
use crate::input::{RawEnum, RawVariant};
use crate::model::{CatchAll, EventDef, EventEnum};

const CATCH_ALL_SHAPE: &str = "write the catch-all as `Other(eventgen::Unknown<Self>)`";

/// Splits the variants into event variants and the catch-all, reporting variants of the
/// wrong shape and extra catch-alls.
pub(crate) fn split_variants<'a>(
    raw: &'a RawEnum,
    errors: &mut Errors,
) -> (Vec<&'a RawVariant>, Option<CatchAll>) {
    let mut events = Vec::new();
    let mut catch_all: Option<CatchAll> = None;
    for variant in &raw.variants {
        if variant.attrs.other.is_none() {
            if !matches!(variant.fields, Fields::Unit) {
                errors.spanned(
                    &variant.fields,
                    with_help(
                        format!("event variant `{}` has fields", variant.ident),
                        "events are unit variants; to keep values the catalog does not know, mark one variant `#[event(other)]` and write it as `Other(eventgen::Unknown<Self>)`",
                    ),
                );
            }
            events.push(variant);
            continue;
        }
        for (key, span) in variant.attrs.metadata_spans() {
            errors.at(span, format!("the catch-all variant has no `{key}`: it stands for every value the catalog does not know"));
        }
        if let Some(name) = &variant.attrs.name {
            errors.at(name.span, "the catch-all variant has no `name`: it stands for every value the catalog does not know");
        }
        if let Some(first) = &catch_all {
            errors.spanned(
                &variant.ident,
                format!(
                    "a second catch-all variant: `{}` is already `#[event(other)]`",
                    first.variant
                ),
            );
            continue;
        }
        match catch_all_field(&variant.fields) {
            Some(field) => {
                catch_all = Some(CatchAll {
                    variant: variant.ident.clone(),
                    field,
                });
            }
            None => errors.spanned(
                &variant.ident,
                with_help(
                    format!(
                        "the catch-all variant `{}` must hold exactly one unnamed field",
                        variant.ident
                    ),
                    CATCH_ALL_SHAPE,
                ),
            ),
        }
    }
    if events.is_empty() {
        errors.spanned(
            &raw.ident,
            with_help(
                format!("`{}` has no event variants", raw.ident),
                "list at least one event type as a unit variant",
            ),
        );
    }
    (events, catch_all)
}

fn catch_all_field(fields: &Fields) -> Option<syn::Type> {
    match fields {
        Fields::Unnamed(fields) if fields.unnamed.len() == 1 => Some(fields.unnamed[0].ty.clone()),
        _ => None,
    }
}

/// A hand-written enum: every value comes from its attributes.
pub(crate) fn hand_written(raw: &RawEnum, errors: &mut Errors) -> EventEnum {
    let (variants, catch_all) = split_variants(raw, errors);
    let match_mode = if raw.attrs.case_insensitive.is_some() {
        MatchMode::AsciiCaseInsensitive
    } else {
        MatchMode::Exact
    };
    let mut values = WireValues::new(match_mode);
    let mut codes: HashMap<u32, &syn::Ident> = HashMap::new();
    let docs_as_description = raw
        .attrs
        .doc_descriptions
        .as_ref()
        .is_none_or(|flag| flag.value);
    let mut events = Vec::new();
    for variant in variants {
        let attrs = &variant.attrs;
        let name = attrs.name.clone().unwrap_or_else(|| {
            let ident = variant.ident.unraw().to_string();
            let value = match &raw.attrs.rename_all {
                Some(rule) => rule.value.apply(&ident),
                None => ident,
            };
            Spanned {
                value,
                span: variant.ident.span(),
            }
        });
        values.add(&name, &variant.ident, "name", errors);
        for alias in &attrs.aliases {
            values.add(alias, &variant.ident, "alias", errors);
        }
        if let Some(code) = &attrs.code {
            match codes.entry(code.value) {
                Entry::Occupied(first) => errors.at(
                    code.span,
                    format!(
                        "code {} is already the code of `{}`",
                        code.value,
                        first.get()
                    ),
                ),
                Entry::Vacant(slot) => {
                    slot.insert(&variant.ident);
                }
            }
        }
        let text = |value: &Option<Spanned<String>>| value.as_ref().map(|text| text.value.clone());
        events.push(EventDef {
            variant: variant.ident.clone(),
            name: name.value,
            code: attrs.code.as_ref().map(|code| code.value),
            label: text(&attrs.label),
            description: text(&attrs.description)
                .or_else(|| docs_as_description.then(|| attrs.docs.clone()).flatten()),
            category: text(&attrs.category),
            aliases: attrs
                .aliases
                .iter()
                .map(|alias| alias.value.clone())
                .collect(),
            deprecated: attrs.deprecated.clone(),
        });
    }
    EventEnum {
        ident: raw.ident.clone(),
        match_mode,
        events,
        catch_all,
        coded: codes_all_or_none(raw, errors),
        spec_file: None,
    }
}

/// Whether the enum is coded; reports the variants without a code when some have one.
fn codes_all_or_none(raw: &RawEnum, errors: &mut Errors) -> bool {
    let events = || {
        raw.variants
            .iter()
            .filter(|variant| variant.attrs.other.is_none())
    };
    let Some(coded) = events().find(|variant| variant.attrs.code.is_some()) else {
        return false;
    };
    for variant in events().filter(|variant| variant.attrs.code.is_none()) {
        errors.spanned(
            &variant.ident,
            with_help(
                format!(
                    "`{}` has no code, but `{}` has one",
                    variant.ident, coded.ident
                ),
                "give every event variant a `code`, or none",
            ),
        );
    }
    true
}

/// Names and aliases seen so far, compared under the enum's matching rule.
struct WireValues<'a> {
    match_mode: MatchMode,
    seen: HashMap<String, (&'a syn::Ident, &'static str, String)>,
}

impl<'a> WireValues<'a> {
    fn new(match_mode: MatchMode) -> Self {
        WireValues {
            match_mode,
            seen: HashMap::new(),
        }
    }

    fn add(
        &mut self,
        value: &Spanned<String>,
        variant: &'a syn::Ident,
        what: &'static str,
        errors: &mut Errors,
    ) {
        if let Err(problem) = check_wire_value(&format!("the {what}"), &value.value) {
            errors.at(value.span, with_help(problem.message, problem.help));
            return;
        }
        match self
            .seen
            .entry(self.match_mode.key(&value.value).into_owned())
        {
            Entry::Occupied(first) => {
                let (first_variant, first_what, first_value) = first.get();
                let message = if *first_value == value.value {
                    format!(
                        "`{}` is already the {first_what} of `{first_variant}`",
                        value.value
                    )
                } else {
                    format!(
                        "`{}` matches `{first_value}`, the {first_what} of `{first_variant}`, ignoring ASCII case (the enum is `case_insensitive`)",
                        value.value
                    )
                };
                errors.at(
                    value.span,
                    with_help(message, "each name and alias must parse to one event"),
                );
            }
            Entry::Vacant(slot) => {
                slot.insert((variant, what, value.value.clone()));
            }
        }
    }
}
