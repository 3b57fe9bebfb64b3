//! The procedural macros of [`eventgen`](https://docs.rs/eventgen). Depend on that
//! crate, which re-exports them with the types their expansions use.
//!
//! Every macro runs in three stages, kept apart:
//!
//! 1. read (`input`, `attr`, `catalog_macro`): tokens → plain values with spans;
//! 2. check (`validate` for hand-written enums, `spec` for spec-driven ones, with the
//!    spec rules of `eventgen-catalog`): → an `eventgen_expand::model::EventEnum`, every
//!    error collected;
//! 3. expand (`eventgen-expand`, which the generator shares): model → code.

mod attr;
#[cfg(feature = "spec")]
mod catalog_macro;
mod errors;
mod input;
mod rename;
#[cfg(feature = "spec")]
mod spec;
mod validate;

use proc_macro::TokenStream;
use syn::{DeriveInput, parse_macro_input};

use crate::errors::Errors;

/// Implements `eventgen::EventType`, `Display`, `FromStr`, conversions and an inherent
/// API (`name`, `code`, `label`, `ALL`, `from_name`, …) for an enum of event types, from
/// `#[event(...)]` attributes or a spec. The `eventgen` crate documents the attributes.
#[proc_macro_derive(EventType, attributes(event))]
pub fn derive_event_type(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    derive(&input)
        .unwrap_or_else(|error| error.to_compile_error())
        .into()
}

/// Declares an enum holding every event of a spec, documented from it:
/// `catalog!(pub enum TeleportEvent = "specs/teleport.yaml")`, with the path relative to
/// the crate's `Cargo.toml`. The `eventgen` crate documents it.
#[cfg(feature = "spec")]
#[proc_macro]
pub fn catalog(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as catalog_macro::CatalogInput);
    catalog_macro::expand(&input)
        .unwrap_or_else(|error| error.to_compile_error())
        .into()
}

fn derive(input: &DeriveInput) -> syn::Result<proc_macro2::TokenStream> {
    let mut errors = Errors::default();
    let model = input::read(input, &mut errors).and_then(|raw| match &raw.attrs.spec {
        Some(path) => checked_against_spec(&raw, path, &mut errors),
        None => Some(validate::hand_written(&raw, &mut errors)),
    });
    errors.finish()?;
    // Without errors there is a model: reading and loading report every failure.
    Ok(model
        .as_ref()
        .map(eventgen_expand::expand)
        .unwrap_or_default())
}

#[cfg(feature = "spec")]
fn checked_against_spec(
    raw: &input::RawEnum,
    path: &syn::LitStr,
    errors: &mut Errors,
) -> Option<eventgen_expand::model::EventEnum> {
    match spec::load(path) {
        Ok(spec) => Some(spec::checked_against(raw, spec, errors)),
        Err(error) => {
            errors.push(error);
            None
        }
    }
}

/// Without the `spec` feature, no YAML parser is built, and `spec = ...` is an error.
#[cfg(not(feature = "spec"))]
fn checked_against_spec(
    _: &input::RawEnum,
    path: &syn::LitStr,
    errors: &mut Errors,
) -> Option<eventgen_expand::model::EventEnum> {
    errors.push(syn::Error::new(
        path.span(),
        errors::with_help(
            "`spec = ...` needs the `spec` feature of `eventgen`",
            "enable it: `eventgen = { version = \"...\", features = [\"spec\"] }` (a default feature)",
        ),
    ));
    None
}

#[cfg(all(test, feature = "spec"))]
mod tests;
