//! Imported entries + an existing spec → the edits that bring the spec up to date.
//!
//! - An entry is the spec's event with the same name (under the catalog's matching
//!   rule) or alias; failing that, in a coded catalog, the event with the same code,
//!   which the vendor renamed.
//! - The keys the import writes are the source's: their values are updated, and removed
//!   where the source leaves them blank. `ident`, `aliases`, `note` and an existing
//!   `deprecated` are the spec author's and never touched.
//! - New entries are inserted in the source's order: after the event of the entry that
//!   precedes them in the source, so a spec kept in document order stays so.
//! - Events the source no longer lists are reported, and marked deprecated (or, with
//!   `prune`, removed).
//! - The document's title and version are updated where the source states them.

use std::borrow::Cow;
use std::collections::HashMap;

use eventgen_catalog::{Catalog, Event};

use eventgen_catalog::Diagnostic;

use super::error::Location;
use super::{Entry, Imported};
use crate::spec_text::fields::{EventFields, EventKey, FieldValue};
use eventgen_catalog::keys::SourceKey;

use crate::spec_text::patch::Edit;

/// What the merge found, for the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Finding {
    Added {
        name: String,
        location: Location,
    },
    Updated {
        name: String,
        key: EventKey,
        old: Option<String>,
        new: Option<String>,
    },
    Renamed {
        old: String,
        new: String,
        code: u32,
    },
    Missing {
        name: String,
        action: MissingAction,
    },
    SourceUpdated {
        key: SourceKey,
        old: Option<String>,
        new: String,
    },
}

/// What became of an event the source no longer lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum MissingAction {
    Deprecated(String),
    AlreadyDeprecated,
    Removed,
}

/// The edits of a spec, and what they mean.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Plan {
    pub(crate) edits: Vec<Edit>,
    pub(crate) findings: Vec<Finding>,
}

/// The plan that brings `catalog` up to date with `imported`.
pub(crate) fn merge(
    catalog: &Catalog,
    imported: &Imported,
    prune: bool,
) -> Result<Plan, Diagnostic> {
    let matches = match_entries(catalog, &imported.entries);
    let mut plan = Plan::default();
    for (entry, matched) in imported.entries.iter().zip(&matches) {
        if let Some(matched) = matched {
            update(catalog, imported, entry, matched, &mut plan);
        }
    }
    insert_new(imported, &matches, &mut plan);
    missing(catalog, imported, &matches, prune, &mut plan)?;
    source(catalog, imported, &mut plan);
    Ok(plan)
}

/// How an entry found its event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Matched {
    event: usize,
    by_code: bool,
    by_alias: bool,
}

fn match_entries(catalog: &Catalog, entries: &[Entry]) -> Vec<Option<Matched>> {
    let mode = catalog.match_mode;
    // Names, then aliases, under the matching rule; hashed, for catalogs of any size.
    let mut by_name: HashMap<Cow<'_, str>, usize> = HashMap::new();
    let mut by_alias: HashMap<Cow<'_, str>, usize> = HashMap::new();
    let mut by_code: HashMap<u32, usize> = HashMap::new();
    for (index, event) in catalog.events.iter().enumerate() {
        by_name.insert(mode.key(&event.name), index);
        for alias in &event.aliases {
            by_alias.insert(mode.key(alias), index);
        }
        if let Some(code) = event.code {
            by_code.insert(code, index);
        }
    }
    let mut taken = vec![false; catalog.events.len()];
    let mut matches: Vec<Option<Matched>> = entries
        .iter()
        .map(|entry| {
            let key = mode.key(&entry.name);
            let (event, by_alias) = match (by_name.get(&key), by_alias.get(&key)) {
                (Some(&event), _) => (event, false),
                (None, Some(&event)) => (event, true),
                (None, None) => return None,
            };
            if std::mem::replace(&mut taken[event], true) {
                return None;
            }
            Some(Matched {
                event,
                by_code: false,
                by_alias,
            })
        })
        .collect();
    for (entry, matched) in entries.iter().zip(&mut matches) {
        let Some(code) = entry.code.filter(|_| matched.is_none()) else {
            continue;
        };
        if let Some(&event) = by_code.get(&code).filter(|&&event| !taken[event]) {
            taken[event] = true;
            *matched = Some(Matched {
                event,
                by_code: true,
                by_alias: false,
            });
        }
    }
    matches
}

fn entry_value(entry: &Entry, key: EventKey) -> Option<FieldValue> {
    let text = |value: &Option<String>| value.clone().map(FieldValue::Text);
    match key {
        EventKey::Name => Some(FieldValue::Text(entry.name.clone())),
        EventKey::Code => entry.code.map(FieldValue::Code),
        EventKey::Label => text(&entry.label),
        EventKey::Description => text(&entry.description),
        EventKey::Category => text(&entry.category),
        EventKey::Url => text(&entry.url),
        EventKey::Ident | EventKey::Aliases | EventKey::Deprecated | EventKey::Note => None,
    }
}

fn shown(value: Option<&FieldValue>) -> Option<String> {
    value.map(|value| match value {
        FieldValue::Text(text) => text.clone(),
        FieldValue::Code(code) => code.to_string(),
    })
}

fn update(
    catalog: &Catalog,
    imported: &Imported,
    entry: &Entry,
    matched: &Matched,
    plan: &mut Plan,
) {
    let event = &catalog.events[matched.event];
    let current = EventFields::of(event);
    // Matched through an alias, the name stays: the author chose which spelling leads.
    if !matched.by_alias && event.name != entry.name {
        plan.edits.push(Edit::Set {
            event: matched.event,
            key: EventKey::Name,
            value: FieldValue::Text(entry.name.clone()),
        });
        plan.findings.push(match (matched.by_code, entry.code) {
            (true, Some(code)) => Finding::Renamed {
                old: event.name.clone(),
                new: entry.name.clone(),
                code,
            },
            _ => Finding::Updated {
                name: entry.name.clone(),
                key: EventKey::Name,
                old: Some(event.name.clone()),
                new: Some(entry.name.clone()),
            },
        });
    }
    for &key in &imported.keys {
        if key == EventKey::Name {
            continue;
        }
        let old = current.get(key);
        let new = entry_value(entry, key);
        if old == new {
            continue;
        }
        plan.edits.push(match &new {
            Some(value) => Edit::Set {
                event: matched.event,
                key,
                value: value.clone(),
            },
            None => Edit::Remove {
                event: matched.event,
                key,
            },
        });
        plan.findings.push(Finding::Updated {
            name: entry.name.clone(),
            key,
            old: shown(old.as_ref()),
            new: shown(new.as_ref()),
        });
    }
}

/// An entry as a new event: the keys the import writes, and the source's notes.
pub(crate) fn new_event(entry: &Entry, keys: &[EventKey]) -> EventFields {
    let mut fields = EventFields {
        name: entry.name.clone(),
        ..EventFields::default()
    };
    for &key in keys {
        fields.set(key, entry_value(entry, key));
    }
    if !entry.notes.is_empty() {
        fields.note = Some(entry.notes.join(" "));
    }
    fields
}

fn insert_new(imported: &Imported, matches: &[Option<Matched>], plan: &mut Plan) {
    // Runs of new entries, each after the event of the entry before the run.
    let mut anchor: Option<usize> = None;
    let mut run: Vec<EventFields> = Vec::new();
    let flush = |anchor: Option<usize>, run: &mut Vec<EventFields>, plan: &mut Plan| {
        if !run.is_empty() {
            plan.edits.push(Edit::Insert {
                after: anchor,
                events: std::mem::take(run),
            });
        }
    };
    for (entry, found) in imported.entries.iter().zip(matches) {
        if let Some(found) = found {
            flush(anchor, &mut run, plan);
            anchor = Some(found.event);
        } else {
            run.push(new_event(entry, &imported.keys));
            plan.findings.push(Finding::Added {
                name: entry.name.clone(),
                location: entry.location,
            });
        }
    }
    flush(anchor, &mut run, plan);
}

fn missing(
    catalog: &Catalog,
    imported: &Imported,
    matches: &[Option<Matched>],
    prune: bool,
    plan: &mut Plan,
) -> Result<(), Diagnostic> {
    let mut listed = vec![false; catalog.events.len()];
    for matched in matches.iter().flatten() {
        listed[matched.event] = true;
    }
    let gone: Vec<(usize, &Event)> = catalog
        .events
        .iter()
        .enumerate()
        .filter(|&(index, _)| !listed[index])
        .collect();
    let adds_none = matches.iter().all(Option::is_some);
    if prune && gone.len() == catalog.events.len() && adds_none {
        return Err(Diagnostic::error(
            "the source lists none of the spec's events: pruning would leave it empty",
        )
        .with_help("check that the source and the spec are the same vendor's catalog"));
    }
    let reason = deprecation_reason(catalog, imported);
    for (index, event) in gone {
        let action = if prune {
            plan.edits.push(Edit::Delete { event: index });
            MissingAction::Removed
        } else if event.deprecated.is_some() {
            MissingAction::AlreadyDeprecated
        } else {
            plan.edits.push(Edit::Set {
                event: index,
                key: EventKey::Deprecated,
                value: FieldValue::Text(reason.clone()),
            });
            MissingAction::Deprecated(reason.clone())
        };
        plan.findings.push(Finding::Missing {
            name: event.name.clone(),
            action,
        });
    }
    Ok(())
}

/// "No longer listed in Audit Events Reference v33."
fn deprecation_reason(catalog: &Catalog, imported: &Imported) -> String {
    let document = imported
        .document
        .as_deref()
        .unwrap_or(&catalog.source.document);
    match &imported.version {
        Some(version) => format!("No longer listed in {document} {version}."),
        None => format!("No longer listed in {document}."),
    }
}

fn source(catalog: &Catalog, imported: &Imported, plan: &mut Plan) {
    let source = &catalog.source;
    for (key, old, new) in [
        (
            SourceKey::Document,
            Some(&source.document),
            &imported.document,
        ),
        (
            SourceKey::Version,
            source.version.as_ref(),
            &imported.version,
        ),
    ] {
        let Some(new) = new else { continue };
        if old == Some(new) {
            continue;
        }
        plan.edits.push(Edit::SetSource {
            key,
            value: new.clone(),
        });
        plan.findings.push(Finding::SourceUpdated {
            key,
            old: old.cloned(),
            new: new.clone(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::Format;

    fn catalog(spec: &str) -> Catalog {
        let text = format!("catalog: demo\ntitle: Demo\nsource: {{document: Demo}}\n{spec}");
        eventgen_catalog::load_str("demo.yaml", &text).unwrap_or_else(|error| panic!("{error}"))
    }

    fn imported(entries: &[(&str, Option<u32>, &str)]) -> Imported {
        Imported {
            format: Format::PrivxCodesJson,
            document: None,
            version: None,
            keys: vec![EventKey::Name, EventKey::Code, EventKey::Description],
            entries: entries
                .iter()
                .enumerate()
                .map(|(index, &(name, code, description))| Entry {
                    location: Location::Item(index + 1),
                    name: name.to_owned(),
                    code,
                    label: None,
                    description: Some(description.to_owned()),
                    category: None,
                    url: None,
                    notes: Vec::new(),
                })
                .collect(),
            warnings: Vec::new(),
        }
    }

    #[test]
    fn an_entry_under_an_alias_updates_its_event_and_keeps_the_name() {
        let catalog =
            catalog("events:\n  - name: a.new\n    aliases: [a.old]\n    description: A.\n");
        let plan = merge(&catalog, &imported(&[("a.old", None, "A, again.")]), false).unwrap();
        assert_eq!(
            plan.edits,
            [Edit::Set {
                event: 0,
                key: EventKey::Description,
                value: FieldValue::Text("A, again.".to_owned())
            }]
        );
    }

    #[test]
    fn new_entries_go_after_the_entry_before_them_in_the_source() {
        let catalog = catalog(
            "events:\n  - name: b\n    description: B.\n  - name: d\n    description: D.\n",
        );
        let plan = merge(
            &catalog,
            &imported(&[
                ("a", None, "A."),
                ("b", None, "B."),
                ("c", None, "C."),
                ("c2", None, "C2."),
                ("d", None, "D."),
            ]),
            false,
        )
        .unwrap();
        let inserted: Vec<(Option<usize>, Vec<&str>)> = plan
            .edits
            .iter()
            .filter_map(|edit| match edit {
                Edit::Insert { after, events } => Some((
                    *after,
                    events.iter().map(|event| event.name.as_str()).collect(),
                )),
                _ => None,
            })
            .collect();
        assert_eq!(inserted, [(None, vec!["a"]), (Some(0), vec!["c", "c2"])]);
    }

    #[test]
    fn a_renamed_code_is_one_event_and_a_reused_one_is_not_taken_twice() {
        let catalog = catalog(
            "events:\n  - name: a\n    code: 1\n    description: A.\n  - name: b\n    code: 2\n    description: B.\n",
        );
        let plan = merge(
            &catalog,
            &imported(&[("a", Some(1), "A."), ("b2", Some(2), "B.")]),
            false,
        )
        .unwrap();
        assert_eq!(
            plan.findings,
            [Finding::Renamed {
                old: "b".to_owned(),
                new: "b2".to_owned(),
                code: 2
            }]
        );
    }

    #[test]
    fn missing_events_are_deprecated_once_and_pruned_on_request() {
        let catalog = catalog(
            "events:\n  - name: a\n    description: A.\n  - name: b\n    description: B.\n    deprecated: Old.\n  - name: c\n    description: C.\n",
        );
        let source = imported(&[("a", None, "A.")]);
        let plan = merge(&catalog, &source, false).unwrap();
        assert_eq!(
            plan.edits,
            [Edit::Set {
                event: 2,
                key: EventKey::Deprecated,
                value: FieldValue::Text("No longer listed in Demo.".to_owned())
            }]
        );
        assert!(plan.findings.contains(&Finding::Missing {
            name: "b".to_owned(),
            action: MissingAction::AlreadyDeprecated
        }));
        let plan = merge(&catalog, &source, true).unwrap();
        assert_eq!(
            plan.edits,
            [Edit::Delete { event: 1 }, Edit::Delete { event: 2 }]
        );
        let error = merge(&catalog, &imported(&[("a2", None, "A.")]), true);
        assert!(
            error.is_ok(),
            "an addition keeps the spec from being emptied"
        );
        let none = Imported {
            entries: Vec::new(),
            ..imported(&[])
        };
        let error = merge(&catalog, &none, true).unwrap_err();
        assert!(error.message.contains("pruning would leave it empty"));
    }
}
