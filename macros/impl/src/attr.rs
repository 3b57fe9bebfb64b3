//! Reads `#[event(...)]`, doc comments and `#[deprecated]` into plain values with spans.
//!
//! This module checks the form of attributes only (known keys, literal types, no key
//! twice); what the values mean together is checked in `validate`.

use proc_macro2::{Span, TokenTree};
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned as _;
use syn::{Attribute, Expr, ExprLit, Lit, LitInt, LitStr, Meta, Token};

use crate::errors::{Errors, with_help};
use crate::rename::RenameRule;

/// Keys of `#[event(...)]` on the enum.
const ENUM_KEYS: &[&str] = &["rename_all", "case_insensitive", "doc_descriptions", "spec"];
/// Keys of `#[event(...)]` on a variant.
const VARIANT_KEYS: &[&str] = &[
    "name",
    "code",
    "label",
    "description",
    "category",
    "alias",
    "other",
];

/// A value and the span of the tokens it came from.
#[derive(Debug, Clone)]
pub(crate) struct Spanned<T> {
    pub(crate) value: T,
    pub(crate) span: Span,
}

/// `#[event(...)]` on the enum.
#[derive(Default)]
pub(crate) struct EnumAttrs {
    pub(crate) rename_all: Option<Spanned<RenameRule>>,
    pub(crate) case_insensitive: Option<Span>,
    /// `doc_descriptions = false`: doc comments document the variants and are not their
    /// descriptions (generated code, whose docs are written for rustdoc, says so).
    pub(crate) doc_descriptions: Option<Spanned<bool>>,
    pub(crate) spec: Option<LitStr>,
}

/// Everything the attributes of one variant say.
#[derive(Default)]
pub(crate) struct VariantAttrs {
    pub(crate) name: Option<Spanned<String>>,
    pub(crate) code: Option<Spanned<u32>>,
    pub(crate) label: Option<Spanned<String>>,
    pub(crate) description: Option<Spanned<String>>,
    pub(crate) category: Option<Spanned<String>>,
    pub(crate) aliases: Vec<Spanned<String>>,
    pub(crate) other: Option<Span>,
    /// The doc comment, the default description.
    pub(crate) docs: Option<String>,
    /// `Some` for `#[deprecated]`, holding its note (empty without one).
    pub(crate) deprecated: Option<String>,
}

impl VariantAttrs {
    /// The spans of the keys that give metadata, for the modes that forbid them.
    pub(crate) fn metadata_spans(&self) -> Vec<(&'static str, Span)> {
        let mut spans = Vec::new();
        let mut add = |key, span: Option<Span>| {
            if let Some(span) = span {
                spans.push((key, span));
            }
        };
        add("code", self.code.as_ref().map(|code| code.span));
        add("label", self.label.as_ref().map(|label| label.span));
        add(
            "description",
            self.description.as_ref().map(|text| text.span),
        );
        add("category", self.category.as_ref().map(|text| text.span));
        for alias in &self.aliases {
            spans.push(("alias", alias.span));
        }
        spans
    }
}

pub(crate) fn enum_attrs(attrs: &[Attribute], errors: &mut Errors) -> EnumAttrs {
    let mut parsed = EnumAttrs::default();
    for attr in event_attrs(attrs) {
        let result = attr.parse_nested_meta(|meta| {
            let key = key_of(&meta);
            match key.as_str() {
                "rename_all" => {
                    let lit = string(&meta, errors)?;
                    if let Some(lit) = lit {
                        match RenameRule::from_name(&lit.value()) {
                            Some(rule) => set_once(
                                &mut parsed.rename_all,
                                &meta,
                                Spanned {
                                    value: rule,
                                    span: lit.span(),
                                },
                                errors,
                            ),
                            None => errors.at(lit.span(), unknown_rename_rule(&lit.value())),
                        }
                    }
                }
                "case_insensitive" => {
                    flag(&meta, errors)?;
                    set_once(
                        &mut parsed.case_insensitive,
                        &meta,
                        meta.path.span(),
                        errors,
                    );
                }
                "spec" => {
                    if let Some(lit) = string(&meta, errors)? {
                        set_once(&mut parsed.spec, &meta, lit, errors);
                    }
                }
                "doc_descriptions" => match literal(&meta, "a boolean", "false", errors)? {
                    Some(Lit::Bool(lit)) => {
                        let value = Spanned {
                            value: lit.value,
                            span: lit.span(),
                        };
                        set_once(&mut parsed.doc_descriptions, &meta, value, errors);
                    }
                    Some(other) => errors.spanned(
                        &other,
                        with_help(
                            "`doc_descriptions` takes `true` or `false`",
                            "write `doc_descriptions = false`",
                        ),
                    ),
                    None => {}
                },
                _ if VARIANT_KEYS.contains(&key.as_str()) => {
                    errors.spanned(
                        &meta.path,
                        format!("`{key}` goes on a variant, not on the enum"),
                    );
                    skip_value(&meta)?;
                }
                _ => {
                    errors.spanned(&meta.path, unknown_key(&key, ENUM_KEYS, "the enum"));
                    skip_value(&meta)?;
                }
            }
            Ok(())
        });
        if let Err(error) = result {
            errors.push(error);
        }
    }
    parsed
}

pub(crate) fn variant_attrs(attrs: &[Attribute], errors: &mut Errors) -> VariantAttrs {
    let mut parsed = VariantAttrs {
        docs: doc_comment(attrs),
        deprecated: deprecation(attrs, errors),
        ..VariantAttrs::default()
    };
    for attr in event_attrs(attrs) {
        let result = attr.parse_nested_meta(|meta| {
            let key = key_of(&meta);
            let slot = match key.as_str() {
                "name" => Some(&mut parsed.name),
                "label" => Some(&mut parsed.label),
                "description" => Some(&mut parsed.description),
                "category" => Some(&mut parsed.category),
                _ => None,
            };
            if let Some(slot) = slot {
                if let Some(lit) = string(&meta, errors)? {
                    let value = Spanned {
                        value: lit.value(),
                        span: lit.span(),
                    };
                    set_once(slot, &meta, value, errors);
                }
                return Ok(());
            }
            match key.as_str() {
                "alias" => {
                    if let Some(lit) = string(&meta, errors)? {
                        parsed.aliases.push(Spanned {
                            value: lit.value(),
                            span: lit.span(),
                        });
                    }
                }
                "code" => {
                    if let Some(code) = code(&meta, errors)? {
                        set_once(&mut parsed.code, &meta, code, errors);
                    }
                }
                "other" => {
                    flag(&meta, errors)?;
                    set_once(&mut parsed.other, &meta, meta.path.span(), errors);
                }
                _ if ENUM_KEYS.contains(&key.as_str()) => {
                    errors.spanned(
                        &meta.path,
                        format!("`{key}` goes on the enum, not on a variant"),
                    );
                    skip_value(&meta)?;
                }
                _ => {
                    errors.spanned(&meta.path, unknown_key(&key, VARIANT_KEYS, "a variant"));
                    skip_value(&meta)?;
                }
            }
            Ok(())
        });
        if let Err(error) = result {
            errors.push(error);
        }
    }
    parsed
}

fn event_attrs(attrs: &[Attribute]) -> impl Iterator<Item = &Attribute> {
    attrs.iter().filter(|attr| attr.path().is_ident("event"))
}

fn key_of(meta: &ParseNestedMeta) -> String {
    let path = &meta.path;
    path.get_ident().map_or_else(
        || quote::quote!(#path).to_string().replace(' ', ""),
        ToString::to_string,
    )
}

fn unknown_key(key: &str, known: &[&str], place: &str) -> String {
    let list = known
        .iter()
        .map(|key| format!("`{key}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let message = format!("unknown key `{key}` in `#[event(...)]` on {place}");
    match eventgen_catalog::suggest::did_you_mean(key, known) {
        Some(suggestion) => with_help(
            message,
            format!("did you mean `{suggestion}`? The keys are {list}"),
        ),
        None => with_help(message, format!("the keys are {list}")),
    }
}

fn unknown_rename_rule(name: &str) -> String {
    let names: Vec<&str> = RenameRule::names().collect();
    let list = names
        .iter()
        .map(|name| format!("\"{name}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let message = format!("unknown `rename_all` rule \"{name}\"");
    match eventgen_catalog::suggest::did_you_mean(name, &names) {
        Some(suggestion) => with_help(
            message,
            format!("did you mean \"{suggestion}\"? The rules are {list}"),
        ),
        None => with_help(message, format!("the rules are {list}")),
    }
}

/// Stores a key's value, reporting a second occurrence of the key.
fn set_once<T>(slot: &mut Option<T>, meta: &ParseNestedMeta, value: T, errors: &mut Errors) {
    if slot.is_some() {
        let key = key_of(meta);
        errors.spanned(&meta.path, format!("`{key}` is given twice"));
    } else {
        *slot = Some(value);
    }
}

/// The literal after `key =`; anything else is reported and skipped. `kind` names the
/// literal expected ("a string literal").
fn literal(
    meta: &ParseNestedMeta,
    kind: &str,
    example: &str,
    errors: &mut Errors,
) -> syn::Result<Option<Lit>> {
    let key = key_of(meta);
    if !meta.input.peek(Token![=]) {
        errors.spanned(
            &meta.path,
            with_help(
                format!("`{key}` needs a value"),
                format!("write `{key} = {example}`"),
            ),
        );
        skip_value(meta)?;
        return Ok(None);
    }
    let value = meta.value()?;
    match value.parse::<Expr>()? {
        Expr::Lit(ExprLit { lit, attrs }) if attrs.is_empty() => Ok(Some(lit)),
        other => {
            errors.spanned(
                &other,
                with_help(
                    format!("`{key}` takes {kind}"),
                    format!("write `{key} = {example}`"),
                ),
            );
            Ok(None)
        }
    }
}

fn string(meta: &ParseNestedMeta, errors: &mut Errors) -> syn::Result<Option<LitStr>> {
    let key = key_of(meta);
    let example = match key.as_str() {
        "name" | "alias" => "\"session.start\"",
        "spec" => "\"specs/teleport.yaml\"",
        "rename_all" => "\"dot.case\"",
        _ => "\"...\"",
    };
    Ok(match literal(meta, "a string literal", example, errors)? {
        Some(Lit::Str(lit)) => Some(lit),
        Some(other) => {
            errors.spanned(
                &other,
                with_help(
                    format!("`{key}` takes a string literal"),
                    format!("write `{key} = {example}`"),
                ),
            );
            None
        }
        None => None,
    })
}

fn code(meta: &ParseNestedMeta, errors: &mut Errors) -> syn::Result<Option<Spanned<u32>>> {
    Ok(match literal(meta, "an integer literal", "100", errors)? {
        Some(Lit::Int(lit)) => code_value(&lit, errors),
        Some(other) => {
            let help = match &other {
                Lit::Str(text) if text.value().parse::<u32>().is_ok() => {
                    format!("remove the quotes: `code = {}`", text.value())
                }
                _ => "write an integer from 0 to 4294967295, like `code = 100`".to_owned(),
            };
            errors.spanned(&other, with_help("`code` takes an integer literal", help));
            None
        }
        None => None,
    })
}

fn code_value(lit: &LitInt, errors: &mut Errors) -> Option<Spanned<u32>> {
    if !matches!(lit.suffix(), "" | "u32") {
        errors.spanned(
            lit,
            with_help(
                format!("codes are `u32`, not `{}`", lit.suffix()),
                "remove the suffix",
            ),
        );
        return None;
    }
    match lit.base10_parse::<u32>() {
        Ok(value) => Some(Spanned {
            value,
            span: lit.span(),
        }),
        Err(_) => {
            let (message, help) =
                eventgen_catalog::consistency::code_out_of_range(lit.base10_digits());
            errors.spanned(lit, with_help(message, help));
            None
        }
    }
}

/// A key that takes no value: `other`, `case_insensitive`.
fn flag(meta: &ParseNestedMeta, errors: &mut Errors) -> syn::Result<()> {
    if meta.input.peek(Token![=]) || meta.input.peek(syn::token::Paren) {
        let key = key_of(meta);
        errors.spanned(
            &meta.path,
            with_help(
                format!("`{key}` takes no value"),
                format!("write `#[event({key})]`"),
            ),
        );
        skip_value(meta)?;
    }
    Ok(())
}

/// Steps over whatever follows a key up to the next comma, so that one bad key does not
/// hide the errors of the keys after it.
fn skip_value(meta: &ParseNestedMeta) -> syn::Result<()> {
    meta.input.step(|cursor| {
        let mut rest = *cursor;
        while let Some((tree, next)) = rest.token_tree() {
            if matches!(&tree, TokenTree::Punct(punct) if punct.as_char() == ',') {
                break;
            }
            rest = next;
        }
        Ok(((), rest))
    })
}

/// The doc comment, each line without the space after `///`, without blank lines around.
pub(crate) fn doc_comment(attrs: &[Attribute]) -> Option<String> {
    let lines: Vec<String> = attrs
        .iter()
        .filter_map(|attr| match &attr.meta {
            Meta::NameValue(meta) if meta.path.is_ident("doc") => match &meta.value {
                Expr::Lit(ExprLit {
                    lit: Lit::Str(lit), ..
                }) => Some(lit.value()),
                _ => None,
            },
            _ => None,
        })
        .flat_map(|text| text.split('\n').map(str::to_owned).collect::<Vec<_>>())
        .map(|line| line.strip_prefix(' ').map(str::to_owned).unwrap_or(line))
        .collect();
    let text = lines.join("\n");
    let text = text.trim_matches('\n').trim_end();
    (!text.trim().is_empty()).then(|| text.to_owned())
}

/// `#[deprecated]`, `#[deprecated = "..."]` or `#[deprecated(note = "...")]`.
fn deprecation(attrs: &[Attribute], errors: &mut Errors) -> Option<String> {
    let attr = attrs
        .iter()
        .find(|attr| attr.path().is_ident("deprecated"))?;
    let mut note = String::new();
    match &attr.meta {
        Meta::Path(_) => {}
        Meta::NameValue(meta) => {
            if let Expr::Lit(ExprLit {
                lit: Lit::Str(lit), ..
            }) = &meta.value
            {
                note = lit.value();
            }
        }
        Meta::List(_) => {
            // rustc checks this attribute's own syntax; only the note is of interest.
            let result = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("note") {
                    note = meta.value()?.parse::<LitStr>()?.value();
                } else {
                    skip_value(&meta)?;
                }
                Ok(())
            });
            if let Err(error) = result {
                errors.push(error);
            }
        }
    }
    Some(note)
}
