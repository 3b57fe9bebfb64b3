//! `from_name`: finding the event of a wire value in a few word comparisons.

use std::collections::BTreeMap;

use eventgen_catalog::MatchMode;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::model::EventEnum;

pub(crate) fn from_name(model: &EventEnum) -> TokenStream {
    let rule = match model.match_mode {
        MatchMode::Exact => "exactly",
        MatchMode::AsciiCaseInsensitive => "ignoring the case of ASCII letters",
    };
    let body = match model.match_mode {
        MatchMode::Exact => string_match(model),
        MatchMode::AsciiCaseInsensitive => by_words(model),
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

/// Exact catalogs: a `match` on the string, which rustc compiles to a jump on the length
/// and a vector comparison per key of that length. As fast as the word comparisons below
/// for catalogs of this size, and much cheaper to compile for very large ones.
fn string_match(model: &EventEnum) -> TokenStream {
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

/// The input's length picks a branch; there, the input is read as a few machine words
/// (overlapping where its length is not a multiple of the word size), and compared with
/// each key of that length word by word: `(word | letter_mask) == lowered_key`, where the
/// mask sets bit 5 at the key's letters. No lowered copy, no allocation, a handful of
/// instructions per key. Where more than [`LEAF_SIZE`] keys share a length, a byte at a
/// position that tells them apart picks a smaller group first, so no input is compared
/// with many keys. (A `match` on the string would need a lowered copy of the input.)
fn by_words(model: &EventEnum) -> TokenStream {
    let mut by_length: BTreeMap<usize, Vec<(Vec<u8>, usize)>> = BTreeMap::new();
    for (key, event) in model.lookup_keys() {
        by_length
            .entry(key.len())
            .or_default()
            .push((key.into_bytes(), event));
    }
    let arms = by_length.into_iter().map(|(length, keys)| {
        let words = Words::for_length(length);
        let loads = words.offsets.iter().enumerate().map(|(index, offset)| {
            let word = word_ident(index);
            let load = syn::Ident::new(words.load, proc_macro2::Span::call_site());
            quote!(let #word = ::eventgen::__private::#load::<#offset>(bytes);)
        });
        let body = split(model, &words, keys);
        quote! {
            #length => {
                #(#loads)*
                #body
            }
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

/// Keys compared in turn at the end of a branch.
const LEAF_SIZE: usize = 4;

/// How an input of one length is read: words of `width` bytes at `offsets`.
struct Words {
    width: usize,
    load: &'static str,
    offsets: Vec<usize>,
}

impl Words {
    fn for_length(length: usize) -> Words {
        let (width, load) = match length {
            8.. => (8, "load_u64"),
            4..8 => (4, "load_u32"),
            2..4 => (2, "load_u16"),
            _ => (1, "load_u8"),
        };
        let mut offsets: Vec<usize> = (0..=length - width).step_by(width).collect();
        if offsets.last().is_some_and(|last| last + width < length) {
            offsets.push(length - width);
        }
        Words {
            width,
            load,
            offsets,
        }
    }
}

fn word_ident(index: usize) -> syn::Ident {
    quote::format_ident!("word{index}")
}

/// A group of keys of one length: compared in turn when few, else split on a byte.
fn split(model: &EventEnum, words: &Words, keys: Vec<(Vec<u8>, usize)>) -> TokenStream {
    let position = (keys.len() > LEAF_SIZE)
        .then(|| telling_position(&keys))
        .flatten();
    let Some(position) = position else {
        return compare(model, words, &keys);
    };
    let mut groups: BTreeMap<u8, Vec<(Vec<u8>, usize)>> = BTreeMap::new();
    for (key, event) in keys {
        groups.entry(key[position]).or_default().push((key, event));
    }
    let branches = groups.into_iter().map(|(byte, keys)| {
        let byte = Literal::byte_character(byte);
        let body = split(model, words, keys);
        quote!(::core::option::Option::Some(#byte) => { #body })
    });
    let byte = if position == 0 {
        quote!(bytes.first())
    } else {
        quote!(bytes.get(#position))
    };
    quote! {
        match #byte.map(u8::to_ascii_lowercase) {
            #(#branches)*
            _ => ::core::option::Option::None,
        }
    }
}

/// The position whose byte splits the keys into the most groups (the earliest of equals);
/// `None` when no position tells two keys apart.
fn telling_position(keys: &[(Vec<u8>, usize)]) -> Option<usize> {
    let length = keys[0].0.len();
    (0..length)
        .map(|position| {
            let mut seen = [false; 256];
            for (key, _) in keys {
                seen[usize::from(key[position])] = true;
            }
            (
                seen.iter().filter(|seen| **seen).count(),
                std::cmp::Reverse(position),
            )
        })
        .filter(|(groups, _)| *groups > 1)
        .max()
        .map(|(_, std::cmp::Reverse(position))| position)
}

/// `if (word0 | mask) == key && … { Some(Self::Variant) } else if … else { None }`
fn compare(model: &EventEnum, words: &Words, keys: &[(Vec<u8>, usize)]) -> TokenStream {
    let tests = keys.iter().map(|(key, event)| {
        let conditions = words.offsets.iter().enumerate().map(|(index, offset)| {
            let chunk = &key[*offset..offset + words.width];
            let word = word_ident(index);
            let value = hex(little_endian(chunk));
            let letters: Vec<u8> = chunk
                .iter()
                .map(|byte| if byte.is_ascii_lowercase() { 0x20 } else { 0 })
                .collect();
            let mask = hex(little_endian(&letters));
            quote!((#word | #mask) == #value)
        });
        let variant = &model.events[*event].variant;
        quote! {
            if #(#conditions)&&* {
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

/// `0x6e6f_6973_7365_7320`: grouped by two bytes, as written code would be.
fn hex(value: u64) -> syn::LitInt {
    let digits = format!("{value:x}");
    let groups: Vec<&str> = digits
        .as_bytes()
        .rchunks(4)
        .rev()
        .map(|group| std::str::from_utf8(group).expect("hex digits are ASCII"))
        .collect();
    syn::LitInt::new(
        &format!("0x{}", groups.join("_")),
        proc_macro2::Span::call_site(),
    )
}

fn little_endian(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .rev()
        .fold(0, |value, byte| (value << 8) | u64::from(*byte))
}
