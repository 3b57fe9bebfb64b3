//! Finding the project's specs, and loading them as the set `check` and `generate` both
//! work on.

use std::path::{Path, PathBuf};

use eventgen_catalog::{Catalog, Diagnostic, LoadError, count, set};

/// The folder that holds the project's specs.
const SPECS_DIR: &str = "specs";

/// Every `*.yaml` in the nearest `specs/` folder, from the current directory up, sorted
/// by file name so that output never depends on the file system's order.
pub(crate) fn discover() -> Result<Vec<PathBuf>, Diagnostic> {
    in_dir(&discover_dir()?)
}

/// The nearest `specs/` folder, from the current directory up, as the user would type it.
pub(crate) fn discover_dir() -> Result<PathBuf, Diagnostic> {
    let cwd = current_dir()?;
    let dir = cwd
        .ancestors()
        .map(|dir| dir.join(SPECS_DIR))
        .find(|dir| dir.is_dir())
        .ok_or_else(|| {
            Diagnostic::error(format!(
                "no `{SPECS_DIR}/` folder here or in any parent folder"
            ))
            .with_help("run eventgen in a project that has one, or name the specs folder with `--specs DIR`")
        })?;
    Ok(relative_to(&dir, &cwd))
}

/// Every `*.yaml` in `dir`, sorted by file name.
pub(crate) fn in_dir(dir: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let cwd = current_dir()?;
    let shown = dir.display().to_string();
    let mut specs: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|error| {
            Diagnostic::error(format!("cannot list `{shown}`: {error}")).in_source(&shown, None)
        })?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "yaml")
        })
        .map(|path| relative_to(&path, &cwd))
        .collect();
    specs.sort();
    if specs.is_empty() {
        return Err(
            Diagnostic::error(format!("`{shown}` holds no `*.yaml` spec"))
                .in_source(&shown, None)
                .with_help("a spec is a `.yaml` file: see the format in `specs/README.md`"),
        );
    }
    Ok(specs)
}

fn current_dir() -> Result<PathBuf, Diagnostic> {
    std::env::current_dir()
        .map_err(|error| Diagnostic::error(format!("cannot read the current directory: {error}")))
}

/// A spec loaded from its file, with its text, for errors that point into it later.
#[derive(Debug)]
pub(crate) struct Loaded {
    /// The path as errors show it: as the user named it, or as found.
    pub(crate) path: String,
    pub(crate) text: String,
    pub(crate) catalog: Catalog,
}

/// Loads the specs at `paths` as one set: each spec, or its errors (its own, or its
/// conflicts with the others, checked by [`set::check`]), in the order of `paths`.
pub(crate) fn load_set(paths: &[PathBuf]) -> Vec<Result<Loaded, Vec<Diagnostic>>> {
    let mut specs: Vec<Result<Loaded, Vec<Diagnostic>>> = paths
        .iter()
        .map(|path| load(path).map_err(LoadError::into_diagnostics))
        .collect();
    let loaded: Vec<(usize, &Loaded)> = specs
        .iter()
        .enumerate()
        .filter_map(|(index, spec)| Some((index, spec.as_ref().ok()?)))
        .collect();
    let members: Vec<set::Member> = loaded
        .iter()
        .map(|(_, spec)| set::Member {
            path: &spec.path,
            text: Some(&spec.text),
            catalog: &spec.catalog,
        })
        .collect();
    let mut conflicts: Vec<(usize, Diagnostic)> = set::check(&members)
        .into_iter()
        .map(|conflict| (loaded[conflict.member].0, conflict.diagnostic))
        .collect();
    conflicts.sort_by_key(|(index, _)| *index);
    for (index, diagnostic) in conflicts {
        match &mut specs[index] {
            Ok(_) => specs[index] = Err(vec![diagnostic]),
            Err(diagnostics) => diagnostics.push(diagnostic),
        }
    }
    specs
}

fn load(path: &Path) -> Result<Loaded, LoadError> {
    let shown = path.display().to_string();
    let text = eventgen_catalog::read_text(path)?;
    let catalog = eventgen_catalog::load_str(&shown, &text)?;
    Ok(Loaded {
        path: shown,
        text,
        catalog,
    })
}

/// `path` as the user would type it from `cwd`: `specs/x.yaml` or `../specs/x.yaml`.
fn relative_to(path: &Path, cwd: &Path) -> PathBuf {
    if let Ok(inside) = path.strip_prefix(cwd) {
        return inside.to_path_buf();
    }
    let mut up = PathBuf::new();
    for ancestor in cwd.ancestors() {
        if let Ok(rest) = path.strip_prefix(ancestor) {
            return up.join(rest);
        }
        up.push("..");
    }
    path.to_path_buf()
}

/// "1 spec failed", "2 of 5 specs failed".
pub(crate) fn failed(failed: usize, total: usize) -> String {
    if failed == total {
        format!("{} failed", count(failed, "spec"))
    } else {
        format!("{failed} of {} failed", count(total, "spec"))
    }
}
