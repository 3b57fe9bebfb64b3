//! The eventgen spec model.
//!
//! A spec is a YAML file describing one vendor's catalog of event types. This crate turns
//! it into a checked [`Catalog`] that the macros and the generator share, in three stages
//! kept apart:
//!
//! 1. `yaml`: text → a position-carrying node tree (the only module that knows YAML);
//! 2. `parse`: node tree → raw spec, checking keys and value types;
//! 3. `validate`: raw spec → [`Catalog`], checking what the values mean.
//!
//! Each stage reports every problem it finds, located at `path:line:column`, as a
//! [`LoadError`]; a later stage only runs on what the earlier one accepted.
//!
//! Tools that edit a spec's text in place rather than rewrite it learn where each value
//! is written from [`layout`].
//!
//! ```
//! let spec = r#"
//! catalog: demo
//! title: Demo events
//! source: { document: Demo event reference }
//! events:
//!   - name: session.start
//!     description: A session started.
//! "#;
//! let catalog = eventgen_catalog::load_str("demo.yaml", spec).unwrap();
//! assert_eq!(catalog.type_name, "DemoEvent");
//! assert_eq!(catalog.events[0].ident.rust, "SessionStart");
//! assert_eq!(catalog.events[0].ident.python, "SESSION_START");
//! ```

mod api;
pub mod chars;
pub mod consistency;
mod diagnostic;
pub mod json;
pub mod keys;
pub mod layout;
pub mod markdown;
mod model;
pub mod naming;
mod parse;
pub mod payload;
pub mod reserved;
pub mod rules;
#[cfg(feature = "schema")]
mod schema;
pub mod set;
pub mod suggest;
mod validate;
mod yaml;

use std::io::Read as _;
use std::path::Path;

pub use api::{
    DocumentedValue, Endpoint, Example, Extra, Field, FieldType, Literal, Method, Parameter, Record,
};
pub use diagnostic::{Diagnostic, LoadError, Position, Severity, count, render_all};
pub use model::{
    Catalog, CatalogPositions, DEFAULT_OTHER, Event, MatchMode, Source, UnknownMatchMode,
};
pub use naming::{FieldIdents, Idents};
#[cfg(feature = "schema")]
pub use schema::json_schema;

/// The largest spec accepted. The biggest vendor catalog is about 30 KiB and the
/// generator's 100,000-event benchmark spec about 20 MiB; anything larger is not a spec.
pub const MAX_SPEC_BYTES: u64 = 32 * 1024 * 1024;

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

/// A file's bytes as UTF-8 text without a byte-order mark, or an error at the position
/// of the first invalid byte.
pub fn decode(bytes: &[u8]) -> Result<&str, Diagnostic> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|error| {
        let valid = std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or_default();
        let line = valid.matches('\n').count() + 1;
        let column = valid
            .rsplit('\n')
            .next()
            .unwrap_or_default()
            .chars()
            .count()
            + 1;
        let position = Position {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            column: u32::try_from(column).unwrap_or(u32::MAX),
        };
        Diagnostic::new(
            position,
            format!(
                "the file is not valid UTF-8: byte 0x{:02X} at offset {}",
                bytes[error.valid_up_to()],
                error.valid_up_to()
            ),
        )
        .with_help("save the file as UTF-8")
    })
}
