//! `catalog!(pub enum TeleportEvent = "specs/teleport.yaml");`: a whole spec as an enum.

use eventgen_expand::model::SerdeImpls;
use eventgen_expand::{CatalogEnum, catalog_items};
use proc_macro2::TokenStream;
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, LitStr, Token, Visibility};

use crate::spec;

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
    Ok(catalog_items(
        catalog,
        &CatalogEnum {
            attrs: &input.attrs,
            vis: &input.vis,
            ident: &input.ident,
            other: &other,
            spec_path: &input.path.value(),
            spec_file: Some(spec.file.clone()),
            serde: SerdeImpls::Runtime,
        },
    ))
}
