//! `generated/python/`: the `vendor-event-types` distribution (import name
//! `vendor_event_types`), a module per catalog holding one `StrEnum` whose values are the
//! wire values, with lookup tables written out so that a reviewer sees every value, the
//! catalog's info type (exactly its fields), the `NewType` of values it does not list, and
//! the `Annotated` type of a value as received, which pydantic validates with `parse`.
//!
//! The package root imports a catalog's module on first use (PEP 562 `__getattr__`). The
//! package has no runtime dependencies (pydantic support is an extra, imported only when
//! pydantic asks for it) and builds with `flit_core`, which builds the wheel without
//! writing into the source folder (nothing but generated files lives in `generated/`).

use askama::Template;
use eventgen_catalog::chars::show_hidden;
use eventgen_catalog::markdown::event_doc_plain;
use eventgen_catalog::naming::{PythonNames, RecordNames};
use eventgen_catalog::reserved::{PYTHON_BASE_MODULE, PYTHON_INIT_MODULE, PYTHON_PYDANTIC_MODULE};
use eventgen_catalog::{Event, Literal, MatchMode};

use super::super::filters::python::python_string;
use super::super::filters::python::templates as filters;
use super::super::view::{CatalogView, Field, FieldKind};
use super::super::{Comment, OutputFile, header};
use super::api_example::{ApiExample, QueryValue};
use super::python_api::PyApi;
use crate::config::Package;

/// The folder of this target under the output folder.
const DIR: &str = "python";

/// The longest line a table row is written on before it is laid out one argument per
/// line (black's default line length, so the layout is the one black would choose).
const LINE_WIDTH: usize = 88;

/// One catalog as the Python templates show it.
struct PyCatalog<'a> {
    view: &'a CatalogView<'a>,
    names: PythonNames,
    /// The names the module exports beside `CATALOG` and `MATCH` (and the package's root
    /// with them), sorted.
    exports: Vec<String>,
    /// The catalog's records and endpoints.
    api: PyApi,
    /// The module's docstring text.
    module_doc: String,
    /// The enum's docstring text.
    class_doc: String,
    /// The names of the match modes, for the docstring of `MATCH`: "`exact` or …".
    match_modes: String,
    events: Vec<PyEvent<'a>>,
    /// `_BY_KEY`: every wire value and alias under the catalog's matching rule
    /// (`MatchMode::key`, ASCII-lowercased for case-insensitive catalogs), as a Python
    /// literal, with the identifier of its event.
    keys: Vec<(String, &'a str)>,
    /// `_BY_CODE`, for coded catalogs.
    codes: Vec<(u32, &'a str)>,
    /// The fields of the info type beyond `value`, those every event has first (a
    /// `NamedTuple` lists fields with defaults last).
    info_fields: Vec<PyField>,
    /// The info type's `_fields`, as a Python tuple.
    fields_tuple: String,
    /// The example event's wire value as the examples give it: in another case where the
    /// catalog ignores case, as a Python literal.
    example_input: String,
}

/// A field of a catalog's info type, and the member property of the same name.
struct PyField {
    /// `label`
    name: &'static str,
    doc: &'static str,
    /// `str | None`
    type_name: &'static str,
    /// `label: str | None = None`
    declaration: String,
}

impl PyField {
    fn new(field: Field) -> Self {
        let name = field.kind.name();
        let (type_name, default) = match (field.kind, field.every_event) {
            (FieldKind::Aliases, _) => ("tuple[str, ...]", Some("()")),
            (FieldKind::Code, true) => ("int", None),
            (FieldKind::Code, false) => ("int | None", Some("None")),
            (_, true) => ("str", None),
            (_, false) => ("str | None", Some("None")),
        };
        PyField {
            name,
            doc: field.kind.doc(),
            type_name,
            declaration: match default {
                Some(default) => format!("{name}: {type_name} = {default}"),
                None => format!("{name}: {type_name}"),
            },
        }
    }

    /// Whether the field has a default, and can be left out of a row.
    fn has_default(&self) -> bool {
        self.declaration.contains(" = ")
    }
}

struct PyEvent<'a> {
    event: &'a Event,
    /// The member's docstring text: label, description, deprecation, facts, note.
    doc: String,
    /// The arguments of its info row (`TeleportEventInfo(…)`), as Python source.
    info_args: Vec<String>,
    /// Whether its `_INFO` row is too long for one line.
    info_vertical: bool,
}

impl<'a> PyCatalog<'a> {
    fn new(view: &'a CatalogView<'a>) -> Self {
        let catalog = view.catalog;
        let names = PythonNames::new(&catalog.type_name);
        let matching = catalog.match_mode.description();
        let keys = catalog
            .events
            .iter()
            .flat_map(|event| {
                std::iter::once(&event.name)
                    .chain(&event.aliases)
                    .map(move |value| {
                        let key = catalog.match_mode.key(value);
                        (python_string(&key), event.ident.python.as_str())
                    })
            })
            .collect();
        let codes = catalog
            .events
            .iter()
            .filter_map(|event| event.code.map(|code| (code, event.ident.python.as_str())))
            .collect();
        let mut info_fields: Vec<PyField> = view.fields.iter().copied().map(PyField::new).collect();
        // Stable: in each group, the order every binding lists the fields in.
        info_fields.sort_by_key(PyField::has_default);
        let events = catalog
            .events
            .iter()
            .map(|event| PyEvent::new(event, &view.fields, &names.info_type, &catalog.type_name))
            .collect();
        let class_doc = format!(
            "{}: every event type of the catalog.\n\n\
             The members' values are the wire values. {matching}.\n\
             `lookup` returns `None` for a value the catalog does not list; `parse`\n\
             returns it unchanged, as an `{}`.",
            show_hidden(&catalog.title),
            names.unknown_type
        );
        let api = PyApi::new(catalog, &names);
        // The endpoints' class is among the names, and the exports when there are endpoints.
        let mut exports: Vec<String> = names
            .all()
            .into_iter()
            .filter(|(name, _)| *name != names.endpoints)
            .map(|(name, _)| name.to_owned())
            .chain(api.exports.iter().cloned())
            .collect();
        exports.sort_unstable();
        PyCatalog {
            view,
            exports,
            api,
            names,
            class_doc,
            module_doc: format!(
                "{}\n\n{}\n\nGenerated by eventgen from `{}`.",
                show_hidden(&catalog.title),
                view.source_plain,
                view.spec_path
            ),
            match_modes: MatchMode::NAMES
                .map(|name| format!("`{name}`"))
                .join(" or "),
            events,
            keys,
            codes,
            fields_tuple: format!(
                "(\"value\",{})",
                info_fields
                    .iter()
                    .map(|field| format!(" \"{}\"", field.name))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
            info_fields,
            example_input: python_string(&if view.case_insensitive {
                view.example.name.to_ascii_uppercase()
            } else {
                view.example.name.clone()
            }),
        }
    }
}

impl<'a> PyEvent<'a> {
    /// `fields` are the catalog's; the row names those `event` has, by keyword.
    fn new(event: &'a Event, fields: &[Field], info_type: &str, type_name: &str) -> Self {
        let mut args = vec![python_string(&event.name)];
        for field in fields.iter().filter(|field| field.kind.is_on(event)) {
            let name = field.kind.name();
            match field.kind {
                FieldKind::Code => {
                    args.extend(event.code.map(|code| format!("{name}={code}")));
                }
                FieldKind::Aliases => {
                    let aliases: Vec<String> =
                        event.aliases.iter().map(|a| python_string(a)).collect();
                    let trailing = if aliases.len() == 1 { "," } else { "" };
                    args.push(format!("{name}=({}{trailing})", aliases.join(", ")));
                }
                _ => args.extend(
                    field
                        .kind
                        .text(event)
                        .map(|text| format!("{name}={}", python_string(text))),
                ),
            }
        }
        // `    Type.IDENT: TypeInfo(args),`
        let row_width = 4
            + type_name.len()
            + 1
            + event.ident.python.len()
            + ": ".len()
            + info_type.len()
            + "(".len()
            + args.join(", ").chars().count()
            + "),".len();
        PyEvent {
            event,
            doc: member_doc(event),
            info_vertical: row_width > LINE_WIDTH,
            info_args: args,
        }
    }
}

/// The docstring of a member: what a reader of the API needs, as plain text, then its
/// deprecation (Python has no attribute for it).
fn member_doc(event: &Event) -> String {
    let doc = event_doc_plain(event);
    match &event.deprecated {
        Some(reason) => format!("{doc}\n\nDeprecated: {}", show_hidden(reason)),
        None => doc,
    }
}

#[derive(Template)]
#[template(path = "python/pyproject.toml")]
struct Pyproject<'a> {
    header: String,
    package: &'a Package,
}

#[derive(Template)]
#[template(path = "python/README.md")]
struct Readme<'a> {
    header: String,
    package: &'a Package,
    catalogs: &'a [PyCatalog<'a>],
    api: Option<PyReadmeApi>,
}

/// The README's examples of records and endpoints, as Python source.
struct PyReadmeApi {
    module: String,
    type_name: String,
    record: String,
    parse: String,
    /// The receiver's payload, as a string literal.
    json: String,
    /// A required field of the catalog's event type, as a string literal.
    event_field: Option<String>,
    endpoints: String,
    endpoint: String,
    /// `do_GET`
    handler: String,
    query_type: Option<String>,
    /// `{"sort": 0}`
    query: String,
    response: String,
    response_parse: String,
    response_json: String,
}

impl PyReadmeApi {
    fn new(example: &ApiExample) -> PyReadmeApi {
        let names = PythonNames::new(&example.view.catalog.type_name);
        let type_name = example.view.catalog.type_name.clone();
        let entries: Vec<String> = example
            .query
            .iter()
            .map(|(parameter, value)| {
                let value = match value {
                    QueryValue::Literal(Literal::String(text)) => python_string(text),
                    QueryValue::Literal(Literal::Integer(number)) => number.to_string(),
                    QueryValue::Literal(Literal::Boolean(true)) => "True".to_owned(),
                    QueryValue::Literal(Literal::Boolean(false)) => "False".to_owned(),
                    QueryValue::Number => "0.5".to_owned(),
                    QueryValue::Event => {
                        format!("{type_name}.{}", example.view.example.ident.python)
                    }
                };
                format!("{}: {value}", python_string(&parameter.name))
            })
            .collect();
        PyReadmeApi {
            module: example.view.module.clone(),
            record: example.receiver.name.clone(),
            parse: RecordNames::new(&example.receiver.name).python_parse,
            json: python_string(&example.receiver_json),
            event_field: example.receiver_event.map(python_string),
            endpoints: names.endpoints,
            endpoint: example.endpoint.ident.python.clone(),
            handler: format!("do_{}", example.endpoint.method.as_str()),
            query_type: example.endpoint.query.clone(),
            query: format!("{{{}}}", entries.join(", ")),
            response: example.response.name.clone(),
            response_parse: RecordNames::new(&example.response.name).python_parse,
            response_json: python_string(&example.response_json),
            type_name,
        }
    }
}

#[derive(Template)]
#[template(path = "python/__init__.py")]
struct Init<'a> {
    header: String,
    package: &'a Package,
    base: &'a str,
    catalogs: &'a [PyCatalog<'a>],
}

#[derive(Template)]
#[template(path = "python/_base.py")]
struct Base<'a> {
    header: String,
    package: &'a Package,
    pydantic: &'a str,
}

#[derive(Template)]
#[template(path = "python/_pydantic.py")]
struct Pydantic<'a> {
    header: String,
    base: &'a str,
}

#[derive(Template)]
#[template(path = "python/catalog.py")]
struct Module<'a> {
    header: String,
    base: &'a str,
    catalog: &'a PyCatalog<'a>,
}

/// `py.typed` (PEP 561) says the package is typed; its contents are not read, so it
/// carries the header, which marks it as generated.
#[derive(Template)]
#[template(path = "python/py.typed", escape = "none")]
struct PyTyped {
    header: String,
}

pub(crate) fn files(
    views: &[CatalogView],
    package: &Package,
) -> Result<Vec<OutputFile>, askama::Error> {
    let all_specs = super::super::ALL_SPECS;
    let catalogs: Vec<PyCatalog> = views.iter().map(PyCatalog::new).collect();
    let dir = format!("src/{}", package.python_module());
    let mut files = vec![
        file(
            "pyproject.toml",
            Pyproject {
                header: header(Comment::Hash, all_specs),
                package,
            }
            .render()?,
        ),
        file(
            "README.md",
            Readme {
                header: header(Comment::Html, all_specs),
                package,
                catalogs: &catalogs,
                api: ApiExample::choose(views).as_ref().map(PyReadmeApi::new),
            }
            .render()?,
        ),
        file(
            &format!("{dir}/{PYTHON_INIT_MODULE}.py"),
            Init {
                header: header(Comment::Hash, all_specs),
                package,
                base: PYTHON_BASE_MODULE,
                catalogs: &catalogs,
            }
            .render()?,
        ),
        file(
            &format!("{dir}/{PYTHON_BASE_MODULE}.py"),
            Base {
                header: header(Comment::Hash, all_specs),
                package,
                pydantic: PYTHON_PYDANTIC_MODULE,
            }
            .render()?,
        ),
        file(
            &format!("{dir}/{PYTHON_PYDANTIC_MODULE}.py"),
            Pydantic {
                header: header(Comment::Hash, all_specs),
                base: PYTHON_BASE_MODULE,
            }
            .render()?,
        ),
        file(
            &format!("{dir}/py.typed"),
            PyTyped {
                header: header(Comment::Hash, all_specs),
            }
            .render()?,
        ),
    ];
    for catalog in &catalogs {
        let module = Module {
            header: header(Comment::Hash, catalog.view.spec_path),
            base: PYTHON_BASE_MODULE,
            catalog,
        };
        files.push(file(
            &format!("{dir}/{}.py", catalog.view.module),
            module.render()?,
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
