//! Code generation: a checked [`EventEnum`] → the impls.
//!
//! The generated code names everything by absolute path (`::eventgen::…`, `::core::…`)
//! so that it compiles whatever the user's crate imports or shadows.

mod inherent;
mod lookup;
mod traits;

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::EventEnum;

pub(crate) fn expand(model: &EventEnum) -> TokenStream {
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
