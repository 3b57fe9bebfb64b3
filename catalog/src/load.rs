//! Spec files → a checked [`Catalog`]: reading, decoding, and the three stages (feature
//! `load`, which brings the YAML parser: the command needs it, and the macros for
//! `spec = ...` and `catalog!`).

use std::io::Read as _;
use std::path::Path;

use crate::diagnostic::{self, Diagnostic, LoadError};
use crate::model::Catalog;
use crate::{MAX_SPEC_BYTES, decode, parse, validate, yaml};

/// Reads, parses and validates the spec at `path`.
pub fn load(path: impl AsRef<Path>) -> Result<Catalog, LoadError> {
    let path = path.as_ref();
    load_str(&path.display().to_string(), &read_text(path)?)
}

/// Reads the spec file at `path` as text: UTF-8 (a byte-order mark is dropped), within
/// [`MAX_SPEC_BYTES`]. For callers that keep the text, to point into it later.
pub fn read_text(path: impl AsRef<Path>) -> Result<String, LoadError> {
    let path = path.as_ref();
    let shown = path.display().to_string();
    let fail = |diagnostic| LoadError::new(&shown, None, vec![diagnostic]);
    let bytes = read(path).map_err(fail)?;
    decode(&bytes).map(str::to_owned).map_err(fail)
}

/// Parses and validates spec bytes; `path` is only used in error messages.
pub fn load_bytes(path: &str, bytes: &[u8]) -> Result<Catalog, LoadError> {
    let text = decode(bytes).map_err(|diagnostic| LoadError::new(path, None, vec![diagnostic]))?;
    load_str(path, text)
}

/// Parses and validates spec text; `path` is only used in error messages.
pub fn load_str(path: &str, text: &str) -> Result<Catalog, LoadError> {
    let fail = |diagnostics| LoadError::new(path, Some(text), diagnostics);
    if text.len() as u64 > MAX_SPEC_BYTES {
        return Err(fail(vec![too_large(text.len() as u64)]));
    }
    let root = yaml::parse(text).map_err(|diagnostic| fail(vec![diagnostic]))?;
    let mut diagnostics = Vec::new();
    let catalog = parse::parse_spec(&root, text, &mut diagnostics)
        .and_then(|raw| validate::validate(raw, &mut diagnostics));
    match catalog {
        Some(catalog) if diagnostics.is_empty() => Ok(catalog),
        _ => Err(fail(diagnostics)),
    }
}

fn read(path: &Path) -> Result<Vec<u8>, diagnostic::Diagnostic> {
    let shown = path.display();
    let io_error =
        |error: std::io::Error| Diagnostic::whole_file(format!("cannot read `{shown}`: {error}"));
    let metadata = std::fs::metadata(path).map_err(io_error)?;
    if metadata.is_dir() {
        return Err(
            Diagnostic::whole_file(format!("`{shown}` is a directory, not a spec file"))
                .with_help("name a `.yaml` file, e.g. `specs/teleport.yaml`"),
        );
    }
    if metadata.len() > MAX_SPEC_BYTES {
        return Err(too_large(metadata.len()));
    }
    // `take` also bounds files whose size the metadata does not tell (pipes, devices).
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| file.take(MAX_SPEC_BYTES + 1).read_to_end(&mut bytes))
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_SPEC_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

fn too_large(size: u64) -> Diagnostic {
    Diagnostic::whole_file(format!(
        "the file is too large to be a spec ({size} bytes; the limit is {MAX_SPEC_BYTES})"
    ))
    .with_help("a spec lists one vendor's event types; split a larger catalog by vendor")
}
