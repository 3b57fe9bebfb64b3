//! Names a catalog cannot take, because a language or the generated packages already use
//! them. A catalog id is the module and file name of the catalog in every language, and
//! its type name a name in every package: either works everywhere, or the loader rejects
//! it ([`id_problem`], [`type_name_problem`]), and `specs/README.md` lists them.
//!
//! The targets name the files they write beside the catalogs' with the constants here, so
//! that a file they add cannot escape the rule unnoticed (a test renders every target and
//! checks each file that is not a catalog's against [`id_problem`]).

use crate::naming::{PythonNames, RecordNames, TypeScriptNames, module_name};

/// Rust's keywords: strict, reserved, and those of later editions (`async`, `dyn`,
/// `try`, `gen`). No module can take one. (The weak keywords `union`, `raw`, `safe`,
/// `auto`, `default` and `macro_rules` can name a module.)
pub const RUST_KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", // strict
    "abstract", "become", "box", "do", "final", "gen", "macro", "override", "priv", "try",
    "typeof", "unsized", "virtual", "yield", // reserved
];

/// Python's keywords (`keyword.kwlist`): no module, class or attribute can take one. The
/// soft keywords (`match`, `case`, `type`, `_`) can, and are taken by other languages.
pub const PYTHON_KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// JavaScript's reserved words, with those of strict mode (ES modules are strict code)
/// and the names strict code cannot bind (`eval`, `arguments`): a user of the npm package
/// names a catalog's module `import * as teleport from "vendor-event-types/teleport"`,
/// which no reserved word can.
pub const JAVASCRIPT_RESERVED_WORDS: &[&str] = &[
    "arguments",
    "await",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "eval",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "implements",
    "import",
    "in",
    "instanceof",
    "interface",
    "let",
    "new",
    "null",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "static",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "yield",
];

/// The Rust crate's root module, `src/lib.rs`.
pub const RUST_LIB_MODULE: &str = "lib";
/// `src/main.rs`, which Cargo would build as a program.
pub const RUST_MAIN_MODULE: &str = "main";
/// The Rust crate's features beside the catalogs' (one per catalog id).
pub const RUST_FEATURES: &[&str] = &["default", "serde"];

/// The TypeScript package's root module, `src/index.ts`.
pub const TYPESCRIPT_INDEX_MODULE: &str = "index";
/// The module of a catalog's zod schemas, in the catalog's own folder: `src/teleport/zod.ts`,
/// the package's subpath `vendor-event-types/teleport/zod`. No catalog id holds a `/`, so
/// it is no catalog's module.
pub const TYPESCRIPT_ZOD_MODULE: &str = "zod";
/// Names a TypeScript catalog module declares beside those it derives from the type name
/// ([`TypeScriptNames::all`]): its lookups, built on first use. None of the derived names
/// can be one today (those start with `is`, `parse` or `any`, or end in `Values`, `Info`,
/// `FromCode` or `Schema`, as none of these does); [`type_name_problem`] checks, so that a
/// name a template adds cannot break a module unnoticed (a test checks that a rendered
/// module declares no other names).
pub const TYPESCRIPT_MODULE_NAMES: &[&str] = &[
    "known",
    "aliases",
    "matchKey",
    "byMatchKey",
    "byValue",
    "infos",
    "infoByValue",
    "codes",
    "byCode",
    "PayloadRule",
    "PayloadField",
    "PayloadRecord",
    "payloadRecords",
    "payloadFail",
    "payloadExpected",
    "payloadShown",
    "payloadStep",
    "checkPayload",
    "checkPayloadRecord",
    "queryPairs",
];
/// Names a catalog's zod module declares beside its own ([`TypeScriptNames::zod`]) and
/// those it imports from the catalog's module.
pub const TYPESCRIPT_ZOD_MODULE_NAMES: &[&str] = &["z", "ownProperties"];

/// The Python package's own modules: `__init__.py`, `_base.py` (the base class and the
/// types every catalog shares) and `_pydantic.py` (imported only by pydantic).
pub const PYTHON_INIT_MODULE: &str = "__init__";
pub const PYTHON_BASE_MODULE: &str = "_base";
pub const PYTHON_PYDANTIC_MODULE: &str = "_pydantic";
/// Names the Python package's root (`__init__.py`) exports beside every catalog's
/// ([`PythonNames`]): `CATALOGS`, and `_base`'s `EventInfo`, `EventType`,
/// `PayloadError` (the records' validators' error) and `UnknownEvent`.
pub const PYTHON_PACKAGE_EXPORTS: &[&str] = &[
    "CATALOGS",
    "EventInfo",
    "EventType",
    "PayloadError",
    "UnknownEvent",
];
/// Every other name the root binds: `__all__`, its imports, under private names (a catalog's module
/// becomes an attribute of the package when imported), and its lazy loading (PEP 562).
pub const PYTHON_PACKAGE_PRIVATE_NAMES: &[&str] = &[
    "__all__",
    "annotations",
    "_abc",
    "_builtins",
    "_typing",
    "_MODULES",
    "_Catalogs",
    "_import",
    "__getattr__",
    "__dir__",
];
/// Names every Python catalog module exports beside those derived from its type.
pub const PYTHON_MODULE_EXPORTS: &[&str] = &["CATALOG", "MATCH"];
/// Every other name a catalog module binds: `__all__`, its imports and its lookup tables.
pub const PYTHON_MODULE_PRIVATE_NAMES: &[&str] = &[
    "__all__",
    "annotations",
    "abc",
    "builtins",
    "enum",
    "typing",
    "_base",
    "_ASCII_LOWER",
    "_ascii_lower",
    "_BY_KEY",
    "_BY_CODE",
    "_INFO",
    "_MEMBERS",
];

/// The Markdown pages' index, `docs/README.md`: a page `readme.md` would be the same
/// file where file names ignore case (macOS, Windows).
pub const DOCS_INDEX_PAGE: &str = "README";

/// Why no catalog can have the id `id` (a valid id: lowercase words joined by `-`), if
/// none can: "it is a keyword of Rust and Python".
pub fn id_problem(id: &str) -> Option<String> {
    let module = module_name(id);
    let mut keyword_of = Vec::new();
    if RUST_KEYWORDS.contains(&module.as_str()) {
        keyword_of.push("Rust");
    }
    if PYTHON_KEYWORDS.contains(&module.as_str()) {
        keyword_of.push("Python");
    }
    if JAVASCRIPT_RESERVED_WORDS.contains(&id) {
        keyword_of.push("JavaScript");
    }
    if let Some((last, others)) = keyword_of.split_last() {
        let languages = if others.is_empty() {
            (*last).to_owned()
        } else {
            format!("{} and {last}", others.join(", "))
        };
        return Some(format!("`{module}` is a reserved word of {languages}"));
    }
    let taken = if module == RUST_LIB_MODULE {
        "the Rust crate's root module, `src/lib.rs`"
    } else if module == RUST_MAIN_MODULE {
        "`src/main.rs`, which Cargo would build as a program"
    } else if RUST_FEATURES.contains(&id) {
        "a feature of the Rust crate, beside the one per catalog"
    } else if id == TYPESCRIPT_INDEX_MODULE {
        "the TypeScript package's root module, `src/index.ts`"
    } else if id.eq_ignore_ascii_case(DOCS_INDEX_PAGE) {
        "the Markdown index, `docs/README.md`, where file names ignore case"
    } else if [
        PYTHON_INIT_MODULE,
        PYTHON_BASE_MODULE,
        PYTHON_PYDANTIC_MODULE,
    ]
    .contains(&module.as_str())
    {
        "a module of the Python package"
    } else {
        return None;
    };
    Some(format!("`{id}` is {taken}"))
}

/// Why no catalog can name its catch-all `name` (an ASCII UpperCamelCase identifier),
/// if none can: the catch-all is a variant of the Rust enum, and only there.
pub fn catch_all_problem(name: &str) -> Option<String> {
    RUST_KEYWORDS
        .contains(&name)
        .then(|| format!("`{name}` is a keyword of Rust"))
}

/// Why a catalog cannot have the type name `type_name` (an ASCII UpperCamelCase
/// identifier), if it cannot: a keyword, or a name that the type itself or a name derived
/// from it ([`PythonNames`], [`TypeScriptNames`]) would be, which a module of a package
/// binds itself. `coded` tells whether its events have codes (a coded catalog's
/// TypeScript module exports more names).
pub fn type_name_problem(type_name: &str, coded: bool) -> Option<String> {
    if RUST_KEYWORDS.contains(&type_name) {
        return Some(format!("`{type_name}` is a keyword of Rust"));
    }
    if PYTHON_KEYWORDS.contains(&type_name) {
        return Some(format!("`{type_name}` is a keyword of Python"));
    }
    let python = PythonNames::new(type_name);
    let typescript = TypeScriptNames::new(type_name, coded);
    let init = format!("the Python package's `{PYTHON_INIT_MODULE}.py`");
    let modules = [
        Module {
            own: &[PYTHON_PACKAGE_EXPORTS, PYTHON_PACKAGE_PRIVATE_NAMES],
            what: &init,
            language: "Python",
            derived: python.all().to_vec(),
        },
        Module {
            own: &[PYTHON_MODULE_EXPORTS, PYTHON_MODULE_PRIVATE_NAMES],
            what: "every Python catalog module",
            language: "Python",
            derived: python.all().to_vec(),
        },
        Module {
            own: &[TYPESCRIPT_MODULE_NAMES],
            what: "every TypeScript catalog module",
            language: "TypeScript",
            derived: typescript.all(),
        },
        Module {
            own: &[TYPESCRIPT_ZOD_MODULE_NAMES],
            what: "every TypeScript zod module",
            language: "TypeScript",
            derived: typescript.zod().to_vec(),
        },
    ];
    module_problem(&modules, type_name)
}

/// The first name that `type_name`, or a name derived from it, would take in a module
/// that binds it itself.
fn module_problem(modules: &[Module<'_>], type_name: &str) -> Option<String> {
    modules.iter().find_map(|module| {
        let (name, role) = module
            .derived
            .iter()
            .find(|(name, _)| module.own.iter().any(|names| names.contains(name)))?;
        let what = module.what;
        Some(if *name == type_name {
            format!("`{name}` is a name of {what}")
        } else {
            format!(
                "the {} name of its {role} would be `{name}`, a name of {what}",
                module.language
            )
        })
    })
}

/// The Rust field of a record with `extra: keep` that holds the keys the record does not
/// list: no field of such a record may take its name.
pub const RUST_EXTRA_FIELD: &str = "extra";

/// Why no record or query type can be named `name` (an ASCII UpperCamelCase identifier),
/// if none can: a keyword, or a name that it or a name derived from it (its validators,
/// [`RecordNames`]) would be, which a module of a package binds itself. Records and query
/// types are exported beside the catalogs' types, from their catalog's modules and the
/// packages' roots; unlike a catalog's type, a record derives no `…Info` name, so
/// `Event` is a fine record name.
pub fn record_name_problem(name: &str) -> Option<String> {
    if RUST_KEYWORDS.contains(&name) {
        return Some(format!("`{name}` is a keyword of Rust"));
    }
    if PYTHON_KEYWORDS.contains(&name) {
        return Some(format!("`{name}` is a keyword of Python"));
    }
    let names = RecordNames::new(name);
    let init = format!("the Python package's `{PYTHON_INIT_MODULE}.py`");
    let modules = [
        Module {
            own: &[PYTHON_PACKAGE_EXPORTS, PYTHON_PACKAGE_PRIVATE_NAMES],
            what: &init,
            language: "Python",
            derived: names.python().to_vec(),
        },
        Module {
            own: &[PYTHON_MODULE_EXPORTS, PYTHON_MODULE_PRIVATE_NAMES],
            what: "every Python catalog module",
            language: "Python",
            derived: names.python().to_vec(),
        },
        Module {
            own: &[TYPESCRIPT_MODULE_NAMES],
            what: "every TypeScript catalog module",
            language: "TypeScript",
            derived: names.typescript().to_vec(),
        },
        Module {
            own: &[TYPESCRIPT_ZOD_MODULE_NAMES],
            what: "every TypeScript zod module",
            language: "TypeScript",
            derived: names.zod().to_vec(),
        },
    ];
    module_problem(&modules, name)
}

/// A generated module, for [`type_name_problem`]: the names it binds for itself, and
/// those a catalog's type name derives into it.
struct Module<'a> {
    own: &'a [&'a [&'a str]],
    /// "every Python catalog module"
    what: &'a str,
    language: &'a str,
    /// Each derived name, with what it is ("info type").
    derived: Vec<(&'a str, &'static str)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_of_any_language_are_no_ids() {
        for id in [
            "type", "async", "import", "class", "fn", "mod", "gen", "try", "function",
        ] {
            assert!(id_problem(id).is_some(), "{id}");
        }
        assert_eq!(
            id_problem("await").unwrap(),
            "`await` is a reserved word of Rust, Python and JavaScript"
        );

        // Soft or weak keywords name modules fine, unless another language reserves them.
        for id in [
            "union",
            "raw",
            "safe",
            "case-study",
            "match-events",
            "types",
            "enum-x",
        ] {
            assert_eq!(id_problem(id), None, "{id}");
        }
    }

    #[test]
    fn the_packages_own_files_are_no_ids() {
        for id in ["lib", "main", "default", "serde", "index", "readme"] {
            assert!(id_problem(id).is_some(), "{id}");
        }
        // `zod` names a file in each catalog's folder, never beside the catalogs'.
        for id in [
            "library",
            "event-info",
            "info",
            "indexes",
            "zod",
            "base",
            "pydantic",
        ] {
            assert_eq!(id_problem(id), None, "{id}");
        }
    }

    #[test]
    fn type_names_the_packages_define_are_taken() {
        for name in [
            "Self",
            "None",
            "True",
            "False",
            "CATALOGS",
            "CATALOG",
            "MATCH",
            "EventInfo",
            "EventType",
            "UnknownEvent",
        ] {
            assert!(type_name_problem(name, false).is_some(), "{name}");
        }
        assert_eq!(
            type_name_problem("EventType", false).unwrap(),
            "`EventType` is a name of the Python package's `__init__.py`"
        );
        assert_eq!(
            type_name_problem("Event", false).unwrap(),
            "the Python name of its info type would be `EventInfo`, a name of the Python package's `__init__.py`"
        );
        assert_eq!(
            type_name_problem("MATCH", false).unwrap(),
            "`MATCH` is a name of every Python catalog module"
        );
        for name in [
            "Map",
            "Object",
            "Option",
            "String",
            "Exception",
            "TypeError",
            "StrEnum",
            "Enum",
            "NamedTuple",
            "Protocol",
            "NewType",
            "Annotated",
            "Mapping",
            "Final",
            "ParsedBy",
            "CodedEvent",
            "CodedEventInfo",
            "Events",
        ] {
            assert_eq!(type_name_problem(name, true), None, "{name}");
        }
    }
}

#[cfg(test)]
mod record_tests {
    use super::*;

    #[test]
    fn record_names_the_packages_define_are_taken() {
        for name in [
            "Self",
            "None",
            "True",
            "CATALOGS",
            "CATALOG",
            "MATCH",
            "EventInfo",
            "EventType",
        ] {
            assert!(record_name_problem(name).is_some(), "{name}");
        }
        assert_eq!(
            record_name_problem("CATALOG").unwrap(),
            "`CATALOG` is a name of every Python catalog module"
        );
        // A record derives no `…Info` name: `Event` is free for a record.
        for name in [
            "Event", "Target", "Map", "Record", "String", "Option", "Known",
        ] {
            assert_eq!(record_name_problem(name), None, "{name}");
        }
    }
}
