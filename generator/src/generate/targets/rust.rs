//! `generated/rust/`: the crate (`vendor-event-types` in this project), one module per catalog, each enum
//! written out with `#[derive(EventType)]`, so that the logic stays in the macros.

use askama::Template;
use eventgen_catalog::reserved::RUST_LIB_MODULE;

use super::super::filters::templates as filters;
use super::super::view::CatalogView;
use super::super::{Comment, OutputFile, header};
use super::super::{RUNTIME_VERSION, RUST_VERSION};
use crate::config::Package;
use super::rust_records::Modules;

/// The folder of this target under the output folder.
const DIR: &str = "rust";

#[derive(Template)]
// Not `Cargo.toml`: cargo leaves a folder holding one out of the CLI crate's package.
#[template(path = "rust/manifest.toml")]
struct Manifest<'a> {
    header: String,
    package: &'a Package,
    /// The `eventgen` runtime the crate's enums derive with: this generator's release.
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
    modules: Modules,
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
    let all_specs = "the specs in specs/";
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
                records: super::rust_records::readme(catalogs),
            }
            .render()?,
        ),
    ];
    for catalog in catalogs {
        let module = Module {
            header: header(Comment::Slashes, catalog.spec_path),
            catalog,
            modules: Modules::of(catalog.catalog),
        };
        files.push(file(
            &format!("src/{}.rs", catalog.module),
            module.render()?,
        ));
        files.extend(super::rust_records::files(catalog));
    }
    Ok(files)
}

fn file(path: &str, contents: String) -> OutputFile {
    OutputFile {
        path: format!("{DIR}/{path}").into(),
        contents,
    }
}
