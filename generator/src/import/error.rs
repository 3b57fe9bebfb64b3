//! Problems with a vendor document or API response, located the way spec errors are.

use std::fmt::Write as _;

/// Where in the source a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Location {
    /// A line of a text document, counting from 1.
    Line(usize),
    /// A line and column of JSON, counting from 1.
    LineColumn(usize, usize),
    /// An item of a JSON list, counting from 1 (JSON values carry no line).
    Item(usize),
}

impl Location {
    fn line(self) -> Option<usize> {
        match self {
            Location::Line(line) | Location::LineColumn(line, _) => Some(line),
            Location::Item(_) => None,
        }
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::Line(line) => write!(f, "line {line}"),
            Location::LineColumn(line, column) => write!(f, "line {line}, column {column}"),
            Location::Item(item) => write!(f, "item #{item}"),
        }
    }
}

/// One problem with the source, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SourceError {
    pub(crate) location: Option<Location>,
    pub(crate) message: String,
    pub(crate) help: Option<String>,
}

impl SourceError {
    pub(crate) fn new(location: Option<Location>, message: impl Into<String>) -> SourceError {
        SourceError {
            location,
            message: message.into(),
            help: None,
        }
    }

    pub(crate) fn at(location: Location, message: impl Into<String>) -> SourceError {
        SourceError::new(Some(location), message)
    }

    pub(crate) fn with_help(mut self, help: impl Into<String>) -> SourceError {
        self.help = Some(help.into());
        self
    }

    /// The error with the line it points at, like the spec loader's:
    ///
    /// ```text
    /// error: this row has 3 cells, but the header has 2
    ///   --> vendor.md:12
    ///    |
    /// 12 | |a|b|c|
    ///    = help: write a `|` inside a cell as `\|`
    /// ```
    pub(crate) fn render(&self, path: &str, source: &str) -> String {
        let mut out = format!("error: {}\n", self.message);
        let line = self.location.and_then(Location::line);
        let text = line.and_then(|line| source.lines().nth(line.checked_sub(1)?));
        let gutter = " ".repeat(line.map_or(1, |line| line.to_string().len()));
        match (self.location, line) {
            (Some(Location::LineColumn(line, column)), _) => {
                let _ = writeln!(out, "{gutter}--> {path}:{line}:{column}");
            }
            (_, Some(line)) => {
                let _ = writeln!(out, "{gutter}--> {path}:{line}");
            }
            (Some(location), None) => {
                let _ = writeln!(out, "{gutter}--> {path}, {location}");
            }
            (None, None) => {
                let _ = writeln!(out, "{gutter}--> {path}");
            }
        }
        if let (Some(line), Some(text)) = (line, text) {
            let _ = writeln!(out, "{gutter} |");
            let _ = writeln!(out, "{line} | {}", text.trim_end());
        }
        if let Some(help) = &self.help {
            let _ = writeln!(out, "{gutter} = help: {help}");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_with_the_line() {
        let error = SourceError::at(Location::Line(2), "bad row").with_help("fix it");
        assert_eq!(
            error.render("v.md", "|a|\n|b|c|\n"),
            "error: bad row\n --> v.md:2\n  |\n2 | |b|c|\n  = help: fix it\n"
        );
        let error = SourceError::at(Location::Item(3), "no `key`");
        assert_eq!(
            error.render("t.json", "{}"),
            "error: no `key`\n --> t.json, item #3\n"
        );
    }
}
