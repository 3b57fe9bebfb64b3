//! Finding the project's specs.

use std::path::{Path, PathBuf};

/// The folder that holds the project's specs.
const SPECS_DIR: &str = "specs";

/// Every `*.yaml` in the nearest `specs/` folder, from the current directory up, sorted
/// by file name so that output never depends on the file system's order.
pub(crate) fn discover() -> Result<Vec<PathBuf>, String> {
    in_dir(&discover_dir()?)
}

/// The nearest `specs/` folder, from the current directory up, as the user would type it.
pub(crate) fn discover_dir() -> Result<PathBuf, String> {
    let cwd = std::env::current_dir()
        .map_err(|error| format!("cannot read the current directory: {error}"))?;
    let dir = cwd
        .ancestors()
        .map(|dir| dir.join(SPECS_DIR))
        .find(|dir| dir.is_dir())
        .ok_or_else(|| format!("no `{SPECS_DIR}/` folder here or in any parent folder"))?;
    Ok(relative_to(&dir, &cwd))
}

/// Every `*.yaml` in `dir`, sorted by file name.
pub(crate) fn in_dir(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let cwd = std::env::current_dir()
        .map_err(|error| format!("cannot read the current directory: {error}"))?;
    let shown = dir.to_path_buf();
    let mut specs: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|error| format!("cannot list `{}`: {error}", shown.display()))?
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
        return Err(format!("`{}` holds no `*.yaml` spec", shown.display()));
    }
    Ok(specs)
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
