//! `generated/typescript/`: the npm package `vendor-event-types`, one ES module per
//! catalog (`vendor-event-types/teleport`), each an `as const` object of the catalog's
//! members with a same-named union type, lookups built on `Map` and `Set` (never on the
//! prototype chain), and the catalog's metadata.
//!
//! The package ships TypeScript sources; `npm run build` (`tsc`) compiles them into
//! `dist/`, which the package's `exports` point at.

use std::collections::HashMap;

use askama::Template;
use eventgen_catalog::Event;
use eventgen_catalog::markdown::{self, event_doc};

use super::super::filters::typescript::templates as filters;
use super::super::filters::typescript::{jsdoc_text, ts_string};
use super::super::view::CatalogView;
use super::super::{Comment, MARKER, OutputFile, header};

/// The folder of this target under the output folder.
const DIR: &str = "typescript";

/// The exact TypeScript release the package is built and checked with (also pinned in
/// the committed `package-lock.json` files).
const TYPESCRIPT_VERSION: &str = "7.0.2";

/// The module shared by every catalog module: the `EventInfo` types.
const INFO_MODULE: &str = "event-info";

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
    names: Names,
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

/// Every name a catalog module exports, from the catalog's type name: `TeleportEvent`
/// gives `isTeleportEvent`, `teleportEventInfo`, …, so that no two catalogs of the
/// package (whose index exports them all) export the same name.
struct Names {
    /// `TeleportEvent`: the members object and the union of its values.
    type_name: String,
    /// `teleportEvent`: the type name with a lower-case first letter, which starts the
    /// names of values and functions.
    lower: String,
    /// `AnyTeleportEvent`: the union, or any other string.
    any_type: String,
    /// `TeleportEventInfo`
    info_type: String,
    /// `teleportEventValues`
    values: String,
    /// `isTeleportEvent`
    is: String,
    /// `parseTeleportEvent`
    parse: String,
    /// `teleportEventInfo`
    info: String,
    /// `teleportEventLabel`
    label: String,
    /// `teleportEventDescription`
    description: String,
    /// `teleportEventCategory`
    category: String,
    /// `teleportEventCode`, for coded catalogs.
    code: Option<String>,
    /// `teleportEventFromCode`, for coded catalogs.
    from_code: Option<String>,
}

impl Names {
    fn new(type_name: &str, coded: bool) -> Self {
        let mut chars = type_name.chars();
        let lower: String = chars
            .next()
            .map(|first| first.to_ascii_lowercase())
            .into_iter()
            .chain(chars)
            .collect();
        Names {
            type_name: type_name.to_owned(),
            lower: lower.clone(),
            any_type: format!("Any{type_name}"),
            info_type: format!("{type_name}Info"),
            values: format!("{lower}Values"),
            is: format!("is{type_name}"),
            parse: format!("parse{type_name}"),
            info: format!("{lower}Info"),
            label: format!("{lower}Label"),
            description: format!("{lower}Description"),
            category: format!("{lower}Category"),
            code: coded.then(|| format!("{lower}Code")),
            from_code: coded.then(|| format!("{lower}FromCode")),
        }
    }

    /// Every exported name.
    fn all(&self) -> Vec<&str> {
        let mut names = vec![
            self.type_name.as_str(),
            &self.any_type,
            &self.info_type,
            &self.values,
            &self.is,
            &self.parse,
            &self.info,
            &self.label,
            &self.description,
            &self.category,
        ];
        names.extend(self.code.as_deref());
        names.extend(self.from_code.as_deref());
        names
    }
}

/// Names the `event-info` module exports, which the index re-exports beside the catalogs'.
const SHARED_NAMES: &[&str] = &["EventInfo", "CodedEventInfo"];

impl<'a> TsCatalog<'a> {
    fn new(view: &'a CatalogView<'a>) -> Self {
        let catalog = view.catalog;
        let names = Names::new(&catalog.type_name, view.coded);
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
    check_names(&catalogs)?;
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
            "src/index.ts",
            Index {
                header: header(Comment::Slashes, all_specs),
                info_file: INFO_MODULE,
                catalogs: &catalogs,
            }
            .render()?,
        ),
        file(
            &format!("src/{INFO_MODULE}.ts"),
            InfoModule {
                header: header(Comment::Slashes, all_specs),
            }
            .render()?,
        ),
    ];
    for catalog in &catalogs {
        let module = Module {
            header: header(Comment::Slashes, catalog.view.spec_path),
            info_file: INFO_MODULE,
            c: catalog,
        };
        files.push(file(&format!("src/{}.ts", catalog.file), module.render()?));
    }
    Ok(files)
}

/// The package's index exports every catalog's names: two catalogs must not export the
/// same one, and none may be a module's own.
fn check_names(catalogs: &[TsCatalog]) -> Result<(), askama::Error> {
    let mut owners: HashMap<&str, &str> = SHARED_NAMES
        .iter()
        .map(|name| (*name, "the package's shared types"))
        .collect();
    for catalog in catalogs {
        for name in catalog.names.all() {
            if let Some(first) = owners.insert(name, catalog.view.spec_path) {
                return Err(askama::Error::custom(format!(
                    "the TypeScript name `{name}` of `{}` is also one of {first}: give the catalogs distinct `type` names",
                    catalog.view.spec_path
                )));
            }
        }
    }
    Ok(())
}

fn file(path: &str, contents: String) -> OutputFile {
    OutputFile {
        path: format!("{DIR}/{path}").into(),
        contents,
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::Spec;
    use super::*;

    fn fixture(name: &str) -> Spec {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tests/generate/specs")
            .join(name);
        Spec {
            shown_path: format!("specs/{name}"),
            catalog: eventgen_catalog::load(&path).expect("the fixture loads"),
        }
    }

    #[test]
    fn names_derive_from_the_type() {
        let names = Names::new("PrivxEvent", true);
        assert_eq!(
            names.all(),
            [
                "PrivxEvent",
                "AnyPrivxEvent",
                "PrivxEventInfo",
                "privxEventValues",
                "isPrivxEvent",
                "parsePrivxEvent",
                "privxEventInfo",
                "privxEventLabel",
                "privxEventDescription",
                "privxEventCategory",
                "privxEventCode",
                "privxEventFromCode",
            ]
        );
        assert_eq!(Names::new("TeleportEvent", false).all().len(), 10);
    }

    #[test]
    fn catalogs_whose_names_clash_are_an_error() {
        let first = fixture("every-feature.yaml");
        let mut second = fixture("hostile.yaml");
        second.catalog.type_name = first.catalog.type_name.clone();
        let views = [CatalogView::new(&first), CatalogView::new(&second)];
        let error = files(&views).unwrap_err().to_string();
        assert!(error.contains("`FeatureEvent`"), "{error}");
        assert!(error.contains("specs/every-feature.yaml"), "{error}");

        let mut shared = fixture("hostile.yaml");
        shared.catalog.type_name = "EventInfo".to_owned();
        assert!(files(&[CatalogView::new(&shared)]).is_err());

        let hostile = fixture("hostile.yaml");
        let views = [CatalogView::new(&first), CatalogView::new(&hostile)];
        assert!(files(&views).is_ok());
    }
}
