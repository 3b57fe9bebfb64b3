//! `eventgen import` as a user runs it, on the fixtures in `tests/import/`: every source
//! shape in create and update mode, the options, and every kind of bad input. Each case
//! runs in a folder of its own holding copies of its files; its snapshot holds the exit
//! code, the diff shown (stdout), the report (stderr), and the spec as written.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("output is UTF-8")
}

/// One run of `eventgen import`.
struct Case {
    name: &'static str,
    /// Fixtures (from `tests/import/`) copied into the case's folder, under their file
    /// names.
    files: &'static [&'static str],
    args: &'static [&'static str],
    /// A fixture given on standard input.
    stdin: Option<&'static str>,
    /// The spec the case writes, shown in the snapshot.
    writes: Option<&'static str>,
}

const fn case(
    name: &'static str,
    files: &'static [&'static str],
    args: &'static [&'static str],
    writes: Option<&'static str>,
) -> Case {
    Case {
        name,
        files,
        args,
        stdin: None,
        writes,
    }
}

const CASES: &[Case] = &[
    // Create mode, one case per source shape.
    case(
        "create-teleport-markdown",
        &["sources/teleport.md"],
        &[
            "teleport.md",
            "teleport.yaml",
            "--catalog",
            "teleport",
            "--title",
            "Teleport audit events",
            "--document",
            "Audit event types",
            "--write",
        ],
        Some("teleport.yaml"),
    ),
    case(
        "create-cloudpassage-markdown",
        &["sources/cloudpassage.md"],
        &[
            "cloudpassage.md",
            "cloudpassage-halo.yaml",
            "--catalog",
            "cloudpassage-halo",
            "--title",
            "CloudPassage Halo event types",
            "--type",
            "CloudPassageHaloEvent",
            "--match",
            "ascii-case-insensitive",
            "--write",
        ],
        Some("cloudpassage-halo.yaml"),
    ),
    case(
        "create-halo-security-markdown",
        &["sources/halo-security.md"],
        &[
            "halo-security.md",
            "halo-security.yaml",
            "--catalog",
            "halo-security",
            "--title",
            "Halo Security events",
            "--write",
        ],
        Some("halo-security.yaml"),
    ),
    case(
        "create-privx-text",
        &["sources/privx.txt", "../../specs/catalog.schema.json"],
        &[
            "privx.txt",
            "privx.yaml",
            "--catalog",
            "privx",
            "--title",
            "PrivX audit events",
            "--write",
        ],
        Some("privx.yaml"),
    ),
    case(
        "create-halo-types-json",
        &["sources/halo-types.json"],
        &[
            "halo-types.json",
            "halo-security.yaml",
            "--catalog",
            "halo-security",
            "--title",
            "Halo Security events",
            "--document",
            "Event types API",
            "--source-url",
            "https://api.halosecurity.com/api/v1/event/types.json",
            "--write",
        ],
        Some("halo-security.yaml"),
    ),
    case(
        "create-privx-codes-json",
        &["sources/privx-codes.json"],
        &[
            "privx-codes.json",
            "privx.yaml",
            "--catalog",
            "privx",
            "--title",
            "PrivX audit events",
            "--document",
            "Audit event codes API",
            "--source-version",
            "v33",
            "--write",
        ],
        Some("privx.yaml"),
    ),
    case(
        "create-with-column-mapping",
        &["sources/custom-columns.md"],
        &[
            "custom-columns.md",
            "demo.yaml",
            "--catalog",
            "demo",
            "--title",
            "Demo webhook events",
            "--column",
            "Type=name",
            "--column",
            "2=description",
            "--column",
            "Since=-",
            "--write",
        ],
        Some("demo.yaml"),
    ),
    case(
        "create-from-the-second-table",
        &["bad/two-tables.md"],
        &[
            "two-tables.md",
            "demo.yaml",
            "--catalog",
            "demo",
            "--title",
            "Demo",
            "--table",
            "2",
            "--write",
        ],
        Some("demo.yaml"),
    ),
    // Update mode, one case per source shape, and the options.
    case(
        "update-teleport-markdown",
        &["sources/teleport.md", "specs/teleport.yaml"],
        &["teleport.md", "teleport.yaml", "--write"],
        Some("teleport.yaml"),
    ),
    case(
        "update-cloudpassage-markdown",
        &["sources/cloudpassage.md", "specs/cloudpassage-halo.yaml"],
        &["cloudpassage.md", "cloudpassage-halo.yaml", "--write"],
        Some("cloudpassage-halo.yaml"),
    ),
    case(
        "update-halo-security-markdown",
        &["sources/halo-security.md", "specs/halo-security.yaml"],
        &["halo-security.md", "halo-security.yaml", "--write"],
        Some("halo-security.yaml"),
    ),
    case(
        "update-privx-text",
        &["sources/privx.txt", "specs/privx.yaml"],
        &["privx.txt", "privx.yaml", "--write"],
        Some("privx.yaml"),
    ),
    case(
        "update-privx-text-pruned",
        &["sources/privx.txt", "specs/privx.yaml"],
        &["privx.txt", "privx.yaml", "--prune", "--write"],
        Some("privx.yaml"),
    ),
    case(
        "update-halo-types-json",
        &["sources/halo-types.json", "specs/halo-security.yaml"],
        &["halo-types.json", "halo-security.yaml", "--write"],
        Some("halo-security.yaml"),
    ),
    case(
        "update-privx-codes-json",
        &["sources/privx-codes.json", "specs/privx.yaml"],
        &["privx-codes.json", "privx.yaml", "--write"],
        Some("privx.yaml"),
    ),
    case(
        "update-privx-codes-json-renamed",
        &["sources/privx-codes-sdk.json", "specs/privx.yaml"],
        &["privx-codes-sdk.json", "privx.yaml", "--write"],
        Some("privx.yaml"),
    ),
    case(
        "update-only-some-keys",
        &["sources/privx-codes.json", "specs/privx.yaml"],
        &[
            "privx-codes.json",
            "privx.yaml",
            "--keys",
            "code",
            "--write",
        ],
        Some("privx.yaml"),
    ),
    case(
        "update-without-write-only-shows",
        &["sources/teleport.md", "specs/teleport.yaml"],
        &["teleport.md", "teleport.yaml"],
        Some("teleport.yaml"),
    ),
    // `--check`: the same report, nothing written, and exit 1 when the spec would change.
    case(
        "update-check-out-of-date",
        &["sources/teleport.md", "specs/teleport.yaml"],
        &["teleport.md", "teleport.yaml", "--check"],
        Some("teleport.yaml"),
    ),
    case(
        "create-check",
        &["sources/halo-security.md"],
        &[
            "halo-security.md",
            "halo-security.yaml",
            "--catalog",
            "halo-security",
            "--title",
            "Halo Security events",
            "--check",
        ],
        Some("halo-security.yaml"),
    ),
    Case {
        name: "update-from-standard-input",
        files: &["specs/halo-security.yaml"],
        args: &["-", "halo-security.yaml", "--write"],
        stdin: Some("sources/halo-types.json"),
        writes: Some("halo-security.yaml"),
    },
    // Bad sources, specs and options.
    case(
        "error-malformed-json",
        &["bad/malformed.json", "specs/halo-security.yaml"],
        &["malformed.json", "halo-security.yaml"],
        None,
    ),
    case(
        "error-row-missing-cells",
        &["bad/missing-cells.md", "specs/teleport.yaml"],
        &["missing-cells.md", "teleport.yaml"],
        None,
    ),
    case(
        "error-row-extra-cells",
        &["bad/extra-cells.md", "specs/teleport.yaml"],
        &["extra-cells.md", "teleport.yaml"],
        None,
    ),
    case(
        "error-empty-source",
        &["bad/empty.txt", "specs/teleport.yaml"],
        &["empty.txt", "teleport.yaml"],
        None,
    ),
    case(
        "error-format-not-detected",
        &["bad/plain.txt", "specs/privx.yaml"],
        &["plain.txt", "privx.yaml"],
        None,
    ),
    case(
        "error-wrong-format-named",
        &["sources/privx-codes.json", "specs/halo-security.yaml"],
        &[
            "privx-codes.json",
            "halo-security.yaml",
            "--format",
            "halo-types-json",
        ],
        None,
    ),
    case(
        "error-privx-text-without-rows",
        &["sources/teleport.md", "specs/privx.yaml"],
        &["teleport.md", "privx.yaml", "--format", "privx-text"],
        None,
    ),
    case(
        "error-unknown-columns",
        &["bad/unknown-columns.md", "specs/cloudpassage-halo.yaml"],
        &["unknown-columns.md", "cloudpassage-halo.yaml"],
        None,
    ),
    case(
        "error-two-fitting-tables",
        &["bad/two-tables.md", "specs/halo-security.yaml"],
        &["two-tables.md", "halo-security.yaml"],
        None,
    ),
    case(
        "error-no-such-table",
        &["bad/two-tables.md", "specs/halo-security.yaml"],
        &["two-tables.md", "halo-security.yaml", "--table", "3"],
        None,
    ),
    case(
        "error-no-such-column",
        &["sources/teleport.md", "specs/teleport.yaml"],
        &["teleport.md", "teleport.yaml", "--column", "Event=name"],
        None,
    ),
    case(
        "error-duplicate-names",
        &["bad/duplicate-names.md", "specs/halo-security.yaml"],
        &["duplicate-names.md", "halo-security.yaml"],
        None,
    ),
    case(
        "error-code-not-a-number",
        &["bad/bad-code.json", "specs/privx.yaml"],
        &["bad-code.json", "privx.yaml"],
        None,
    ),
    case(
        "error-keys-the-source-lacks",
        &["sources/halo-types.json", "specs/halo-security.yaml"],
        &["halo-types.json", "halo-security.yaml", "--keys", "code"],
        None,
    ),
    case(
        "error-new-spec-would-not-load",
        &["bad/non-ascii-name.md"],
        &[
            "non-ascii-name.md",
            "halo-security.yaml",
            "--catalog",
            "halo-security",
            "--title",
            "Halo Security events",
            "--document",
            "Events",
        ],
        None,
    ),
    case(
        "error-updated-spec-would-not-load",
        &["bad/non-ascii-name.md", "specs/halo-security.yaml"],
        &["non-ascii-name.md", "halo-security.yaml"],
        None,
    ),
    case(
        "error-layout-cannot-take-the-edit",
        &["sources/halo-types.json", "bad/one-line-events.yaml"],
        &["halo-types.json", "one-line-events.yaml"],
        None,
    ),
    case(
        "error-spec-does-not-load",
        &["sources/halo-types.json", "bad/broken-spec.yaml"],
        &["halo-types.json", "broken-spec.yaml"],
        None,
    ),
    case(
        "error-create-without-id",
        &["sources/halo-types.json"],
        &["halo-types.json", "new.yaml"],
        None,
    ),
    case(
        "error-create-without-document",
        &["sources/halo-types.json"],
        &[
            "halo-types.json",
            "new.yaml",
            "--catalog",
            "halo-security",
            "--title",
            "Halo Security events",
        ],
        None,
    ),
    case(
        "error-create-options-on-update",
        &["sources/halo-types.json", "specs/halo-security.yaml"],
        &[
            "halo-types.json",
            "halo-security.yaml",
            "--title",
            "Halo events",
            "--match",
            "exact",
        ],
        None,
    ),
    case(
        "error-column-without-key",
        &["sources/teleport.md", "specs/teleport.yaml"],
        &["teleport.md", "teleport.yaml", "--column", "Event Type"],
        None,
    ),
    case(
        "error-no-such-source",
        &["specs/teleport.yaml"],
        &["missing.md", "teleport.yaml"],
        None,
    ),
];

fn run(case: &Case) -> String {
    let root = project_root();
    let fixtures = root.join("tests/import");
    let dir = tempfile::tempdir().unwrap();
    for file in case.files {
        let from = fixtures.join(file);
        let to = dir.path().join(Path::new(file).file_name().unwrap());
        std::fs::copy(&from, &to).unwrap_or_else(|error| panic!("{}: {error}", from.display()));
    }
    let before = case
        .writes
        .and_then(|spec| std::fs::read_to_string(dir.path().join(spec)).ok());
    let mut child = Command::new(env!("CARGO_BIN_EXE_eventgen"))
        .arg("import")
        .args(case.args)
        .current_dir(dir.path())
        .env_remove("CLICOLOR_FORCE")
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("eventgen runs");
    let input = case
        .stdin
        .map(|file| std::fs::read(fixtures.join(file)).unwrap())
        .unwrap_or_default();
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let output = child.wait_with_output().unwrap();
    let mut report = format!(
        "exit code: {}\n--- stdout\n{}--- stderr\n{}",
        output.status.code().unwrap(),
        text(&output.stdout),
        text(&output.stderr)
    );
    if let Some(spec) = case.writes {
        let path = dir.path().join(spec);
        let after = std::fs::read_to_string(&path).ok();
        if case.args.contains(&"--write") {
            let after = after.expect("the spec is written");
            // What is written loads, and is what the diff showed.
            eventgen_catalog::load_str(spec, &after).unwrap_or_else(|error| panic!("{error}"));
            let _ = write!(report, "--- {spec} as written\n{after}");
        } else {
            assert_eq!(after, before, "without --write nothing is written");
        }
    }
    report
}

#[test]
fn import_cases() {
    let mut names = std::collections::HashSet::new();
    for case in CASES {
        assert!(names.insert(case.name), "two cases named {}", case.name);
        let report = run(case);
        insta::with_settings!({ description => case.args.join(" "), omit_expression => true }, {
            insta::assert_snapshot!(case.name, report);
        });
    }
}

#[test]
fn every_source_shape_has_a_create_and_an_update_case() {
    for source in [
        "sources/teleport.md",
        "sources/cloudpassage.md",
        "sources/halo-security.md",
        "sources/privx.txt",
        "sources/halo-types.json",
        "sources/privx-codes.json",
    ] {
        for mode in ["create-", "update-"] {
            assert!(
                CASES
                    .iter()
                    .any(|case| case.name.starts_with(mode) && case.files.contains(&source)),
                "no {mode} case for {source}"
            );
        }
    }
}

/// A new spec starts with the comment that names the JSON Schema, as a path from the
/// spec's folder to the project's `specs/catalog.schema.json`.
#[test]
fn new_specs_name_the_schema_of_their_project() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path();
    std::fs::create_dir_all(project.join("specs")).unwrap();
    std::fs::create_dir_all(project.join("vendor/docs")).unwrap();
    std::fs::copy(
        project_root().join("specs/catalog.schema.json"),
        project.join("specs/catalog.schema.json"),
    )
    .unwrap();
    let source = project_root().join("tests/import/sources/halo-types.json");
    for (cwd, spec, schema) in [
        ("", "specs/new.yaml", "catalog.schema.json"),
        (
            "",
            "vendor/docs/new.yaml",
            "../../specs/catalog.schema.json",
        ),
        ("vendor", "../specs/other.yaml", "catalog.schema.json"),
        (
            "vendor/docs",
            "other.yaml",
            "../../specs/catalog.schema.json",
        ),
    ] {
        let cwd = project.join(cwd);
        let output = Command::new(env!("CARGO_BIN_EXE_eventgen"))
            .arg("import")
            .arg(&source)
            .args([
                spec,
                "--catalog",
                "example",
                "--title",
                "Example",
                "--document",
                "D",
            ])
            .arg("--write")
            .current_dir(&cwd)
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", text(&output.stderr));
        let written = std::fs::read_to_string(cwd.join(spec)).unwrap();
        assert_eq!(
            written.lines().next(),
            Some(format!("# yaml-language-server: $schema={schema}").as_str()),
            "{spec}"
        );
    }
}

#[test]
fn importing_what_was_just_written_changes_nothing() {
    let fixtures = project_root().join("tests/import");
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixtures.join("specs/privx.yaml"),
        dir.path().join("privx.yaml"),
    )
    .unwrap();
    std::fs::copy(
        fixtures.join("sources/privx.txt"),
        dir.path().join("privx.txt"),
    )
    .unwrap();
    let import = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_eventgen"))
            .args(["import", "privx.txt", "privx.yaml"])
            .args(extra)
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    assert!(import(&["--write"]).status.success());
    let check = import(&["--check"]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));
    let again = import(&[]);
    assert!(again.status.success());
    assert_eq!(text(&again.stdout), "");
    assert!(
        text(&again.stderr)
            .contains("privx.yaml is up to date with privx.txt: 8 events, no changes\n"),
        "{}",
        text(&again.stderr)
    );
}
