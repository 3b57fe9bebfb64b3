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

/// Every file a target writes beside the catalogs' own, in a folder where catalogs'
/// files go, has a name no catalog id can take: a template added later cannot collide
/// with a catalog unnoticed. Likewise the Rust crate's features beside the catalogs',
/// and the names the Python package exports beside the catalogs' types.
#[test]
fn the_packages_own_names_are_reserved() {
    let out = tempfile::tempdir().unwrap();
    let output = eventgen(&[
        "generate",
        "--specs",
        "tests/generate/specs",
        "--out",
        out.path().to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let catalogs = ["every-feature", "hostile"];
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
        "lib.rs, index.ts, event-info.ts, __init__.py, _info.py, README.md"
    );

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
    for name in all
        .split(',')
        .map(|name| name.trim().trim_matches('"'))
        .filter(|name| !name.is_empty())
    {
        if !["FeatureEvent", "HostileEvent"].contains(&name) {
            assert!(
                reserved::type_name_problem(name, false).is_some(),
                "the Python package exports `{name}`: reserve it as a type name"
            );
        }
    }
}
