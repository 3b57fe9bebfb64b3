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

use eventgen_catalog::{Catalog, DEFAULT_OTHER, MatchMode, Source};

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
    /// The JSON Schema of specs, as a path from the spec's folder, for the comment that
    /// points editors at it (`catalog.schema.json` in `specs/`); no comment when `None`.
    pub(crate) schema_comment: Option<String>,
}

/// The text of a new spec.
pub(crate) fn render(spec: &NewSpec) -> String {
    let text = |value: &str| scalar(value, Context::Block);
    let mut out = String::new();
    if let Some(schema) = &spec.schema_comment {
        let _ = writeln!(out, "# yaml-language-server: $schema={schema}");
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
    let _ = writeln!(out, "match: {}", spec.match_mode);
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

/// Checks that `loaded`, read from the rendering of `spec`, is exactly `spec`: the
/// writer's promise, checked on every spec it writes.
pub(crate) fn reads_back(spec: &NewSpec, loaded: &Catalog) -> Result<(), String> {
    let same_catalog = loaded.id == spec.id
        && loaded.title == spec.title
        && loaded.type_name == spec.type_name
        && loaded.source == spec.source
        && loaded.match_mode == spec.match_mode
        && loaded.other == spec.other;
    if !same_catalog {
        return Err("the catalog's keys do not read back as written".to_owned());
    }
    if loaded.events.len() != spec.events.len() {
        return Err(format!(
            "{} written, {} read back",
            eventgen_catalog::count(spec.events.len(), "event"),
            loaded.events.len()
        ));
    }
    for (loaded, written) in loaded.events.iter().zip(&spec.events) {
        if EventFields::of(loaded) != *written {
            return Err(format!(
                "event `{}` does not read back as written",
                written.name.escape_debug()
            ));
        }
    }
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn spec(events: Vec<EventFields>, match_mode: MatchMode) -> NewSpec {
        NewSpec {
            id: "demo".to_owned(),
            title: "Demo: events # all".to_owned(),
            type_name: "DemoEvent".to_owned(),
            source: Source {
                document: "- Demo reference".to_owned(),
                url: Some("https://example.com/events?a=1#list".to_owned()),
                version: Some("1.0".to_owned()),
            },
            match_mode,
            other: "Unlisted".to_owned(),
            events,
            schema_comment: Some("catalog.schema.json".to_owned()),
        }
    }

    /// Text the loader accepts for a label, description or category: not blank.
    fn text() -> impl Strategy<Value = Option<String>> {
        proptest::option::of(
            "\\PC{1,12}|[ -~\\t\\n]{1,12}"
                .prop_filter("not blank", |text: &String| !text.trim().is_empty()),
        )
    }

    fn event() -> impl Strategy<Value = EventFields> {
        (
            "[a-z][a-z0-9]{0,6}([._-][a-z0-9]{1,4}){0,2}",
            text(),
            text(),
            text(),
            text(),
        )
            .prop_map(|(name, label, description, category, note)| EventFields {
                name,
                label,
                description,
                category,
                note,
                ..EventFields::default()
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]
        /// Whatever the values, the written spec loads as exactly what was written.
        #[test]
        fn any_new_spec_reads_back_as_written(
            events in proptest::collection::vec(event(), 1..6),
            coded in any::<bool>(),
        ) {
            let mut events = events;
            // Distinct names, and (in a coded catalog) codes.
            let mut seen = std::collections::HashSet::new();
            events.retain(|event| seen.insert(event.name.replace(['.', '_', '-'], "")));
            if coded {
                for (code, event) in (0_u32..).step_by(7).zip(&mut events) {
                    event.code = Some(code);
                }
            }
            let spec = spec(events, MatchMode::Exact);
            let text = render(&spec);
            let loaded = eventgen_catalog::load_str("demo.yaml", &text)
                .unwrap_or_else(|error| panic!("{error}\n{text}"));
            prop_assert_eq!(reads_back(&spec, &loaded), Ok(()));
        }
    }

    #[test]
    fn a_flow_event_reads_back() {
        let event = EventFields {
            name: "a.b".to_owned(),
            code: Some(3),
            description: Some("x, [y]: {z}".to_owned()),
            ..EventFields::default()
        };
        assert_eq!(
            flow_event(&event),
            "{name: a.b, code: 3, description: 'x, [y]: {z}'}"
        );
    }
}
