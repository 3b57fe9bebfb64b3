//! Escaping for the Python target: string literals and docstrings, as plain functions
//! (for the view code and the unit tests) and as the askama filters its templates see.
//!
//! Like the functions of `filters`, each takes text exactly as the spec holds it and
//! returns Python source that evaluates to, or shows, exactly that text.

use std::fmt::Write as _;

/// A Python string literal (double-quoted, one line) that evaluates to `text`.
pub fn python_string(text: &str) -> String {
    let mut literal = String::with_capacity(text.len() + 2);
    literal.push('"');
    for c in text.chars() {
        match c {
            '"' => literal.push_str("\\\""),
            '\\' => literal.push_str("\\\\"),
            c if needs_escape(c) => push_escape(&mut literal, c),
            c => literal.push(c),
        }
    }
    literal.push('"');
    literal
}

/// A docstring (a `"""…"""` literal) that evaluates to `text`, laid out for a block
/// indented by `indent`: one line as `"""text"""`; several as PEP 257 has it, every line
/// after the first at `indent` (which `inspect.cleandoc` removes again), and the closing
/// quotes on a line of their own.
///
/// Backslashes and control characters are escaped, and so is every third `"` of a run of
/// quotes and a `"` at the very end, so that the text never closes the literal early.
/// Lines lose their trailing spaces and blank lines their indent: a docstring is
/// documentation, and generated files carry no trailing whitespace.
pub fn python_docstring(text: &str, indent: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let mut doc = String::with_capacity(text.len() + 8);
    doc.push_str("\"\"\"");
    let mut quotes = 0;
    let last = lines.len().saturating_sub(1);
    for (number, line) in lines.iter().enumerate() {
        if number > 0 {
            doc.push('\n');
            if !line.is_empty() {
                doc.push_str(indent);
            }
            quotes = 0;
        }
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '"' {
                quotes += 1;
                let at_end = number == last && chars.peek().is_none();
                if quotes % 3 == 0 || (at_end && lines.len() == 1) {
                    doc.push_str("\\\"");
                } else {
                    doc.push('"');
                }
                continue;
            }
            quotes = 0;
            match c {
                '\\' => doc.push_str("\\\\"),
                c if needs_escape(c) => push_escape(&mut doc, c),
                c => doc.push(c),
            }
        }
    }
    if lines.len() > 1 {
        // The closing quotes go on a line of their own, so a final `"` cannot touch them.
        doc.push('\n');
        doc.push_str(indent);
    }
    doc.push_str("\"\"\"");
    doc
}

/// Characters written as escapes: the hidden ones (`eventgen_catalog::chars`): controls
/// (a newline would end a one-line literal, a NUL is not allowed in source), line breaks
/// that editors show as such, and the invisible characters that change how the text
/// around them reads (zero-width spaces and joiners, bidirectional overrides, tags).
fn needs_escape(c: char) -> bool {
    eventgen_catalog::chars::is_hidden(c)
}

/// The shortest Python escape of `c`: `\n`, `\x07`, `\u202e`, `\U0001f600`.
fn push_escape(out: &mut String, c: char) {
    let code = u32::from(c);
    let _ = match c {
        '\n' => write!(out, "\\n"),
        '\r' => write!(out, "\\r"),
        '\t' => write!(out, "\\t"),
        _ if code <= 0xFF => write!(out, "\\x{code:02x}"),
        _ if code <= 0xFFFF => write!(out, "\\u{code:04x}"),
        _ => write!(out, "\\U{code:08x}"),
    };
}

/// The askama filters of the Python target's templates (imported there `as filters`),
/// with the shared ones its TOML and Markdown files need.
// askama requires filters to return a `Result`, and its `filter_fn` marks them `inline(always)`.
#[allow(clippy::unnecessary_wraps, clippy::inline_always)]
pub mod templates {
    use askama::{Result, Values};
    use std::fmt::Display;

    pub use super::super::templates::{md, md_cell, toml_str};

    /// `{{ text|py_str }}`: a Python string literal.
    #[askama::filter_fn]
    pub fn py_str(text: impl Display, _: &dyn Values) -> Result<String> {
        Ok(super::python_string(&text.to_string()))
    }

    /// `{{ text|py_doc(indent) }}`: a docstring in a block indented by `indent`.
    #[askama::filter_fn]
    pub fn py_doc(text: impl Display, _: &dyn Values, indent: &str) -> Result<String> {
        Ok(super::python_docstring(&text.to_string(), indent))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escape_what_a_literal_cannot_hold() {
        assert_eq!(python_string("session.start"), r#""session.start""#);
        assert_eq!(python_string(r#"a "b" 'c' \d"#), r#""a \"b\" 'c' \\d""#);
        assert_eq!(python_string("line\nnext\r\tx"), r#""line\nnext\r\tx""#);
        assert_eq!(
            python_string("nul\0bell\x07\u{7f}"),
            r#""nul\x00bell\x07\x7f""#
        );
        assert_eq!(
            python_string("rtl\u{202E}x\u{200B}\u{2028}\u{feff}"),
            r#""rtl\u202ex\u200b\u2028\ufeff""#
        );
        assert_eq!(python_string("\u{85}\u{9f}"), r#""\x85\x9f""#);
        assert_eq!(python_string("\u{E0001}"), r#""\U000e0001""#);
        // Template syntax of every target, and text Python does not treat specially in a
        // plain (not f-) string literal, stay as they are.
        assert_eq!(
            python_string("*/ ${x} {{ x }} {% x %} {x} \"\"\" ''' é 日本 🙂"),
            r#""*/ ${x} {{ x }} {% x %} {x} \"\"\" ''' é 日本 🙂""#
        );
        assert_eq!(python_string(""), r#""""#);
        assert_eq!(python_string(r"\N{DASH}\u0041"), r#""\\N{DASH}\\u0041""#);
    }

    #[test]
    fn one_line_docstrings() {
        assert_eq!(
            python_docstring("Session started.", "    "),
            r#""""Session started.""""#
        );
        assert_eq!(python_docstring(r"C:\path \n", ""), r#""""C:\\path \\n""""#);
        assert_eq!(python_docstring("", ""), "\"\"\"\"\"\"");
        assert_eq!(
            python_docstring("tab\there\0", ""),
            r#""""tab\there\x00""""#
        );
    }

    #[test]
    fn quotes_never_close_a_docstring_early() {
        // Every third quote of a run is escaped...
        assert_eq!(
            python_docstring(r#"end """ and ''' inside."#, ""),
            r#""""end ""\" and ''' inside.""""#
        );
        assert_eq!(python_docstring(r#"a""""""b"#, ""), r#""""a""\"""\"b""""#);
        // ...and a quote just before the closing quotes.
        assert_eq!(python_docstring(r#"said "hi""#, ""), r#""""said "hi\"""""#);
        assert_eq!(python_docstring(r#"x"""#, ""), r#""""x"\"""""#);
        // Quotes right after the opening ones are content, not part of the opening.
        assert_eq!(python_docstring(r#""""triple"#, ""), r#""""""\"triple""""#);
    }

    #[test]
    fn multi_line_docstrings_are_indented_and_trimmed() {
        assert_eq!(
            python_docstring(
                "Line one.\nLine two.  \n\n    Indented.\n\nLast \"quoted\"",
                "    "
            ),
            "\"\"\"Line one.\n    Line two.\n\n        Indented.\n\n    Last \"quoted\"\n    \"\"\""
        );
        // A run of quotes does not continue across lines.
        assert_eq!(
            python_docstring("a\"\"\n\"b", ""),
            "\"\"\"a\"\"\n\"b\n\"\"\""
        );
        assert_eq!(python_docstring("a\r\nb", ""), "\"\"\"a\nb\n\"\"\"");
    }
}
