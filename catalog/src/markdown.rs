//! Spec text (labels, descriptions, notes) in Markdown: rustdoc comments and Markdown
//! pages show it as written, whatever characters it holds.
//!
//! Spec text is plain text that may look like Markdown or HTML; vendor documents use
//! backticks for code, which is kept.

/// `text` escaped for rustdoc: characters Markdown or HTML would interpret are
/// backslash-escaped, code spans (balanced backticks, as vendor documents use them) are
/// kept, and URLs are wrapped in `<…>` so that they link instead of warning.
pub fn escape(text: &str) -> String {
    // Indentation is dropped: four leading spaces would make a line a code block, which
    // rustdoc would even compile as a doc test.
    let text: Vec<&str> = text.split('\n').map(str::trim_start).collect();
    let text = text.join("\n");
    let mut out = String::with_capacity(text.len());
    let balanced = text.matches('`').count().is_multiple_of(2);
    let mut in_code = false;
    let mut rest = text.as_str();
    while let Some(c) = rest.chars().next() {
        if c == '`' && balanced {
            in_code = !in_code;
            out.push(c);
            rest = &rest[1..];
            continue;
        }
        if !in_code {
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
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
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

/// `text` as an inline code span, however many backticks it holds.
pub fn code_span(text: &str) -> String {
    let longest_run = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// `text` for a cell of a Markdown table: escaped as by [`escape`], with `|` escaped
/// even inside code spans (where GitHub's tables still split on it) and line breaks as
/// `<br>`, so that a cell never breaks its table.
pub fn table_cell(text: &str) -> String {
    text.lines()
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
/// of an API needs (wire value, code, category, aliases), and the spec's note. Every
/// binding documents its members with it (Python's docstrings with [`event_doc_plain`]).
pub fn event_doc(event: &crate::Event) -> String {
    describe(event, escape, code_span)
}

/// [`event_doc`] as plain text, for documentation that is not rendered as Markdown.
pub fn event_doc_plain(event: &crate::Event) -> String {
    describe(event, str::to_owned, |code| format!("`{code}`"))
}

fn describe(
    event: &crate::Event,
    text: impl Fn(&str) -> String,
    code: impl Fn(&str) -> String,
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
    if let Some(note) = &event.note {
        paragraphs.push(format!("Note: {}", text(note)));
    }
    paragraphs.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_code_spans_and_escapes_the_rest() {
        assert_eq!(
            escape("`session.start` is emitted when a [user] <starts> *a* session_id"),
            r"`session.start` is emitted when a \[user\] \<starts\> \*a\* session\_id"
        );
    }

    #[test]
    fn drops_indentation_that_would_make_code_blocks() {
        assert_eq!(escape("a\n\n    indented\n\tb"), "a\n\nindented\nb");
    }

    #[test]
    fn escapes_an_unbalanced_backtick() {
        assert_eq!(escape("it's a ` tick"), r"it's a \` tick");
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
    fn code_spans_survive_backticks() {
        assert_eq!(code_span("session.start"), "`session.start`");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`a"), "`` `a ``");
    }
}
