//! The PrivX "Audit Events Reference" as text scraped from its web page, where the
//! table's three columns run together:
//!
//! ```text
//! These docs are for v24. Click to read the latest docs for v33.
//!
//! Audit Events Reference
//!
//! NAMECODEDESCRIPTION
//! License-error0The system license does not allow operation.
//! User-logged-in100User has logged in to the system.
//! ```
//!
//! A row is split where its code is: the first run of digits that follows a letter of
//! the first word (names have no spaces) and is not followed by a `-` (which would make
//! it part of a name like `X11-forward`); the name before it is ASCII letters, digits
//! and `-`, `_`, `.`, `:`, starting with a letter. A run followed by a lower-case letter is only
//! taken when no other fits (`Log4j-error…` has its code further on), and a split that
//! gives a name the spec already has wins over all others. Lines before the
//! `NAMECODEDESCRIPTION` header are the page's banner: the document's title and version
//! come from there. Later lines that are not rows are reported and skipped.

use eventgen_catalog::Diagnostic;

use super::error::Location;
use super::{Record, Table};

/// The field names, as the page's header spells them.
pub(crate) const FIELDS: [&str; 3] = ["NAME", "CODE", "DESCRIPTION"];

/// Whether `line` is the page's table header.
pub(crate) fn is_header(line: &str) -> bool {
    let letters: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    letters.eq_ignore_ascii_case("NAMECODEDESCRIPTION")
}

/// The rows of `text`. `known` tells names the spec already has, to split rows that can
/// be read two ways as the spec reads them.
pub(crate) fn table(text: &str, known: &dyn Fn(&str) -> bool) -> Table {
    let lines: Vec<&str> = text.lines().collect();
    let header = lines.iter().position(|line| is_header(line));
    let (banner, rows_from) = match header {
        Some(index) => (&lines[..index], index + 1),
        None => (&lines[..0], 0),
    };
    let mut records = Vec::new();
    let mut warnings = Vec::new();
    for (index, line) in lines.iter().enumerate().skip(rows_from) {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        match split(line, known) {
            Some((name, code, description)) => records.push(Record {
                links: Vec::new(),
                location: Location::line(index + 1, lines[index]),
                values: vec![
                    (FIELDS[0].to_owned(), name.to_owned()),
                    (FIELDS[1].to_owned(), code.to_owned()),
                    (FIELDS[2].to_owned(), description.to_owned()),
                ],
                category: None,
                notes: Vec::new(),
            }),
            None => warnings.push(Location::line(index + 1, lines[index]).locate(
                Diagnostic::warning("this line is not a NAME, CODE, DESCRIPTION row: skipped"),
            )),
        }
    }
    Table {
        line: header.map_or(1, |index| index + 1),
        fields: FIELDS.iter().map(|&field| field.to_owned()).collect(),
        field_locations: Vec::new(),
        records,
        document: banner
            .iter()
            .rev()
            .map(|line| line.trim())
            .find(|line| !line.is_empty())
            .map(str::to_owned),
        version: banner.iter().find_map(|line| version(line)),
        warnings,
    }
}

/// "These docs are for v24. …" → `v24`.
fn version(line: &str) -> Option<String> {
    let rest = &line[line.find("docs are for ")? + "docs are for ".len()..];
    let version: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '.')
        .collect();
    let version = version.trim_end_matches('.');
    (!version.is_empty()).then(|| version.to_owned())
}

/// `Name123Description` → (`Name`, `123`, `Description`); see the module docs.
fn split<'a>(line: &'a str, known: &dyn Fn(&str) -> bool) -> Option<(&'a str, &'a str, &'a str)> {
    /// Where the name ends and the code starts, where the code ends, and whether a
    /// lower-case letter follows it.
    struct Candidate {
        code: usize,
        end: usize,
        lower_after: bool,
        at_run_start: bool,
    }
    let first_word_end = line.find(char::is_whitespace).unwrap_or(line.len());
    let bytes = line.as_bytes();
    let mut candidates = Vec::new();
    let mut index = 1;
    while index < first_word_end {
        if !(bytes[index].is_ascii_digit() && bytes[index - 1].is_ascii_alphabetic()) {
            index += 1;
            continue;
        }
        let start = index;
        while index < line.len() && bytes[index].is_ascii_digit() {
            index += 1;
        }
        let after = bytes.get(index).copied();
        if after == Some(b'-') {
            continue;
        }
        // The name may also end in some of the run's digits (`Host2` + `3`): only a
        // name the spec knows makes that split.
        for code in start..index {
            candidates.push(Candidate {
                code,
                end: index,
                lower_after: after.is_some_and(|b| b.is_ascii_lowercase()),
                at_run_start: code == start,
            });
        }
    }
    // A name is a word of ASCII letters, digits and separators, starting with a letter.
    let is_name = |name: &str| {
        name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
    };
    candidates.retain(|candidate| is_name(&line[..candidate.code]));
    let parts = |candidate: &Candidate| {
        (
            &line[..candidate.code],
            &line[candidate.code..candidate.end],
            line[candidate.end..].trim(),
        )
    };
    let chosen = candidates
        .iter()
        .find(|candidate| known(parts(candidate).0))
        .or_else(|| {
            candidates
                .iter()
                .find(|candidate| candidate.at_run_start && !candidate.lower_after)
        })
        .or_else(|| candidates.iter().find(|candidate| candidate.at_run_start))?;
    Some(parts(chosen))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_names(_: &str) -> bool {
        false
    }

    #[test]
    fn splits_rows_where_the_code_is() {
        for (line, expected) in [
            (
                "License-error0The system license does not allow operation.",
                (
                    "License-error",
                    "0",
                    "The system license does not allow operation.",
                ),
            ),
            (
                "Disk-full1301Disk Full.",
                ("Disk-full", "1301", "Disk Full."),
            ),
            (
                "AWS-token-granted230AWS token was granted to a user",
                (
                    "AWS-token-granted",
                    "230",
                    "AWS token was granted to a user",
                ),
            ),
            (
                "Secret-metadata-changed1404Secret's metadata changed.",
                (
                    "Secret-metadata-changed",
                    "1404",
                    "Secret's metadata changed.",
                ),
            ),
            (
                "X11-forward12X11 forwarding.",
                ("X11-forward", "12", "X11 forwarding."),
            ),
            (
                "Log4j-error12Log4j failed.",
                ("Log4j-error", "12", "Log4j failed."),
            ),
            ("Only-name7", ("Only-name", "7", "")),
        ] {
            assert_eq!(split(line, &no_names), Some(expected), "{line}");
        }
    }

    #[test]
    fn a_known_name_decides_an_ambiguous_row() {
        // `Host2` could be a name ending in a digit, or `Host` with the code 2…
        let line = "Host23Host 3 joined.";
        assert_eq!(
            split(line, &no_names),
            Some(("Host", "23", "Host 3 joined."))
        );
        assert_eq!(
            split(line, &|name: &str| name == "Host2"),
            Some(("Host2", "3", "Host 3 joined."))
        );
    }

    #[test]
    fn lines_without_a_code_are_not_rows() {
        for line in [
            "Log In",
            "HomeDocumentationAPI Reference",
            "2fa",
            "Updated 3 months ago",
        ] {
            assert_eq!(split(line, &no_names), None, "{line}");
        }
    }

    #[test]
    fn reads_the_banner_and_the_rows() {
        let text = "HomeDocumentationAPI Reference\nLog In\nThese docs are for v24. Click to read the latest docs for v33.\n\nAudit Events Reference\n\nNAMECODEDESCRIPTION\nLicense-error0The system license does not allow operation.\n\nfooter text\nUser-logged-in100User has logged in to the system.";
        let table = table(text, &no_names);
        assert_eq!(table.document.as_deref(), Some("Audit Events Reference"));
        assert_eq!(table.version.as_deref(), Some("v24"));
        assert_eq!(table.records.len(), 2);
        assert_eq!(table.records[1].location.line_number(), Some(11));
        let warning = &table.warnings[0];
        assert_eq!(table.warnings.len(), 1);
        assert_eq!(
            warning.message,
            "this line is not a NAME, CODE, DESCRIPTION row: skipped"
        );
        assert_eq!(
            warning.position.map(|at| (at.line, at.column)),
            Some((10, 1))
        );
    }
}
