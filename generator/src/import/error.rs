//! Where a problem is in a vendor document or API response. Problems are
//! [`Diagnostic`]s, the type every command reports with; the command places them in the
//! source ([`Diagnostic::in_source`]) to show the line they point at.

use eventgen_catalog::{Diagnostic, Position};

/// Where in the source a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Location {
    /// A stretch of a line of text: where it starts, and how many characters it spans.
    Text { position: Position, width: usize },
    /// An item of a JSON list, counting from 1 (JSON values carry no position once
    /// parsed).
    Item(usize),
}

impl Location {
    /// Line `number` (counting from 1) of a document, whose text is `line`: what is
    /// written on it, without the spaces around.
    pub(crate) fn line(number: usize, line: &str) -> Location {
        let indent = line.chars().take_while(|c| c.is_whitespace()).count();
        Location::Text {
            position: position(number, indent + 1),
            width: line.trim().chars().count().max(1),
        }
    }

    /// One character at a line and column, counting from 1.
    pub(crate) fn point(line: usize, column: usize) -> Location {
        Location::Text {
            position: position(line, column),
            width: 1,
        }
    }

    /// The line, in a text document.
    #[cfg(test)]
    pub(crate) fn line_number(self) -> Option<u32> {
        match self {
            Location::Text { position, .. } => Some(position.line),
            Location::Item(_) => None,
        }
    }

    /// `diagnostic`, placed here.
    pub(crate) fn locate(self, diagnostic: Diagnostic) -> Diagnostic {
        match self {
            Location::Text { position, width } => diagnostic.at(position).with_width(width),
            Location::Item(item) => diagnostic.with_note(format!("in item #{item} of the list")),
        }
    }
}

/// An error at `location` of the source.
pub(crate) fn error_at(location: Location, message: impl Into<String>) -> Diagnostic {
    location.locate(Diagnostic::error(message))
}

fn position(line: usize, column: usize) -> Position {
    Position {
        line: u32::try_from(line).unwrap_or(u32::MAX),
        column: u32::try_from(column).unwrap_or(u32::MAX),
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::Text { position, .. } => write!(f, "line {}", position.line),
            Location::Item(item) => write!(f, "item #{item}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_show_the_line_they_point_at() {
        let source = "|a|\n  |b|c|\n";
        let error = error_at(Location::line(2, "  |b|c|"), "bad row")
            .with_help("fix it")
            .in_source("v.md", Some(source));
        assert_eq!(
            error.render(),
            "error: bad row\n --> v.md:2:3\n  |\n2 |   |b|c|\n  |   ^^^^^\n  = help: fix it\n"
        );
        let error = error_at(Location::Item(3), "no `key`").in_source("t.json", Some("{}"));
        assert_eq!(
            error.render(),
            "error: no `key`\n --> t.json\n  = note: in item #3 of the list\n"
        );
    }
}
