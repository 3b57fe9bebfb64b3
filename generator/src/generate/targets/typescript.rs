//! `generated/typescript/`: the npm package `vendor-event-types`, one ES module per
//! catalog (`vendor-event-types/teleport`), each an `as const` object of the catalog's
//! members with a same-named union type, lookups built on `Map` and `Set` (never on the
//! prototype chain), and the catalog's metadata.
//!
//! The package ships TypeScript sources; `npm run build` (`tsc`) compiles them into
//! `dist/`, which the package's `exports` point at.

use askama::Template;
use eventgen_catalog::Event;
use eventgen_catalog::markdown::{self, event_doc};
use eventgen_catalog::naming::TypeScriptNames;
use eventgen_catalog::reserved::{TYPESCRIPT_INDEX_MODULE, TYPESCRIPT_INFO_MODULE};

use super::super::filters::typescript::templates as filters;
use super::super::filters::typescript::{jsdoc_text, ts_string};
use super::super::view::CatalogView;
use super::super::{Comment, MARKER, OutputFile, header};

/// The folder of this target under the output folder.
const DIR: &str = "typescript";

/// The exact TypeScript release the package is built and checked with (also pinned in
/// the committed `package-lock.json` files).
const TYPESCRIPT_VERSION: &str = "7.0.2";

#[derive(Template)]
#[template(path = "typescript/package.json")]
struct Manifest<'a> {
    marker_line: String,
    version: &'a str,
    typescript: &'a str,
    catalogs: &'a [TsCatalog<'a>],
}

#[derive(Template)]
#[template(path = "typescript/tsconfig.json")]
struct Tsconfig {
    header: String,
}

#[derive(Template)]
#[template(path = "typescript/gitignore", escape = "none")]
struct Gitignore {
    header: String,
}

#[derive(Template)]
#[template(path = "typescript/README.md")]
struct Readme<'a> {
    header: String,
    catalogs: &'a [TsCatalog<'a>],
}

#[derive(Template)]
#[template(path = "typescript/index.ts")]
struct Index<'a> {
    header: String,
    info_file: &'a str,
    catalogs: &'a [TsCatalog<'a>],
}

#[derive(Template)]
#[template(path = "typescript/event-info.ts")]
struct InfoModule {
    header: String,
}

#[derive(Template)]
#[template(path = "typescript/catalog.ts")]
struct Module<'a> {
    header: String,
    info_file: &'a str,
    c: &'a TsCatalog<'a>,
}

/// A catalog as the TypeScript templates show it.
struct TsCatalog<'a> {
    view: &'a CatalogView<'a>,
    /// The module's file name and the package's subpath: the catalog id.
    file: &'a str,
    /// The module's `JSDoc`, `JSDoc`-safe.
    doc: String,
    /// The members object's `JSDoc`, `JSDoc`-safe.
    members_doc: String,
    names: TypeScriptNames,
    members: Vec<Member<'a>>,
    /// The event of the examples.
    example: &'a Event,
}

/// One member of the catalog's object.
struct Member<'a> {
    event: &'a Event,
    /// Its `JSDoc`, `JSDoc`-safe, with `@deprecated` when it is.
    doc: String,
}

impl<'a> TsCatalog<'a> {
    fn new(view: &'a CatalogView<'a>) -> Self {
        let catalog = view.catalog;
        let names = TypeScriptNames::new(&catalog.type_name, view.coded);
        let matching = if view.case_insensitive {
            format!(
                "`{}` matches wire values and aliases ignoring the case of ASCII letters",
                names.parse
            )
        } else {
            format!("`{}` matches wire values and aliases exactly", names.parse)
        };
        let doc = [
            markdown::escape(&catalog.title),
            view.source_sentence.clone(),
            format!(
                "{matching}, and returns `undefined` for values the catalog does not list: \
                 keep those as received, typed `{}`.",
                names.any_type
            ),
            format!("Generated from `{}`.", view.spec_path),
        ]
        .join("\n\n");
        TsCatalog {
            view,
            file: &catalog.id,
            doc: format!("{}\n@module", jsdoc_text(&doc)),
            members_doc: jsdoc_text(&format!(
                "Every event type of the catalog, by identifier: `{}.{}` is\n{}. Frozen.",
                names.type_name,
                view.example.ident.typescript,
                markdown::code_span(&ts_string(&view.example.name))
            )),
            names,
            members: catalog
                .events
                .iter()
                .map(|event| Member {
                    event,
                    doc: member_doc(event),
                })
                .collect(),
            example: view.example,
        }
    }
}

/// The `JSDoc` of a member: label, description, facts, note, and `@deprecated`.
fn member_doc(event: &Event) -> String {
    let mut doc = jsdoc_text(&event_doc(event));
    if let Some(reason) = &event.deprecated {
        doc.push_str("\n@deprecated ");
        doc.push_str(&jsdoc_text(&markdown::escape(reason)));
    }
    doc
}

pub(crate) fn files(catalogs: &[CatalogView]) -> Result<Vec<OutputFile>, askama::Error> {
    let all_specs = "the specs in specs/";
    let catalogs: Vec<TsCatalog> = catalogs.iter().map(TsCatalog::new).collect();
    let mut files = vec![
        file(
            "package.json",
            Manifest {
                marker_line: format!(
                    "{MARKER} from {all_specs}. Do not edit: change the spec and run `cargo run`."
                ),
                version: env!("CARGO_PKG_VERSION"),
                typescript: TYPESCRIPT_VERSION,
                catalogs: &catalogs,
            }
            .render()?,
        ),
        file(
            "tsconfig.json",
            Tsconfig {
                header: header(Comment::Slashes, all_specs),
            }
            .render()?,
        ),
        file(
            ".gitignore",
            Gitignore {
                header: header(Comment::Hash, all_specs),
            }
            .render()?,
        ),
        file(
            "README.md",
            Readme {
                header: header(Comment::Html, all_specs),
                catalogs: &catalogs,
            }
            .render()?,
        ),
        file(
            &format!("src/{TYPESCRIPT_INDEX_MODULE}.ts"),
            Index {
                header: header(Comment::Slashes, all_specs),
                info_file: TYPESCRIPT_INFO_MODULE,
                catalogs: &catalogs,
            }
            .render()?,
        ),
        file(
            &format!("src/{TYPESCRIPT_INFO_MODULE}.ts"),
            InfoModule {
                header: header(Comment::Slashes, all_specs),
            }
            .render()?,
        ),
    ];
    for catalog in &catalogs {
        let module = Module {
            header: header(Comment::Slashes, catalog.view.spec_path),
            info_file: TYPESCRIPT_INFO_MODULE,
            c: catalog,
        };
        files.push(file(&format!("src/{}.ts", catalog.file), module.render()?));
    }
    Ok(files)
}

fn file(path: &str, contents: String) -> OutputFile {
    OutputFile {
        path: format!("{DIR}/{path}").into(),
        contents,
    }
}
