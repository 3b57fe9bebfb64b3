//! Trait impls: `EventType`, formatting, parsing, conversions, serde.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;

use crate::model::EventEnum;

pub(super) fn impls(model: &EventEnum) -> TokenStream {
    let ident = &model.ident;
    let event_type = event_type(model);
    let conversions = conversions(model);
    quote! {
        #event_type

        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.name())
            }
        }

        #[automatically_derived]
        impl ::core::convert::AsRef<str> for #ident {
            fn as_ref(&self) -> &str {
                self.name()
            }
        }

        #conversions

        ::eventgen::__impl_serde!(#ident);
    }
}

fn event_type(model: &EventEnum) -> TokenStream {
    let ident = &model.ident;
    let type_name = ident.to_string();
    let match_mode = match model.match_mode {
        eventgen_catalog::MatchMode::Exact => quote!(Exact),
        eventgen_catalog::MatchMode::AsciiCaseInsensitive => quote!(AsciiCaseInsensitive),
    };
    let has_catch_all = model.catch_all.is_some();
    let unknown_name = quote! {
        ::eventgen::ParseEventError::__unknown_name(Self::TYPE_NAME, name)
    };
    let unknown_code = quote! {
        ::core::result::Result::Err(::eventgen::ParseEventError::__unknown_code(Self::TYPE_NAME, code))
    };
    let (index, code, parse, parse_owned, parse_code) = match (&model.catch_all, model.coded) {
        (Some(_), coded) => (
            quote!(Self::index(self)),
            if coded {
                quote!(Self::code(self))
            } else {
                quote!(::core::option::Option::None)
            },
            quote!(::core::result::Result::Ok(
                <Self as ::core::convert::From<&str>>::from(name)
            )),
            quote! {
                fn parse_owned(name: ::eventgen::__private::String) -> ::core::result::Result<Self, ::eventgen::ParseEventError> {
                    ::core::result::Result::Ok(<Self as ::core::convert::From<::eventgen::__private::String>>::from(name))
                }
            },
            if coded {
                quote!(::core::result::Result::Ok(
                    <Self as ::core::convert::From<u32>>::from(code)
                ))
            } else {
                unknown_code.clone()
            },
        ),
        (None, coded) => (
            quote!(::core::option::Option::Some(Self::index(self))),
            if coded {
                quote!(::core::option::Option::Some(Self::code(self)))
            } else {
                quote!(::core::option::Option::None)
            },
            quote!(Self::from_name(name).ok_or_else(|| #unknown_name)),
            TokenStream::new(),
            if coded {
                quote! {
                    match Self::from_code(code) {
                        ::core::option::Option::Some(event) => ::core::result::Result::Ok(event),
                        ::core::option::Option::None => #unknown_code,
                    }
                }
            } else {
                unknown_code.clone()
            },
        ),
    };
    let from_code = if model.coded {
        quote!(Self::from_code(code))
    } else {
        quote! {
            let _ = code;
            ::core::option::Option::None
        }
    };
    quote! {
        #[automatically_derived]
        impl ::eventgen::EventType for #ident {
            const TYPE_NAME: &'static str = #type_name;
            const ALL: &'static [Self] = Self::ALL;
            const INFO: &'static [::eventgen::EventInfo] = Self::INFO;
            const NAMES: &'static [&'static str] = Self::NAMES;
            const MATCH_MODE: ::eventgen::MatchMode = ::eventgen::MatchMode::#match_mode;
            const HAS_CATCH_ALL: bool = #has_catch_all;

            fn index(&self) -> ::core::option::Option<usize> {
                #index
            }
            fn name(&self) -> &str {
                Self::name(self)
            }
            fn code(&self) -> ::core::option::Option<u32> {
                #code
            }
            fn from_name(name: &str) -> ::core::option::Option<Self> {
                Self::from_name(name)
            }
            fn from_code(code: u32) -> ::core::option::Option<Self> {
                #from_code
            }
            fn parse(name: &str) -> ::core::result::Result<Self, ::eventgen::ParseEventError> {
                #parse
            }
            #parse_owned
            fn parse_code(code: u32) -> ::core::result::Result<Self, ::eventgen::ParseEventError> {
                #parse_code
            }
        }
    }
}

/// `FromStr` and the `From`/`TryFrom` conversions, which differ with and without a
/// catch-all: with one, every value converts.
fn conversions(model: &EventEnum) -> TokenStream {
    let ident = &model.ident;
    match &model.catch_all {
        Some(catch_all) => {
            let other = &catch_all.variant;
            // The field is built through a trait spanned at its type, so that a field of
            // the wrong type is reported there, once, in the trait's words.
            let field = &catch_all.field;
            let build = |method: &str, argument: TokenStream| {
                let method = syn::Ident::new(method, field.span());
                quote_spanned! {field.span()=>
                    <#field as ::eventgen::__private::CatchAllField<Self>>::#method(#argument)
                }
            };
            let from_str = build(
                "from_text",
                quote!(::eventgen::__private::String::from(name)),
            );
            let from_string = build("from_text", quote!(name));
            let from_unknown_code = build("from_code", quote!(code));
            let from_code = model.coded.then(|| {
                quote! {
                    #[automatically_derived]
                    impl ::core::convert::From<u32> for #ident {
                        /// The known event with this code, or the catch-all holding it.
                        fn from(code: u32) -> Self {
                            match Self::from_code(code) {
                                ::core::option::Option::Some(event) => event,
                                ::core::option::Option::None => Self::#other(#from_unknown_code),
                            }
                        }
                    }
                }
            });
            quote! {
                #[automatically_derived]
                impl ::core::str::FromStr for #ident {
                    type Err = ::core::convert::Infallible;
                    /// The known event with this wire value, or the catch-all holding it.
                    fn from_str(name: &str) -> ::core::result::Result<Self, Self::Err> {
                        ::core::result::Result::Ok(<Self as ::core::convert::From<&str>>::from(name))
                    }
                }

                #[automatically_derived]
                impl ::core::convert::From<&str> for #ident {
                    /// The known event with this wire value, or the catch-all holding a copy.
                    fn from(name: &str) -> Self {
                        match Self::from_name(name) {
                            ::core::option::Option::Some(event) => event,
                            ::core::option::Option::None => Self::#other(#from_str),
                        }
                    }
                }

                #[automatically_derived]
                impl ::core::convert::From<::eventgen::__private::String> for #ident {
                    /// The known event with this wire value, or the catch-all holding the string.
                    fn from(name: ::eventgen::__private::String) -> Self {
                        match Self::from_name(&name) {
                            ::core::option::Option::Some(event) => event,
                            ::core::option::Option::None => Self::#other(#from_string),
                        }
                    }
                }

                #from_code
            }
        }
        None => {
            let codes = model.coded.then(|| {
                quote! {
                    #[automatically_derived]
                    impl ::core::convert::TryFrom<u32> for #ident {
                        type Error = ::eventgen::ParseEventError;
                        fn try_from(code: u32) -> ::core::result::Result<Self, Self::Error> {
                            <Self as ::eventgen::EventType>::parse_code(code)
                        }
                    }

                    #[automatically_derived]
                    impl ::core::convert::From<#ident> for u32 {
                        fn from(event: #ident) -> u32 {
                            event.code()
                        }
                    }
                }
            });
            quote! {
                #[automatically_derived]
                impl ::core::str::FromStr for #ident {
                    type Err = ::eventgen::ParseEventError;
                    fn from_str(name: &str) -> ::core::result::Result<Self, Self::Err> {
                        <Self as ::eventgen::EventType>::parse(name)
                    }
                }

                #codes
            }
        }
    }
}
