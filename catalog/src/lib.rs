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
#[cfg(feature = "load")]
pub mod layout;
#[cfg(feature = "load")]
mod load;
pub mod markdown;
mod model;
pub mod naming;
#[cfg(feature = "load")]
mod parse;
pub mod payload;
pub mod reserved;
pub mod rules;
#[cfg(feature = "schema")]
mod schema;
pub mod set;
pub mod suggest;
#[cfg(feature = "load")]
mod validate;
#[cfg(feature = "load")]
mod yaml;

pub use api::{
    DocumentedValue, Endpoint, Example, Extra, Field, FieldType, Literal, Method, Parameter, Record,
};
pub use diagnostic::{Diagnostic, LoadError, Position, Severity, count, render_all};
#[cfg(feature = "load")]
pub use load::{load, load_bytes, load_str, read_text};
pub use model::{
    Catalog, CatalogPositions, DEFAULT_OTHER, Event, MatchMode, Source, UnknownMatchMode,
};
pub use naming::{FieldIdents, Idents};
#[cfg(feature = "schema")]
pub use schema::json_schema;

/// The largest spec accepted. The biggest vendor catalog is about 30 KiB and the
/// generator's 100,000-event benchmark spec about 20 MiB; anything larger is not a spec.
pub const MAX_SPEC_BYTES: u64 = 32 * 1024 * 1024;

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
