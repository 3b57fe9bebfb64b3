//! Specs named on the command line: a file, or `REV:path` read from git.

use std::path::Path;
use std::process::Command;

use eventgen_catalog::{Catalog, Diagnostic, LoadError};

/// Why a named spec could not be loaded.
#[derive(Debug)]
pub(crate) enum SpecError {
    /// The spec was read and has errors (rendered with their snippets).
    Load(LoadError),
    /// It could not be read from git.
    Git(Diagnostic),
}

impl SpecError {
    /// What to show: the spec's errors and the line that closes them, or why git could
    /// not read it.
    pub(crate) fn into_diagnostics(self) -> Vec<Diagnostic> {
        match self {
            SpecError::Load(error) => error.into_diagnostics(),
            SpecError::Git(diagnostic) => vec![diagnostic],
        }
    }
}

/// Loads the spec `name` names: the file at that path if there is one, else, for
/// `REV:path`, the file as committed in `REV`.
pub(crate) fn load(name: &str) -> Result<Catalog, SpecError> {
    match git_revision(name) {
        Some((revision, path)) => {
            let bytes = git_show(name, revision, path)?;
            eventgen_catalog::load_bytes(name, &bytes).map_err(SpecError::Load)
        }
        None => eventgen_catalog::load(name).map_err(SpecError::Load),
    }
}

/// `REV:path` split in two, unless a file is named that (a path can hold a colon).
fn git_revision(name: &str) -> Option<(&str, &str)> {
    if Path::new(name).exists() {
        return None;
    }
    let (revision, path) = name.split_once(':')?;
    (!revision.is_empty() && !path.is_empty()).then_some((revision, path))
}

fn git_show(name: &str, revision: &str, path: &str) -> Result<Vec<u8>, SpecError> {
    if revision.starts_with('-') {
        return Err(SpecError::Git(Diagnostic::error(format!(
            "`{name}` is neither a file nor `REV:path`: a revision cannot start with `-`"
        ))));
    }
    // `cat-file blob` prints the file exactly as committed: no pager, no text
    // conversion, and an error rather than a listing for a folder.
    let output = Command::new("git")
        .args(["cat-file", "blob", &format!("{revision}:{path}")])
        .output()
        .map_err(|error| {
            SpecError::Git(
                Diagnostic::error(format!("cannot run git to read `{name}`: {error}"))
                    .with_help("install git, or name a spec file"),
            )
        })?;
    if output.status.success() {
        return Ok(output.stdout);
    }
    let reason = String::from_utf8_lossy(&output.stderr);
    let reason = reason.trim().trim_start_matches("fatal: ");
    Err(SpecError::Git(
        Diagnostic::error(format!(
            "no file `{name}`, and git cannot read it as `REV:path`: {reason}"
        ))
        .with_help(
            "`REV:path` is a file as committed in a branch, tag or commit, with the path \
             from the repository's root (`main:specs/teleport.yaml`) or from here (`main:./teleport.yaml`)",
        ),
    ))
}
