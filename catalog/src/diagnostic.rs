//! Errors that point into a spec, rendered the way rustc renders its own.
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

/// One problem in a spec: where, what is wrong, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where the problem is; `None` for problems with the file as a whole (not found,
    /// a directory, too large).
    pub position: Option<Position>,
    /// What is wrong, in one line.
    pub message: String,
    /// Context: the entry concerned, related positions.
    pub notes: Vec<String>,
    /// How to fix it.
    pub help: Option<String>,
    /// Whether to show the line at `position` with the culprit underlined. Off for what
    /// is missing: underlining whatever happens to stand there would blame it.
    pub snippet: bool,
}

impl Diagnostic {
    pub(crate) fn new(position: Position, message: String) -> Diagnostic {
        Diagnostic {
            position: Some(position),
            message,
            notes: Vec::new(),
            help: None,
            snippet: true,
        }
    }

    pub(crate) fn without_snippet(mut self) -> Diagnostic {
        self.snippet = false;
        self
    }

    pub(crate) fn whole_file(message: String) -> Diagnostic {
        Diagnostic {
            position: None,
            message,
            notes: Vec::new(),
            help: None,
            snippet: false,
        }
    }

    pub(crate) fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    pub(crate) fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }
}

/// How diagnostics name an event: "event #3 `User-logged-in`", counting from 1 as people
/// do; just "event #3" when it has no usable name.
pub(crate) fn event_label(number: usize, name: Option<&str>) -> String {
    match name {
        Some(name) if !name.is_empty() => format!("event #{number} `{}`", name.escape_debug()),
        _ => format!("event #{number}"),
    }
}

/// The note that places a diagnostic: "in event #3 `User-logged-in`".
pub(crate) fn event_context(number: usize, name: Option<&str>) -> String {
    format!("in {}", event_label(number, name))
}

/// Every problem found in one spec file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The path as the caller named it, shown in every location.
    pub path: String,
    /// The file's text, for snippets; `None` when it could not be read as text.
    source: Option<String>,
    /// Sorted by position; never empty.
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadError {
    pub(crate) fn new(path: &str, source: Option<&str>, mut diagnostics: Vec<Diagnostic>) -> Self {
        debug_assert!(!diagnostics.is_empty());
        diagnostics.sort_by_key(|diagnostic| diagnostic.position);
        LoadError {
            path: path.to_owned(),
            source: source.map(str::to_owned),
            diagnostics,
        }
    }

    /// Renders every diagnostic with a snippet of the line it points at.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for diagnostic in &self.diagnostics {
            self.render_one(diagnostic, &mut out);
            out.push('\n');
        }
        let count = self.diagnostics.len();
        let plural = if count == 1 { "" } else { "s" };
        let _ = writeln!(
            out,
            "error: could not load `{}` due to {count} error{plural}",
            self.path
        );
        out
    }

    fn render_one(&self, diagnostic: &Diagnostic, out: &mut String) {
        let _ = writeln!(out, "error: {}", diagnostic.message);
        let snippet = diagnostic
            .position
            .filter(|_| diagnostic.snippet)
            .and_then(|position| Some((position, self.line_text(position.line)?)));
        let gutter = snippet.map_or(1, |(position, _)| position.line.to_string().len());
        let pad = " ".repeat(gutter);
        match diagnostic.position {
            Some(position) => {
                let _ = writeln!(out, "{pad}--> {}:{position}", self.path);
            }
            None => {
                let _ = writeln!(out, "{pad}--> {}", self.path);
            }
        }
        if let Some((position, text)) = snippet {
            let column = usize::try_from(position.column).unwrap_or(1).max(1);
            let text = text.replace('\t', " ");
            let indent = " ".repeat(text.chars().take(column - 1).count());
            let width = underline_width(&text, column);
            let _ = writeln!(out, "{pad} |");
            let _ = writeln!(out, "{} | {}", position.line, text.trim_end());
            let _ = writeln!(out, "{pad} | {indent}{}", "^".repeat(width));
        }
        for note in &diagnostic.notes {
            let _ = writeln!(out, "{pad} = note: {note}");
        }
        if let Some(help) = &diagnostic.help {
            let _ = writeln!(out, "{pad} = help: {help}");
        }
    }

    fn line_text(&self, line: u32) -> Option<&str> {
        let index = usize::try_from(line).ok()?.checked_sub(1)?;
        self.source.as_deref()?.lines().nth(index)
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
}
