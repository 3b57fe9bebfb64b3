//! `from_name`: finding the event of a wire value, as fast as rustc can match strings.

use std::collections::BTreeMap;

use eventgen_catalog::MatchMode;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::model::EventEnum;

pub(super) fn from_name(model: &EventEnum) -> TokenStream {
    let (rule, body) = match model.match_mode {
        MatchMode::Exact => ("exactly", exact(model)),
        MatchMode::AsciiCaseInsensitive => (
            "ignoring the case of ASCII letters",
            case_insensitive(model),
        ),
    };
    let doc = format!(" The known event with this wire value or alias, compared {rule}.");
    quote! {
        #[doc = #doc]
        #[inline]
        pub fn from_name(name: &str) -> ::core::option::Option<Self> {
            #body
        }
    }
}

/// A `match` on the string: rustc switches on the length and compares the input with
/// each key of that length as a whole, a few vector instructions per key.
fn exact(model: &EventEnum) -> TokenStream {
    let arms = model.events.iter().map(|event| {
        let variant = &event.variant;
        let values = std::iter::once(&event.name).chain(&event.aliases);
        quote!(#(#values)|* => ::core::option::Option::Some(Self::#variant),)
    });
    quote! {
        match name {
            #(#arms)*
            _ => ::core::option::Option::None,
        }
    }
}

/// The input's length picks a branch, where the input is lowered into an array of that
/// length and matched against the lowered keys of that length: rustc compiles a match on
/// byte arrays into a decision tree over their bytes. Comparing the input with each key
/// in turn, ignoring case, would cost a comparison per key.
fn case_insensitive(model: &EventEnum) -> TokenStream {
    let mut by_length: BTreeMap<usize, Vec<(String, usize)>> = BTreeMap::new();
    for (key, event) in model.lookup_keys() {
        by_length.entry(key.len()).or_default().push((key, event));
    }
    let arms = by_length.into_iter().map(|(length, keys)| {
        let keys = keys.iter().map(|(key, event)| {
            let key = Literal::byte_string(key.as_bytes());
            let variant = &model.events[*event].variant;
            quote!(#key => ::core::option::Option::Some(Self::#variant),)
        });
        quote! {
            #length => match &::eventgen::__private::ascii_lowercase::<#length>(bytes)? {
                #(#keys)*
                _ => ::core::option::Option::None,
            },
        }
    });
    quote! {
        let bytes = name.as_bytes();
        match bytes.len() {
            #(#arms)*
            _ => ::core::option::Option::None,
        }
    }
}
