//! Adding a spec never breaks the main command or the build: the hostile fixture spec
//! (`tests/generate/specs/hostile.yaml`, whose values break naive templates and strum's
//! format strings) is added to `specs/` in a copy of the project, and there `cargo run`
//! regenerates `generated/`, `cargo check --workspace --all-targets` builds every
//! member (the test crate whose build script writes enums for every spec among them),
//! and the real catalogs' tests pass but the one that lists them.
//!
//! It builds and runs more than a unit test should (20 to 40 seconds here, more when the
//! shared crates changed), so `cargo test` skips it and `scripts/test` runs it on its own:
//!
//! ```text
//! cargo test --workspace --test adding_a_spec -- --ignored
//! ```
//!
//! The copy shares this project's target folder, so that nothing built already is built
//! again: cargo names a workspace crate's artifacts after its path in the workspace, so
//! the copy's crates find the project's, and only those that differ are built (the
//! generated crate, which gains the new catalog's feature, and the crates that depend on
//! it). It must therefore not run while another cargo command builds this project: both
//! would write the same artifacts, `target/debug/eventgen` among them.

use std::path::{Path, PathBuf};
use std::process::Command;

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The files of the project as `git` knows them (committed or added), from the working
/// tree: what a fresh clone holds, with the changes under test.
fn project_files(root: &Path) -> Vec<PathBuf> {
    let output = Command::new("git")
        .args([
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
        ])
        .current_dir(root)
        .output()
        .expect("git lists the project's files (this test needs git)");
    assert!(
        output.status.success(),
        "git ls-files: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
        .stdout
        .split(|&byte| byte == 0)
        .filter(|path| !path.is_empty())
        .map(|path| PathBuf::from(std::str::from_utf8(path).expect("UTF-8 paths")))
        // Listed but deleted in the working tree.
        .filter(|path| root.join(path).is_file())
        .collect()
}

/// Copies `files` from `from` to `to`, keeping their modification times: the copy is
/// made afresh at the same place on every run, and cargo then rebuilds only what changed
/// (which holds as long as nothing but this test builds the copy).
fn copy_files(files: &[PathBuf], from: &Path, to: &Path) {
    for file in files {
        let target = to.join(file);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(from.join(file), &target)
            .unwrap_or_else(|error| panic!("{}: {error}", file.display()));
        let modified = std::fs::metadata(from.join(file))
            .and_then(|metadata| metadata.modified())
            .unwrap();
        std::fs::File::options()
            .write(true)
            .open(&target)
            .and_then(|copy| copy.set_modified(modified))
            .unwrap();
    }
}

/// Runs `cargo ARGS` in `dir` with the project's target folder: whether it succeeded,
/// and its stdout and stderr.
fn cargo_output(dir: &Path, target_dir: &Path, args: &[&str]) -> (bool, String) {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target_dir)
        .output()
        .expect("cargo runs");
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    (output.status.success(), text)
}

/// Runs `cargo ARGS` as [`cargo_output`] does, and fails the test, with cargo's output,
/// if it fails.
fn cargo(dir: &Path, target_dir: &Path, args: &[&str]) {
    let (success, output) = cargo_output(dir, target_dir, args);
    assert!(
        success,
        "`cargo {}` failed in a copy of the project with the hostile spec added:\n{output}",
        args.join(" ")
    );
}

/// How many `*.yaml` files `dir` holds.
fn yaml_files(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|entry| entry.as_ref().unwrap().path().extension() == Some("yaml".as_ref()))
        .count()
}

#[test]
#[ignore = "builds a copy of the workspace; scripts/test runs it on its own"]
fn the_hostile_fixture_added_to_specs_generates_and_builds() {
    let root = project_root();
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let target_dir = tmp.parent().expect("the target folder holds tmp/");
    let copy = tmp.join("adding-a-spec");
    if copy.exists() {
        std::fs::remove_dir_all(&copy).unwrap();
    }
    copy_files(&project_files(&root), &root, &copy);

    let specs = copy.join("specs");
    let catalogs_before = yaml_files(&specs);
    // The fixture as it is: its id, `hostile`, is no real catalog's.
    let hostile = std::fs::read_to_string(root.join("tests/generate/specs/hostile.yaml")).unwrap();
    assert!(hostile.contains("\ncatalog: hostile\n"));
    assert!(!specs.join("hostile.yaml").exists());
    std::fs::write(specs.join("hostile.yaml"), &hostile).unwrap();

    // The main command, as the README gives it.
    cargo(&copy, target_dir, &["run", "--locked", "--quiet"]);
    // Files only: the payload vectors of catalogs with records are in a folder of their own.
    let vectors = std::fs::read_dir(copy.join("generated/conformance"))
        .unwrap()
        .filter(|entry| entry.as_ref().unwrap().path().is_file())
        .count();
    assert_eq!(
        vectors,
        catalogs_before + 1,
        "a conformance file per catalog"
    );
    for file in [
        "rust/src/hostile.rs",
        "typescript/src/hostile.ts",
        "python/src/vendor_event_types/hostile.py",
        "docs/hostile.md",
        "conformance/hostile.json",
        "conformance/payloads/hostile.json",
    ] {
        assert!(copy.join("generated").join(file).is_file(), "{file}");
    }

    // Every member and every target of the workspace: the generated crate with the new
    // catalog, and the test crate's enums for it (through both macros and strum).
    cargo(
        &copy,
        target_dir,
        &[
            "check",
            "--workspace",
            "--all-targets",
            "--locked",
            "--quiet",
        ],
    );

    // The tests of the real catalogs follow `specs/`: the new catalog passes them all
    // (through both macros, strum, and the generated crate), and only the one test that
    // lists the catalogs fails, saying what to update.
    let (success, output) = cargo_output(
        &copy,
        target_dir,
        &[
            "test",
            "-p",
            "eventgen-real-catalogs",
            "--tests",
            "--no-fail-fast",
            "--locked",
        ],
    );
    let failed: Vec<&str> = output
        .lines()
        .filter(|line| line.starts_with("test ") && line.ends_with(" ... FAILED"))
        .collect();
    assert!(
        !success && failed == ["test inventory_of_the_vendor_catalogs ... FAILED"],
        "{output}"
    );
    assert!(
        output.contains("If that is intended, update this list"),
        "{output}"
    );
}
