//! Escaping for the TypeScript target: string literals, object keys, `JSDoc` comments, and
//! JSON strings for `package.json`.
//!
//! Like the rest of `filters`, each function takes text exactly as the spec holds it (or,
//! for `JSDoc`, the Markdown that shows it) and returns it so that TypeScript shows exactly
//! that: a literal that evaluates to it, a key that names it, a comment that displays it.

use std::fmt::Write as _;

use eventgen_catalog::chars::{is_hidden, show_hidden};
use eventgen_catalog::markdown::{Piece, code_span_of_shown, split_code_spans};

/// A JavaScript string literal, double-quoted, that evaluates to `text`.
///
/// Quotes and backslashes are escaped; hidden characters (line terminators, JavaScript's
/// U+2028 and U+2029 among them, controls, invisible characters) are written as `\uXXXX`
/// (`\u{XXXXX}` beyond the Basic Multilingual Plane), so that the source reads as what it
/// means. `${…}`, `*/` and `{{ … }}` mean nothing in a double-quoted string and are kept.
pub fn ts_string(text: &str) -> String {
    let mut literal = String::with_capacity(text.len() + 2);
    literal.push('"');
    for c in text.chars() {
        match c {
            '"' => literal.push_str("\\\""),
            '\\' => literal.push_str("\\\\"),
            '\n' => literal.push_str("\\n"),
            '\r' => literal.push_str("\\r"),
            '\t' => literal.push_str("\\t"),
            c if is_hidden(c) => {
                let code = u32::from(c);
                let _ = if code <= 0xFFFF {
                    write!(literal, "\\u{code:04X}")
                } else {
                    write!(literal, "\\u{{{code:X}}}")
                };
            }
            c => literal.push(c),
        }
    }
    literal.push('"');
    literal
}

/// A property key of an object literal naming `name`: the name itself when it is an
/// identifier, else a string literal. `__proto__` is written as a computed key
/// (`["__proto__"]`): as an identifier or a string it would set the object's prototype
/// instead of defining a property.
pub fn ts_property_key(name: &str) -> String {
    if name == "__proto__" {
        return format!("[{}]", ts_string(name));
    }
    let mut chars = name.chars();
    let identifier = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if identifier {
        name.to_owned()
    } else {
        ts_string(name)
    }
}

/// Markdown made safe inside a `JSDoc` comment, still showing as written in the hovers
/// of editors, which render it as Markdown:
///
/// - `*/` would end the comment and `{@` would open an inline tag (`{@link …}`), even in
///   a code span, and `@` at the start of a line would open a block tag (`@deprecated`):
///   their second character is written as a Markdown escape, `\/` or `\@`, which shows
///   as the character. In a code span, which would show the backslash, the span is
///   closed before it and opened again after it: `` `a*`\/`b` `` shows `a*/b`.
/// - hidden characters that reached here anyway are shown as `\u{XXXX}`, as the
///   `markdown` functions show them.
///
/// Blank lines and line breaks are kept: `jsdoc_block` lays them out.
pub fn jsdoc_text(markdown: &str) -> String {
    let markdown = show_hidden(markdown);
    let mut out = JsdocText {
        text: String::with_capacity(markdown.len()),
        line_start: true,
    };
    for piece in split_code_spans(&markdown, true) {
        match piece {
            Piece::Text(text) => {
                for c in text.chars() {
                    out.push(c);
                }
            }
            Piece::Code { content, fence } => out.push_code(content, fence),
        }
    }
    out.text
}

/// `JSDoc` text being written: where a character would start a tag or end the comment.
struct JsdocText {
    text: String,
    /// Whether only whitespace precedes on the line.
    line_start: bool,
}

impl JsdocText {
    /// Writes `c` of Markdown text (outside code spans), escaped if it must be.
    fn push(&mut self, c: char) {
        let previous = self.text.chars().next_back();
        let escape = match c {
            '/' => previous == Some('*'),
            '@' => self.line_start || previous == Some('{'),
            _ => false,
        };
        if escape {
            self.text.push('\\');
        }
        self.text.push(c);
        if c == '\n' {
            self.line_start = true;
        } else if !c.is_whitespace() {
            self.line_start = false;
        }
    }

    /// Writes a code span (`content` between fences of `fence` backticks), split where
    /// it holds `*/` or `{@`.
    fn push_code(&mut self, content: &str, fence: usize) {
        // What the span shows: CommonMark turns line breaks into spaces, and strips one
        // space at each end when there is one at both.
        let shown = content.replace('\n', " ");
        let shown = match shown.strip_prefix(' ').and_then(|s| s.strip_suffix(' ')) {
            Some(inner) if !shown.trim().is_empty() => inner.to_owned(),
            _ => shown,
        };
        let breaks = |text: &str| text.find("*/").into_iter().chain(text.find("{@")).min();
        if breaks(&shown).is_none() {
            let fence = "`".repeat(fence);
            let _ = write!(self.text, "{fence}{content}{fence}");
        } else {
            let mut rest = shown.as_str();
            while let Some(at) = breaks(rest) {
                // The span up to the `*` or `{`, then the `/` or `@` escaped outside it.
                self.text.push_str(&code_span_of_shown(&rest[..=at]));
                self.text.push('\\');
                self.text.push_str(&rest[at + 1..at + 2]);
                rest = &rest[at + 2..];
            }
            if !rest.is_empty() {
                self.text.push_str(&code_span_of_shown(rest));
            }
        }
        self.line_start = false;
    }
}

/// A `JSDoc` comment at `indent` holding `text` (`JSDoc`-safe already, see [`jsdoc_text`]):
/// `/** text */` for one line, else `/**`, ` * line` for each line (` *` alone for a
/// blank one, so that no line ends in a space), ` */`.
pub fn jsdoc_block(text: &str, indent: &str) -> String {
    // A comment end that reached here anyway must not end the comment.
    let text = text.replace("*/", "*\\/");
    let lines: Vec<&str> = text.trim_end().lines().map(str::trim_end).collect();
    if let [line] = lines.as_slice() {
        return format!("{indent}/** {line} */");
    }
    let mut block = format!("{indent}/**\n");
    for line in lines {
        if line.is_empty() {
            let _ = writeln!(block, "{indent} *");
        } else {
            let _ = writeln!(block, "{indent} * {line}");
        }
    }
    let _ = write!(block, "{indent} */");
    block
}

/// A JSON string that reads as `text`.
pub fn json_string(text: &str) -> String {
    super::json::string(text)
}

/// The askama filters of the TypeScript templates, with those of `filters` that they
/// share (Markdown).
// askama requires filters to return a `Result`, and its `filter_fn` marks them `inline(always)`.
#[allow(clippy::unnecessary_wraps, clippy::inline_always)]
pub mod templates {
    use askama::{Result, Values};
    use std::fmt::Display;

    pub use super::super::templates::{md, md_cell, md_code};

    /// `{{ text|ts_str }}`: a JavaScript string literal.
    #[askama::filter_fn]
    pub fn ts_str(text: impl Display, _: &dyn Values) -> Result<String> {
        Ok(super::ts_string(&text.to_string()))
    }

    /// `{{ name|ts_key }}`: an object literal's property key.
    #[askama::filter_fn]
    pub fn ts_key(name: impl Display, _: &dyn Values) -> Result<String> {
        Ok(super::ts_property_key(&name.to_string()))
    }

    /// `{{ text|jsdoc(indent) }}`: a `JSDoc` comment of JSDoc-safe text.
    #[askama::filter_fn]
    pub fn jsdoc(text: impl Display, _: &dyn Values, indent: &str) -> Result<String> {
        Ok(super::jsdoc_block(&text.to_string(), indent))
    }

    /// `{{ text|json_str }}`: a JSON string.
    #[askama::filter_fn]
    pub fn json_str(text: impl Display, _: &dyn Values) -> Result<String> {
        Ok(super::json_string(&text.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escape_what_a_literal_cannot_hold() {
        assert_eq!(ts_string("session.start"), r#""session.start""#);
        assert_eq!(ts_string(r#"quote"double"#), r#""quote\"double""#);
        assert_eq!(ts_string(r"back\slash"), r#""back\\slash""#);
        assert_eq!(ts_string("line\nnext\r\tx"), r#""line\nnext\r\tx""#);
        assert_eq!(ts_string("nul\0bell\x07"), r#""nul\u0000bell\u0007""#);
        assert_eq!(ts_string("a\u{2028}b\u{2029}"), r#""a\u2028b\u2029""#);
        assert_eq!(ts_string("rtl\u{202E}x\u{200B}"), r#""rtl\u202Ex\u200B""#);
        assert_eq!(
            ts_string("\u{85}\u{FE0F}\u{E0001}"),
            r#""\u0085\uFE0F\u{E0001}""#
        );
    }

    #[test]
    fn strings_keep_what_means_nothing_in_double_quotes() {
        assert_eq!(
            ts_string("${x} `t` */ {{ x }} {% x %} '' é 日本 🙂"),
            "\"${x} `t` */ {{ x }} {% x %} '' é 日本 🙂\""
        );
    }

    #[test]
    fn keys_are_identifiers_or_quoted_and_never_set_the_prototype() {
        assert_eq!(ts_property_key("SessionStart"), "SessionStart");
        assert_eq!(ts_property_key("_x$1"), "_x$1");
        assert_eq!(ts_property_key("class"), "class");
        assert_eq!(ts_property_key("constructor"), "constructor");
        assert_eq!(ts_property_key("__proto__"), r#"["__proto__"]"#);
        assert_eq!(ts_property_key("a-b"), r#""a-b""#);
        assert_eq!(ts_property_key("2fa"), r#""2fa""#);
        assert_eq!(ts_property_key(""), r#""""#);
        assert_eq!(ts_property_key("café"), r#""café""#);
    }

    #[test]
    fn jsdoc_text_cannot_end_the_comment_or_add_tags() {
        assert_eq!(
            jsdoc_text("closes /* a comment */ early"),
            r"closes /* a comment *\/ early"
        );
        assert_eq!(jsdoc_text(r"\*/ and \\*/"), r"\*\/ and \\*\/");
        assert_eq!(jsdoc_text("**/"), r"**\/");
        assert_eq!(
            jsdoc_text("@deprecated no\n  @param x\nmail a@b.c {@link X}"),
            "\\@deprecated no\n  \\@param x\nmail a@b.c {\\@link X}"
        );
        assert_eq!(jsdoc_text("${x} {{ x }} é 日本"), "${x} {{ x }} é 日本");
    }

    #[test]
    fn jsdoc_code_spans_are_split_around_what_they_cannot_hold() {
        assert_eq!(jsdoc_text("`star*/comment`"), r"`star*`\/`comment`");
        assert_eq!(jsdoc_text("a `*/` b"), r"a `*`\/ b");
        assert_eq!(jsdoc_text("`a*/*/b`"), r"`a*`\/`*`\/`b`");
        assert_eq!(jsdoc_text("`{@link X}`"), r"`{`\@`link X}`");
        assert_eq!(jsdoc_text("`` `*/` ``"), r"`` `* ``\/`` ` ``");
        // Spans without either are kept as they are.
        assert_eq!(jsdoc_text("`a/b` `*` `@x` ``c``"), "`a/b` `*` `@x` ``c``");
        // An escaped backtick opens no span.
        assert_eq!(jsdoc_text(r"\`*/\`"), r"\`*\/\`");
    }

    #[test]
    fn jsdoc_text_shows_hidden_characters() {
        assert_eq!(
            jsdoc_text("rtl\u{202E}x\u{0}\ty\u{2028}`a\u{2029}`"),
            r"rtl\u{202E}x\u{0000}\u{0009}y\u{2028}`a\u{2029}`"
        );
    }

    #[test]
    fn jsdoc_blocks_have_no_trailing_spaces() {
        assert_eq!(jsdoc_block("one line", "  "), "  /** one line */");
        assert_eq!(
            jsdoc_block("a\n\nb  \n", "  "),
            "  /**\n   * a\n   *\n   * b\n   */"
        );
        assert_eq!(jsdoc_block("x */ y", ""), r"/** x *\/ y */");
    }

    #[test]
    fn json_strings() {
        assert_eq!(json_string(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(json_string("x\u{1}"), r#""x\u0001""#);
    }
}
