//! `from_name`: the lookup plan of `crate::lookup` as code.

use eventgen_catalog::MatchMode;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::lookup::{self, Key, Node};
use crate::model::EventEnum;

pub(super) fn from_name(model: &EventEnum) -> TokenStream {
    let keys = model
        .lookup_keys()
        .into_iter()
        .map(|(value, event)| Key {
            bytes: value.into_bytes(),
            event,
        })
        .collect();
    let arms = lookup::plan(keys).into_iter().map(|(length, node)| {
        // Case-insensitive lookups compare a lowercased copy with lowercased keys.
        let key = match model.match_mode {
            MatchMode::Exact => quote! {
                ::eventgen::__private::exact::<#length>(bytes)?
            },
            MatchMode::AsciiCaseInsensitive => quote! {
                &::eventgen::__private::ascii_lowercase::<#length>(bytes)?
            },
        };
        let node = node_tokens(model, &node);
        quote! {
            #length => {
                let key: &[u8; #length] = #key;
                #node
            }
        }
    });
    let rule = match model.match_mode {
        MatchMode::Exact => "exactly",
        MatchMode::AsciiCaseInsensitive => "ignoring the case of ASCII letters",
    };
    let doc = format!(" The known event with this wire value or alias, compared {rule}.");
    quote! {
        #[doc = #doc]
        pub fn from_name(name: &str) -> ::core::option::Option<Self> {
            let bytes = name.as_bytes();
            match bytes.len() {
                #(#arms)*
                _ => ::core::option::Option::None,
            }
        }
    }
}

fn node_tokens(model: &EventEnum, node: &Node) -> TokenStream {
    match node {
        Node::Compare(keys) => {
            let tests = keys.iter().map(|key| {
                let bytes = Literal::byte_string(&key.bytes);
                let variant = &model.events[key.event].variant;
                quote! {
                    if *key == *#bytes {
                        ::core::option::Option::Some(Self::#variant)
                    } else
                }
            });
            quote! {
                #(#tests)* {
                    ::core::option::Option::None
                }
            }
        }
        Node::Switch { position, branches } => {
            let branches = branches.iter().map(|(byte, node)| {
                let byte = Literal::byte_character(*byte);
                let node = node_tokens(model, node);
                quote!(#byte => #node,)
            });
            quote! {
                match key[#position] {
                    #(#branches)*
                    _ => ::core::option::Option::None,
                }
            }
        }
    }
}
