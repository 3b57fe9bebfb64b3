//! A whole spec as an enum: the enum item, documented from the spec, and its impls. The
//! `catalog!` macro and the generated `vendor-event-types` crate both write it.

use eventgen_catalog::markdown::{code_span, escape, event_doc};
use eventgen_catalog::{Catalog, Event};
use proc_macro2::TokenStream;
use quote::quote;
use syn::{Attribute, Ident, Visibility};

use crate::model::{CatchAll, EventDef, EventEnum, SerdeImpls};

/// How the enum of a spec is declared.
// No `Debug`: syn's needs its `extra-traits` feature, a cost to every build of the derive.
#[allow(missing_debug_implementations)]
pub struct CatalogEnum<'a> {
    /// Attributes written before `enum`; without a doc comment among them, the enum is
    /// documented from the spec.
    pub attrs: &'a [Attribute],
    pub vis: &'a Visibility,
    pub ident: &'a Ident,
    /// The catch-all variant.
    pub other: &'a Ident,
    /// The spec's path as written, for the enum's documentation.
    pub spec_path: &'a str,
    /// The spec file to track for rebuilds, in a macro expansion.
    pub spec_file: Option<String>,
    pub serde: SerdeImpls,
}

/// The enum with every event of `catalog` and its catch-all, and every impl.
pub fn catalog_items(catalog: &Catalog, input: &CatalogEnum) -> TokenStream {
    let model = EventEnum {
        ident: input.ident.clone(),
        match_mode: catalog.match_mode,
        events: catalog.events.iter().map(EventDef::of).collect(),
        catch_all: Some(CatchAll {
            variant: input.other.clone(),
            field: syn::parse_quote!(::eventgen::Unknown<Self>),
        }),
        coded: catalog.is_coded(),
        spec_file: input.spec_file.clone(),
        serde: input.serde,
    };
    let enum_item = enum_item(input, catalog, &model);
    let impls = crate::expand(&model);
    quote! {
        #enum_item
        #impls
    }
}

fn enum_item(input: &CatalogEnum, catalog: &Catalog, model: &EventEnum) -> TokenStream {
    let CatalogEnum {
        attrs,
        vis,
        ident,
        other,
        ..
    } = input;
    let has_docs = attrs.iter().any(|attr| attr.path().is_ident("doc"));
    let enum_docs = (!has_docs).then(|| {
        let docs = enum_docs(catalog, input.spec_path);
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
