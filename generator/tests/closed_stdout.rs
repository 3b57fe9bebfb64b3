//! A reader that stops early (`eventgen catalog specs/teleport.yaml | head`) is no error:
//! every command that prints finishes quietly, with the exit code it would have had.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn eventgen(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_eventgen"));
    command
        .args(args)
        .current_dir(project_root())
        .env("RUST_BACKTRACE", "0");
    command
}

/// Runs the command with standard output a pipe whose reader is gone before it starts:
/// its first write fails (`EPIPE`), however little it prints.
fn with_reader_gone(mut command: Command) -> Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    command
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .unwrap()
}

/// Runs the command as `| head -c 100` does: the reader reads a little, then goes away
/// while the command still writes (it prints more than a pipe holds).
fn with_reader_leaving_early(mut command: Command) -> (Vec<u8>, Output) {
    let (mut reader, writer) = std::io::pipe().unwrap();
    let child = command
        .stdout(writer)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The writer now belongs to the child only: `command` keeps a copy until dropped.
    drop(command);
    let mut start = vec![0; 100];
    reader.read_exact(&mut start).unwrap();
    drop(reader);
    (start, child.wait_with_output().unwrap())
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn every_command_that_prints_finishes_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let stale_out = dir.path().to_str().unwrap();
    // (arguments, the exit code the command has whoever reads its output)
    let cases: &[(&[&str], i32)] = &[
        (&["catalog", "specs/teleport.yaml"], 0),
        (&["catalog", "specs/privx.yaml", "--json"], 0),
        (&["check"], 0),
        (&["schema"], 0),
        (&["diff", "specs/teleport.yaml", "specs/teleport.yaml"], 0),
        (
            &[
                "diff",
                "tests/diff/removed/old.yaml",
                "tests/diff/removed/new.yaml",
                "--format",
                "markdown",
            ],
            1,
        ),
        (&["generate", "--check"], 0),
        // Nothing generated there yet: every file is missing, and the check fails.
        (&["generate", "--check", "--out", stale_out], 1),
        (
            &[
                "import",
                "tests/import/sources/teleport.md",
                "tests/import/specs/teleport.yaml",
            ],
            0,
        ),
    ];
    for (args, code) in cases {
        let output = with_reader_gone(eventgen(args));
        let stderr = stderr(&output);
        assert_eq!(output.status.code(), Some(*code), "{args:?}: {stderr}");
        assert!(
            !stderr.contains("panicked") && !stderr.contains("error: cannot write"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn a_reader_that_reads_a_little_then_leaves() {
    let (start, output) = with_reader_leaving_early(eventgen(&[
        "catalog",
        "specs/cloudpassage-halo.yaml",
        "--json",
    ]));
    assert!(start.starts_with(b"{\n  \"catalog\": \"cloudpassage-halo\""));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
}
