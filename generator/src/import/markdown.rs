//! Markdown pipe tables, as vendors' documentation pages publish their catalogs.
//!
//! The shapes this reads, from the real documents:
//!
//! ```text
//! |Event Type|Description|                         Teleport: keys in bold
//! |---|---|
//! |**session.start**|`session.start` indicates …|
//!
//! |Portal Value|API Value|                         CloudPassage: bold category rows,
//! |-----------|----------|                         a tab before many values,
//! |**API Key Management**|                          a footnote `*`
//! |Api key created|api_client_created|
//! |Daemon compromised*|daemon_compromised*|
//!
//! | Key                       | Subject        |   Halo Security: link-wrapped keys,
//! | ------------------------- | -------------- |   padded cells
//! | [domain-add](https://…)   | Domain Added   |
//! ```
//!
//! A row of one bold cell is the heading of the rows below it (their `category`),
//! unless the table writes its values in bold, as Teleport's does: there it is a row
//! with cells missing. Every table of the document is read; which one holds the
//! catalog is decided by its
//! columns (see [`super::mapping`]). The first level-1 heading is taken as the
//! document's title.

use eventgen_catalog::Diagnostic;

use super::error::{Location, error_at};
use super::{Record, Table};

/// Every pipe table in `text`, in document order.
pub(crate) fn tables(text: &str) -> Result<Vec<Table>, Diagnostic> {
    let lines: Vec<&str> = text.lines().collect();
    let document = lines.iter().find_map(|line| {
        let title = line.trim().strip_prefix("# ")?.trim();
        (!title.is_empty()).then(|| title.to_owned())
    });
    let mut tables = Vec::new();
    let mut index = 0;
    while index + 1 < lines.len() {
        // As in GitHub's Markdown, a header needs a delimiter row of as many cells.
        let is_header = lines[index].contains('|')
            && is_delimiter_row(lines[index + 1])
            && split_row(lines[index]).len() == split_row(lines[index + 1]).len();
        if !is_header {
            index += 1;
            continue;
        }
        let header_line = index + 1;
        let fields: Vec<String> = split_row(lines[index])
            .iter()
            .map(|cell| clean(cell))
            .collect();
        let field_locations = cell_locations(header_line, lines[index]);
        index += 2;
        let mut rows = Vec::new();
        while index < lines.len() && lines[index].contains('|') && !lines[index].trim().is_empty() {
            rows.push((
                Location::line(index + 1, lines[index]),
                split_row(lines[index]),
            ));
            index += 1;
        }
        // A table that writes its values in bold (Teleport's keys) has no bold headings:
        // a row with one bold cell there is a row with cells missing.
        let bold_values = rows.iter().any(|(_, cells)| {
            cells.len() == fields.len()
                && cells.len() > 1
                && strip_bold(cells[0].trim()).is_some()
                && cells[1..].iter().any(|cell| !cell.trim().is_empty())
        });
        let mut records = Vec::new();
        let mut category = None;
        for (line, cells) in rows {
            if let Some(heading) = category_row(&cells).filter(|_| !bold_values) {
                category = Some(heading);
                continue;
            }
            if cells.len() != fields.len() {
                return Err(wrong_width(line, cells.len(), fields.len()));
            }
            records.push(record(line, &fields, &cells, category.clone()));
        }
        tables.push(Table {
            line: header_line,
            fields,
            field_locations,
            records,
            document: document.clone(),
            version: None,
            warnings: Vec::new(),
        });
    }
    Ok(tables)
}

fn wrong_width(line: Location, cells: usize, header: usize) -> Diagnostic {
    let error = error_at(
        line,
        format!(
            "this row has {cells} cell{}, but the table's header has {header}",
            if cells == 1 { "" } else { "s" }
        ),
    );
    if cells > header {
        error.with_help(
            "a `|` inside a cell must be written `\\|`; otherwise remove the extra cells",
        )
    } else {
        error
            .with_help("give the row a cell for every column, an empty one where there is no value")
    }
}

fn record(line: Location, fields: &[String], cells: &[String], category: Option<String>) -> Record {
    let mut values = Vec::with_capacity(cells.len());
    let mut footnoted = Vec::new();
    let mut links = Vec::new();
    for (field, cell) in fields.iter().zip(cells) {
        if let Some(target) = link_target(cell) {
            links.push((field.clone(), target.to_owned()));
        }
        let mut value = clean(cell);
        if let Some(stripped) = footnote_stripped(&value) {
            footnoted.push(value.clone());
            value = stripped;
        }
        values.push((field.clone(), value));
    }
    let notes = if footnoted.is_empty() {
        Vec::new()
    } else {
        vec![format!(
            "The vendor document marks this row with a footnote asterisk ({}); the asterisk is not part of the value.",
            footnoted.join(" / ")
        )]
    };
    Record {
        location: line,
        values,
        category,
        notes,
        links,
    }
}

/// `|---|:--:|` and the like: the line that makes the line above a table header.
fn is_delimiter_row(line: &str) -> bool {
    let cells = split_row(line);
    !cells.is_empty()
        && line.contains('-')
        && cells.iter().all(|cell| {
            let cell = cell.trim();
            let cell = cell.strip_prefix(':').unwrap_or(cell);
            let cell = cell.strip_suffix(':').unwrap_or(cell);
            !cell.is_empty() && cell.bytes().all(|b| b == b'-')
        })
}

/// The cells of a row, raw: split at every `|` that is not escaped, without the outer
/// pipes.
fn split_row(line: &str) -> Vec<String> {
    let line = line.trim();
    let line = line.strip_prefix('|').unwrap_or(line);
    let line = match line.strip_suffix('|') {
        Some(rest) if !rest.ends_with('\\') => rest,
        _ => line,
    };
    let mut cells = vec![String::new()];
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                // Kept escaped: `clean` turns it into a `|` of the cell's text.
                cells.last_mut().expect("never empty").push_str("\\|");
                chars.next();
            }
            '|' => cells.push(String::new()),
            c => cells.last_mut().expect("never empty").push(c),
        }
    }
    cells
}

/// Where each cell of a row is written, as [`split_row`] splits it: its text, without
/// the spaces around (an empty cell: where it starts).
fn cell_locations(number: usize, line: &str) -> Vec<Location> {
    let chars: Vec<char> = line.chars().collect();
    let escaped = |index: usize| index > 0 && chars[index - 1] == '\\';
    let first = chars.iter().position(|c| !c.is_whitespace()).unwrap_or(0);
    let last = chars
        .iter()
        .rposition(|c| !c.is_whitespace())
        .map_or(0, |index| index + 1);
    let mut start = first + usize::from(chars.get(first) == Some(&'|'));
    let end = if last > start && chars[last - 1] == '|' && !escaped(last - 1) {
        last - 1
    } else {
        last.max(start)
    };
    let mut locations = Vec::new();
    let mut index = start;
    loop {
        if index >= end || (chars[index] == '|' && !escaped(index)) {
            let cell = &chars[start..index.min(end)];
            let lead = cell.iter().take_while(|c| c.is_whitespace()).count();
            let width = cell.iter().collect::<String>().trim().chars().count();
            locations.push(Location::Text {
                position: eventgen_catalog::Position {
                    line: u32::try_from(number).unwrap_or(u32::MAX),
                    column: u32::try_from(start + lead + 1).unwrap_or(u32::MAX),
                },
                width: width.max(1),
            });
            if index >= end {
                break;
            }
            start = index + 1;
        }
        index += 1;
    }
    locations
}

/// A row of one non-empty cell, all in bold: the heading of the rows below it.
fn category_row(cells: &[String]) -> Option<String> {
    let mut filled = cells
        .iter()
        .map(|cell| cell.trim())
        .filter(|cell| !cell.is_empty());
    let only = filled.next()?;
    if filled.next().is_some() {
        return None;
    }
    let heading = strip_bold(only)?;
    Some(clean(heading))
}

fn strip_bold(text: &str) -> Option<&str> {
    let inner = text.strip_prefix("**")?.strip_suffix("**")?;
    (!inner.is_empty() && !inner.contains("**")).then_some(inner)
}

/// A cell's text: trimmed (spaces and tabs), without the Markdown that wraps a whole
/// value (bold, a link, a code span), with backslash escapes resolved outside code
/// spans. Markdown inside the text (a description's code spans) is kept verbatim.
fn clean(cell: &str) -> String {
    let mut text = cell.trim();
    loop {
        let inner = strip_bold(text)
            .or_else(|| link_text(text))
            .or_else(|| whole_code_span(text));
        match inner {
            Some(inner) => text = inner.trim(),
            None => break,
        }
    }
    unescape(text)
}

/// `[text](url)` as a whole: its text.
fn link_text(text: &str) -> Option<&str> {
    link_parts(text).map(|(label, _)| label)
}

/// `[text](url)` as a whole: its text and its target.
fn link_parts(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix('[')?;
    let (label, target) = rest.split_once("](")?;
    let target = target.strip_suffix(')')?;
    (!target.contains(')') && !label.contains(']')).then_some((label, target))
}

/// The target of a cell written wholly as a link (inside bold or a code span, too), when
/// it is an absolute `http(s)` URL: a spec's `url` is one, and a relative link means
/// nothing outside the vendor's site.
fn link_target(cell: &str) -> Option<&str> {
    let mut text = cell.trim();
    loop {
        if let Some((_, target)) = link_parts(text) {
            let target = target.trim();
            return eventgen_catalog::rules::check_url("a link", target)
                .is_ok()
                .then_some(target);
        }
        text = strip_bold(text).or_else(|| whole_code_span(text))?.trim();
    }
}

/// `` `value` `` as a whole: the value.
fn whole_code_span(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('`')?.strip_suffix('`')?;
    (!inner.is_empty() && !inner.contains('`')).then_some(inner)
}

/// Resolves `\|` everywhere and the other backslash escapes of ASCII punctuation outside
/// code spans, where Markdown resolves them.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_code = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '`' => {
                in_code = !in_code;
                out.push(c);
            }
            '\\' => match chars.peek() {
                Some(&'|') => {
                    out.push('|');
                    chars.next();
                }
                Some(&next) if !in_code && next.is_ascii_punctuation() => {
                    out.push(next);
                    chars.next();
                }
                _ => out.push(c),
            },
            c => out.push(c),
        }
    }
    out
}

/// A value that ends in a lone footnote asterisk (`daemon_compromised*`), without it.
fn footnote_stripped(value: &str) -> Option<String> {
    let stripped = value.strip_suffix('*')?;
    let marker_only =
        !stripped.is_empty() && !stripped.contains('*') && !stripped.ends_with(char::is_whitespace);
    marker_only.then(|| stripped.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(table: &Table) -> Vec<Vec<&str>> {
        table
            .records
            .iter()
            .map(|record| {
                record
                    .values
                    .iter()
                    .map(|(_, value)| value.as_str())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn reads_the_teleport_shape() {
        let tables = tables(
            "|Event Type|Description|\n|---|---|\n|**auth**|`auth` is an attempt. |\n|**x11-forward**|X11 forwarding event. |\n",
        )
        .unwrap();
        assert_eq!(tables.len(), 1);
        assert_eq!(tables[0].fields, ["Event Type", "Description"]);
        assert_eq!(
            values(&tables[0]),
            [
                ["auth", "`auth` is an attempt."],
                ["x11-forward", "X11 forwarding event."]
            ]
        );
    }

    #[test]
    fn reads_category_rows_tabs_and_footnotes() {
        let text = "# Supported Event Types\n\n|Portal Value|API Value|\n|-----------|----------|\n|**Server Events**|\n|Daemon compromised*|\tdaemon_compromised*|\n|New server|\tnew_server|\n";
        let tables = tables(text).unwrap();
        let table = &tables[0];
        assert_eq!(table.document.as_deref(), Some("Supported Event Types"));
        assert_eq!(
            values(table),
            [
                ["Daemon compromised", "daemon_compromised"],
                ["New server", "new_server"]
            ]
        );
        assert_eq!(table.records[0].category.as_deref(), Some("Server Events"));
        assert_eq!(
            table.records[0].notes,
            [
                "The vendor document marks this row with a footnote asterisk (Daemon compromised* / daemon_compromised*); the asterisk is not part of the value."
            ]
        );
        assert!(table.records[1].notes.is_empty());
        assert_eq!(table.records[1].location.line_number(), Some(7));
    }

    #[test]
    fn reads_links_escapes_and_several_tables() {
        let text = "| FIeld | Type |\n| --- | --- |\n| event\\_id | string |\n\ntext\n\n| Key | Subject |\n| :-- | --: |\n| [domain-add](https://x/domain-add) | Domain Added |\n| [a](u) | pipe \\| inside, `code \\_ kept` |\n";
        let tables = tables(text).unwrap();
        assert_eq!(tables.len(), 2);
        assert_eq!(values(&tables[0]), [["event_id", "string"]]);
        assert_eq!(tables[1].line, 7);
        assert_eq!(
            values(&tables[1]),
            [
                ["domain-add", "Domain Added"],
                ["a", "pipe | inside, `code \\_ kept`"]
            ]
        );
    }

    #[test]
    fn a_short_row_in_a_table_of_bold_values_is_no_heading() {
        let error =
            tables("|Event Type|Description|\n|---|---|\n|**auth**|An attempt.|\n|**exec**|\n")
                .unwrap_err();
        assert_eq!(error.position.map(|at| at.line), Some(4));
        let tables =
            tables("|Event Type|Description|\n|---|---|\n|**auth**|An attempt.|\n|**exec**||\n")
                .unwrap();
        assert_eq!(values(&tables[0]), [["auth", "An attempt."], ["exec", ""]]);
        assert_eq!(tables[0].records[1].category, None);
    }

    #[test]
    fn rows_of_the_wrong_width_are_errors() {
        let error = tables("|a|b|\n|-|-|\n|1|2|3|\n").unwrap_err();
        assert_eq!(
            error.position,
            Some(eventgen_catalog::Position { line: 3, column: 1 })
        );
        assert_eq!(error.width, Some(7));
        assert!(
            error
                .message
                .contains("3 cells, but the table's header has 2")
        );
        let error = tables("|a|b|\n|-|-|\n|1|\n").unwrap_err();
        assert!(error.message.contains("1 cell, but"));
    }

    #[test]
    fn cells_are_located_as_they_are_split() {
        for line in [
            "|a|b|",
            "  | Key  | Sub \\| ject |  ",
            "a | b",
            "|a|b\\|",
            "|",
            "||",
            "| x |  |",
        ] {
            assert_eq!(
                cell_locations(1, line).len(),
                split_row(line).len(),
                "{line}"
            );
        }
        let at = |line: &str| -> Vec<(u32, usize)> {
            cell_locations(5, line)
                .into_iter()
                .map(|location| match location {
                    Location::Text { position, width } => (position.column, width),
                    Location::Item(_) => unreachable!(),
                })
                .collect()
        };
        assert_eq!(at("| Key  | Sub \\| ject |"), [(3, 3), (10, 11)]);
        assert_eq!(at("|a||"), [(2, 1), (4, 1)]);
    }

    #[test]
    fn text_without_tables_has_none() {
        assert!(tables("").unwrap().is_empty());
        assert!(tables("a | b\nno delimiter\n").unwrap().is_empty());
        assert!(tables("|a|\n").unwrap().is_empty());
    }

    #[test]
    fn asterisks_that_are_not_footnotes_stay() {
        assert_eq!(footnote_stripped("a*"), Some("a".to_owned()));
        assert_eq!(footnote_stripped("*"), None);
        assert_eq!(footnote_stripped("a **b**"), None);
        assert_eq!(footnote_stripped("*.log*"), None);
        assert_eq!(footnote_stripped("a *"), None);
    }
}
