//! Spec text (labels, descriptions, notes) in Markdown: rustdoc comments, `JSDoc` and
//! Markdown pages show it as written, whatever characters it holds.
//!
//! Spec text is plain text that may look like Markdown or HTML; vendor documents use
//! backticks for code, which is kept. Characters no reader could see are shown as
//! `\u{XXXX}` ([`show_hidden`]), in code spans as in prose.

use std::fmt::Write as _;

use crate::chars::show_hidden;

/// `text` escaped for rustdoc: characters Markdown or HTML would interpret are
/// backslash-escaped, code spans (backtick runs that a run of the same length closes, as
/// vendor documents use them) are kept, hidden characters are shown as `\u{XXXX}`, and
/// URLs are wrapped in `<…>` so that they link instead of warning.
pub fn escape(text: &str) -> String {
    let text = show_hidden(text);
    // Indentation is dropped: four leading spaces would make a line a code block, which
    // rustdoc would even compile as a doc test.
    let text: Vec<&str> = text.split('\n').map(str::trim_start).collect();
    let text = text.join("\n");
    let mut out = String::with_capacity(text.len());
    for piece in split_code_spans(&text, false) {
        match piece {
            Piece::Code { content, fence } => {
                let fence = "`".repeat(fence);
                out.push_str(&fence);
                out.push_str(content);
                out.push_str(&fence);
            }
            Piece::Text(text) => escape_prose(text, &mut out),
        }
    }
    out
}

/// Text outside code spans, escaped onto `out`.
fn escape_prose(text: &str, out: &mut String) {
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if let Some(url) = url_at(rest) {
            out.push('<');
            out.push_str(url);
            out.push('>');
            rest = &rest[url.len()..];
            continue;
        }
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
}

/// A piece of Markdown text: a code span, or text between code spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text outside code spans, as written.
    Text(&'a str),
    /// A code span: what its backtick fences enclose, as written (padding included), and
    /// the fences' length.
    Code { content: &'a str, fence: usize },
}

/// `text` cut into code spans and the text between them, as Markdown reads it: a run of
/// backticks opens a code span that the next run of the same length closes, and a run
/// that none closes is text. With `escapes`, `text` is Markdown, where a backslash escapes
/// the ASCII punctuation character after it (so that an escaped backtick opens nothing);
/// without, it is plain text, whose backslashes are characters like any other.
pub fn split_code_spans(text: &str, escapes: bool) -> Vec<Piece<'_>> {
    let bytes = text.as_bytes();
    let run_at = |start: usize| {
        bytes[start..]
            .iter()
            .take_while(|&&byte| byte == b'`')
            .count()
    };
    let mut pieces = Vec::new();
    let mut text_start = 0;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' if escapes && bytes.get(at + 1).is_some_and(u8::is_ascii_punctuation) => {
                at += 2;
            }
            b'`' => {
                let fence = run_at(at);
                let content_start = at + fence;
                let mut close = content_start;
                while close < bytes.len() {
                    if bytes[close] == b'`' {
                        let run = run_at(close);
                        if run == fence {
                            break;
                        }
                        close += run;
                    } else {
                        close += 1;
                    }
                }
                if close >= bytes.len() {
                    // Nothing closes it: the backticks are text.
                    at = content_start;
                    continue;
                }
                if text_start < at {
                    pieces.push(Piece::Text(&text[text_start..at]));
                }
                pieces.push(Piece::Code {
                    content: &text[content_start..close],
                    fence,
                });
                at = close + fence;
                text_start = at;
            }
            _ => at += 1,
        }
    }
    if text_start < bytes.len() {
        pieces.push(Piece::Text(&text[text_start..]));
    }
    pieces
}

/// An `http(s)://` URL at the start of `text`, up to whitespace, without trailing
/// sentence punctuation.
fn url_at(text: &str) -> Option<&str> {
    if !(text.starts_with("https://") || text.starts_with("http://")) {
        return None;
    }
    let end = text
        .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '`'))
        .unwrap_or(text.len());
    Some(text[..end].trim_end_matches(['.', ',', ';', ':', ')', '\'', '"']))
}

/// `text` as an inline code span, however many backticks it holds, with its hidden
/// characters shown as `\u{XXXX}`.
pub fn code_span(text: &str) -> String {
    code_span_of_shown(&show_hidden(text))
}

/// `text`, which shows no hidden character, as an inline code span that displays exactly
/// `text`: the fence is longer than any run of backticks in it, and a space pads it where
/// Markdown would otherwise take a backtick for the fence or strip a space of the text.
pub fn code_span_of_shown(text: &str) -> String {
    let longest_run = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    let stripped = text.starts_with(' ') && text.ends_with(' ') && text.trim() != "";
    let pad = if text.starts_with('`') || text.ends_with('`') || stripped {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// A URL as a Markdown link's destination, `<…>`, in a table cell or in prose: the
/// characters that would end it or the cell (`<`, `>`, `|`, and any a reader cannot see)
/// percent-encoded, which means the same address.
pub fn link_destination(url: &str) -> String {
    let mut out = String::with_capacity(url.len() + 2);
    out.push('<');
    for c in url.chars() {
        if matches!(c, '<' | '>' | '|' | '\\') || c.is_whitespace() || crate::chars::is_hidden(c) {
            let mut bytes = [0; 4];
            for byte in c.encode_utf8(&mut bytes).bytes() {
                let _ = write!(out, "%{byte:02X}");
            }
        } else {
            out.push(c);
        }
    }
    out.push('>');
    out
}

/// `text` as a fenced code block of the language `info` (`json`), shown exactly: the
/// fence is longer than any run of backticks in it, and hidden characters are shown as
/// `\u{XXXX}`.
pub fn code_block(text: &str, info: &str) -> String {
    let text = show_hidden(text);
    let longest_run = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat((longest_run + 1).max(3));
    format!("{fence}{info}\n{}\n{fence}", text.trim_end_matches('\n'))
}

/// `text` for a cell of a Markdown table: escaped as by [`escape`], with `|` escaped
/// even inside code spans (where GitHub's tables still split on it) and line breaks as
/// `<br>`, so that a cell never breaks its table.
pub fn table_cell(text: &str) -> String {
    text.split('\n')
        // `escape` leaves `|` in code spans alone: escape every one.
        .map(|line| escape(line).replace("\\|", "|").replace('|', "\\|"))
        .collect::<Vec<_>>()
        .join("<br>")
}

/// `text` as a code span for a cell of a Markdown table.
pub fn table_code(text: &str) -> String {
    code_span(text).replace('|', "\\|")
}

/// The documentation of an event, in Markdown: label, description, the facts a reader
/// of an API needs (wire value, code, category, aliases), the event's own documentation
/// page, and the spec's note. Every binding documents its members with it (Python's
/// docstrings with [`event_doc_plain`]).
pub fn event_doc(event: &crate::Event) -> String {
    describe(event, escape, code_span, link_destination)
}

/// [`event_doc`] as plain text, for documentation that is not rendered as Markdown, with
/// hidden characters shown as `\u{XXXX}` all the same.
pub fn event_doc_plain(event: &crate::Event) -> String {
    describe(
        event,
        show_hidden,
        |code| format!("`{}`", show_hidden(code)),
        show_hidden,
    )
}

fn describe(
    event: &crate::Event,
    text: impl Fn(&str) -> String,
    code: impl Fn(&str) -> String,
    link: impl Fn(&str) -> String,
) -> String {
    let mut paragraphs = Vec::new();
    if let Some(label) = &event.label {
        paragraphs.push(text(label));
    }
    if let Some(description) = &event.description {
        paragraphs.push(text(description));
    }
    let mut facts = vec![format!("Wire value: {}", code(&event.name))];
    if let Some(value) = event.code {
        facts.push(format!("code: `{value}`"));
    }
    if let Some(category) = &event.category {
        facts.push(format!("category: {}", text(category)));
    }
    if !event.aliases.is_empty() {
        let aliases: Vec<String> = event.aliases.iter().map(|alias| code(alias)).collect();
        facts.push(format!("also accepted: {}", aliases.join(", ")));
    }
    paragraphs.push(facts.join("; ") + ".");
    if let Some(url) = &event.url {
        paragraphs.push(format!("Documentation: {}", link(url)));
    }
    if let Some(note) = &event.note {
        paragraphs.push(format!("Note: {}", text(note)));
    }
    paragraphs.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_and_code_blocks_show_what_they_hold() {
        assert_eq!(
            link_destination("https://x.example/a?b=<c>|d e"),
            "<https://x.example/a?b=%3Cc%3E%7Cd%20e>"
        );
        assert_eq!(
            link_destination("https://x.example/\u{2028}"),
            "<https://x.example/%E2%80%A8>"
        );
        assert_eq!(
            code_block("{\"a\": 1}\n", "json"),
            "```json\n{\"a\": 1}\n```"
        );
        assert_eq!(code_block("\"````\"", "json"), "`````json\n\"````\"\n`````");
        assert_eq!(code_block("\"\u{200b}\"", ""), "```\n\"\\u{200B}\"\n```");
    }

    #[test]
    fn keeps_code_spans_and_escapes_the_rest() {
        assert_eq!(
            escape("`session.start` is emitted when a [user] <starts> *a* session_id"),
            r"`session.start` is emitted when a \[user\] \<starts\> \*a\* session\_id"
        );
    }

    #[test]
    fn drops_indentation_that_would_make_code_blocks() {
        assert_eq!(escape("a\n\n    indented\n  b"), "a\n\nindented\nb");
        // A tab is no indentation but a hidden character, shown.
        assert_eq!(escape("\tb"), r"\\u{0009}b");
    }

    #[test]
    fn escapes_a_backtick_that_opens_no_code_span() {
        assert_eq!(escape("it's a ` tick"), r"it's a \` tick");
        assert_eq!(escape("`a` and ` b"), r"`a` and \` b");
        assert_eq!(escape("``a*b`` c*"), r"``a*b`` c\*");
    }

    #[test]
    fn shows_hidden_characters_in_prose_and_code() {
        assert_eq!(
            escape("a\u{2028}b `c\u{200B}d`"),
            r"a\\u{2028}b `c\u{200B}d`"
        );
        assert_eq!(code_span("x\u{2029}y"), r"`x\u{2029}y`");
        assert_eq!(table_cell("a\u{85}b\nc"), r"a\\u{0085}b<br>c");
    }

    #[test]
    fn code_spans_are_found_as_commonmark_finds_them() {
        use Piece::{Code, Text};
        assert_eq!(
            split_code_spans("a `b` c ``d`e`` `f", false),
            [
                Text("a "),
                Code {
                    content: "b",
                    fence: 1
                },
                Text(" c "),
                Code {
                    content: "d`e",
                    fence: 2
                },
                Text(" `f"),
            ]
        );
        // In Markdown, an escaped backtick opens nothing; in a code span, a backslash
        // is a character.
        assert_eq!(split_code_spans(r"\`a` b", true), [Text(r"\`a` b")]);
        assert_eq!(
            split_code_spans(r"`a\` b", true),
            [
                Code {
                    content: r"a\",
                    fence: 1
                },
                Text(" b")
            ]
        );
        assert_eq!(
            split_code_spans(r"\`a` b", false),
            [
                Text("\\"),
                Code {
                    content: "a",
                    fence: 1
                },
                Text(" b")
            ]
        );
    }

    #[test]
    fn wraps_urls() {
        assert_eq!(
            escape("See https://example.com/a_b, then http://x.y."),
            "See <https://example.com/a_b>, then <http://x.y>."
        );
    }

    #[test]
    fn table_cells_never_break_the_table() {
        assert_eq!(table_cell("a | b"), r"a \| b");
        assert_eq!(table_cell("`a|b` c"), r"`a\|b` c");
        assert_eq!(table_cell("line 1\nline 2"), "line 1<br>line 2");
        assert_eq!(table_code("x|y"), r"`x\|y`");
    }

    #[test]
    fn code_spans_survive_backticks_and_spaces() {
        assert_eq!(code_span("session.start"), "`session.start`");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`a"), "`` `a ``");
        assert_eq!(code_span(" a "), "`  a  `");
        assert_eq!(code_span(" a"), "` a`");
    }

    #[test]
    fn event_docs_link_the_events_own_page() {
        let spec = "catalog: demo\ntitle: Demo\ntype: DemoEvent\nsource: {document: Demo}\n\
                    events:\n  - name: a.b\n    label: A\n    url: https://x.example/a?b=<c>\n";
        let catalog = crate::load_str("demo.yaml", spec).unwrap_or_else(|error| panic!("{error}"));
        let event = &catalog.events[0];
        assert_eq!(
            event_doc(event),
            "A\n\nWire value: `a.b`.\n\nDocumentation: <https://x.example/a?b=%3Cc%3E>"
        );
        assert_eq!(
            event_doc_plain(event),
            "A\n\nWire value: `a.b`.\n\nDocumentation: https://x.example/a?b=<c>"
        );
    }
}
