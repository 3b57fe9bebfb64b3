//! Comparing rendered files with the output folder, and writing the difference safely.

use std::collections::{BTreeSet, HashMap};
use std::io;
use std::path::{Path, PathBuf};

use super::{MARKER, OutputFile};

/// How one file of the output folder compares with what was rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Rendered, not on disk.
    Missing(PathBuf),
    /// On disk with other contents.
    Stale(PathBuf),
    /// On disk as rendered.
    Unchanged(PathBuf),
    /// On disk with the generator's header, no longer rendered (its spec is gone).
    Extra(PathBuf),
}

/// Folders never searched for extra files: tool caches, installs and build output (tsc
/// copies the generated header into `dist/`), which hold no files of the generator's.
const SKIPPED_DIRS: &[&str] = &["node_modules", "dist", "target", "__pycache__", ".venv"];

/// Compares `files` with the contents of `out_dir`. Paths are relative to `out_dir`.
pub fn plan(out_dir: &Path, files: &[OutputFile]) -> io::Result<Vec<Change>> {
    let mut changes = Vec::with_capacity(files.len());
    for file in files {
        let change = match std::fs::read(out_dir.join(&file.path)) {
            Ok(existing) if existing == file.contents.as_bytes() => {
                Change::Unchanged(file.path.clone())
            }
            Ok(_) => Change::Stale(file.path.clone()),
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                Change::Missing(file.path.clone())
            }
            Err(error) => return Err(annotate(&error, &out_dir.join(&file.path))),
        };
        changes.push(change);
    }
    let rendered: BTreeSet<&Path> = files.iter().map(|file| file.path.as_path()).collect();
    let mut extras = Vec::new();
    if out_dir.is_dir() {
        find_generated(out_dir, Path::new(""), &mut extras)?;
    }
    changes.extend(
        extras
            .into_iter()
            .filter(|path| !rendered.contains(path.as_path()))
            .map(Change::Extra),
    );
    Ok(changes)
}

/// What applying a plan did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub written: usize,
    pub unchanged: usize,
    pub removed: usize,
}

/// Writes missing and stale files, each replaced atomically (written beside it, then
/// renamed over it), and removes extra ones, and the folders that this leaves empty.
/// Unchanged files are not touched.
pub fn apply(out_dir: &Path, files: &[OutputFile], changes: &[Change]) -> io::Result<Summary> {
    let rendered: HashMap<&Path, &OutputFile> = files
        .iter()
        .map(|file| (file.path.as_path(), file))
        .collect();
    let mut summary = Summary::default();
    for change in changes {
        match change {
            Change::Missing(path) | Change::Stale(path) => {
                let Some(file) = rendered.get(path.as_path()) else {
                    let message = format!("{}: not among the rendered files", path.display());
                    return Err(io::Error::new(io::ErrorKind::InvalidInput, message));
                };
                write_atomically(&out_dir.join(path), file.contents.as_bytes())?;
                summary.written += 1;
            }
            Change::Unchanged(_) => summary.unchanged += 1,
            Change::Extra(path) => {
                let full = out_dir.join(path);
                std::fs::remove_file(&full).map_err(|error| annotate(&error, &full))?;
                // A catalog's own folder (`typescript/src/teleport/`) goes with its last
                // file; `remove_dir` removes only empty folders, so a kept file stops it.
                for folder in path.ancestors().skip(1) {
                    if folder.as_os_str().is_empty()
                        || std::fs::remove_dir(out_dir.join(folder)).is_err()
                    {
                        break;
                    }
                }
                summary.removed += 1;
            }
        }
    }
    Ok(summary)
}

fn write_atomically(path: &Path, contents: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|error| annotate(&error, dir))?;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let temporary = dir.join(format!(".{name}.eventgen-{}", std::process::id()));
    std::fs::write(&temporary, contents).map_err(|error| annotate(&error, &temporary))?;
    std::fs::rename(&temporary, path).map_err(|error| {
        let _ = std::fs::remove_file(&temporary);
        annotate(&error, path)
    })
}

/// Files under `dir` whose first lines carry the generator's marker, as paths relative to
/// the output folder (`prefix` is `dir`'s).
fn find_generated(dir: &Path, prefix: &Path, found: &mut Vec<PathBuf>) -> io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|error| annotate(&error, dir))?
        .collect::<Result<_, _>>()
        .map_err(|error| annotate(&error, dir))?;
    entries.sort_by_key(std::fs::DirEntry::file_name);
    for entry in entries {
        let name = entry.file_name();
        let relative = prefix.join(&name);
        let file_type = entry
            .file_type()
            .map_err(|error| annotate(&error, &entry.path()))?;
        if file_type.is_dir() {
            let skipped = SKIPPED_DIRS.iter().any(|skipped| name == *skipped)
                || name.to_string_lossy().starts_with('.');
            if !skipped {
                find_generated(&entry.path(), &relative, found)?;
            }
        } else if file_type.is_file() && carries_marker(&entry.path())? {
            found.push(relative);
        }
    }
    Ok(())
}

/// Whether a file's first 512 bytes hold the marker: every generated file starts with it.
fn carries_marker(path: &Path) -> io::Result<bool> {
    use std::io::Read as _;
    let mut head = [0; 512];
    let mut file = std::fs::File::open(path).map_err(|error| annotate(&error, path))?;
    let read = file
        .read(&mut head)
        .map_err(|error| annotate(&error, path))?;
    Ok(head[..read]
        .windows(MARKER.len())
        .any(|window| window == MARKER.as_bytes()))
}

fn annotate(error: &io::Error, path: &Path) -> io::Error {
    io::Error::new(error.kind(), format!("{}: {error}", path.display()))
}
