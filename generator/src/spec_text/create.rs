//! A new spec, written in the layout of the committed ones:
//!
//! ```yaml
//! # yaml-language-server: $schema=catalog.schema.json
//! catalog: privx
//! title: PrivX audit events
//! type: PrivxEvent
//! source:
//!   document: Audit Events Reference
//!   version: v24
//! match: exact
//! events:
//!   - name: License-error
//!     code: 0
//!     description: The system license does not allow operation.
//! ```

use std::fmt::Write as _;

use eventgen_catalog::{MatchMode, Source};

use super::fields::{EventFields, FieldValue};
use super::scalar::{Context, scalar};

/// Everything a new spec says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NewSpec {
    pub(crate) id: String,
    pub(crate) title: String,
    pub(crate) type_name: String,
    pub(crate) source: Source,
    pub(crate) match_mode: MatchMode,
    /// The catch-all's name; written only when it is not the default.
    pub(crate) other: String,
    pub(crate) events: Vec<EventFields>,
    /// Whether to start with the comment that points editors at the JSON Schema next to
    /// the spec (`catalog.schema.json`, as in `specs/`).
    pub(crate) schema_comment: bool,
}

/// The catch-all's name when a spec does not give one.
const DEFAULT_OTHER: &str = "Other";

/// The text of a new spec.
pub(crate) fn render(spec: &NewSpec) -> String {
    let text = |value: &str| scalar(value, Context::Block);
    let mut out = String::new();
    if spec.schema_comment {
        out.push_str("# yaml-language-server: $schema=catalog.schema.json\n");
    }
    let _ = writeln!(out, "catalog: {}", text(&spec.id));
    let _ = writeln!(out, "title: {}", text(&spec.title));
    let _ = writeln!(out, "type: {}", text(&spec.type_name));
    out.push_str("source:\n");
    let _ = writeln!(out, "  document: {}", text(&spec.source.document));
    if let Some(url) = &spec.source.url {
        let _ = writeln!(out, "  url: {}", text(url));
    }
    if let Some(version) = &spec.source.version {
        let _ = writeln!(out, "  version: {}", text(version));
    }
    let mode = match spec.match_mode {
        MatchMode::Exact => "exact",
        MatchMode::AsciiCaseInsensitive => "ascii-case-insensitive",
    };
    let _ = writeln!(out, "match: {mode}");
    if spec.other != DEFAULT_OTHER {
        let _ = writeln!(out, "other: {}", text(&spec.other));
    }
    out.push_str("events:\n");
    for event in &spec.events {
        out.push_str(&block_event(event, "  - ", "    ", "\n"));
        out.push('\n');
    }
    out
}

fn value(value: &FieldValue, context: Context) -> String {
    match value {
        FieldValue::Text(text) => scalar(text, context),
        FieldValue::Code(code) => code.to_string(),
    }
}

/// An event one key per line: the first after `prefix` (`  - `), the others after
/// `indent`; without a final line break.
pub(crate) fn block_event(
    event: &EventFields,
    prefix: &str,
    indent: &str,
    newline: &str,
) -> String {
    let mut out = String::new();
    for (index, (key, field)) in event.written().iter().enumerate() {
        if index > 0 {
            out.push_str(newline);
        }
        out.push_str(if index == 0 { prefix } else { indent });
        let _ = write!(out, "{key}: {}", value(field, Context::Block));
    }
    out
}

/// An event on one line: `{name: a, code: 1}`.
pub(crate) fn flow_event(event: &EventFields) -> String {
    let entries: Vec<String> = event
        .written()
        .iter()
        .map(|(key, field)| format!("{key}: {}", value(field, Context::Flow)))
        .collect();
    format!("{{{}}}", entries.join(", "))
}
