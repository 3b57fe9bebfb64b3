//! `eventgen diff` on the fixture pairs in `tests/diff/`: one folder per kind of change
//! (plus none, a vendor update and a pile of breaking changes), each with `old.yaml` and
//! `new.yaml`. The snapshot of a pair holds the exit code and the output in all three
//! formats, so a reviewer sees the classification, its reasons and how each reads.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn eventgen(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_eventgen"))
        .args(args)
        .current_dir(cwd)
        .env_remove("CLICOLOR_FORCE")
        .env_remove("NO_COLOR")
        .output()
        .expect("eventgen runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("output is UTF-8")
}

#[test]
fn each_fixture_pair_is_classified_in_every_format() {
    let root = project_root();
    insta::glob!("../../tests/diff", "*/new.yaml", |new| {
        let case = new.parent().unwrap().file_name().unwrap().to_str().unwrap();
        let old = format!("tests/diff/{case}/old.yaml");
        let new = format!("tests/diff/{case}/new.yaml");
        let mut report = String::new();
        let mut codes = Vec::new();
        for format in ["human", "markdown", "json"] {
            let output = eventgen(&["diff", &old, &new, "--format", format], &root);
            codes.push(output.status.code());
            let _ = write!(report, "--- {format} (stdout)\n{}", text(&output.stdout));
            if format == "human" {
                let _ = write!(report, "--- stderr\n{}", text(&output.stderr));
            }
        }
        assert!(
            codes.windows(2).all(|pair| pair[0] == pair[1]),
            "every format exits alike: {codes:?}"
        );
        // The JSON agrees with the exit code.
        let json = eventgen(&["diff", &old, &new, "--format", "json"], &root);
        let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
        let breaking = json["breaking"].as_u64().unwrap();
        assert_eq!(codes[0], Some(i32::from(breaking > 0)));
        // A breaking change, and only one, calls for a major release.
        assert_eq!(json["release"]["bump"] == "major", breaking > 0, "{json}");
        insta::assert_snapshot!(format!("exit code: {}\n{report}", codes[0].unwrap()));
    });
}

#[test]
fn allow_breaking_exits_with_0_and_still_reports() {
    let output = eventgen(
        &[
            "diff",
            "tests/diff/removed/old.yaml",
            "tests/diff/removed/new.yaml",
            "--allow-breaking",
        ],
        &project_root(),
    );
    assert_eq!(output.status.code(), Some(0));
    assert!(text(&output.stdout).contains("breaking    `session.end` removed"));
    assert_eq!(text(&output.stderr), "");
}

#[test]
fn a_spec_that_cannot_be_loaded_exits_with_2() {
    let root = project_root();
    let output = eventgen(
        &[
            "diff",
            "tests/specs/bad/duplicate-names.yaml",
            "specs/privx.yaml",
        ],
        &root,
    );
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(text(&output.stdout), "");
    assert!(text(&output.stderr).contains("error: duplicate event name"));

    let output = eventgen(&["diff", "no-such.yaml", "specs/privx.yaml"], &root);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("cannot read `no-such.yaml`"));
}

#[test]
fn colour_only_when_asked_for_and_never_under_no_color() {
    let root = project_root();
    let args = [
        "diff",
        "tests/diff/removed/old.yaml",
        "tests/diff/removed/new.yaml",
    ];
    let plain = eventgen(&args, &root);
    assert!(
        !text(&plain.stdout).contains('\u{1b}'),
        "not a terminal: no colour"
    );

    let run = |vars: &[(&str, &str)]| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_eventgen"));
        command.args(args).current_dir(&root).env_remove("NO_COLOR");
        for (key, value) in vars {
            command.env(key, value);
        }
        text(&command.output().unwrap().stdout)
    };
    let forced = run(&[("CLICOLOR_FORCE", "1")]);
    assert!(forced.contains("\u{1b}[1m\u{1b}[31mbreaking"), "{forced:?}");
    let refused = run(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]);
    assert!(!refused.contains('\u{1b}'), "{refused:?}");
    // Markdown and JSON never carry colour.
    let markdown = Command::new(env!("CARGO_BIN_EXE_eventgen"))
        .args(args)
        .args(["--format", "markdown"])
        .current_dir(&root)
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    assert!(!text(&markdown.stdout).contains('\u{1b}'));
}

/// A repository with one commit of a spec, then the spec changed in the work tree.
fn repository_with_a_changed_spec() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let git = |args: &[&str]| {
        let output = Command::new("git")
            .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
            .args(args)
            .current_dir(dir.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", dir.path())
            .output()
            .expect("git runs");
        assert!(output.status.success(), "{}", text(&output.stderr));
    };
    git(&["init", "--quiet", "--initial-branch=main"]);
    std::fs::create_dir(dir.path().join("specs")).unwrap();
    let root = project_root();
    let spec = dir.path().join("specs/demo.yaml");
    std::fs::copy(root.join("tests/diff/removed/old.yaml"), &spec).unwrap();
    git(&["add", "."]);
    git(&["commit", "--quiet", "-m", "demo"]);
    std::fs::copy(root.join("tests/diff/removed/new.yaml"), &spec).unwrap();
    dir
}

#[test]
fn revisions_are_read_from_git() {
    let repo = repository_with_a_changed_spec();
    let output = eventgen(
        &["diff", "main:specs/demo.yaml", "specs/demo.yaml"],
        repo.path(),
    );
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert!(
        stdout.starts_with("main:specs/demo.yaml → specs/demo.yaml: 1 change, 1 breaking\n"),
        "{stdout}"
    );

    // From a subfolder, `./` makes the path relative to it, as git reads it.
    let output = eventgen(
        &["diff", "HEAD:./demo.yaml", "demo.yaml"],
        &repo.path().join("specs"),
    );
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));

    let output = eventgen(
        &["diff", "main:specs/nope.yaml", "specs/demo.yaml"],
        repo.path(),
    );
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(
        stderr.starts_with("error: no file `main:specs/nope.yaml`, and git cannot read it as `REV:path`: path 'specs/nope.yaml' does not exist in 'main'\n"),
        "{stderr}"
    );
}
