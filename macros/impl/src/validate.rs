//! Checks a hand-written enum and turns it into an [`EventEnum`]; the shape rules that
//! hold in every mode (unit variants, one well-formed catch-all) live here too.

use eventgen_catalog::MatchMode;
use eventgen_catalog::consistency::{self, Entry, Place, Rules, Written};
use eventgen_catalog::rules::check_wire_value;
use proc_macro2::Span;
use syn::Fields;
use syn::ext::IdentExt;

use crate::attr::Spanned;
use crate::errors::{Errors, with_help};
use crate::input::{RawEnum, RawVariant};
use eventgen_expand::model::{CatchAll, EventDef, EventEnum, SerdeImpls};

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

/// A hand-written enum: every value comes from its attributes. The values of each
/// variant are checked here; the rules over all of them together are the catalog
/// crate's ([`consistency`]), which specs are checked with too.
pub(crate) fn hand_written(raw: &RawEnum, errors: &mut Errors) -> EventEnum {
    let (variants, catch_all) = split_variants(raw, errors);
    let match_mode = if raw.attrs.case_insensitive.is_some() {
        MatchMode::AsciiCaseInsensitive
    } else {
        MatchMode::Exact
    };
    let docs_as_description = raw
        .attrs
        .doc_descriptions
        .as_ref()
        .is_none_or(|flag| flag.value);
    let names: Vec<Spanned<String>> = variants
        .iter()
        .map(|variant| wire_name(raw, variant))
        .collect();
    let mut entries = Vec::with_capacity(variants.len());
    for (variant, name) in variants.iter().zip(&names) {
        let name_ok = well_formed(name, "the name", errors);
        let aliases: Vec<Written<'_, At>> = variant
            .attrs
            .aliases
            .iter()
            .filter(|alias| well_formed(alias, "the alias", errors))
            .map(written)
            .collect();
        entries.push(Entry {
            subject: format!("variant `{}`", variant.ident),
            at: At(variant.ident.span()),
            // A name reported as malformed is left out of the rules over all events.
            name: name_ok.then(|| written(name)),
            aliases,
            code: variant
                .attrs
                .code
                .as_ref()
                .map(|code| (code.value, At(code.span))),
            // Variants are Rust identifiers: rustc keeps them distinct.
            idents: None,
        });
    }
    let rules = Rules {
        match_mode,
        ignoring_case: "the enum is `case_insensitive`",
        codes_complete: true,
        catch_all: None,
    };
    for problem in consistency::check(&entries, &rules) {
        errors.at(problem.at.0, with_help(problem.message, problem.help));
    }
    let events = variants
        .iter()
        .zip(names)
        .map(|(variant, name)| {
            let attrs = &variant.attrs;
            let text =
                |value: &Option<Spanned<String>>| value.as_ref().map(|text| text.value.clone());
            EventDef {
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
            }
        })
        .collect();
    EventEnum {
        ident: raw.ident.clone(),
        match_mode,
        coded: variants.iter().any(|variant| variant.attrs.code.is_some()),
        events,
        catch_all,
        spec_file: None,
        serde: SerdeImpls::Runtime,
    }
}

/// A token's span, as the rules over all events place a value.
#[derive(Clone, Copy)]
pub(crate) struct At(pub(crate) Span);

impl Place for At {
    /// A span shows itself: messages need not say where it is.
    fn describe(self) -> Option<String> {
        None
    }
}

/// The wire value of a variant: its `name`, else its identifier under `rename_all`.
fn wire_name(raw: &RawEnum, variant: &RawVariant) -> Spanned<String> {
    variant.attrs.name.clone().unwrap_or_else(|| {
        let ident = variant.ident.unraw().to_string();
        let value = match &raw.attrs.rename_all {
            Some(rule) => rule.value.apply(&ident),
            None => ident,
        };
        Spanned {
            value,
            span: variant.ident.span(),
        }
    })
}

fn written(value: &Spanned<String>) -> Written<'_, At> {
    Written {
        value: &value.value,
        at: At(value.span),
    }
}

/// Whether a name or alias can be a wire value; reports it if not.
fn well_formed(value: &Spanned<String>, what: &str, errors: &mut Errors) -> bool {
    match check_wire_value(what, &value.value) {
        Ok(()) => true,
        Err(problem) => {
            errors.at(value.span, with_help(problem.message, problem.help));
            false
        }
    }
}
