//! Trait impls: `EventType`, formatting, parsing, conversions, serde.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;

use crate::model::{EventEnum, SerdeImpls};

pub(crate) fn impls(model: &EventEnum) -> TokenStream {
    let ident = &model.ident;
    let event_type = event_type(model);
    let conversions = conversions(model);
    let serde = serde_impls(model);
    quote! {
        #event_type

        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.name())
            }
        }

        #[automatically_derived]
        impl ::core::convert::AsRef<str> for #ident {
            #[inline]
            fn as_ref(&self) -> &str {
                self.name()
            }
        }

        #conversions

        #serde
    }
}

fn serde_impls(model: &EventEnum) -> TokenStream {
    let ident = &model.ident;
    match model.serde {
        SerdeImpls::Runtime => quote!(::eventgen::__impl_serde!(#ident);),
        SerdeImpls::CrateFeature => quote! {
            #[cfg(feature = "serde")]
            impl ::eventgen::__private::serde::Serialize for #ident {
                fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
                where
                    S: ::eventgen::__private::serde::Serializer,
                {
                    ::eventgen::serde::serialize_name(self, serializer)
                }
            }

            #[cfg(feature = "serde")]
            impl<'de> ::eventgen::__private::serde::Deserialize<'de> for #ident {
                fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
                where
                    D: ::eventgen::__private::serde::Deserializer<'de>,
                {
                    ::eventgen::serde::deserialize_name(deserializer)
                }
            }
        },
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
    let index = if has_catch_all {
        quote!(Self::index(self))
    } else {
        quote!(::core::option::Option::Some(Self::index(self)))
    };
    let (parse, parse_owned) = name_parsing(model);
    let (code, from_code, parse_code) = code_parsing(model);
    quote! {
        #[automatically_derived]
        impl ::eventgen::EventType for #ident {
            const TYPE_NAME: &'static str = #type_name;
            const ALL: &'static [Self] = Self::ALL;
            const INFO: &'static [::eventgen::EventInfo] = Self::INFO;
            const NAMES: &'static [&'static str] = Self::NAMES;
            const MATCH_MODE: ::eventgen::MatchMode = ::eventgen::MatchMode::#match_mode;
            const HAS_CATCH_ALL: bool = #has_catch_all;

            #[inline]
            fn index(&self) -> ::core::option::Option<usize> {
                #index
            }
            #[inline]
            fn name(&self) -> &str {
                Self::name(self)
            }
            #[inline]
            fn code(&self) -> ::core::option::Option<u32> {
                #code
            }
            #[inline]
            fn from_name(name: &str) -> ::core::option::Option<Self> {
                Self::from_name(name)
            }
            #[inline]
            fn from_code(code: u32) -> ::core::option::Option<Self> {
                #from_code
            }
            #[inline]
            fn parse(name: &str) -> ::core::result::Result<Self, ::eventgen::ParseEventError> {
                #parse
            }
            #parse_owned
            #[inline]
            fn parse_code(code: u32) -> ::core::result::Result<Self, ::eventgen::ParseEventError> {
                #parse_code
            }
        }
    }
}

/// The bodies of `parse` and `parse_owned` (the latter only where it can reuse the
/// string, for the catch-all).
fn name_parsing(model: &EventEnum) -> (TokenStream, Option<TokenStream>) {
    if model.catch_all.is_some() {
        let parse = quote! {
            ::core::result::Result::Ok(<Self as ::core::convert::From<&str>>::from(name))
        };
        let parse_owned = quote! {
            #[inline]
            fn parse_owned(name: ::eventgen::__private::String) -> ::core::result::Result<Self, ::eventgen::ParseEventError> {
                ::core::result::Result::Ok(<Self as ::core::convert::From<::eventgen::__private::String>>::from(name))
            }
        };
        (parse, Some(parse_owned))
    } else {
        let parse = quote! {
            Self::from_name(name).ok_or_else(|| ::eventgen::ParseEventError::__unknown_name(Self::TYPE_NAME, name))
        };
        (parse, None)
    }
}

/// The bodies of `code`, `from_code` and `parse_code`.
fn code_parsing(model: &EventEnum) -> (TokenStream, TokenStream, TokenStream) {
    let unknown_code = quote! {
        ::core::result::Result::Err(::eventgen::ParseEventError::__unknown_code(Self::TYPE_NAME, code))
    };
    if !model.coded {
        let none = quote!(::core::option::Option::None);
        let from_code = quote! {
            let _ = code;
            ::core::option::Option::None
        };
        return (none, from_code, unknown_code);
    }
    let from_code = quote!(Self::from_code(code));
    if model.catch_all.is_some() {
        let parse_code = quote! {
            ::core::result::Result::Ok(<Self as ::core::convert::From<u32>>::from(code))
        };
        (quote!(Self::code(self)), from_code, parse_code)
    } else {
        let parse_code = quote! {
            match Self::from_code(code) {
                ::core::option::Option::Some(event) => ::core::result::Result::Ok(event),
                ::core::option::Option::None => #unknown_code,
            }
        };
        (
            quote!(::core::option::Option::Some(Self::code(self))),
            from_code,
            parse_code,
        )
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
                        #[inline]
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
                    #[inline]
                    fn from_str(name: &str) -> ::core::result::Result<Self, Self::Err> {
                        ::core::result::Result::Ok(<Self as ::core::convert::From<&str>>::from(name))
                    }
                }

                #[automatically_derived]
                impl ::core::convert::From<&str> for #ident {
                    /// The known event with this wire value, or the catch-all holding a copy.
                    #[inline]
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
                    #[inline]
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
                        #[inline]
                        fn try_from(code: u32) -> ::core::result::Result<Self, Self::Error> {
                            <Self as ::eventgen::EventType>::parse_code(code)
                        }
                    }

                    #[automatically_derived]
                    impl ::core::convert::From<#ident> for u32 {
                        #[inline]
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
                    #[inline]
                    fn from_str(name: &str) -> ::core::result::Result<Self, Self::Err> {
                        <Self as ::eventgen::EventType>::parse(name)
                    }
                }

                #codes
            }
        }
    }
}
