//! What an import changes, in words, for the terminal.

use std::fmt::Write as _;

use super::merge::{Finding, MissingAction};
use crate::printable::printable;

/// "2 events added, 1 updated, 1 no longer listed", then one line (or three) per finding.
pub(crate) fn render(spec: &str, findings: &[Finding]) -> String {
    let mut added = 0;
    let mut updated = std::collections::BTreeSet::new();
    let mut missing = 0;
    for finding in findings {
        match finding {
            Finding::Added { .. } => added += 1,
            Finding::Updated { name, .. } => {
                updated.insert(name.as_str());
            }
            Finding::Renamed { new, .. } => {
                updated.insert(new.as_str());
            }
            Finding::Missing { .. } => missing += 1,
            Finding::SourceUpdated { .. } => {}
        }
    }
    let mut tally = Vec::new();
    if added > 0 {
        tally.push(format!("{} added", eventgen_catalog::count(added, "event")));
    }
    if !updated.is_empty() {
        tally.push(format!("{} updated", updated.len()));
    }
    if missing > 0 {
        tally.push(format!("{missing} no longer listed"));
    }
    if findings
        .iter()
        .any(|finding| matches!(finding, Finding::SourceUpdated { .. }))
    {
        tally.push("source updated".to_owned());
    }
    let mut out = format!("{spec}: {}\n", tally.join(", "));
    for finding in findings {
        line(finding, &mut out);
    }
    out
}

fn line(finding: &Finding, out: &mut String) {
    match finding {
        Finding::Added { name, location } => {
            let _ = writeln!(out, "  added `{name}` ({location} of the source)");
        }
        Finding::Updated {
            name,
            key,
            old,
            new,
        } => {
            let _ = writeln!(out, "  updated `{name}`: {}", key.as_str());
            let shown = |value: &Option<String>| {
                value
                    .as_deref()
                    .map_or_else(|| "(none)".to_owned(), printable)
            };
            let _ = writeln!(out, "      was: {}", shown(old));
            let _ = writeln!(out, "      now: {}", shown(new));
        }
        Finding::Renamed { old, new, code } => {
            let _ = writeln!(
                out,
                "  renamed `{old}` to `{new}` (same code {code}): identifiers derived from the name change too"
            );
        }
        Finding::Missing { name, action } => {
            let what = match action {
                MissingAction::Deprecated(_) => "marked deprecated (`--prune` removes it)",
                MissingAction::AlreadyDeprecated => {
                    "already deprecated, kept (`--prune` removes it)"
                }
                MissingAction::Removed => "removed",
            };
            let _ = writeln!(out, "  `{name}` is no longer listed: {what}");
        }
        Finding::SourceUpdated { key, old, new } => {
            let _ = writeln!(
                out,
                "  source {}: {} → {new}",
                key.as_str(),
                old.as_deref().unwrap_or("(none)")
            );
        }
    }
}
