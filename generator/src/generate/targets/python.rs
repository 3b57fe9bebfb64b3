//! `generated/python/`: the `vendor-event-types` distribution (import name
//! `vendor_event_types`), a module per catalog holding one `StrEnum` whose values are the
//! wire values, with lookup tables written out so that a reviewer sees every value.
//!
//! The package has no runtime dependencies and builds with `flit_core`, which builds the
//! wheel without writing into the source folder (nothing but generated files lives in
//! `generated/`).

use askama::Template;
use eventgen_catalog::Event;

use super::super::filters::python::python_string;
use super::super::filters::python::templates as filters;
use super::super::view::CatalogView;
use super::super::{Comment, OutputFile, header};

/// The folder of this target under the output folder.
const DIR: &str = "python";

/// The import name of the package.
const PACKAGE: &str = "vendor_event_types";

/// The longest line a table row is written on before it is laid out one argument per
/// line (black's default line length, so the layout is the one black would choose).
const LINE_WIDTH: usize = 88;

/// Python's keywords that a catalog id (lowercase ASCII words joined by `-`, hence `_` in
/// a module name) can spell: such a module gets a trailing `_`, as PEP 8 advises.
const KEYWORDS: &[&str] = &[
    "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
    "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// Names the package defines beside the catalogs' types, in `__init__.py` (`CATALOGS`,
/// `EventInfo`) and in each catalog module (`CATALOG`, `MATCH`): a catalog type cannot
/// take one of them.
const PACKAGE_NAMES: &[&str] = &["CATALOGS", "EventInfo", "CATALOG", "MATCH"];

/// One catalog as the Python templates show it.
struct PyCatalog<'a> {
    view: &'a CatalogView<'a>,
    /// The module name: `cloudpassage_halo`.
    module: String,
    /// The module's docstring text.
    module_doc: String,
    /// The enum's docstring text.
    class_doc: String,
    events: Vec<PyEvent<'a>>,
    /// `_BY_KEY`: every wire value and alias under the catalog's matching rule
    /// (`MatchMode::key`, ASCII-lowercased for case-insensitive catalogs), as a Python
    /// literal, with the identifier of its event.
    keys: Vec<(String, &'a str)>,
    /// `_BY_CODE`, for coded catalogs.
    codes: Vec<(u32, &'a str)>,
}

struct PyEvent<'a> {
    event: &'a Event,
    /// The member's docstring text: label, description, deprecation, facts, note.
    doc: String,
    /// The arguments of its `EventInfo(…)`, as Python source.
    info_args: Vec<String>,
    /// Whether its `_INFO` row is too long for one line.
    info_vertical: bool,
}

impl<'a> PyCatalog<'a> {
    fn new(view: &'a CatalogView<'a>) -> Result<Self, askama::Error> {
        let catalog = view.catalog;
        if PACKAGE_NAMES.contains(&catalog.type_name.as_str()) {
            return Err(custom(format!(
                "{}: the type name `{}` is taken by the Python package; give the catalog another `type`",
                view.spec_path, catalog.type_name
            )));
        }
        for event in &catalog.events {
            check_member_name(&event.ident.python).map_err(|problem| {
                custom(format!(
                    "{}: event `{}`: the Python identifier `{}` {problem}",
                    view.spec_path, event.name, event.ident.python
                ))
            })?;
        }
        let mut module = view.module.clone();
        if KEYWORDS.contains(&module.as_str()) {
            module.push('_');
        }
        let source = &catalog.source;
        let version = source
            .version
            .as_ref()
            .map(|version| format!(", version {version}"))
            .unwrap_or_default();
        let url = source
            .url
            .as_ref()
            .map(|url| format!(" ({url})"))
            .unwrap_or_default();
        let source_sentence = format!("From {}{version}{url}.", source.document);
        let matching = if view.case_insensitive {
            "Wire values are matched ignoring the case of ASCII letters"
        } else {
            "Wire values are matched exactly"
        };
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
        let events = catalog
            .events
            .iter()
            .map(|event| PyEvent::new(event, &catalog.type_name))
            .collect();
        Ok(PyCatalog {
            view,
            module,
            module_doc: format!(
                "{}\n\n{source_sentence}\n\nGenerated by eventgen from `{}`.",
                catalog.title, view.spec_path
            ),
            class_doc: format!(
                "{}: every event type of the catalog.\n\n\
                 The members' values are the wire values. {matching};\n\
                 `parse` returns a value the catalog does not list unchanged, as a plain `str`.",
                catalog.title
            ),
            events,
            keys,
            codes,
        })
    }
}

impl<'a> PyEvent<'a> {
    fn new(event: &'a Event, type_name: &str) -> Self {
        let mut args = vec![python_string(&event.name)];
        if let Some(code) = event.code {
            args.push(format!("code={code}"));
        }
        for (key, value) in [
            ("label", &event.label),
            ("description", &event.description),
            ("category", &event.category),
        ] {
            if let Some(value) = value {
                args.push(format!("{key}={}", python_string(value)));
            }
        }
        if !event.aliases.is_empty() {
            let aliases: Vec<String> = event.aliases.iter().map(|a| python_string(a)).collect();
            let trailing = if aliases.len() == 1 { "," } else { "" };
            args.push(format!("aliases=({}{trailing})", aliases.join(", ")));
        }
        if let Some(reason) = &event.deprecated {
            args.push(format!("deprecated={}", python_string(reason)));
        }
        // `    Type.IDENT: _info.EventInfo(args),`
        let row_width = 4
            + type_name.len()
            + 1
            + event.ident.python.len()
            + ": _info.EventInfo(".len()
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

/// The docstring of a member: what a reader of the API needs, as plain text.
fn member_doc(event: &Event) -> String {
    let mut paragraphs = Vec::new();
    if let Some(label) = &event.label {
        paragraphs.push(label.clone());
    }
    if let Some(description) = &event.description {
        paragraphs.push(description.clone());
    }
    if let Some(reason) = &event.deprecated {
        paragraphs.push(format!("Deprecated: {reason}"));
    }
    let mut facts = vec![format!("Wire value: `{}`", event.name)];
    if let Some(code) = event.code {
        facts.push(format!("code: `{code}`"));
    }
    if let Some(category) = &event.category {
        facts.push(format!("category: {category}"));
    }
    if !event.aliases.is_empty() {
        let aliases: Vec<String> = event.aliases.iter().map(|a| format!("`{a}`")).collect();
        facts.push(format!("also accepted: {}", aliases.join(", ")));
    }
    paragraphs.push(facts.join("; ") + ".");
    if let Some(note) = &event.note {
        paragraphs.push(format!("Note: {note}"));
    }
    paragraphs.join("\n\n")
}

/// Why `name` cannot be an enum member, if it cannot: members are UPPER_SNAKE_CASE, so
/// they are never a keyword (Python's are lower case, or `None`, `True`, `False`), never
/// a `_sunder_` or `__dunder__` name that `Enum` reserves, and never one of the enum's
/// or `str`'s attributes (`name`, `value`, `mro`, `upper`, …), which are all lower case.
fn check_member_name(name: &str) -> Result<(), &'static str> {
    let mut chars = name.chars();
    if !chars.next().is_some_and(|c| c.is_ascii_uppercase()) {
        return Err("does not start with an upper-case ASCII letter");
    }
    if !chars.all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_') {
        return Err("is not UPPER_SNAKE_CASE ASCII");
    }
    Ok(())
}

fn custom(message: String) -> askama::Error {
    askama::Error::custom(message)
}

#[derive(Template)]
#[template(path = "python/pyproject.toml")]
struct Pyproject<'a> {
    header: String,
    version: &'a str,
}

#[derive(Template)]
#[template(path = "python/README.md")]
struct Readme<'a> {
    header: String,
    catalogs: &'a [PyCatalog<'a>],
}

#[derive(Template)]
#[template(path = "python/__init__.py")]
struct Init<'a> {
    header: String,
    catalogs: &'a [PyCatalog<'a>],
}

#[derive(Template)]
#[template(path = "python/_info.py")]
struct Info {
    header: String,
}

#[derive(Template)]
#[template(path = "python/catalog.py")]
struct Module<'a> {
    header: String,
    catalog: &'a PyCatalog<'a>,
}

/// `py.typed` (PEP 561) says the package is typed; its contents are not read, so it
/// carries the header, which marks it as generated.
#[derive(Template)]
#[template(path = "python/py.typed", escape = "none")]
struct PyTyped {
    header: String,
}

pub(crate) fn files(catalogs: &[CatalogView]) -> Result<Vec<OutputFile>, askama::Error> {
    let all_specs = "the specs in specs/";
    let catalogs = catalogs
        .iter()
        .map(PyCatalog::new)
        .collect::<Result<Vec<_>, _>>()?;
    let package = format!("src/{PACKAGE}");
    let mut files = vec![
        file(
            "pyproject.toml",
            Pyproject {
                header: header(Comment::Hash, all_specs),
                version: env!("CARGO_PKG_VERSION"),
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
            &format!("{package}/__init__.py"),
            Init {
                header: header(Comment::Hash, all_specs),
                catalogs: &catalogs,
            }
            .render()?,
        ),
        file(
            &format!("{package}/_info.py"),
            Info {
                header: header(Comment::Hash, all_specs),
            }
            .render()?,
        ),
        file(
            &format!("{package}/py.typed"),
            PyTyped {
                header: header(Comment::Hash, all_specs),
            }
            .render()?,
        ),
    ];
    for catalog in &catalogs {
        let module = Module {
            header: header(Comment::Hash, catalog.view.spec_path),
            catalog,
        };
        files.push(file(
            &format!("{package}/{}.py", catalog.module),
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

#[cfg(test)]
mod tests {
    use super::check_member_name;

    #[test]
    fn member_names_are_upper_snake_case() {
        for name in ["SESSION_START", "EVENT_2FA", "NONE", "TRUE", "MRO", "A_"] {
            assert_eq!(check_member_name(name), Ok(()), "{name}");
        }
        for name in [
            "",
            "_MISSING_",
            "__CLASS__",
            "name",
            "Value",
            "2FA",
            "ÉTÉ",
            "A-B",
        ] {
            assert!(check_member_name(name).is_err(), "{name}");
        }
    }
}
