//! The derive input, read: an enum's own attributes and, per variant, its attributes
//! and shape. Nothing here knows what the values mean together.

use syn::{Data, DeriveInput, Fields, Ident};

use crate::attr::{self, EnumAttrs, VariantAttrs};
use crate::errors::{Errors, with_help};

pub(crate) struct RawEnum {
    pub(crate) ident: Ident,
    pub(crate) attrs: EnumAttrs,
    pub(crate) variants: Vec<RawVariant>,
}

pub(crate) struct RawVariant {
    pub(crate) ident: Ident,
    pub(crate) attrs: VariantAttrs,
    pub(crate) fields: Fields,
}

/// Reads the enum; `None` (with errors) for anything that is not an enum.
pub(crate) fn read(input: &DeriveInput, errors: &mut Errors) -> Option<RawEnum> {
    let data = match &input.data {
        Data::Enum(data) => data,
        Data::Struct(data) => {
            errors.spanned(data.struct_token, not_an_enum("a struct"));
            return None;
        }
        Data::Union(data) => {
            errors.spanned(data.union_token, not_an_enum("a union"));
            return None;
        }
    };
    if !input.generics.params.is_empty() || input.generics.where_clause.is_some() {
        errors.spanned(
            &input.generics,
            with_help(
                "`EventType` cannot be derived for a generic enum",
                "an event enum lists wire values; remove the type parameters",
            ),
        );
    }
    let attrs = attr::enum_attrs(&input.attrs, errors);
    let variants = data
        .variants
        .iter()
        .map(|variant| RawVariant {
            ident: variant.ident.clone(),
            attrs: attr::variant_attrs(&variant.attrs, errors),
            fields: variant.fields.clone(),
        })
        .collect();
    Some(RawEnum {
        ident: input.ident.clone(),
        attrs,
        variants,
    })
}

fn not_an_enum(what: &str) -> String {
    with_help(
        format!("`EventType` can only be derived for an enum, not {what}"),
        "list the event types as unit variants of an enum",
    )
}
