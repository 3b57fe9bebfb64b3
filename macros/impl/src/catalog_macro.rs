//! `catalog!(pub enum TeleportEvent = "specs/teleport.yaml");`: a whole spec as an enum.

use eventgen_catalog::{Catalog, Event};
use proc_macro2::TokenStream;
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, LitStr, Token, Visibility};

use crate::model::{CatchAll, EventEnum};
use crate::spec;
use eventgen_catalog::markdown::{code_span, escape, event_doc};

/// The macro's input: `#[attrs] pub enum Name = "path"` and optionally `, other = Name`.
pub(crate) struct CatalogInput {
    attrs: Vec<Attribute>,
    vis: Visibility,
    ident: Ident,
    path: LitStr,
    other: Option<Ident>,
}

mod keyword {
    syn::custom_keyword!(other);
}

impl Parse for CatalogInput {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis = input.parse()?;
        input.parse::<Token![enum]>()?;
        let ident = input.parse()?;
        input.parse::<Token![=]>()?;
        let path = input.parse()?;
        let mut other = None;
        if input.peek(Token![,]) && input.peek2(keyword::other) {
            input.parse::<Token![,]>()?;
            input.parse::<keyword::other>()?;
            input.parse::<Token![=]>()?;
            other = Some(input.parse()?);
        }
        if input.peek(Token![,]) || input.peek(Token![;]) {
            input.parse::<proc_macro2::TokenTree>()?;
        }
        if !input.is_empty() {
            return Err(input.error(
                "expected the end of `catalog!(...)`: write `catalog!(pub enum TeleportEvent = \"specs/teleport.yaml\")`, optionally with `, other = Uncatalogued`",
            ));
        }
        Ok(CatalogInput {
            attrs,
            vis,
            ident,
            path,
            other,
        })
    }
}

pub(crate) fn expand(input: &CatalogInput) -> syn::Result<TokenStream> {
    let spec = spec::load(&input.path)?;
    let catalog = &spec.catalog;
    let other = input
        .other
        .clone()
        .unwrap_or_else(|| Ident::new(&catalog.other, input.path.span()));
    spec::catch_all_not_an_event(
        catalog,
        &input.path.value(),
        &other,
        "choose another name with `, other = Uncatalogued`",
    )?;
    let model = EventEnum {
        ident: input.ident.clone(),
        match_mode: catalog.match_mode,
        events: catalog.events.iter().map(spec::event_def).collect(),
        catch_all: Some(CatchAll {
            variant: other.clone(),
            field: syn::parse_quote!(::eventgen::Unknown<Self>),
        }),
        coded: catalog.is_coded(),
        spec_file: Some(spec.file.clone()),
    };
    let enum_item = enum_item(input, catalog, &model, &other);
    let impls = crate::expand::expand(&model);
    Ok(quote! {
        #enum_item
        #impls
    })
}

fn enum_item(
    input: &CatalogInput,
    catalog: &Catalog,
    model: &EventEnum,
    other: &Ident,
) -> TokenStream {
    let CatalogInput {
        attrs, vis, ident, ..
    } = input;
    let has_docs = attrs.iter().any(|attr| attr.path().is_ident("doc"));
    let enum_docs = (!has_docs).then(|| {
        let docs = enum_docs(catalog, &input.path.value());
        quote!(#(#[doc = #docs])*)
    });
    let variants = catalog
        .events
        .iter()
        .zip(&model.events)
        .map(|(spec_event, event)| {
            let docs = variant_docs(spec_event);
            let deprecated = event.deprecated.as_ref().map(|note| {
                if note.is_empty() {
                    quote!(#[deprecated])
                } else {
                    quote!(#[deprecated(note = #note)])
                }
            });
            let variant = &event.variant;
            quote! {
                #(#[doc = #docs])*
                #deprecated
                #variant,
            }
        });
    quote! {
        #enum_docs
        #(#attrs)*
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
        // The variants are the vendor's names: a `PrivxRestarted` in `PrivxEvent` is theirs.
        #[allow(clippy::enum_variant_names)]
        #vis enum #ident {
            #(#variants)*
            /// An event the catalog does not list, kept exactly as received.
            #other(::eventgen::Unknown<Self>),
        }
    }
}

fn enum_docs(catalog: &Catalog, path: &str) -> Vec<String> {
    let version = catalog
        .source
        .version
        .as_ref()
        .map(|version| format!(", version {}", escape(version)))
        .unwrap_or_default();
    let url = catalog
        .source
        .url
        .as_ref()
        .map(|url| format!(" (<{url}>)"))
        .unwrap_or_default();
    let source = format!("From {}{version}{url}", escape(&catalog.source.document));
    let matching = catalog.match_mode.description();
    vec![
        format!(" {}", escape(&catalog.title)),
        String::new(),
        format!(" {source}. {matching}."),
        String::new(),
        format!(
            " Generated from {} by `eventgen::catalog!`.",
            code_span(path)
        ),
    ]
}

fn variant_docs(event: &Event) -> Vec<String> {
    // One `#[doc]` per line, each starting with a space as `///` comments do.
    event_doc(event)
        .lines()
        .map(|line| {
            if line.is_empty() {
                String::new()
            } else {
                format!(" {line}")
            }
        })
        .collect()
}
