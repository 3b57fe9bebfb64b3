//! Snapshot tests of what the macros emit: expansions of valid inputs (`tests/expand/`)
//! and error messages for invalid ones (`tests/errors/`). Each input file holds derive
//! inputs (enums) or `catalog!` invocations. Review changes with `cargo insta review`.
//!
//! The compile-fail tests of the `eventgen` crate show errors as rustc prints them; these
//! cover the errors that involve a spec file, whose paths those tests cannot share.

use std::fmt::Write as _;

use quote::ToTokens;

fn expand_item(item: &syn::Item) -> syn::Result<proc_macro2::TokenStream> {
    match item {
        syn::Item::Enum(item) => crate::derive(&syn::parse_quote!(#item)),
        syn::Item::Macro(item) if item.mac.path.is_ident("catalog") => item
            .mac
            .parse_body::<crate::catalog_macro::CatalogInput>()
            .and_then(|input| crate::catalog_macro::expand(&input)),
        other => panic!("unexpected input item: {}", other.to_token_stream()),
    }
}

fn items(path: &std::path::Path) -> Vec<syn::Item> {
    let source = std::fs::read_to_string(path).unwrap();
    syn::parse_str::<syn::File>(&source).unwrap().items
}

/// Absolute paths shown from the workspace root, so that snapshots do not depend on
/// where the project is checked out.
fn relative_paths(text: &str) -> String {
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    text.replace(&format!("{}/", here.display()), "")
}

#[test]
fn expansions() {
    insta::glob!("../tests/expand", "*.rs", |path| {
        let expanded: proc_macro2::TokenStream = items(path)
            .iter()
            .map(|item| expand_item(item).unwrap_or_else(|error| panic!("{error}")))
            .collect();
        let pretty = prettyplease::unparse(&syn::parse2(expanded).unwrap());
        insta::assert_snapshot!(relative_paths(&pretty));
    });
}

#[test]
fn errors() {
    insta::glob!("../tests/errors", "*.rs", |path| {
        let mut report = String::new();
        for item in items(path) {
            let Err(errors) = expand_item(&item) else {
                panic!("{} expanded without errors", path.display());
            };
            for error in errors {
                let start = error.span().start();
                let _ = write!(report, "{}:{}: {error}\n\n", start.line, start.column + 1);
            }
        }
        insta::assert_snapshot!(relative_paths(&report));
    });
}

/// The generated crate's modules are `catalog!`'s expansion of the same spec with the same
/// attributes, written out: the same items, token for token, but for what differs by
/// front end. A macro tracks the spec file for rebuilds and leaves serde to the
/// `eventgen` crate's feature; the generated crate tracks nothing and puts its serde
/// impls behind its own feature.
#[test]
fn generated_modules_are_the_catalog_macro_expansion() {
    let generated =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../generated/rust/src");
    let mut compared = 0;
    for entry in std::fs::read_dir(&generated).unwrap() {
        let path = entry.unwrap().path();
        // A catalog's folder holds its records', queries' and endpoints' modules, which
        // only the generator writes.
        if path.is_dir() {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let Some(spec) = source
            .lines()
            .find_map(|line| line.strip_prefix("//! Generated from `"))
            .and_then(|rest| rest.strip_suffix("`."))
        else {
            continue;
        };
        let mut written = syn::parse_str::<syn::File>(&source).unwrap();
        written.attrs.clear();
        // The declarations of those modules, and their re-exports.
        written
            .items
            .retain(|item| !matches!(item, syn::Item::Mod(_) | syn::Item::Use(_)));
        let serde_impls = written.items.len();
        written.items.retain(|item| !is_behind_serde_feature(item));
        assert_eq!(
            serde_impls - written.items.len(),
            2,
            "{}: serde impls",
            path.display()
        );
        let Some(syn::Item::Enum(item)) = written.items.first() else {
            panic!("{}: the enum comes first", path.display());
        };
        // The attributes written before `enum`; the expansion adds the derives after them.
        let attrs: Vec<&syn::Attribute> = item
            .attrs
            .iter()
            .take_while(|attr| !attr.path().is_ident("derive"))
            .collect();
        let ident = &item.ident;
        let spec = format!("../../{spec}");
        let input: crate::catalog_macro::CatalogInput =
            syn::parse_quote!(#(#attrs)* pub enum #ident = #spec);
        let expanded = crate::catalog_macro::expand(&input).unwrap();
        let mut expanded: syn::File = syn::parse2(expanded).unwrap();
        let items = expanded.items.len();
        expanded.items.retain(|item| !is_macro_only(item));
        assert_eq!(
            items - expanded.items.len(),
            2,
            "{}: macro-only items",
            path.display()
        );
        let (written, expanded) = (
            prettyplease::unparse(&written),
            prettyplease::unparse(&expanded),
        );
        if let Some((line, (written, expanded))) = written
            .lines()
            .zip(expanded.lines())
            .enumerate()
            .find(|(_, (written, expanded))| written != expanded)
        {
            panic!(
                "{} differs from `catalog!` of {spec} at line {}:\n  written:  {written}\n  expanded: {expanded}",
                path.display(),
                line + 1
            );
        }
        assert_eq!(
            written.lines().count(),
            expanded.lines().count(),
            "{}",
            path.display()
        );
        compared += 1;
    }
    assert!(compared >= 4, "only {compared} generated modules found");
}

fn is_behind_serde_feature(item: &syn::Item) -> bool {
    let syn::Item::Impl(item) = item else {
        return false;
    };
    let serde_feature = quote::quote!(#[cfg(feature = "serde")]).to_string();
    item.attrs
        .iter()
        .any(|attr| attr.to_token_stream().to_string() == serde_feature)
}

/// `const _: &[u8] = include_bytes!(spec)` and `::eventgen::__impl_serde!(Enum);`.
fn is_macro_only(item: &syn::Item) -> bool {
    match item {
        syn::Item::Const(item) => item.ident == "_",
        syn::Item::Macro(item) => item.mac.path.segments.last().unwrap().ident == "__impl_serde",
        _ => false,
    }
}
