//! `generated/rust/`: the crate (`vendor-event-types` in this project), one module per
//! catalog. The
//! templates lay out the crate's files; each module's items (the enum and every impl) are
//! the expansion the macros share, written out as plain Rust, so that users of the crate
//! build no proc macro and the logic has one home.

use askama::Template;
use eventgen_catalog::Catalog;
use eventgen_catalog::reserved::RUST_LIB_MODULE;
use eventgen_expand::model::SerdeImpls;
use eventgen_expand::{CatalogEnum, catalog_items};
use proc_macro2::Span;
use syn::Ident;

use super::super::filters::templates as filters;
use super::super::view::CatalogView;
use super::super::{Comment, OutputFile, header};
use super::super::{RUNTIME_VERSION, RUST_VERSION};
use super::rust_records::Modules;
use crate::config::Package;

/// The folder of this target under the output folder.
const DIR: &str = "rust";

#[derive(Template)]
// Not `Cargo.toml`: cargo leaves a folder holding one out of the CLI crate's package.
#[template(path = "rust/manifest.toml")]
struct Manifest<'a> {
    header: String,
    package: &'a Package,
    /// The `eventgen` runtime the written-out items call: this generator's release.
    runtime_version: &'a str,
    rust_version: &'a str,
    catalogs: &'a [CatalogView<'a>],
    records: bool,
}

#[derive(Template)]
#[template(path = "rust/lib.rs")]
struct Lib<'a> {
    header: String,
    catalogs: &'a [CatalogView<'a>],
}

#[derive(Template)]
#[template(path = "rust/catalog.rs")]
struct Module<'a> {
    header: String,
    catalog: &'a CatalogView<'a>,
    /// The enum, its impls and the declarations of the catalog's record, query and
    /// endpoint modules, laid out by prettyplease.
    items: String,
}

#[derive(Template)]
#[template(path = "rust/README.md")]
struct Readme<'a> {
    header: String,
    package: &'a Package,
    catalogs: &'a [CatalogView<'a>],
    records: String,
}

pub(crate) fn files(
    catalogs: &[CatalogView],
    package: &Package,
) -> Result<Vec<OutputFile>, askama::Error> {
    let all_specs = super::super::ALL_SPECS;
    let mut files = vec![
        file(
            "Cargo.toml",
            Manifest {
                header: header(Comment::Hash, all_specs),
                package,
                runtime_version: RUNTIME_VERSION,
                rust_version: RUST_VERSION,
                catalogs,
                records: Modules::any_records(catalogs),
            }
            .render()?,
        ),
        file(
            &format!("src/{RUST_LIB_MODULE}.rs"),
            Lib {
                header: header(Comment::Slashes, all_specs),
                catalogs,
            }
            .render()?,
        ),
        file(
            "README.md",
            Readme {
                header: header(Comment::Html, all_specs),
                package,
                catalogs,
                records: super::rust_records::readme(catalogs, &package.rust_crate()),
            }
            .render()?,
        ),
    ];
    for catalog in catalogs {
        let module = Module {
            header: header(Comment::Slashes, catalog.spec_path),
            catalog,
            items: items(catalog.catalog, catalog.spec_path),
        };
        files.push(file(
            &format!("src/{}.rs", catalog.module),
            module.render()?,
        ));
        files.extend(super::rust_records::files(catalog));
    }
    Ok(files)
}

/// The enum of a catalog and its impls, as `catalog!` would expand them, with the serde
/// impls behind the crate's own `serde` feature.
pub(crate) fn items(catalog: &Catalog, spec_path: &str) -> String {
    let attrs: Vec<syn::Attribute> = vec![
        syn::parse_quote!(
            #[doc = " Every event type of the catalog, and a catch-all for the ones it does not list."]
        ),
        syn::parse_quote!(#[non_exhaustive]),
    ];
    let tokens = catalog_items(
        catalog,
        &CatalogEnum {
            attrs: &attrs,
            vis: &syn::parse_quote!(pub),
            ident: &Ident::new(&catalog.type_name, Span::call_site()),
            other: &Ident::new(&catalog.other, Span::call_site()),
            spec_path,
            spec_file: None,
            serde: SerdeImpls::CrateFeature,
        },
    );
    let mut tokens = tokens;
    tokens.extend(Modules::of(catalog).declarations());
    let file = syn::parse2(tokens).expect("the expansion of a valid catalog is Rust items");
    prettyplease::unparse(&file)
}

fn file(path: &str, contents: String) -> OutputFile {
    OutputFile {
        path: format!("{DIR}/{path}").into(),
        contents,
    }
}
