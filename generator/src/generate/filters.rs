//! Escaping per target language, as askama filters (the `filters` module the templates
//! see) over plain functions that the rest of the engine, and the unit tests, call
//! directly.
//!
//! Each function takes text exactly as the spec holds it and returns it so that the
//! target shows exactly that text: a literal that evaluates to it, a comment or table cell
//! that displays it.

use std::fmt::Write as _;

use eventgen_catalog::chars::is_hidden;

pub mod json;
pub mod python;
pub mod typescript;

/// A Rust string literal that evaluates to `text`.
pub fn rust_string(text: &str) -> String {
    quoted(text, |literal, c| {
        let _ = write!(literal, "\\u{{{:x}}}", u32::from(c));
    })
}

/// `text` in double quotes with the escapes C-like languages share (`\"`, `\\`, `\n`,
/// `\r`, `\t`); `unicode` writes every other character that must not appear raw.
pub(crate) fn quoted(text: &str, unicode: impl Fn(&mut String, char)) -> String {
    let mut literal = String::with_capacity(text.len() + 2);
    literal.push('"');
    for c in text.chars() {
        match c {
            '"' => literal.push_str("\\\""),
            '\\' => literal.push_str("\\\\"),
            '\n' => literal.push_str("\\n"),
            '\r' => literal.push_str("\\r"),
            '\t' => literal.push_str("\\t"),
            // Characters that cannot be seen or that break the line (controls, zero-width
            // joiners, bidirectional overrides, U+2028), as escapes, so that the source
            // reads as what it means.
            c if is_hidden(c) => unicode(&mut literal, c),
            c => literal.push(c),
        }
    }
    literal.push('"');
    literal
}

/// Doc-comment lines (`/// …`) at `indent` showing Markdown `text`; blank lines are
/// `///` alone, so that no line ends in a space.
pub fn rust_doc_lines(text: &str, indent: &str) -> String {
    comment_lines(text, indent, "///")
}

/// Inner doc-comment lines (`//! …`), for a module's own documentation.
pub fn rust_inner_doc_lines(text: &str) -> String {
    comment_lines(text, "", "//!")
}

fn comment_lines(text: &str, indent: &str, marker: &str) -> String {
    text.lines()
        .map(|line| {
            let line = line.trim_end();
            if line.is_empty() {
                format!("{indent}{marker}")
            } else {
                format!("{indent}{marker} {line}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A TOML basic string that reads as `text`.
pub fn toml_string(text: &str) -> String {
    quoted(text, |literal, c| {
        let code = u32::from(c);
        let _ = if code <= 0xFFFF {
            write!(literal, "\\u{code:04X}")
        } else {
            write!(literal, "\\U{code:08X}")
        };
    })
}

/// The askama filters. Each takes the value to filter and askama's `Values`, and returns
/// the escaped text.
// askama requires filters to return a `Result`, and its `filter_fn` marks them `inline(always)`.
#[allow(clippy::unnecessary_wraps, clippy::inline_always)]
pub mod templates {
    use askama::{Result, Values};
    use std::fmt::Display;

    use eventgen_catalog::markdown;

    /// `{{ text|rust_str }}`: a Rust string literal.
    #[askama::filter_fn]
    pub fn rust_str(text: impl Display, _: &dyn Values) -> Result<String> {
        Ok(super::rust_string(&text.to_string()))
    }

    /// `{{ text|rust_doc(indent) }}`: doc-comment lines.
    #[askama::filter_fn]
    pub fn rust_doc(text: impl Display, _: &dyn Values, indent: &str) -> Result<String> {
        Ok(super::rust_doc_lines(&text.to_string(), indent))
    }

    /// `{{ text|rust_inner_doc }}`: inner doc-comment lines.
    #[askama::filter_fn]
    pub fn rust_inner_doc(text: impl Display, _: &dyn Values) -> Result<String> {
        Ok(super::rust_inner_doc_lines(&text.to_string()))
    }

    /// `{{ text|toml_str }}`: a TOML string.
    #[askama::filter_fn]
    pub fn toml_str(text: impl Display, _: &dyn Values) -> Result<String> {
        Ok(super::toml_string(&text.to_string()))
    }

    /// `{{ text|md }}`: Markdown prose.
    #[askama::filter_fn]
    pub fn md(text: impl Display, _: &dyn Values) -> Result<String> {
        Ok(markdown::escape(&text.to_string()))
    }

    /// `{{ text|md_cell }}`: a Markdown table cell.
    #[askama::filter_fn]
    pub fn md_cell(text: impl Display, _: &dyn Values) -> Result<String> {
        Ok(markdown::table_cell(&text.to_string()))
    }

    /// `{{ text|md_code }}`: a code span in a Markdown table cell.
    #[askama::filter_fn]
    pub fn md_code(text: impl Display, _: &dyn Values) -> Result<String> {
        Ok(markdown::table_code(&text.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rust_strings_escape_what_a_literal_cannot_hold() {
        assert_eq!(rust_string("session.start"), r#""session.start""#);
        assert_eq!(rust_string(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(rust_string("line\nnext\r\tx"), r#""line\nnext\r\tx""#);
        assert_eq!(rust_string("nul\0bell\x07"), r#""nul\u{0}bell\u{7}""#);
        assert_eq!(
            rust_string("rtl\u{202E}x\u{200B}"),
            r#""rtl\u{202e}x\u{200b}""#
        );
        assert_eq!(
            rust_string("a\u{2028}b\u{85}c\u{FE0F}\u{E0001}"),
            r#""a\u{2028}b\u{85}c\u{fe0f}\u{e0001}""#
        );
        assert_eq!(
            rust_string("*/ ${x} {{ x }} {% x %} \"\"\" é 日本"),
            "\"*/ ${x} {{ x }} {% x %} \\\"\\\"\\\" é 日本\""
        );
    }

    #[test]
    fn doc_lines_have_no_trailing_spaces() {
        assert_eq!(
            rust_doc_lines("a\n\nb  ", "    "),
            "    /// a\n    ///\n    /// b"
        );
        assert_eq!(
            rust_doc_lines("*/ not a comment end", ""),
            "/// */ not a comment end"
        );
    }

    #[test]
    fn toml_strings_escape_quotes_backslashes_and_controls() {
        assert_eq!(toml_string(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(toml_string("x\u{1}y\n"), r#""x\u0001y\n""#);
        assert_eq!(toml_string("a\u{2028}\u{E0001}"), r#""a\u2028\U000E0001""#);
    }
}
