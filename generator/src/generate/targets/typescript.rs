//! `generated/typescript/`: the npm package `vendor-event-types`, one ES module per
//! catalog (`vendor-event-types/teleport`), each an `as const` object of the catalog's
//! members with a same-named union type and a namespace of one type per member, guards
//! and parsers that take any value, lookups built on `Map` and `Set` on first use (never
//! on the prototype chain, and dropped by bundlers when unused), the catalog's metadata,
//! and zod schemas in a module of their own (`vendor-event-types/teleport/zod`), since
//! zod is an optional peer dependency.
//!
//! The package ships TypeScript sources; `npm run build` (`tsc`) compiles them into
//! `dist/`, which the package's `exports` point at. The generated code names globals
//! through `globalThis` (`globalThis.Object.freeze`), since a catalog's type may be named
//! like one (`Map`).

use askama::Template;
use eventgen_catalog::markdown::{self, event_doc};
use eventgen_catalog::naming::{RecordNames, TypeScriptNames};
use eventgen_catalog::reserved::{TYPESCRIPT_INDEX_MODULE, TYPESCRIPT_ZOD_MODULE};
use eventgen_catalog::{Event, Literal};

use super::super::filters::typescript::templates as filters;
use super::super::filters::typescript::{jsdoc_text, ts_property_key, ts_string};
use super::super::view::{CatalogView, Field, FieldKind};
use super::super::{Comment, OutputFile, header};
use super::api_example::{ApiExample, QueryValue};
use super::typescript_api::TsApi;
use crate::config::Package;

/// The folder of this target under the output folder.
const DIR: &str = "typescript";

/// The exact TypeScript release the package is built and checked with (also pinned in
/// the committed `package-lock.json` files).
const TYPESCRIPT_VERSION: &str = "7.0.2";

/// The zod release the schemas are checked with, a development dependency of the package
/// (also pinned in the committed `package-lock.json` files).
const ZOD_VERSION: &str = "4.6.7";

/// The zod releases the package's schemas work with: its optional peer dependency. The
/// schemas use zod 4's API (`z.ZodType<Output, Input>`, `context.issues` in transforms),
/// and the records' schemas `.exactOptional()` (an optional field is absent, never
/// `undefined`, as the package's types say): the minor release the tests pin, and later.
const ZOD_PEER_RANGE: &str = "^4.6.0";

#[derive(Template)]
#[template(path = "typescript/package.json")]
struct Manifest<'a> {
    marker_line: String,
    package: &'a Package,
    typescript: &'a str,
    zod: &'a str,
    zod_peer: &'a str,
    zod_module: &'a str,
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
    package: &'a Package,
    zod_module: &'a str,
    catalogs: &'a [TsCatalog<'a>],
    api: Option<TsReadmeApi>,
}

/// The README's examples of records and endpoints, as TypeScript source.
struct TsReadmeApi {
    file: String,
    names: TypeScriptNames,
    record: String,
    parse: String,
    /// The receiver's payload, as a string literal.
    json: String,
    /// A required field of the catalog's event type, as a string literal.
    event_field: Option<String>,
    /// `haloSecurityEventEndpoints["list"]`
    endpoint: String,
    query_type: Option<String>,
    /// `{ sort: 0 }`
    query: String,
    /// Whether the query names a member of the catalog's object.
    query_names_event: bool,
    response: String,
    response_parse: String,
    response_json: String,
}

impl TsReadmeApi {
    fn new(example: &ApiExample) -> TsReadmeApi {
        let catalog = example.view.catalog;
        let names = TypeScriptNames::new(&catalog.type_name, example.view.coded);
        let entries: Vec<String> = example
            .query
            .iter()
            .map(|(parameter, value)| {
                let value = match value {
                    QueryValue::Literal(Literal::String(text)) => ts_string(text),
                    QueryValue::Literal(literal) => literal.to_string(),
                    QueryValue::Number => "0.5".to_owned(),
                    QueryValue::Event => format!(
                        "{}.{}",
                        catalog.type_name, example.view.example.ident.typescript
                    ),
                };
                format!("{}: {value}", ts_property_key(&parameter.name))
            })
            .collect();
        TsReadmeApi {
            file: catalog.id.clone(),
            record: example.receiver.name.clone(),
            parse: RecordNames::new(&example.receiver.name).typescript_parse,
            json: ts_string(&example.receiver_json),
            event_field: example.receiver_event.map(ts_string),
            endpoint: format!("{}[{}]", names.endpoints, ts_string(&example.endpoint.name)),
            query_type: example.endpoint.query.clone(),
            query: if entries.is_empty() {
                "{}".to_owned()
            } else {
                format!("{{ {} }}", entries.join(", "))
            },
            query_names_event: example
                .query
                .iter()
                .any(|(_, value)| matches!(value, QueryValue::Event)),
            response: example.response.name.clone(),
            response_parse: RecordNames::new(&example.response.name).typescript_parse,
            response_json: ts_string(&example.response_json),
            names,
        }
    }
}

#[derive(Template)]
#[template(path = "typescript/index.ts")]
struct Index<'a> {
    header: String,
    package: &'a Package,
    zod_module: &'a str,
    catalogs: &'a [TsCatalog<'a>],
}

#[derive(Template)]
#[template(path = "typescript/catalog.ts")]
struct Module<'a> {
    header: String,
    c: &'a TsCatalog<'a>,
}

#[derive(Template)]
#[template(path = "typescript/zod.ts")]
struct ZodModule<'a> {
    header: String,
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
    /// The members namespace's `JSDoc`, `JSDoc`-safe.
    namespace_doc: String,
    /// The zod module's `JSDoc`, `JSDoc`-safe.
    zod_doc: String,
    /// The message of the zod issue for a string the catalog does not list.
    zod_issue: String,
    names: TypeScriptNames,
    members: Vec<Member<'a>>,
    /// The declarations of the info type's fields beyond `value` and `key`, with their
    /// `JSDoc`: exactly the metadata the catalog has.
    info_fields: Vec<InfoField>,
    /// `[alias, its event's wire value]` as TypeScript literals, in document order.
    aliases: Vec<(String, String)>,
    /// The event of the examples.
    example: &'a Event,
    /// The catalog's records and endpoints.
    api: TsApi,
}

/// One member of the catalog's object.
struct Member<'a> {
    event: &'a Event,
    /// Its `JSDoc`, `JSDoc`-safe, with `@deprecated` when it is.
    doc: String,
    /// The properties of its info object beyond `value` and `key`: `description: "…"`.
    info: Vec<String>,
}

/// A field of a catalog's info type.
struct InfoField {
    doc: &'static str,
    /// `readonly label?: string`
    declaration: String,
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
        let zod_doc = format!(
            "zod schemas for {}: an event type in a webhook body or an audit record, \
             validated as `{}` matches it.\n\n\
             zod 4 is an optional peer dependency of the package: this module is the only one \
             that imports it.",
            markdown::escape(&catalog.title),
            names.parse
        );
        // `TeleportEvent.SessionStart` is "session.start", as a code span.
        let example = format!("`{}.{}`", names.type_name, view.example.ident.typescript);
        let example_value = markdown::code_span(&ts_string(&view.example.name));
        TsCatalog {
            view,
            file: &catalog.id,
            doc: format!("{}\n@module", jsdoc_text(&doc)),
            members_doc: format!(
                "{}. Frozen. Each member is a type too: see the namespace\n{{@link {}}}.",
                jsdoc_text(&format!(
                    "Every event type of the catalog, by identifier: {example} is\n{example_value}"
                )),
                names.type_name
            ),
            namespace_doc: jsdoc_text(&format!(
                "Each event type as a type of its own, for discriminated unions and exhaustive\n\
                 `switch`es: {example} in a type is {example_value}. Types only: nothing\n\
                 of it is left in the compiled JavaScript."
            )),
            zod_doc: format!("{}\n@module", jsdoc_text(&zod_doc)),
            zod_issue: format!(
                "Invalid input: not a {} (an event type of the catalog {})",
                catalog.type_name, catalog.id
            ),
            members: catalog
                .events
                .iter()
                .map(|event| Member {
                    event,
                    doc: member_doc(event),
                    info: info_properties(&view.fields, event),
                })
                .collect(),
            info_fields: view
                .fields
                .iter()
                .map(|field| InfoField {
                    doc: field.kind.doc(),
                    declaration: info_declaration(*field),
                })
                .collect(),
            aliases: catalog
                .events
                .iter()
                .flat_map(|event| {
                    event
                        .aliases
                        .iter()
                        .map(|alias| (ts_string(alias), ts_string(&event.name)))
                })
                .collect(),
            api: TsApi::new(catalog, &names),
            names,
            example: view.example,
        }
    }
}

/// `readonly label?: string`: a field of the info type, optional where some events lack it.
fn info_declaration(field: Field) -> String {
    let name = field.kind.name();
    let optional = if field.every_event { "" } else { "?" };
    let type_name = match field.kind {
        FieldKind::Code => "number",
        FieldKind::Aliases => "readonly string[]",
        FieldKind::Label | FieldKind::Description | FieldKind::Category | FieldKind::Deprecated => {
            "string"
        }
    };
    format!("readonly {name}{optional}: {type_name}")
}

/// The properties of `event`'s info object for the catalog's `fields`, as TypeScript.
fn info_properties(fields: &[Field], event: &Event) -> Vec<String> {
    fields
        .iter()
        .filter_map(|field| {
            let name = field.kind.name();
            match field.kind {
                FieldKind::Code => event.code.map(|code| format!("{name}: {code}")),
                FieldKind::Aliases => {
                    let aliases: Vec<String> = event.aliases.iter().map(|a| ts_string(a)).collect();
                    Some(format!("{name}: [{}]", aliases.join(", ")))
                }
                _ => field
                    .kind
                    .text(event)
                    .map(|text| format!("{name}: {}", ts_string(text))),
            }
        })
        .collect()
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

pub(crate) fn files(
    views: &[CatalogView],
    package: &Package,
) -> Result<Vec<OutputFile>, askama::Error> {
    let all_specs = super::super::ALL_SPECS;
    let catalogs: Vec<TsCatalog> = views.iter().map(TsCatalog::new).collect();
    let mut files = vec![
        file(
            "package.json",
            Manifest {
                marker_line: super::super::provenance(all_specs),
                package,
                typescript: TYPESCRIPT_VERSION,
                zod: ZOD_VERSION,
                zod_peer: ZOD_PEER_RANGE,
                zod_module: TYPESCRIPT_ZOD_MODULE,
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
                package,
                zod_module: TYPESCRIPT_ZOD_MODULE,
                catalogs: &catalogs,
                api: ApiExample::choose(views).as_ref().map(TsReadmeApi::new),
            }
            .render()?,
        ),
        file(
            &format!("src/{TYPESCRIPT_INDEX_MODULE}.ts"),
            Index {
                header: header(Comment::Slashes, all_specs),
                package,
                zod_module: TYPESCRIPT_ZOD_MODULE,
                catalogs: &catalogs,
            }
            .render()?,
        ),
    ];
    for catalog in &catalogs {
        let module = Module {
            header: header(Comment::Slashes, catalog.view.spec_path),
            c: catalog,
        };
        files.push(file(&format!("src/{}.ts", catalog.file), module.render()?));
        let zod = ZodModule {
            header: header(Comment::Slashes, catalog.view.spec_path),
            c: catalog,
        };
        files.push(file(
            &format!("src/{}/{TYPESCRIPT_ZOD_MODULE}.ts", catalog.file),
            zod.render()?,
        ));
    }
    Ok(files)
}

fn file(path: &str, contents: String) -> OutputFile {
    OutputFile {
        path: format!("{DIR}/{path}").into(),
        contents,
    }
}
