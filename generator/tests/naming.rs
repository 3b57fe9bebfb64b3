//! The naming corpus (`tests/naming/`): specs whose ids, type names and catch-all names
//! are names the languages or the generated packages use. Each is either rejected by
//! `eventgen check` with a located error (snapshots), or accepted and generated:
//!
//! - `rejected/`: each spec on its own;
//! - `accepted/`: all of them together (scripts/test builds and runs what they generate
//!   in every language: `scripts/test-rust-bindings`, `scripts/test-typescript`,
//!   `scripts/test-python`);
//! - `conflicting/`: specs accepted together, each of which conflicts with one of
//!   `accepted/` (same id, same type name, a type name another catalog derives).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use eventgen_catalog::naming::{self, PythonNames, RecordNames, TypeScriptNames};
use eventgen_catalog::reserved;

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn eventgen(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_eventgen"))
        .args(args)
        .current_dir(project_root())
        .output()
        .expect("eventgen runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("output is UTF-8")
}

/// The specs of a folder of the corpus, as paths from the project's root.
fn specs(set: &str) -> Vec<String> {
    let mut specs: Vec<String> = std::fs::read_dir(project_root().join("tests/naming").join(set))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "yaml")
        })
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            format!("tests/naming/{set}/{name}")
        })
        .collect();
    specs.sort();
    assert!(!specs.is_empty(), "tests/naming/{set}/ holds specs");
    specs
}

fn check(paths: &[String]) -> Output {
    let mut args = vec!["check"];
    args.extend(paths.iter().map(String::as_str));
    eventgen(&args)
}

/// Every error of a rejected spec points into it: `--> path:line:column`.
fn assert_located(stderr: &str, path: &str) {
    for block in stderr.split("\n\n") {
        if block.starts_with("error: could not load")
            || block.starts_with("error: 1 spec failed")
            || block.contains("specs failed")
        {
            continue;
        }
        let located = block
            .lines()
            .find_map(|line| line.trim_start().strip_prefix("--> "))
            .and_then(|at| at.strip_prefix(path)?.strip_prefix(':'))
            .is_some_and(|at| at.split(':').count() == 2);
        assert!(located, "an error without `{path}:line:column`:\n{block}");
    }
}

#[test]
fn each_rejected_spec_gets_a_located_error() {
    insta::glob!("../../tests/naming/rejected", "*.yaml", |path| {
        let shown = format!(
            "tests/naming/rejected/{}",
            path.file_name().unwrap().to_string_lossy()
        );
        let output = check(std::slice::from_ref(&shown));
        assert_eq!(output.status.code(), Some(1), "{shown} is rejected");
        let stderr = text(&output.stderr);
        assert_located(&stderr, &shown);
        insta::assert_snapshot!(stderr);
    });
}

#[test]
fn the_accepted_specs_are_accepted_and_generated_together() {
    for set in ["accepted", "conflicting"] {
        let output = check(&specs(set));
        assert!(output.status.success(), "{set}:\n{}", text(&output.stderr));
        let out = tempfile::tempdir().unwrap();
        let specs_dir = format!("tests/naming/{set}");
        let output = eventgen(&[
            "generate",
            "--specs",
            &specs_dir,
            "--out",
            out.path().to_str().unwrap(),
        ]);
        assert!(output.status.success(), "{set}:\n{}", text(&output.stderr));
    }
}

#[test]
fn each_conflicting_spec_is_rejected_beside_the_accepted_ones() {
    let accepted = specs("accepted");
    insta::glob!("../../tests/naming/conflicting", "*.yaml", |path| {
        let shown = format!(
            "tests/naming/conflicting/{}",
            path.file_name().unwrap().to_string_lossy()
        );
        let mut paths = accepted.clone();
        paths.push(shown.clone());
        let output = check(&paths);
        assert_eq!(output.status.code(), Some(1), "{shown} conflicts");
        let stderr = text(&output.stderr);
        assert_located(&stderr, &shown);
        insta::assert_snapshot!(stderr);
    });
}

/// A folder where a target writes a file per catalog, the files' extension, and the id
/// of the catalog a file stem would be.
type PerCatalog = (&'static str, &'static str, fn(&str) -> String);

/// The fixture specs, generated into a scratch folder, and their catalogs.
fn generated_fixtures() -> (tempfile::TempDir, Vec<eventgen_catalog::Catalog>) {
    let out = tempfile::tempdir().unwrap();
    let output = eventgen(&[
        "generate",
        "--specs",
        "tests/generate/specs",
        "--out",
        out.path().to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let mut catalogs: Vec<eventgen_catalog::Catalog> =
        std::fs::read_dir(project_root().join("tests/generate/specs"))
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| {
                path.extension()
                    .is_some_and(|extension| extension == "yaml")
            })
            .map(|path| eventgen_catalog::load(&path).expect("a fixture spec loads"))
            .collect();
    catalogs.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(catalogs.len(), 2, "every-feature, hostile");
    (out, catalogs)
}

/// Every file a target writes beside the catalogs' own, in a folder where catalogs'
/// files go, has a name no catalog id can take: a template added later cannot collide
/// with a catalog unnoticed. Likewise the Rust crate's features beside the catalogs',
/// and the names the Python package exports beside the catalogs' names.
#[test]
fn the_packages_own_names_are_reserved() {
    let (out, fixtures) = generated_fixtures();
    let catalogs: Vec<&str> = fixtures.iter().map(|catalog| catalog.id.as_str()).collect();
    let per_catalog: [PerCatalog; 5] = [
        ("rust/src", "rs", |stem| stem.replace('_', "-")),
        ("typescript/src", "ts", str::to_owned),
        ("python/src/vendor_event_types", "py", |stem| {
            stem.replace('_', "-")
        }),
        ("docs", "md", str::to_owned),
        ("conformance", "json", str::to_owned),
    ];
    let mut shared = 0;
    for (folder, extension, id_of) in per_catalog {
        for entry in std::fs::read_dir(out.path().join(folder)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|found| found != extension) {
                continue;
            }
            let stem = path.file_stem().unwrap().to_str().unwrap();
            let id = id_of(stem);
            if catalogs.contains(&id.as_str()) {
                continue;
            }
            shared += 1;
            let lowered = id.to_ascii_lowercase();
            assert!(
                reserved::id_problem(&lowered).is_some()
                    || !eventgen_catalog::naming::is_catalog_id(&lowered),
                "{folder}/{stem}.{extension} is a file of the package that a catalog `{lowered}` would also write: reserve it in `reserved.rs`"
            );
        }
    }
    assert_eq!(
        shared, 6,
        "lib.rs, index.ts, __init__.py, _base.py, _pydantic.py, README.md"
    );

    // A TypeScript catalog's folder holds its zod module, and nothing else.
    for entry in std::fs::read_dir(out.path().join("typescript/src")).unwrap() {
        let path = entry.unwrap().path();
        if !path.is_dir() {
            continue;
        }
        let folder = path.file_name().unwrap().to_str().unwrap().to_owned();
        assert!(
            catalogs.contains(&folder.as_str()),
            "typescript/src/{folder}/"
        );
        let files: Vec<String> = std::fs::read_dir(&path)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(files, [format!("{}.ts", reserved::TYPESCRIPT_ZOD_MODULE)]);
    }

    let manifest = std::fs::read_to_string(out.path().join("rust/Cargo.toml")).unwrap();
    let features = manifest
        .split("[features]")
        .nth(1)
        .unwrap()
        .split("\n[")
        .next()
        .unwrap();
    for line in features.lines() {
        let Some((feature, _)) = line.split_once(" = ") else {
            continue;
        };
        if !catalogs.contains(&feature) {
            assert!(
                reserved::id_problem(feature).is_some(),
                "the crate's feature `{feature}` would be a catalog's too: reserve it"
            );
        }
    }

    let init =
        std::fs::read_to_string(out.path().join("python/src/vendor_event_types/__init__.py"))
            .unwrap();
    let all = init
        .split("__all__ = [")
        .nth(1)
        .unwrap()
        .split(']')
        .next()
        .unwrap();
    let derived: Vec<String> = fixtures.iter().flat_map(python_names).collect();
    let mut exported = 0;
    for name in all
        .split(',')
        .map(|name| name.trim().trim_matches('"'))
        .filter(|name| !name.is_empty())
    {
        if !derived.iter().any(|derived| derived == name) {
            exported += 1;
            assert!(
                reserved::type_name_problem(name, false).is_some(),
                "the Python package exports `{name}`: reserve it as a type name"
            );
        }
    }
    assert_eq!(exported, reserved::PYTHON_PACKAGE_EXPORTS.len());
}

/// Every name a generated module binds at its top level is one the catalog crate knows:
/// derived from a catalog's type name (`naming`), or one of the names `reserved` lists
/// for that module, which no derived name may be. A name a template adds without
/// reserving it fails here.
#[test]
fn the_modules_bind_only_derived_and_reserved_names() {
    let (out, fixtures) = generated_fixtures();
    let read = |path: String| std::fs::read_to_string(out.path().join(&path)).unwrap();
    let assert_known = |file: &str, bound: Vec<String>, known: &[String], own: &[&[&str]]| {
        assert!(!bound.is_empty(), "{file} binds names");
        for name in bound {
            assert!(
                known.contains(&name) || own.iter().any(|names| names.contains(&name.as_str())),
                "{file} binds `{name}`, which is neither derived from a type name nor reserved in `reserved.rs`"
            );
        }
    };
    let mut all_python = Vec::new();
    for catalog in &fixtures {
        let typescript = TypeScriptNames::new(&catalog.type_name, catalog.is_coded());
        let api = api_names(catalog);
        let exports: Vec<String> = typescript
            .all()
            .into_iter()
            .chain(api.iter().flat_map(RecordNames::typescript))
            .map(|(name, _)| name.to_owned())
            .collect();
        let file = format!("typescript/src/{}.ts", catalog.id);
        assert_known(
            &file,
            typescript_bindings(&read(file.clone())),
            &exports,
            &[reserved::TYPESCRIPT_MODULE_NAMES],
        );
        let file = format!(
            "typescript/src/{}/{}.ts",
            catalog.id,
            reserved::TYPESCRIPT_ZOD_MODULE
        );
        let zod: Vec<String> = typescript
            .zod()
            .into_iter()
            .chain(api.iter().flat_map(RecordNames::zod))
            .map(|(name, _)| name.to_owned())
            .chain(exports)
            .collect();
        assert_known(
            &file,
            typescript_bindings(&read(file.clone())),
            &zod,
            &[reserved::TYPESCRIPT_ZOD_MODULE_NAMES],
        );

        let python = python_names(catalog);
        let file = format!(
            "python/src/vendor_event_types/{}.py",
            naming::module_name(&catalog.id)
        );
        assert_known(
            &file,
            python_bindings(&read(file.clone())),
            &python,
            &[
                reserved::PYTHON_MODULE_EXPORTS,
                reserved::PYTHON_MODULE_PRIVATE_NAMES,
            ],
        );
        all_python.extend(python);
    }
    let file = format!(
        "python/src/vendor_event_types/{}.py",
        reserved::PYTHON_INIT_MODULE
    );
    assert_known(
        &file,
        python_bindings(&read(file.clone())),
        &all_python,
        &[
            reserved::PYTHON_PACKAGE_EXPORTS,
            reserved::PYTHON_PACKAGE_PRIVATE_NAMES,
        ],
    );
}

fn python_names(catalog: &eventgen_catalog::Catalog) -> Vec<String> {
    PythonNames::new(&catalog.type_name)
        .all()
        .into_iter()
        .map(|(name, _)| name.to_owned())
        .chain(
            api_names(catalog)
                .iter()
                .flat_map(|names| names.python().map(|(name, _)| name.to_owned())),
        )
        .collect()
}

/// The names of a catalog's records and query types, which its modules export too.
fn api_names(catalog: &eventgen_catalog::Catalog) -> Vec<RecordNames> {
    catalog
        .records
        .iter()
        .map(|record| RecordNames::new(&record.name))
        .chain(
            catalog
                .endpoints
                .iter()
                .filter_map(|endpoint| endpoint.query.as_deref().map(RecordNames::new)),
        )
        .collect()
}

/// The first identifier of `text`.
fn identifier(text: &str) -> Option<String> {
    let name: String = text
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '$')
        .collect();
    (!name.is_empty()).then_some(name)
}

/// The names a TypeScript module declares or imports at its top level (lines that start
/// a declaration; the generated modules write each on a line of its own).
fn typescript_bindings(source: &str) -> Vec<String> {
    let mut names = Vec::new();
    for line in source.lines() {
        let line = line.strip_prefix("export ").unwrap_or(line);
        if let Some(import) = line.strip_prefix("import ") {
            let clause = import.split(" from ").next().unwrap_or_default();
            if let Some(namespace) = clause.strip_prefix("* as ") {
                names.extend(identifier(namespace));
            } else if let Some(list) = clause.strip_prefix('{') {
                for item in list.trim_end_matches('}').split(',') {
                    let item = item.trim();
                    let item = item.strip_prefix("type ").unwrap_or(item);
                    let local = item.rsplit(" as ").next().unwrap_or(item);
                    names.extend(identifier(local.trim()));
                }
            }
            continue;
        }
        for keyword in [
            "const ",
            "let ",
            "function ",
            "type ",
            "interface ",
            "namespace ",
            "class ",
        ] {
            if let Some(rest) = line.strip_prefix(keyword) {
                names.extend(identifier(rest));
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

/// The names a Python module binds at its top level, and in its `if TYPE_CHECKING:`
/// block: assignments, classes, functions and imports.
fn python_bindings(source: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut in_import_list = false;
    for raw in source.lines() {
        let line = raw.trim_start();
        let top_level = raw.len() == line.len() || raw.starts_with("    from ");
        if in_import_list {
            if line.starts_with(')') {
                in_import_list = false;
            } else {
                names.extend(identifier(line));
            }
            continue;
        }
        if !top_level {
            continue;
        }
        let imported = |list: &str, names: &mut Vec<String>| {
            for item in list.split(',') {
                let local = item.rsplit(" as ").next().unwrap_or(item);
                names.extend(identifier(local.trim()));
            }
        };
        if let Some(rest) = line.strip_prefix("import ") {
            imported(rest, &mut names);
        } else if let Some(rest) = line.strip_prefix("from ") {
            let list = rest.split(" import ").nth(1).unwrap_or_default();
            if list.trim() == "(" {
                in_import_list = true;
            } else {
                imported(list, &mut names);
            }
        } else if let Some(rest) = line
            .strip_prefix("class ")
            .or_else(|| line.strip_prefix("def "))
        {
            names.extend(identifier(rest));
        } else if let Some(name) = identifier(line) {
            let after = line[name.len()..].trim_start();
            let assigns =
                after.starts_with(':') || (after.starts_with('=') && !after.starts_with("=="));
            if assigns
                && !["if", "else", "elif", "return", "try", "except"].contains(&name.as_str())
            {
                names.push(name);
            }
        }
    }
    names.sort();
    names.dedup();
    names
}
