//! The Rust items of an event enum, from a checked [`EventEnum`]: the one home of the
//! impl logic, which the proc macros of `eventgen-macros` expand to and the generator
//! writes out as the `vendor-event-types` crate's source.
//!
//! The generated code names everything by absolute path (`::eventgen::…`, `::core::…`)
//! so that it compiles whatever the user's crate imports or shadows.

mod catalog_enum;
mod inherent;
mod lookup;
pub mod model;
mod traits;

use proc_macro2::TokenStream;
use quote::quote;

pub use crate::catalog_enum::{CatalogEnum, catalog_items};
use crate::model::EventEnum;

/// The impls of an event enum (the enum itself is the caller's, or [`catalog_items`]').
pub fn expand(model: &EventEnum) -> TokenStream {
    let inherent = inherent::impl_block(model);
    let traits = traits::impls(model);
    let spec_dependency = spec_dependency(model);
    quote! {
        #inherent
        #traits
        #spec_dependency
    }
}

/// Reading the spec with `include_bytes!` makes the compiler track it: editing the spec
/// rebuilds the crate. The constant itself is never used.
fn spec_dependency(model: &EventEnum) -> Option<TokenStream> {
    model.spec_file.as_ref().map(|file| {
        quote! {
            const _: &[u8] = ::core::include_bytes!(#file);
        }
    })
}

/// `Some(value)` or `None` as tokens.
fn option<T: quote::ToTokens>(value: Option<T>) -> TokenStream {
    match value {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    }
}

/// A code as written code would have it: no suffix (the context makes it a `u32`), and
/// digits grouped by three past four, as Clippy asks of long literals.
fn code_literal(code: u32) -> syn::LitInt {
    let digits = code.to_string();
    let text = if digits.len() > 4 {
        let groups: Vec<&str> = digits
            .as_bytes()
            .rchunks(3)
            .rev()
            .map(|group| std::str::from_utf8(group).expect("digits are ASCII"))
            .collect();
        groups.join("_")
    } else {
        digits
    };
    syn::LitInt::new(&text, proc_macro2::Span::call_site())
}
