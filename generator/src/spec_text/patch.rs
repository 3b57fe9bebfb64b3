//! Edits of a spec's text that leave everything else as it was.
//!
//! Each edit becomes a splice at the bytes the catalog crate's [`layout`] gives: a value
//! is replaced where it is written, a new key goes on its own line after the key it
//! follows in the usual order (see [`EventKey::ALL`]), at the indentation of its event's
//! other keys; new events take the `- ` and indentation of the event they follow (and
//! its one-line `{…}` style, if it has it). Comments, blank lines, quoting and key order
//! elsewhere are untouched.
//!
//! Where the layout leaves no safe place for an edit (a key to add to an event written
//! on one line, an event list written `[…]`), the edit fails with the line to fix by
//! hand; nothing is ever reformatted. And every result is checked: it must load, and
//! load as exactly the catalog the edits describe, or it is not returned.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::ops::Range;

use eventgen_catalog::layout::{self, Layout, Mapping};
use eventgen_catalog::{Catalog, Diagnostic, LoadError, Position, Source};

use super::create;
use eventgen_catalog::keys::SourceKey;

use super::fields::{EventFields, EventKey, FieldValue};
use super::scalar::{Context, scalar};

/// One change to a spec, by event index in the spec as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Edit {
    /// Sets a key of an event, adding it if the event does not have it.
    Set {
        event: usize,
        key: EventKey,
        value: FieldValue,
    },
    /// Removes a key of an event.
    Remove { event: usize, key: EventKey },
    /// Inserts new events after an event (`None`: before the first).
    Insert {
        after: Option<usize>,
        events: Vec<EventFields>,
    },
    /// Removes an event.
    Delete { event: usize },
    /// Sets a key of `source`.
    SetSource { key: SourceKey, value: String },
}

/// Why edits could not be made.
#[derive(Debug)]
pub(crate) enum PatchError {
    /// The text at a place leaves no safe place for an edit: where, and what to do by
    /// hand (a diagnostic not yet placed in the spec).
    Layout(Box<Diagnostic>),
    /// The edits, placed in the text, make text that does not load, although the same
    /// catalog written afresh would: the loader's errors on the edited text.
    Unplaceable(LoadError),
    /// The edited spec does not load: the edits make an invalid catalog (two events
    /// with one code, say). The errors point into the edited text.
    Invalid(LoadError),
}

impl PatchError {
    /// What to show, placed in the spec at `path`, whose text is `text`.
    pub(crate) fn into_diagnostics(self, path: &str, text: &str) -> Vec<Diagnostic> {
        let (headline, error) = match self {
            PatchError::Layout(diagnostic) => return vec![diagnostic.in_source(path, Some(text))],
            PatchError::Unplaceable(error) => (
                Diagnostic::error(format!(
                    "cannot edit `{path}` in place: the edited text does not load"
                ))
                .with_help("make this change by hand"),
                error,
            ),
            PatchError::Invalid(error) => (
                Diagnostic::error("the updated spec would not load").with_help(
                    "the lines below are from the spec as the import would write it; \
                     add what the spec needs by hand (an event's `ident`, say), then import again",
                ),
                error,
            ),
        };
        std::iter::once(headline)
            .chain(error.into_diagnostics())
            .collect()
    }
}

/// An edit that has no safe place at `at` (byte offsets) of `text`: the error underlines
/// what `at` spans on its first line, or the token at its start when it is empty.
fn layout_error(text: &str, at: Range<usize>, message: &str, help: &str) -> PatchError {
    let start = at.start.min(text.len());
    let before = &text[..start];
    let line_start = before.rfind('\n').map_or(0, |index| index + 1);
    let position = Position {
        line: u32::try_from(line_of(text, start)).unwrap_or(u32::MAX),
        column: u32::try_from(before[line_start..].chars().count() + 1).unwrap_or(u32::MAX),
    };
    let mut diagnostic = Diagnostic::error(format!("cannot edit the spec in place: {message}"))
        .at(position)
        .with_help(help);
    let spanned = text.get(start..at.end.min(text.len())).unwrap_or_default();
    let on_its_line = spanned.split('\n').next().unwrap_or_default().trim_end();
    if !on_its_line.is_empty() {
        diagnostic = diagnostic.with_width(on_its_line.chars().count());
    }
    PatchError::Layout(Box::new(diagnostic))
}

/// `text` with `edits` made; `catalog` is what `text` loads as.
pub(crate) fn apply(
    path: &str,
    text: &str,
    catalog: &Catalog,
    edits: &[Edit],
) -> Result<String, PatchError> {
    let layout = layout::layout(path, text).map_err(PatchError::Invalid)?;
    if layout.events.len() != catalog.events.len() {
        return Err(layout_error(
            text,
            0..0,
            "its events could not be told apart in its text",
            "write `events` as a list of mappings, one `- name: …` per event",
        ));
    }
    let editor = Editor {
        text,
        catalog,
        layout: &layout,
        newline: if text.contains("\r\n") { "\r\n" } else { "\n" },
    };
    let deleted: Vec<usize> = edits
        .iter()
        .filter_map(|edit| match edit {
            Edit::Delete { event } => Some(*event),
            _ => None,
        })
        .collect();
    let mut splices = Vec::with_capacity(edits.len());
    for (index, edit) in edits.iter().enumerate() {
        // Keys of an event that goes are moot.
        if let Edit::Set { event, .. } | Edit::Remove { event, .. } = edit
            && deleted.contains(event)
        {
            continue;
        }
        splices.push((editor.splice(edit)?, index));
    }
    // At one place, insertions go before a removal that starts there (new events take
    // the place of a removed first one), and keys added to an event before events
    // inserted after it (both sit at the end of the event's last line).
    splices.sort_by_key(|(splice, index)| {
        (
            splice.range.start,
            !splice.range.is_empty(),
            splice.after_keys,
            *index,
        )
    });
    let mut edited = String::with_capacity(text.len() + 1024);
    let mut cursor = 0;
    for (splice, _) in &splices {
        if splice.range.start < cursor {
            return Err(layout_error(
                text,
                splice.range.start..splice.range.start,
                "two edits fall on the same text",
                "make this change by hand",
            ));
        }
        edited.push_str(&text[cursor..splice.range.start]);
        edited.push_str(&splice.text);
        cursor = splice.range.end;
    }
    edited.push_str(&text[cursor..]);
    verify(path, &edited, catalog, edits)?;
    Ok(edited)
}

/// Replaces `range` of the text with `text`.
struct Splice {
    range: Range<usize>,
    text: String,
    /// Inserted events, which go after keys added at the same place.
    after_keys: bool,
}

struct Editor<'a> {
    text: &'a str,
    catalog: &'a Catalog,
    layout: &'a Layout,
    newline: &'static str,
}

impl Editor<'_> {
    fn splice(&self, edit: &Edit) -> Result<Splice, PatchError> {
        match edit {
            Edit::Set { event, key, value } => {
                let mapping = &self.layout.events[*event];
                self.set(
                    mapping,
                    &self.event_name(*event),
                    key.as_str(),
                    value,
                    &EventKey::NAMES,
                )
            }
            Edit::Remove { event, key } => self.remove(*event, key.as_str()),
            Edit::SetSource { key, value } => {
                let Some(mapping) = &self.layout.source else {
                    return Err(self.layout_error(
                        0..0,
                        "`source` is not a mapping",
                        "write `source:` with `document:` below it",
                    ));
                };
                let value = FieldValue::Text(value.clone());
                self.set(mapping, "`source`", key.as_str(), &value, &SourceKey::NAMES)
            }
            Edit::Delete { event } => {
                let mapping = &self.layout.events[*event];
                let start = self.item_start(mapping, *event)?;
                let end = self.through_line_end(mapping.span.end);
                Ok(Splice {
                    range: start..end,
                    text: String::new(),
                    after_keys: false,
                })
            }
            Edit::Insert { after, events } => self.insert(*after, events),
        }
    }

    /// "event #3 `User-logged-in`"
    fn event_name(&self, index: usize) -> String {
        format!(
            "event #{} `{}`",
            index + 1,
            self.catalog.events[index].name.escape_debug()
        )
    }

    fn layout_error(&self, at: Range<usize>, message: &str, help: &str) -> PatchError {
        layout_error(self.text, at, message, help)
    }

    fn set(
        &self,
        mapping: &Mapping,
        owner: &str,
        key: &str,
        value: &FieldValue,
        order: &[&str],
    ) -> Result<Splice, PatchError> {
        let context = if mapping.flow {
            Context::Flow
        } else {
            Context::Block
        };
        let written = match value {
            FieldValue::Text(text) => scalar(text, context),
            FieldValue::Code(code) => code.to_string(),
        };
        if let Some(entry) = mapping.entry(key) {
            if !entry.scalar {
                return Err(self.layout_error(
                    entry.value.clone(),
                    &format!("the `{key}` of {owner} is not a single value"),
                    "write it as one value",
                ));
            }
            return Ok(Splice {
                range: entry.value.clone(),
                text: written,
                after_keys: false,
            });
        }
        if mapping.flow {
            return Err(self.layout_error(
                mapping.span.clone(),
                &format!("{owner} is written on one line (`{{…}}`), and needs a `{key}`"),
                &format!("add `{key}: {written}` to it by hand, or write it one key per line"),
            ));
        }
        let rank = |name: &str| order.iter().position(|known| *known == name);
        let new_rank = rank(key).unwrap_or(order.len());
        let indent = " ".repeat(
            self.text[line_start(self.text, mapping.span.start)..mapping.span.start]
                .chars()
                .count(),
        );
        let before = mapping
            .entries
            .iter()
            .filter(|entry| rank(&entry.key).is_some_and(|rank| rank < new_rank))
            .max_by_key(|entry| entry.value.end);
        let line = format!("{indent}{key}: {written}");
        if let Some(entry) = before {
            let at = line_end(self.text, entry.value.end);
            return Ok(Splice {
                range: at..at,
                text: format!("{}{line}", self.newline),
                after_keys: false,
            });
        }
        let first = mapping.span.start;
        let at = line_start(self.text, first);
        if !self.text[at..first].trim().is_empty() {
            return Err(self.layout_error(
                first..first,
                &format!("{owner} needs a `{key}` before its first key"),
                &format!("add `{key}: {written}` to it by hand"),
            ));
        }
        Ok(Splice {
            range: at..at,
            text: format!("{line}{}", self.newline),
            after_keys: false,
        })
    }

    fn remove(&self, event: usize, key: &str) -> Result<Splice, PatchError> {
        let mapping = &self.layout.events[event];
        let owner = self.event_name(event);
        let Some(entry) = mapping.entry(key) else {
            return Ok(Splice {
                range: 0..0,
                text: String::new(),
                after_keys: false,
            });
        };
        let start = line_start(self.text, entry.key_span.start);
        if mapping.flow || !self.text[start..entry.key_span.start].trim().is_empty() {
            return Err(self.layout_error(
                entry.key_span.clone(),
                &format!("the `{key}` of {owner} shares its line with other text"),
                &format!("remove `{key}` from it by hand"),
            ));
        }
        Ok(Splice {
            range: start..self.through_line_end(entry.value.end),
            text: String::new(),
            after_keys: false,
        })
    }

    /// Where the line of an event's `- ` starts, if the event starts its list item.
    fn item_start(&self, mapping: &Mapping, event: usize) -> Result<usize, PatchError> {
        let start = line_start(self.text, mapping.span.start);
        if self.text[start..mapping.span.start].trim() == "-" {
            Ok(start)
        } else {
            Err(self.layout_error(
                mapping.span.clone(),
                &format!(
                    "{} is not written as a `- ` item of its own line",
                    self.event_name(event)
                ),
                "write `events` as a list with one `- name: …` item per event",
            ))
        }
    }

    fn insert(&self, after: Option<usize>, events: &[EventFields]) -> Result<Splice, PatchError> {
        let model = after.unwrap_or(0);
        let mapping = &self.layout.events[model];
        let start = self.item_start(mapping, model)?;
        let prefix = &self.text[start..mapping.span.start];
        let indent = " ".repeat(prefix.chars().count());
        let rendered: Vec<String> = events
            .iter()
            .map(|event| {
                if mapping.flow {
                    format!("{prefix}{}", create::flow_event(event))
                } else {
                    create::block_event(event, prefix, &indent, self.newline)
                }
            })
            .collect();
        let block = rendered.join(self.newline);
        Ok(match after {
            Some(_) => {
                let at = line_end(self.text, mapping.span.end);
                Splice {
                    range: at..at,
                    text: format!("{}{block}", self.newline),
                    after_keys: true,
                }
            }
            None => Splice {
                range: start..start,
                text: format!("{block}{}", self.newline),
                after_keys: true,
            },
        })
    }

    /// The end of the line `offset` is on, past its line break.
    fn through_line_end(&self, offset: usize) -> usize {
        let end = line_end(self.text, offset);
        let rest = &self.text[end..];
        end + if rest.starts_with("\r\n") {
            2
        } else {
            usize::from(rest.starts_with('\n'))
        }
    }
}

/// Where the line `offset` is on starts.
fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind('\n').map_or(0, |index| index + 1)
}

/// Where the line `offset` is on ends, before its line break.
fn line_end(text: &str, offset: usize) -> usize {
    let end = text[offset..]
        .find('\n')
        .map_or(text.len(), |index| offset + index);
    if end > offset && text[..end].ends_with('\r') {
        end - 1
    } else {
        end
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The events and source `edits` make of `catalog`.
fn expected(catalog: &Catalog, edits: &[Edit]) -> (Vec<EventFields>, Source) {
    let mut events: Vec<Option<EventFields>> = catalog
        .events
        .iter()
        .map(|event| Some(EventFields::of(event)))
        .collect();
    let mut inserted: BTreeMap<Option<usize>, Vec<EventFields>> = BTreeMap::new();
    let mut source = catalog.source.clone();
    for edit in edits {
        match edit {
            Edit::Set { event, key, value } => {
                if let Some(fields) = &mut events[*event] {
                    fields.set(*key, Some(value.clone()));
                }
            }
            Edit::Remove { event, key } => {
                if let Some(fields) = &mut events[*event] {
                    fields.set(*key, None);
                }
            }
            Edit::Insert { after, events } => {
                inserted
                    .entry(*after)
                    .or_default()
                    .extend(events.iter().cloned());
            }
            Edit::Delete { event } => events[*event] = None,
            Edit::SetSource { key, value } => match key {
                SourceKey::Document => source.document.clone_from(value),
                SourceKey::Url => source.url = Some(value.clone()),
                SourceKey::Version => source.version = Some(value.clone()),
            },
        }
    }
    let mut result = inserted.remove(&None).unwrap_or_default();
    for (index, fields) in events.into_iter().enumerate() {
        result.extend(fields);
        result.extend(inserted.remove(&Some(index)).unwrap_or_default());
    }
    (result, source)
}

/// Checks that `edited` loads as the catalog the edits describe.
fn verify(path: &str, edited: &str, catalog: &Catalog, edits: &[Edit]) -> Result<(), PatchError> {
    let (events, source) = expected(catalog, edits);
    let loaded = match eventgen_catalog::load_str(path, edited) {
        Ok(loaded) => loaded,
        Err(error) => {
            // Whether the edits or their placing is at fault: the same catalog written
            // afresh loads, or fails as well.
            let fresh = create::render(&create::NewSpec {
                id: catalog.id.clone(),
                title: catalog.title.clone(),
                type_name: catalog.type_name.clone(),
                source: source.clone(),
                match_mode: catalog.match_mode,
                other: catalog.other.clone(),
                events,
                schema_comment: None,
            });
            return Err(if eventgen_catalog::load_str(path, &fresh).is_err() {
                PatchError::Invalid(error)
            } else {
                PatchError::Unplaceable(error)
            });
        }
    };
    let same_catalog = loaded.id == catalog.id
        && loaded.title == catalog.title
        && loaded.type_name == catalog.type_name
        && loaded.match_mode == catalog.match_mode
        && loaded.other == catalog.other
        && loaded.source == source;
    let loaded_events: Vec<EventFields> = loaded.events.iter().map(EventFields::of).collect();
    if same_catalog && loaded_events == events {
        return Ok(());
    }
    let differs = loaded_events
        .iter()
        .zip(&events)
        .position(|(loaded, expected)| loaded != expected)
        .unwrap_or(events.len().min(loaded_events.len()));
    let at = loaded
        .events
        .get(differs)
        .map_or(Position::START, |event| event.position);
    let mut message = String::from("the edited text does not read back as intended");
    if let Some(expected) = events.get(differs) {
        let _ = write!(message, " (at event `{}`)", expected.name.escape_debug());
    }
    Err(PatchError::Layout(Box::new(
        Diagnostic::error(format!("cannot edit the spec in place: {message}"))
            .at(at)
            .with_help("make this change by hand"),
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &str = "\
# A comment at the top
catalog: demo   # trailing comment
title: \"Demo events\"
source:
  document: Demo reference
match: exact
events:
  # The first group
  - name: a.start
    code: 1
    description: 'Starts: now'
    aliases: [a.begin]   # old spelling

  - name: a.stop
    code: 2
    ident: a-stop
    note: Kept.
  - {name: b.flow, code: 3}
  - name: c.block
    code: 4
    description: |
      Block text
      on two lines
    label: C
";

    fn catalog(text: &str) -> Catalog {
        eventgen_catalog::load_str("demo.yaml", text).unwrap_or_else(|error| panic!("{error}"))
    }

    fn apply_to(text: &str, edits: &[Edit]) -> Result<String, PatchError> {
        apply("demo.yaml", text, &catalog(text), edits)
    }

    /// The error as the command shows it, for `demo.yaml` holding `text`.
    fn render(error: PatchError, text: &str) -> String {
        eventgen_catalog::render_all(&error.into_diagnostics("demo.yaml", text))
    }

    fn text(value: &str) -> FieldValue {
        FieldValue::Text(value.to_owned())
    }

    fn new_event(name: &str, code: u32, description: &str) -> EventFields {
        EventFields {
            name: name.to_owned(),
            code: Some(code),
            description: Some(description.to_owned()),
            ..EventFields::default()
        }
    }

    #[test]
    fn edits_keep_comments_quoting_and_layout() {
        let edited = apply_to(
            SPEC,
            &[
                Edit::Set {
                    event: 0,
                    key: EventKey::Description,
                    value: text("Starts: later"),
                },
                Edit::Set {
                    event: 0,
                    key: EventKey::Label,
                    value: text("Start"),
                },
                Edit::Set {
                    event: 2,
                    key: EventKey::Code,
                    value: FieldValue::Code(30),
                },
                Edit::Remove {
                    event: 3,
                    key: EventKey::Description,
                },
                Edit::Set {
                    event: 3,
                    key: EventKey::Label,
                    value: text("yes"),
                },
                Edit::Insert {
                    after: Some(1),
                    events: vec![new_event("a.pause", 5, "Paused, for now.")],
                },
                Edit::Insert {
                    after: Some(2),
                    events: vec![new_event("b.flow2", 6, "Flows, too.")],
                },
                Edit::Insert {
                    after: None,
                    events: vec![new_event("0.first", 7, "#1")],
                },
                Edit::SetSource {
                    key: SourceKey::Version,
                    value: "1.0".to_owned(),
                },
            ],
        )
        .unwrap_or_else(|error| panic!("{}", render(error, SPEC)));
        insta::assert_snapshot!(edited, @r#"
        # A comment at the top
        catalog: demo   # trailing comment
        title: "Demo events"
        source:
          document: Demo reference
          version: '1.0'
        match: exact
        events:
          # The first group
          - name: '0.first'
            code: 7
            description: '#1'
          - name: a.start
            code: 1
            label: Start
            description: 'Starts: later'
            aliases: [a.begin]   # old spelling

          - name: a.stop
            code: 2
            ident: a-stop
            note: Kept.
          - name: a.pause
            code: 5
            description: Paused, for now.
          - {name: b.flow, code: 30}
          - {name: b.flow2, code: 6, description: 'Flows, too.'}
          - name: c.block
            code: 4
            label: 'yes'
        "#);
    }

    #[test]
    fn deleting_an_event_takes_its_lines_only() {
        let edited = apply_to(
            SPEC,
            &[Edit::Delete { event: 0 }, Edit::Delete { event: 2 }],
        )
        .unwrap();
        insta::assert_snapshot!(edited, @r#"
        # A comment at the top
        catalog: demo   # trailing comment
        title: "Demo events"
        source:
          document: Demo reference
        match: exact
        events:
          # The first group

          - name: a.stop
            code: 2
            ident: a-stop
            note: Kept.
          - name: c.block
            code: 4
            description: |
              Block text
              on two lines
            label: C
        "#);
    }

    #[test]
    fn new_events_can_take_the_place_of_removed_ones() {
        let spec = "catalog: demo\ntitle: Demo\nsource: {document: Demo}\nevents:\n  - name: a\n  - name: b\n";
        let edited = apply_to(
            spec,
            &[
                Edit::Delete { event: 0 },
                Edit::Delete { event: 1 },
                Edit::Insert {
                    after: None,
                    events: vec![new_event("c", 1, "C.")],
                },
            ],
        );
        // Every event replaced: the new one stands where the first was.
        assert!(
            matches!(edited, Ok(ref text) if text.ends_with("events:\n  - name: c\n    code: 1\n    description: C.\n")),
            "{edited:?}"
        );
    }

    #[test]
    fn a_key_for_a_one_line_event_is_refused_with_the_line() {
        let error = apply_to(
            SPEC,
            &[Edit::Set {
                event: 2,
                key: EventKey::Label,
                value: text("B"),
            }],
        )
        .unwrap_err();
        assert_eq!(
            render(error, SPEC),
            "error: cannot edit the spec in place: event #3 `b.flow` is written on one line (`{…}`), and needs a `label`\n  \
             --> demo.yaml:18:5\n   \
             |\n\
             18 |   - {name: b.flow, code: 3}\n   \
             |     ^^^^^^^^^^^^^^^^^^^^^^^\n   \
             = help: add `label: B` to it by hand, or write it one key per line\n"
        );
    }

    #[test]
    fn an_event_list_written_in_brackets_is_refused() {
        let spec = "catalog: demo\ntitle: Demo\nsource: {document: Demo}\nevents: [{name: a}, {name: b}]\n";
        let error = apply_to(
            spec,
            &[Edit::Insert {
                after: Some(0),
                events: vec![new_event("c", 1, "C.")],
            }],
        )
        .unwrap_err();
        assert!(
            matches!(&error, PatchError::Layout(diagnostic) if diagnostic.position.map(|at| at.line) == Some(4) && diagnostic.message.contains("is not written as a `- ` item")),
            "{error:?}"
        );
        let error = apply_to(spec, &[Edit::Delete { event: 1 }]).unwrap_err();
        assert!(
            matches!(&error, PatchError::Layout(diagnostic) if diagnostic.position.map(|at| at.line) == Some(4)),
            "{error:?}"
        );
    }

    #[test]
    fn edits_that_make_an_invalid_catalog_report_its_errors() {
        let error = apply_to(
            SPEC,
            &[Edit::Set {
                event: 1,
                key: EventKey::Code,
                value: FieldValue::Code(1),
            }],
        )
        .unwrap_err();
        let PatchError::Invalid(error) = error else {
            panic!("{error:?}");
        };
        assert!(
            error.render().contains("duplicate code 1"),
            "{}",
            error.render()
        );
    }

    #[test]
    fn windows_line_breaks_stay() {
        let spec = "catalog: demo\r\ntitle: Demo\r\nsource:\r\n  document: Demo\r\nevents:\r\n  - name: a\r\n    code: 1\r\n";
        let edited = apply_to(
            spec,
            &[
                Edit::Set {
                    event: 0,
                    key: EventKey::Label,
                    value: text("A"),
                },
                Edit::Insert {
                    after: Some(0),
                    events: vec![new_event("b", 2, "B.")],
                },
            ],
        )
        .unwrap();
        assert_eq!(
            edited,
            "catalog: demo\r\ntitle: Demo\r\nsource:\r\n  document: Demo\r\nevents:\r\n  - name: a\r\n    code: 1\r\n    label: A\r\n  - name: b\r\n    code: 2\r\n    description: B.\r\n"
        );
    }

    #[test]
    fn no_edits_change_nothing() {
        assert_eq!(apply_to(SPEC, &[]).unwrap(), SPEC);
    }

    /// Every spec of the project and its fixtures takes edits of every kind and reads
    /// back as intended (which `apply` checks itself, and this test checks again).
    #[test]
    fn every_spec_in_the_project_takes_every_kind_of_edit() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut specs = Vec::new();
        for folder in ["specs", "tests/specs/good", "tests/import/specs"] {
            for entry in std::fs::read_dir(root.join(folder)).unwrap() {
                specs.push(entry.unwrap().path());
            }
        }
        for entry in std::fs::read_dir(root.join("tests/diff")).unwrap() {
            specs.push(entry.unwrap().path().join("new.yaml"));
        }
        specs.retain(|path| {
            path.extension()
                .is_some_and(|extension| extension == "yaml")
        });
        assert!(specs.len() > 30, "{specs:?}");
        for path in specs {
            let spec = std::fs::read_to_string(&path).unwrap();
            let catalog = catalog(&spec);
            let last = catalog.events.len() - 1;
            let codes: Vec<u32> = catalog
                .events
                .iter()
                .filter_map(|event| event.code)
                .collect();
            let code = catalog
                .is_coded()
                .then(|| (0..=u32::MAX).find(|code| !codes.contains(code)).unwrap());
            let mut edits: Vec<Edit> = (0..catalog.events.len())
                .map(|event| Edit::Set {
                    event,
                    key: EventKey::Description,
                    value: text("Changed: now, #1"),
                })
                .collect();
            edits.push(Edit::Insert {
                after: Some(last),
                events: vec![EventFields {
                    name: "zz.new-event".to_owned(),
                    code,
                    ..EventFields::default()
                }],
            });
            if last > 0 {
                edits.push(Edit::Delete { event: 0 });
            }
            let edited = apply("spec.yaml", &spec, &catalog, &edits)
                .unwrap_or_else(|error| panic!("{}: {}", path.display(), render(error, &spec)));
            let loaded = super::tests::catalog(&edited);
            assert_eq!(
                loaded.events.len(),
                catalog.events.len() + 1 - usize::from(last > 0),
                "{}",
                path.display()
            );
            assert!(
                loaded.events[..loaded.events.len() - 1]
                    .iter()
                    .all(|event| event.description.as_deref() == Some("Changed: now, #1"))
            );
            assert_eq!(loaded.events.last().unwrap().name, "zz.new-event");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
        /// Whatever text is written, to a new key or over an old value, in a block or a
        /// one-line event, the spec loads back with exactly that text.
        #[test]
        fn any_text_is_written_so_that_it_loads_back(
            text in "\\PC{1,16}|[ -~\\t\\n]{1,16}",
            event in 0..4usize,
            key in proptest::sample::select(vec![EventKey::Label, EventKey::Description, EventKey::Category]),
        ) {
            proptest::prop_assume!(!text.trim().is_empty());
            let one_line_event_without_key = event == 2;
            let edits = [Edit::Set { event, key, value: FieldValue::Text(text.clone()) }];
            let result = apply_to(SPEC, &edits);
            if one_line_event_without_key {
                let refused = matches!(result, Err(PatchError::Layout(_)));
                proptest::prop_assert!(refused, "adding a key to a one-line event is refused");
                return Ok(());
            }
            let edited = result.unwrap_or_else(|error| panic!("{}", render(error, SPEC)));
            // Checked here again, not only by `apply`'s own verification.
            let loaded = catalog(&edited);
            let mut expected: Vec<EventFields> = catalog(SPEC).events.iter().map(EventFields::of).collect();
            expected[event].set(key, Some(FieldValue::Text(text)));
            let loaded: Vec<EventFields> = loaded.events.iter().map(EventFields::of).collect();
            proptest::prop_assert_eq!(loaded, expected);
        }
    }
}
