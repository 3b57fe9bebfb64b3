//! Where each part of a spec is written, in bytes of its text.
//!
//! The model says what a spec means. A tool that edits a spec in place (the importer
//! updating a description, adding an event) also needs to know where each value stands,
//! so that it rewrites that value and nothing else: comments, blank lines, quoting and key
//! order stay as their author left them.
//!
//! ```
//! let text = "catalog: demo\ntitle: Demo # comment\nsource: {document: Demo}\nevents:\n  - name: a\n";
//! let layout = eventgen_catalog::layout::layout("demo.yaml", text).unwrap();
//! let title = layout.top.entry("title").unwrap();
//! assert_eq!(&text[title.value.clone()], "Demo");
//! assert!(layout.source.as_ref().unwrap().flow);
//! assert_eq!(&text[layout.events[0].entry("name").unwrap().value.clone()], "a");
//! ```

use std::ops::Range;

use crate::diagnostic::{Diagnostic, LoadError, Position};
use crate::yaml::{self, Node, Value};

/// Where the top-level mapping, the `source` mapping and each event are written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub top: Mapping,
    /// The value of `source`, when it is a mapping.
    pub source: Option<Mapping>,
    /// The items of `events` that are mappings, in file order: for a spec that loads, one
    /// per event of its catalog, in the same order.
    pub events: Vec<Mapping>,
}

/// A mapping and its entries, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping {
    /// From the first key (a block mapping) or the `{` (a flow mapping) to the end of the
    /// last value (or the `}`).
    pub span: Range<usize>,
    /// Written `{ key: value, … }` rather than one key per line.
    pub flow: bool,
    pub entries: Vec<Entry>,
}

impl Mapping {
    /// The entry with this key, if the mapping has it.
    pub fn entry(&self, key: &str) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.key == key)
    }
}

/// One `key: value` of a mapping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The key as YAML reads it (without quotes).
    pub key: String,
    /// The key as written, quotes included.
    pub key_span: Range<usize>,
    /// The value as written: a scalar with its quotes, a block scalar from its `|` or `>`
    /// header to the end of its last line of content, a collection from its first item
    /// (or bracket) to the end of its last item (or bracket). A trailing comment is not
    /// part of it.
    pub value: Range<usize>,
    /// The value is a scalar (plain, quoted or block), not a collection.
    pub scalar: bool,
}

/// The layout of spec text. The text should be a spec that loads: only its YAML syntax is
/// checked here, and parts that are not where a spec has them (a `source` that is not a
/// mapping, an event that is not one) are left out.
pub fn layout(path: &str, text: &str) -> Result<Layout, LoadError> {
    let root = yaml::parse(text)
        .map_err(|diagnostic| LoadError::new(path, Some(text), vec![diagnostic]))?;
    let Some(top) = mapping(text, &root) else {
        return Err(LoadError::new(
            path,
            Some(text),
            vec![Diagnostic::new(
                Position::START,
                "the spec is not a mapping".to_owned(),
            )],
        ));
    };
    let Value::Mapping(entries) = &root.value else {
        unreachable!("`mapping` accepted the root")
    };
    let value_of = |name: &str| {
        entries.iter().find_map(|(key, value)| {
            matches!(&key.value, Value::String(key) if key == name).then_some(value)
        })
    };
    let source = value_of("source").and_then(|node| mapping(text, node));
    let events = match value_of("events").map(|node| &node.value) {
        Some(Value::Sequence(items)) => items
            .iter()
            .filter_map(|item| mapping(text, item))
            .collect(),
        _ => Vec::new(),
    };
    Ok(Layout {
        top,
        source,
        events,
    })
}

fn mapping(text: &str, node: &Node) -> Option<Mapping> {
    let Value::Mapping(pairs) = &node.value else {
        return None;
    };
    let entries: Vec<Entry> = pairs
        .iter()
        .filter_map(|(key, value)| {
            let Value::String(name) = &key.value else {
                return None;
            };
            Some(Entry {
                key: name.clone(),
                key_span: key.span.clone(),
                value: extent(text, value, Some(key.span.end)),
                scalar: !matches!(value.value, Value::Mapping(_) | Value::Sequence(_)),
            })
        })
        .collect();
    let span = extent(text, node, None);
    Some(Mapping {
        flow: is_flow(text, node),
        span,
        entries,
    })
}

fn is_flow(text: &str, node: &Node) -> bool {
    matches!(text.as_bytes().get(node.span.start), Some(b'{' | b'['))
        && matches!(node.value, Value::Mapping(_) | Value::Sequence(_))
}

/// The bytes a value is written in (see [`Entry::value`]). `key_end` is where the key
/// of a mapping value ends, to find a block scalar's header after it.
fn extent(text: &str, node: &Node, key_end: Option<usize>) -> Range<usize> {
    let start = node.span.start.min(text.len());
    match &node.value {
        Value::Mapping(pairs) => {
            let last = pairs
                .last()
                .map(|(key, value)| extent(text, value, Some(key.span.end)).end);
            collection_extent(text, node, last)
        }
        Value::Sequence(items) => {
            let last = items.last().map(|item| extent(text, item, None).end);
            collection_extent(text, node, last)
        }
        _ => {
            let end = node.span.end.clamp(start, text.len());
            // A block scalar's content ends with the line breaks its chomping keeps.
            let end = start + text[start..end].trim_end().len();
            let header = key_end.and_then(|key_end| block_scalar_header(text, key_end, start));
            header.unwrap_or(start)..end
        }
    }
}

fn collection_extent(text: &str, node: &Node, last_child_end: Option<usize>) -> Range<usize> {
    let start = node.span.start.min(text.len());
    let after_children = last_child_end.unwrap_or(start).max(start);
    let closing = match text.as_bytes().get(start) {
        Some(b'{') => b'}',
        Some(b'[') => b']',
        _ => return start..after_children,
    };
    let from = if last_child_end.is_some() {
        after_children
    } else {
        start + 1
    };
    match closing_bracket(text, from, closing) {
        Some(index) => start..index + 1,
        None => start..after_children,
    }
}

/// The closing bracket after the last item of a flow collection: only blanks, commas,
/// line breaks and comments may stand between them.
fn closing_bracket(text: &str, from: usize, closing: u8) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut index = from;
    while let Some(&byte) = bytes.get(index) {
        match byte {
            b' ' | b'\t' | b'\r' | b'\n' | b',' => index += 1,
            b'#' => {
                index = text[index..]
                    .find('\n')
                    .map_or(text.len(), |offset| index + offset);
            }
            byte if byte == closing => return Some(index),
            _ => return None,
        }
    }
    None
}

/// The position of the `|` or `>` that opens a block scalar whose content starts at
/// `content`, when the text between the key and the content is `: |` (with its
/// indicators, spaces and a comment) rather than nothing.
fn block_scalar_header(text: &str, key_end: usize, content: usize) -> Option<usize> {
    let between = text.get(key_end..content)?;
    let after_colon = between.trim_start().strip_prefix(':')?;
    let header = after_colon.trim_start_matches([' ', '\t']);
    header
        .starts_with(['|', '>'])
        .then(|| key_end + between.len() - header.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value_text<'t>(text: &'t str, mapping: &Mapping, key: &str) -> &'t str {
        &text[mapping.entry(key).expect("key is there").value.clone()]
    }

    #[test]
    fn scalars_are_spanned_as_written() {
        let text = "\
catalog: demo # the id
title: 'Demo: events'
source:
  document: \"Doc\"
  version: |-
    v1
    v2

events:
  - name: a
    description: plain
      continued
    aliases: [x, 'y']   # comment
  - {name: b, code: 2}
";
        let layout = layout("x.yaml", text).unwrap();
        assert_eq!(value_text(text, &layout.top, "catalog"), "demo");
        assert_eq!(value_text(text, &layout.top, "title"), "'Demo: events'");
        let source = layout.source.as_ref().unwrap();
        assert!(!source.flow);
        assert_eq!(value_text(text, source, "document"), "\"Doc\"");
        assert_eq!(value_text(text, source, "version"), "|-\n    v1\n    v2");
        assert_eq!(layout.events.len(), 2);
        let first = &layout.events[0];
        assert_eq!(
            value_text(text, first, "description"),
            "plain\n      continued"
        );
        assert_eq!(value_text(text, first, "aliases"), "[x, 'y']");
        assert!(!first.entry("aliases").unwrap().scalar);
        assert_eq!(
            &text[first.span.clone()],
            "name: a\n    description: plain\n      continued\n    aliases: [x, 'y']"
        );
        let second = &layout.events[1];
        assert!(second.flow);
        assert_eq!(&text[second.span.clone()], "{name: b, code: 2}");
        assert_eq!(value_text(text, second, "code"), "2");
    }

    #[test]
    fn block_collections_end_with_their_last_item() {
        let text =
            "events:\n  - name: a\n    aliases:\n      - x\n      - \"y\"\n\n# next\n  - name: b\n";
        let layout = layout("x.yaml", text).unwrap();
        let aliases = layout.events[0].entry("aliases").unwrap();
        assert_eq!(&text[aliases.value.clone()], "- x\n      - \"y\"");
        assert_eq!(layout.events[0].span.end, aliases.value.end);
    }

    #[test]
    fn non_ascii_text_is_spanned_in_bytes() {
        let text = "title: Événements\nevents:\n  - name: ä\n    label: \"ü\"\n";
        let layout = layout("x.yaml", text).unwrap();
        assert_eq!(value_text(text, &layout.top, "title"), "Événements");
        assert_eq!(value_text(text, &layout.events[0], "label"), "\"ü\"");
    }

    #[test]
    fn syntax_errors_are_load_errors() {
        let error = layout("x.yaml", "a: [1\n").unwrap_err();
        assert_eq!(error.path, "x.yaml");
    }
}
