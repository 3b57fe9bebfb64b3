//! Code generation: a checked [`EventEnum`] → the impls.
//!
//! The generated code names everything by absolute path (`::eventgen::…`, `::core::…`)
//! so that it compiles whatever the user's crate imports or shadows.

mod inherent;
mod lookup;
mod traits;

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::model::EventEnum;

pub(crate) fn expand(model: &EventEnum) -> TokenStream {
    let inherent = inherent::impl_block(model);
    let traits = traits::impls(model);
    let checks = checks(model);
    quote! {
        #inherent
        #traits
        #checks
    }
}

/// Compile-time checks and dependencies that produce no items of their own.
fn checks(model: &EventEnum) -> TokenStream {
    let ident = &model.ident;
    let catch_all = model.catch_all.as_ref().map(|catch_all| {
        let field = &catch_all.field;
        // Spanned at the field type, so that a wrong type is reported there.
        let assertion = quote_spanned! {field.span()=>
            ::eventgen::__private::assert_catch_all_field::<Self, #field>()
        };
        quote! {
            #[allow(deprecated)]
            impl #ident {
                #[doc(hidden)]
                #[allow(dead_code)]
                const __EVENTGEN_CATCH_ALL_FIELD: () = #assertion;
            }
        }
    });
    // Reading the spec with `include_bytes!` makes the compiler track it: editing the
    // spec rebuilds the crate. The constant itself is never used.
    let spec = model.spec_file.as_ref().map(|file| {
        quote! {
            const _: &[u8] = ::core::include_bytes!(#file);
        }
    });
    quote! {
        #catch_all
        #spec
    }
}

/// `Some(value)` or `None` as tokens.
fn option<T: quote::ToTokens>(value: Option<T>) -> TokenStream {
    match value {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    }
}
