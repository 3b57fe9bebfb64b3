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
