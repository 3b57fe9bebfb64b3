//! The inherent items: constants, `const fn` accessors and lookups, usable without
//! importing the `EventType` trait.

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::EventEnum;
use crate::{code_literal, lookup, option};

pub(crate) fn impl_block(model: &EventEnum) -> TokenStream {
    let ident = &model.ident;
    let variants: Vec<_> = model.events.iter().map(|event| &event.variant).collect();
    let names: Vec<_> = model.events.iter().map(|event| &event.name).collect();
    let count = model.events.len();
    let infos = model.events.iter().map(|event| {
        let name = &event.name;
        let code = option(event.code.map(code_literal));
        let label = option(event.label.as_ref());
        let description = option(event.description.as_ref());
        let category = option(event.category.as_ref());
        let aliases = &event.aliases;
        let deprecated = option(event.deprecated.as_ref());
        quote! {
            ::eventgen::EventInfo::__new(#name, #code, #label, #description, #category, &[#(#aliases),*], #deprecated)
        }
    });
    let indices = 0..count;
    let accessors = accessors(model);
    let from_name = lookup::from_name(model);
    let from_code = model.coded.then(|| {
        let codes = model
            .events
            .iter()
            .map(|event| code_literal(event.code.unwrap_or_default()));
        quote! {
            /// The known event with this code.
            #[inline]
            pub const fn from_code(code: u32) -> ::core::option::Option<Self> {
                match code {
                    #(#codes => ::core::option::Option::Some(Self::#variants),)*
                    _ => ::core::option::Option::None,
                }
            }
        }
    });
    let (index_type, index_some, catch_all_index) = match &model.catch_all {
        Some(catch_all) => {
            let other = &catch_all.variant;
            (
                quote!(::core::option::Option<usize>),
                quote!(::core::option::Option::Some),
                quote!(Self::#other(_) => ::core::option::Option::None,),
            )
        }
        None => (quote!(usize), TokenStream::new(), TokenStream::new()),
    };
    // Clippy takes the metadata table of a large catalog for a large array on the stack;
    // it is a constant. The lookups have an arm per event: as long as the catalog.
    quote! {
        #[allow(deprecated, clippy::large_stack_arrays, clippy::too_many_lines)]
        impl #ident {
            /// Every known event, in catalog order.
            pub const ALL: &'static [Self] = &[#(Self::#variants),*];
            /// The number of known events.
            pub const COUNT: usize = #count;
            /// The wire value of each event of [`Self::ALL`], in the same order.
            pub const NAMES: &'static [&'static str] = &[#(#names),*];
            /// The metadata of each event of [`Self::ALL`], in the same order.
            pub const INFO: &'static [::eventgen::EventInfo] = &[#(#infos),*];

            /// The position of this event in [`Self::ALL`].
            #[inline]
            pub const fn index(&self) -> #index_type {
                match self {
                    #(Self::#variants => #index_some(#indices),)*
                    #catch_all_index
                }
            }

            #accessors

            /// The known events, in catalog order.
            #[inline]
            pub fn iter() -> ::core::slice::Iter<'static, Self> {
                Self::ALL.iter()
            }

            #from_name
            #from_code
        }
    }
}

/// `name`, `code`, `info`, `is_known`, `label`, `description`, `category`.
fn accessors(model: &EventEnum) -> TokenStream {
    let identity = match &model.catch_all {
        Some(catch_all) => catch_all_accessors(model, &catch_all.variant),
        None => plain_accessors(model),
    };
    let metadata = [
        ("label", " The catalog's short title of the event."),
        ("description", " The catalog's description of the event."),
        ("category", " The catalog's category of the event."),
    ]
    .map(|(field, doc)| metadata_accessor(model, field, doc));
    quote! {
        #identity
        #(#metadata)*
    }
}

/// An accessor of one optional text of the catalog's metadata.
fn metadata_accessor(model: &EventEnum, field: &str, doc: &str) -> TokenStream {
    let field = syn::Ident::new(field, proc_macro2::Span::call_site());
    let body = match &model.catch_all {
        Some(_) => quote! {
            match self.index() {
                ::core::option::Option::Some(index) => Self::INFO[index].#field,
                ::core::option::Option::None => ::core::option::Option::None,
            }
        },
        None => quote!(Self::INFO[self.index()].#field),
    };
    quote! {
        #[doc = #doc]
        #[inline]
        pub const fn #field(&self) -> ::core::option::Option<&'static str> {
            #body
        }
    }
}

/// With a catch-all, whose values are not `'static` and may lack a code.
fn catch_all_accessors(model: &EventEnum, other: &syn::Ident) -> TokenStream {
    let code = model.coded.then(|| {
        quote! {
            /// The numeric code: the catalog's, or the one an unknown value was
            /// parsed from.
            #[inline]
            pub const fn code(&self) -> ::core::option::Option<u32> {
                match self {
                    Self::#other(unknown) => unknown.code(),
                    known => match known.index() {
                        ::core::option::Option::Some(index) => Self::INFO[index].code,
                        ::core::option::Option::None => ::core::option::Option::None,
                    },
                }
            }
        }
    });
    quote! {
        /// The wire value: the catalog's spelling, or the exact text of an
        /// unknown value.
        #[inline]
        pub const fn name(&self) -> &str {
            // A table lookup by index: a `match` with a string per variant compiles to a
            // jump, which a catch-all arm keeps LLVM from turning into a table, and
            // which is mispredicted when events vary.
            match self {
                Self::#other(unknown) => unknown.as_str(),
                known => match known.index() {
                    ::core::option::Option::Some(index) => Self::NAMES[index],
                    // Every variant but the catch-all has an index.
                    ::core::option::Option::None => "",
                },
            }
        }
        #code
        /// The catalog's metadata; `None` for an unknown value.
        #[inline]
        pub const fn info(&self) -> ::core::option::Option<&'static ::eventgen::EventInfo> {
            match self.index() {
                ::core::option::Option::Some(index) => ::core::option::Option::Some(&Self::INFO[index]),
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }
        /// Whether this is a catalogued event rather than an unknown value.
        #[inline]
        pub const fn is_known(&self) -> bool {
            !matches!(self, Self::#other(_))
        }
    }
}

/// Without a catch-all, every value is a catalogued event.
fn plain_accessors(model: &EventEnum) -> TokenStream {
    let variants = model.events.iter().map(|event| &event.variant);
    let codes = model
        .events
        .iter()
        .map(|event| code_literal(event.code.unwrap_or_default()));
    let code = model.coded.then(|| {
        quote! {
            /// The catalog's numeric code.
            #[inline]
            pub const fn code(&self) -> u32 {
                match self {
                    #(Self::#variants => #codes,)*
                }
            }
        }
    });
    quote! {
        /// The wire value.
        #[inline]
        pub const fn name(&self) -> &'static str {
            Self::NAMES[self.index()]
        }
        #code
        /// The catalog's metadata.
        #[inline]
        pub const fn info(&self) -> &'static ::eventgen::EventInfo {
            &Self::INFO[self.index()]
        }
    }
}
