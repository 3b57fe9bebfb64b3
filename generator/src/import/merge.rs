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

use eventgen_catalog::{Catalog, Event};

use super::error::{Location, SourceError};
use super::{Entry, Imported};
use crate::spec_text::fields::{EventFields, EventKey, FieldValue};
use crate::spec_text::patch::{Edit, SourceKey};

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
) -> Result<Plan, SourceError> {
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
    let mut taken = vec![false; catalog.events.len()];
    let mut matches: Vec<Option<Matched>> = entries
        .iter()
        .map(|entry| {
            let (event, by_alias) =
                catalog
                    .events
                    .iter()
                    .enumerate()
                    .find_map(|(index, event)| {
                        if taken[index] {
                            None
                        } else if mode.matches(&event.name, &entry.name) {
                            Some((index, false))
                        } else if event
                            .aliases
                            .iter()
                            .any(|alias| mode.matches(alias, &entry.name))
                        {
                            Some((index, true))
                        } else {
                            None
                        }
                    })?;
            taken[event] = true;
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
        let renamed = catalog
            .events
            .iter()
            .enumerate()
            .position(|(index, event)| !taken[index] && event.code == Some(code));
        if let Some(event) = renamed {
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
        EventKey::Deprecated => None,
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
) -> Result<(), SourceError> {
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
        return Err(SourceError::new(
            None,
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
