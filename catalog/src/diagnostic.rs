//! Problems, located in the file they concern and rendered the way rustc renders its
//! own: the one diagnostic type and the one renderer of the project.
//!
//! ```text
//! error: unknown key `descripton`
//!   --> specs/privx.yaml:14:5
//!    |
//! 14 |     descripton: User has logged in to the system.
//!    |     ^^^^^^^^^^
//!    = note: in event #6 `User-logged-in`
//!    = help: did you mean `description`?
//! ```

use std::fmt::{self, Write as _};

/// A 1-based line and column in a spec file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    pub line: u32,
    pub column: u32,
}

impl Position {
    /// The first character of a file.
    pub const START: Position = Position { line: 1, column: 1 };

    #[cfg(feature = "load")]
    pub(crate) fn from_location(location: serde_saphyr::Location) -> Position {
        if location == serde_saphyr::Location::UNKNOWN {
            return Position::START;
        }
        Position {
            line: u32::try_from(location.line()).unwrap_or(u32::MAX),
            column: u32::try_from(location.column()).unwrap_or(u32::MAX),
        }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The input is wrong: nothing is produced from it.
    Error,
    /// Something to check, which does not stop the command.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One problem: what is wrong, where, and how to fix it. Every command of the project
/// reports its problems as diagnostics, rendered one way ([`Diagnostic::render`]).
///
/// A diagnostic is built where the problem is found, with a position when there is one
/// ([`Diagnostic::at`]), and placed in its file by whoever knows the file
/// ([`Diagnostic::in_source`]), which also keeps the line shown under the location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// What is wrong, in one line.
    pub message: String,
    /// The file, as the user named it; `None` for problems not about a file (an option,
    /// the current folder).
    pub path: Option<String>,
    /// Where in the file; `None` for problems with the file as a whole (not found, a
    /// directory, too large).
    pub position: Option<Position>,
    /// The text of the line at `position`, shown with the culprit underlined.
    pub line_text: Option<String>,
    /// How many characters to underline; `None`: the token written at the column, read
    /// as YAML (a scalar, a key, a quoted string).
    pub width: Option<usize>,
    /// Context: the entry concerned, related places.
    pub notes: Vec<String>,
    /// How to fix it.
    pub help: Option<String>,
    /// Whether to show the line at `position`. Off for what is missing: underlining
    /// whatever happens to stand there would blame it.
    pub snippet: bool,
}

impl Diagnostic {
    /// An error, not yet placed.
    pub fn error(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            path: None,
            position: None,
            line_text: None,
            width: None,
            notes: Vec::new(),
            help: None,
            snippet: true,
        }
    }

    /// A warning, not yet placed.
    pub fn warning(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(message)
        }
    }

    /// An error at a position of the file it will be placed in.
    pub(crate) fn new(position: Position, message: String) -> Diagnostic {
        Diagnostic::error(message).at(position)
    }

    /// An error about a file as a whole.
    #[cfg(feature = "load")]
    pub(crate) fn whole_file(message: String) -> Diagnostic {
        Diagnostic::error(message).without_snippet()
    }

    /// At `position` of its file.
    #[must_use]
    pub fn at(mut self, position: Position) -> Diagnostic {
        self.position = Some(position);
        self
    }

    /// Underlining `width` characters from the position.
    #[must_use]
    pub fn with_width(mut self, width: usize) -> Diagnostic {
        self.width = Some(width);
        self
    }

    /// Without the line of the position under the location.
    #[must_use]
    pub fn without_snippet(mut self) -> Diagnostic {
        self.snippet = false;
        self
    }

    #[must_use]
    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// Placed in the file `path`, whose text (when it could be read as text) gives the
    /// line shown under the location.
    #[must_use]
    pub fn in_source(mut self, path: &str, text: Option<&str>) -> Diagnostic {
        self.path = Some(path.to_owned());
        if let (Some(position), Some(text), true) = (self.position, text, self.snippet) {
            let index = usize::try_from(position.line)
                .ok()
                .and_then(|line| line.checked_sub(1));
            self.line_text = index
                .and_then(|index| text.lines().nth(index))
                .map(str::to_owned);
        }
        self
    }

    /// The diagnostic as a compiler shows it, ending with a newline:
    ///
    /// ```text
    /// error: unknown key `descripton`
    ///   --> specs/privx.yaml:27:5
    ///    |
    /// 27 |     descripton: User has logged in to the system.
    ///    |     ^^^^^^^^^^
    ///    = note: in event #6 `User-logged-in`
    ///    = help: did you mean `description`?
    /// ```
    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{}: {}", self.severity, self.message);
        let snippet = self
            .position
            .zip(self.line_text.as_deref())
            .filter(|_| self.snippet);
        let gutter = snippet.map_or(1, |(position, _)| position.line.to_string().len());
        let pad = " ".repeat(gutter);
        match (&self.path, self.position) {
            (Some(path), Some(position)) => {
                let _ = writeln!(out, "{pad}--> {path}:{position}");
            }
            (Some(path), None) => {
                let _ = writeln!(out, "{pad}--> {path}");
            }
            (None, Some(position)) => {
                let _ = writeln!(out, "{pad}--> {position}");
            }
            (None, None) => {}
        }
        if let Some((position, text)) = snippet {
            let column = usize::try_from(position.column).unwrap_or(1).max(1);
            let text = text.replace('\t', " ");
            let indent = " ".repeat(text.chars().take(column - 1).count());
            let width = self
                .width
                .unwrap_or_else(|| underline_width(&text, column))
                .max(1);
            let _ = writeln!(out, "{pad} |");
            let _ = writeln!(out, "{} | {}", position.line, text.trim_end());
            let _ = writeln!(out, "{pad} | {indent}{}", "^".repeat(width));
        }
        for note in &self.notes {
            let _ = writeln!(out, "{pad} = note: {note}");
        }
        if let Some(help) = &self.help {
            let _ = writeln!(out, "{pad} = help: {help}");
        }
        out
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.render().trim_end())
    }
}

/// Diagnostics one after the other, a blank line between them, as compilers print them.
pub fn render_all<'a>(diagnostics: impl IntoIterator<Item = &'a Diagnostic>) -> String {
    diagnostics
        .into_iter()
        .map(Diagnostic::render)
        .collect::<Vec<_>>()
        .join("\n")
}

/// "1 error", "2 errors": a count with its noun, plural unless there is one.
pub fn count(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

#[cfg(feature = "load")]
/// How diagnostics name an event: "event #3 `User-logged-in`", counting from 1 as people
/// do; just "event #3" when it has no usable name.
pub(crate) fn event_label(number: usize, name: Option<&str>) -> String {
    match name {
        Some(name) if !name.is_empty() => format!("event #{number} `{}`", name.escape_debug()),
        _ => format!("event #{number}"),
    }
}

#[cfg(feature = "load")]
/// The note that places a diagnostic: "in event #3 `User-logged-in`".
pub(crate) fn event_context(number: usize, name: Option<&str>) -> String {
    format!("in {}", event_label(number, name))
}

#[cfg(feature = "load")]
/// How diagnostics name an item of a spec's list other than an event: "record #2
/// `HaloSecurityTarget`", "field #1 `event_id`"; just "field #1" without a usable name.
pub(crate) fn item_label(what: &str, number: usize, name: Option<&str>) -> String {
    match name {
        Some(name) if !name.is_empty() => format!("{what} #{number} `{}`", name.escape_debug()),
        _ => format!("{what} #{number}"),
    }
}

#[cfg(feature = "load")]
/// The note that places a diagnostic in an item: "in record #2 `HaloSecurityTarget`".
pub(crate) fn item_context(what: &str, number: usize, name: Option<&str>) -> String {
    format!("in {}", item_label(what, number, name))
}

/// Every problem found in one spec file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The path as the caller named it, shown in every location.
    pub path: String,
    /// Sorted by position, each placed in the file; never empty.
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadError {
    #[cfg(feature = "load")]
    pub(crate) fn new(path: &str, source: Option<&str>, mut diagnostics: Vec<Diagnostic>) -> Self {
        debug_assert!(!diagnostics.is_empty());
        diagnostics.sort_by_key(|diagnostic| diagnostic.position);
        LoadError {
            path: path.to_owned(),
            diagnostics: diagnostics
                .into_iter()
                .map(|diagnostic| diagnostic.in_source(path, source))
                .collect(),
        }
    }

    /// The closing line: "could not load `specs/x.yaml` due to 2 errors".
    pub fn summary(&self) -> Diagnostic {
        Diagnostic::error(format!(
            "could not load `{}` due to {}",
            self.path,
            count(self.diagnostics.len(), "error")
        ))
    }

    /// Every diagnostic, then the summary.
    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        let summary = self.summary();
        let mut diagnostics = self.diagnostics;
        diagnostics.push(summary);
        diagnostics
    }

    /// Renders every diagnostic with a snippet of the line it points at, then the
    /// summary.
    pub fn render(&self) -> String {
        let summary = self.summary();
        render_all(self.diagnostics.iter().chain([&summary]))
    }
}

/// How many characters to underline from `column`: the token written there. A quoted
/// scalar runs to its closing quote; a key to its colon; a plain scalar to a comment or
/// the end of the line, or, inside a flow collection (`[a, b]`), to the next `,`, `]`
/// or `}`.
fn underline_width(line: &str, column: usize) -> usize {
    let before: String = line.chars().take(column - 1).collect();
    let rest: String = line.chars().skip(column - 1).collect();
    if let Some(quote @ ('"' | '\'')) = rest.chars().next()
        && let Some(end) = closing_quote(&rest, quote)
    {
        return rest[..=end].chars().count();
    }
    let mut token = rest.as_str();
    let mut stops = vec![": ", " #"];
    if before.contains(['[', '{']) {
        stops.extend([",", "]", "}"]);
    }
    for stop in stops {
        if let Some(index) = token.find(stop) {
            token = &token[..index];
        }
    }
    let token = token.trim_end();
    let token = token.strip_suffix(':').unwrap_or(token);
    token.chars().count().max(1)
}

/// The byte index of the quote that closes the scalar opened by `text`'s first character
/// (`\"` escapes in double quotes, `''` in single quotes).
fn closing_quote(text: &str, quote: char) -> Option<usize> {
    let mut chars = text.char_indices().skip(1).peekable();
    while let Some((index, c)) = chars.next() {
        match c {
            '\\' if quote == '"' => {
                chars.next();
            }
            c if c == quote => {
                if quote == '\'' && chars.peek().is_some_and(|&(_, next)| next == '\'') {
                    chars.next();
                } else {
                    return Some(index);
                }
            }
            _ => {}
        }
    }
    None
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.render().trim_end())
    }
}

impl std::error::Error for LoadError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn underline_covers_the_token_at_the_column() {
        assert_eq!(underline_width("    descripton: text", 5), 10);
        assert_eq!(underline_width("  - name: session.start", 11), 13);
        assert_eq!(underline_width("  code: 100 # comment", 9), 3);
        assert_eq!(underline_width("events:", 1), 6);
        assert_eq!(underline_width("x", 5), 1);
        assert_eq!(underline_width("    aliases: [404, missing]", 15), 3);
        assert_eq!(underline_width("source: {document: x, vesion: 1}", 23), 6);
        assert_eq!(underline_width(r#"  - name: "a\"b: c" # x"#, 11), 9);
        assert_eq!(underline_width("  label: 'it''s: here'", 10), 13);
        assert_eq!(underline_width("  description: see [1], then", 16), 13);
    }

    #[test]
    fn renders_like_a_compiler() {
        let error = LoadError::new(
            "specs/x.yaml",
            Some("catalog: x\nevents:\n  - nam: a\n"),
            vec![
                Diagnostic::new(Position { line: 3, column: 5 }, "unknown key `nam`".into())
                    .with_note("in event #1")
                    .with_help("did you mean `name`?"),
            ],
        );
        assert_eq!(
            error.render(),
            "error: unknown key `nam`\n \
             --> specs/x.yaml:3:5\n  \
             |\n\
             3 |   - nam: a\n  \
             |     ^^^\n  \
             = note: in event #1\n  \
             = help: did you mean `name`?\n\
             \n\
             error: could not load `specs/x.yaml` due to 1 error\n"
        );
    }

    #[test]
    fn whole_file_errors_have_no_snippet() {
        let error = LoadError::new(
            "specs",
            None,
            vec![Diagnostic::whole_file("`specs` is a directory".into())],
        );
        assert_eq!(
            error.render(),
            "error: `specs` is a directory\n --> specs\n\n\
             error: could not load `specs` due to 1 error\n"
        );
    }

    #[test]
    fn diagnostics_of_any_source_render_the_same_way() {
        let text = "| Key | Meaning |\n|---|---|\n";
        let error = Diagnostic::error("no spec key for its column `Meaning`")
            .at(Position { line: 1, column: 9 })
            .with_width(7)
            .with_help("map it with `--column Meaning=KEY`")
            .in_source("vendor.md", Some(text));
        assert_eq!(
            error.render(),
            "error: no spec key for its column `Meaning`\n \
             --> vendor.md:1:9\n  \
             |\n\
             1 | | Key | Meaning |\n  \
             |         ^^^^^^^\n  \
             = help: map it with `--column Meaning=KEY`\n"
        );
        let warning = Diagnostic::warning("2 rows skipped").in_source("vendor.md", Some(text));
        assert_eq!(
            warning.render(),
            "warning: 2 rows skipped\n --> vendor.md\n"
        );
        let unplaced =
            Diagnostic::error("no `specs/` folder here").with_help("run it in a project");
        assert_eq!(
            render_all([&unplaced, &warning]),
            "error: no `specs/` folder here\n  = help: run it in a project\n\n\
             warning: 2 rows skipped\n --> vendor.md\n"
        );
    }

    #[test]
    fn counts_have_their_plural() {
        assert_eq!(count(1, "error"), "1 error");
        assert_eq!(count(0, "spec"), "0 specs");
        assert_eq!(count(2, "file"), "2 files");
    }
}
