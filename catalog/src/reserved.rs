//! Names a catalog cannot take, because a language or the generated packages already use
//! them. A catalog id is the module and file name of the catalog in every language, and
//! its type name a name in every package: either works everywhere, or the loader rejects
//! it ([`id_problem`], [`type_name_problem`]), and `specs/README.md` lists them.
//!
//! The targets name the files they write beside the catalogs' with the constants here, so
//! that a file they add cannot escape the rule unnoticed (a test renders every target and
//! checks each file that is not a catalog's against [`id_problem`]).

use crate::naming::{TypeScriptNames, module_name};

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
/// The TypeScript module of the types every catalog module shares, `src/event-info.ts`.
pub const TYPESCRIPT_INFO_MODULE: &str = "event-info";
/// What that module exports, which the package's root exports beside every catalog's
/// names.
pub const TYPESCRIPT_SHARED_TYPES: &[&str] = &["EventInfo", "CodedEventInfo"];

/// The Python package's own modules: `__init__.py` and the shared `_info.py`.
pub const PYTHON_INIT_MODULE: &str = "__init__";
pub const PYTHON_INFO_MODULE: &str = "_info";
/// Names the Python package defines in `__init__.py`, beside the catalogs' types.
pub const PYTHON_PACKAGE_NAMES: &[&str] = &["CATALOGS", "EventInfo"];
/// Names every Python catalog module defines beside its type.
pub const PYTHON_MODULE_NAMES: &[&str] = &["CATALOG", "MATCH"];

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
    } else if id == TYPESCRIPT_INFO_MODULE {
        "the TypeScript module of the shared types, `src/event-info.ts`"
    } else if id.eq_ignore_ascii_case(DOCS_INDEX_PAGE) {
        "the Markdown index, `docs/README.md`, where file names ignore case"
    } else if module == PYTHON_INIT_MODULE || module == PYTHON_INFO_MODULE {
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
/// identifier), if it cannot. `coded` tells whether its events have codes (a coded
/// catalog's TypeScript module exports more names).
pub fn type_name_problem(type_name: &str, coded: bool) -> Option<String> {
    if RUST_KEYWORDS.contains(&type_name) {
        return Some(format!("`{type_name}` is a keyword of Rust"));
    }
    if PYTHON_KEYWORDS.contains(&type_name) {
        return Some(format!("`{type_name}` is a keyword of Python"));
    }
    if PYTHON_PACKAGE_NAMES.contains(&type_name) {
        return Some(format!(
            "the Python package defines `{type_name}` itself, in `{PYTHON_INIT_MODULE}.py`"
        ));
    }
    if PYTHON_MODULE_NAMES.contains(&type_name) {
        return Some(format!(
            "every Python catalog module defines `{type_name}` itself"
        ));
    }
    let names = TypeScriptNames::new(type_name, coded);
    let (name, role) = names
        .all()
        .into_iter()
        .find(|(name, _)| TYPESCRIPT_SHARED_TYPES.contains(name))?;
    Some(if name == type_name {
        format!("the TypeScript package defines `{name}` itself, in `{TYPESCRIPT_INFO_MODULE}.ts`")
    } else {
        format!(
            "the TypeScript name of its {role} would be `{name}`, which the package defines itself, in `{TYPESCRIPT_INFO_MODULE}.ts`"
        )
    })
}

/// The Rust field of a record with `extra: keep` that holds the keys the record does not
/// list: no field of such a record may take its name.
pub const RUST_EXTRA_FIELD: &str = "extra";

/// Why no record or query type can be named `name` (an ASCII UpperCamelCase identifier),
/// if none can. Records and query types are exported beside the catalogs' types, so the
/// names the languages reserve and the packages define are taken, as for a catalog's
/// type ([`type_name_problem`]); unlike a catalog's type, a record derives no `…Info`
/// name (its own derived names are [`crate::naming::RecordNames`]).
pub fn record_name_problem(name: &str) -> Option<String> {
    if RUST_KEYWORDS.contains(&name) {
        return Some(format!("`{name}` is a keyword of Rust"));
    }
    if PYTHON_KEYWORDS.contains(&name) {
        return Some(format!("`{name}` is a keyword of Python"));
    }
    if PYTHON_PACKAGE_NAMES.contains(&name) {
        return Some(format!(
            "the Python package defines `{name}` itself, in `{PYTHON_INIT_MODULE}.py`"
        ));
    }
    if PYTHON_MODULE_NAMES.contains(&name) {
        return Some(format!(
            "every Python catalog module defines `{name}` itself"
        ));
    }
    TYPESCRIPT_SHARED_TYPES.contains(&name).then(|| {
        format!("the TypeScript package defines `{name}` itself, in `{TYPESCRIPT_INFO_MODULE}.ts`")
    })
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
        for id in [
            "lib",
            "main",
            "default",
            "serde",
            "index",
            "event-info",
            "readme",
        ] {
            assert!(id_problem(id).is_some(), "{id}");
        }
        for id in ["library", "event-infos", "info", "indexes"] {
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
        ] {
            assert!(type_name_problem(name, false).is_some(), "{name}");
        }
        assert_eq!(
            type_name_problem("Event", false).unwrap(),
            "the TypeScript name of its info type would be `EventInfo`, which the package defines itself, in `event-info.ts`"
        );
        assert!(type_name_problem("CodedEvent", false).is_some());
        for name in [
            "Map",
            "Object",
            "Option",
            "String",
            "Exception",
            "StrEnum",
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
        for name in ["Self", "None", "True", "CATALOGS", "CATALOG", "EventInfo"] {
            assert!(record_name_problem(name).is_some(), "{name}");
        }
        // A record derives no `…Info` name: `Event` is free for a record.
        for name in ["Event", "Target", "Map", "Record", "String", "Option"] {
            assert_eq!(record_name_problem(name), None, "{name}");
        }
    }
}
