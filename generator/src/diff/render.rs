//! A list of changes as people and scripts read it: text for a terminal (styled; the
//! caller's stream drops the styles where they do not belong), Markdown for a pull-request
//! comment, JSON for scripts.

use std::fmt::Write as _;

use anstyle::{AnsiColor, Style};
use serde::Serialize;

use super::bump::Release;
use super::{Change, Kind, breaking_count};
use crate::printable::printable;

/// The two specs compared, as the user named them.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Compared<'a> {
    pub(crate) old: &'a str,
    pub(crate) new: &'a str,
    /// The release the changes call for.
    pub(crate) release: &'a Release,
}

const BREAKING: Style = AnsiColor::Red.on_default().bold();
const COMPATIBLE: Style = AnsiColor::Green.on_default();
const EMPHASIS: Style = Style::new().bold();
const WAS: Style = AnsiColor::Red.on_default();
const NOW: Style = AnsiColor::Green.on_default();

/// The label column of the text report, wide enough for "compatible".
const LABEL_WIDTH: usize = 12;

/// "3 changes, 1 breaking" / "no changes".
fn tally(changes: &[Change]) -> String {
    let breaking = breaking_count(changes);
    match changes.len() {
        0 => "no changes".to_owned(),
        count => format!(
            "{}, {breaking} breaking",
            eventgen_catalog::count(count, "change")
        ),
    }
}

/// Text for a terminal, with ANSI styles.
pub(crate) fn human(compared: Compared<'_>, changes: &[Change]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{EMPHASIS}{} → {}{EMPHASIS:#}: {}",
        compared.old,
        compared.new,
        tally(changes)
    );
    let _ = writeln!(
        out,
        "{EMPHASIS}release:{EMPHASIS:#} {}",
        compared.release.summary()
    );
    let indent = " ".repeat(LABEL_WIDTH);
    for change in changes {
        let (label, style) = if change.breaking {
            ("breaking", BREAKING)
        } else {
            ("compatible", COMPATIBLE)
        };
        let subject = change.subject(|name| format!("`{}`", printable(name)));
        let _ = writeln!(
            out,
            "\n{style}{label:<LABEL_WIDTH$}{style:#}{EMPHASIS}{subject}{EMPHASIS:#} {}",
            change.kind.phrase()
        );
        if shows_values(change.kind) {
            if let Some(old) = &change.old {
                let _ = writeln!(
                    out,
                    "{indent}{WAS}was:{WAS:#} {}",
                    printable(&old.to_string())
                );
            }
            if let Some(new) = &change.new {
                let _ = writeln!(
                    out,
                    "{indent}{NOW}now:{NOW:#} {}",
                    printable(&new.to_string())
                );
            }
        }
        let _ = writeln!(out, "{indent}why: {}", change.reason);
    }
    out
}

/// Added and removed items are named in the headline already.
fn shows_values(kind: Kind) -> bool {
    !matches!(
        kind,
        Kind::Added
            | Kind::Removed
            | Kind::RecordAdded
            | Kind::RecordRemoved
            | Kind::FieldAdded
            | Kind::FieldRemoved
            | Kind::EndpointAdded
            | Kind::EndpointRemoved
            | Kind::ParameterAdded
            | Kind::ParameterRemoved
    )
}

/// Markdown for a pull-request comment: a headline and a table.
pub(crate) fn markdown(compared: Compared<'_>, changes: &[Change]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "### Catalog changes\n");
    // The count of breaking changes in bold: it is what a reviewer looks for.
    let tally = tally(changes);
    let tally = match tally.split_once(", ") {
        Some((count, breaking)) if breaking_count(changes) > 0 => {
            format!("{count}, **{breaking}**")
        }
        _ => tally,
    };
    let _ = writeln!(
        out,
        "{} → {}: {tally}",
        code_span(compared.old),
        code_span(compared.new),
    );
    let _ = writeln!(
        out,
        "\nRelease: **{}**",
        table_cell(&compared.release.summary())
    );
    if changes.is_empty() {
        return out;
    }
    let _ = writeln!(out, "\n| impact | event | change | was | now | why |");
    let _ = writeln!(out, "|---|---|---|---|---|---|");
    for change in changes {
        let impact = if change.breaking {
            "**breaking**"
        } else {
            "compatible"
        };
        let event = change.subject(code_span);
        let value = |value: &Option<super::Value>| match value {
            Some(value) if shows_values(change.kind) => code_span(&value.to_string()),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "| {impact} | {event} | {} | {} | {} | {} |",
            change.kind.phrase(),
            value(&change.old),
            value(&change.new),
            table_cell(&change.reason)
        );
    }
    out
}

/// JSON for scripts: the specs compared, the number of breaking changes, the release they
/// call for, every change.
pub(crate) fn json(compared: Compared<'_>, changes: &[Change]) -> String {
    #[derive(Serialize)]
    struct Report<'a> {
        old_spec: &'a str,
        new_spec: &'a str,
        breaking: usize,
        release: &'a Release,
        changes: &'a [Change],
    }
    let report = Report {
        old_spec: compared.old,
        new_spec: compared.new,
        breaking: breaking_count(changes),
        release: compared.release,
        changes,
    };
    let mut json = serde_json::to_string_pretty(&report).expect("a report serializes");
    json.push('\n');
    json
}

/// Text in a table cell: a `|` would end the cell.
fn table_cell(text: &str) -> String {
    printable(text).replace('|', "\\|")
}

/// Text as a Markdown code span inside a table cell, whatever backticks it holds.
fn code_span(text: &str) -> String {
    let text = table_cell(text);
    let longest_run = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    // A span that starts or ends with a backtick needs a space to set it off the fence.
    if text.starts_with('`') || text.ends_with('`') {
        format!("{fence} {text} {fence}")
    } else {
        format!("{fence}{text}{fence}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_hold_backticks_and_pipes() {
        assert_eq!(code_span("a"), "`a`");
        assert_eq!(code_span("`auth` is"), "`` `auth` is ``");
        assert_eq!(code_span("a``b"), "```a``b```");
        assert_eq!(code_span("a|b"), "`a\\|b`");
        assert_eq!(code_span("two\nlines"), "`two\\nlines`");
    }
}
