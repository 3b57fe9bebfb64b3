//! The procedural macros of [`eventgen`](https://docs.rs/eventgen). Depend on that
//! crate, which re-exports them with the types their expansions use.
//!
//! Every macro runs in three stages, kept apart:
//!
//! 1. read (`input`, `attr`, `catalog_macro`): tokens → plain values with spans;
//! 2. check (`validate` for hand-written enums, `spec` for spec-driven ones, with the
//!    spec rules of `eventgen-catalog`): → a [`model::EventEnum`], every error collected;
//! 3. expand (`expand`, with the lookup plan of `lookup`): model → code.

mod attr;
mod catalog_macro;
mod docs;
mod errors;
mod expand;
mod input;
mod lookup;
mod model;
mod rename;
mod spec;
mod validate;

use proc_macro::TokenStream;
use syn::{DeriveInput, parse_macro_input};

use crate::errors::Errors;

/// Implements `eventgen::EventType` and the inherent API for an enum of event types.
/// See the `eventgen` crate for the attributes.
#[proc_macro_derive(EventType, attributes(event))]
pub fn derive_event_type(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    derive(&input)
        .unwrap_or_else(|error| error.to_compile_error())
        .into()
}

/// Declares an enum holding every event of a spec. See the `eventgen` crate.
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
        Some(path) => match spec::load(path) {
            Ok(spec) => Some(spec::checked_against(&raw, spec, &mut errors)),
            Err(error) => {
                errors.push(error);
                None
            }
        },
        None => Some(validate::hand_written(&raw, &mut errors)),
    });
    errors.finish()?;
    // Without errors there is a model: reading and loading report every failure.
    Ok(model.as_ref().map(expand::expand).unwrap_or_default())
}

/// Expansion snapshots: each file in `tests/expand/` holds derive inputs or `catalog!`
/// invocations; their expansions, pretty-printed, are reviewed with `cargo insta review`.
#[cfg(test)]
mod expansion_snapshots {
    use quote::ToTokens;

    fn expand_item(item: &syn::Item) -> proc_macro2::TokenStream {
        let result = match item {
            syn::Item::Enum(item) => super::derive(&syn::parse_quote!(#item)),
            syn::Item::Macro(item) if item.mac.path.is_ident("catalog") => item
                .mac
                .parse_body::<super::catalog_macro::CatalogInput>()
                .and_then(|input| super::catalog_macro::expand(&input)),
            other => panic!("unexpected input item: {}", other.to_token_stream()),
        };
        result.unwrap_or_else(|error| error.to_compile_error())
    }

    #[test]
    fn expansions() {
        // Spec paths in the expansion are absolute; the snapshots show them from the
        // workspace root so that they do not depend on where the project is checked out.
        let workspace = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .canonicalize()
            .unwrap();
        insta::glob!("../tests/expand", "*.rs", |path| {
            let source = std::fs::read_to_string(path).unwrap();
            let file: syn::File = syn::parse_str(&source).unwrap();
            let expanded: proc_macro2::TokenStream = file.items.iter().map(expand_item).collect();
            let pretty = prettyplease::unparse(&syn::parse2(expanded).unwrap());
            let shown = pretty.replace(&workspace.join("macros/impl/").display().to_string(), "");
            insta::assert_snapshot!(shown);
        });
    }
}
