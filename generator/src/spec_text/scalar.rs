//! Text values written as YAML scalars that read back as exactly the same text.
//!
//! The committed specs write a value plain when YAML allows it (`label: Scan Complete`)
//! and in single quotes otherwise (descriptions that start with a backtick); new values
//! follow that style. Double quotes, with escapes, are kept for what neither can carry on
//! one line: line breaks, tabs, and characters that do not print or cannot be seen.

use std::fmt::Write as _;

/// Where the scalar stands: flow collections (`{name: a, code: 1}`) end a plain scalar
/// at `,`, `]` and `}`, block mappings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Context {
    Block,
    Flow,
}

/// `text` as a YAML scalar: plain, single-quoted or double-quoted, whichever is the first
/// that reads back as `text` (see the module docs).
pub(crate) fn scalar(text: &str, context: Context) -> String {
    if can_be_plain(text, context) {
        text.to_owned()
    } else if text.chars().all(fits_single_quotes) {
        format!("'{}'", text.replace('\'', "''"))
    } else {
        double_quoted(text)
    }
}

/// Characters that may stand in a single-quoted scalar on one line as themselves.
fn fits_single_quotes(c: char) -> bool {
    !needs_escape(c) && c != '\t'
}

/// Characters written as an escape: the hidden ones (`eventgen_catalog::chars`: line
/// breaks, as YAML also breaks lines at U+0085, U+2028 and U+2029, controls, and what no
/// reader can see), and what YAML does not allow unescaped (U+FFFE, U+FFFF).
fn needs_escape(c: char) -> bool {
    eventgen_catalog::chars::is_hidden(c) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// Words and number-like text that YAML (1.2, or 1.1 for older readers) would read as
/// something other than a string.
fn reads_as_non_string(text: &str) -> bool {
    const WORDS: &[&str] = &[
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", ".inf", "+.inf", "-.inf",
        ".nan",
    ];
    if WORDS.iter().any(|word| text.eq_ignore_ascii_case(word)) {
        return true;
    }
    // Every number starts with a digit, or a sign or point before one: `1`, `0x1F`,
    // `-2`, `.5`, `+1e3`. Text that merely starts like a number is quoted too: simpler
    // than following each YAML version's number grammar to the letter.
    let mut chars = text.chars();
    match chars.next() {
        Some(c) if c.is_ascii_digit() => true,
        Some('+' | '-' | '.') => chars.next().is_some_and(|c| c.is_ascii_digit() || c == '.'),
        _ => false,
    }
}

fn can_be_plain(text: &str, context: Context) -> bool {
    // Characters that start something else than a plain scalar: a sequence item, a
    // mapping key or value, a collection, a comment, an anchor, alias or tag, a block
    // scalar, a quoted scalar, a directive, or a reserved indicator.
    const INDICATORS: &[char] = &[
        '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@',
        '`',
    ];
    let Some(first) = text.chars().next() else {
        return false;
    };
    let last = text.chars().next_back().unwrap_or(first);
    !(INDICATORS.contains(&first)
        || first.is_whitespace()
        || last.is_whitespace()
        || last == ':'
        || text.contains(": ")
        || text.contains(" #")
        || text.chars().any(|c| needs_escape(c) || c == '\t')
        || (context == Context::Flow && text.contains([',', '[', ']', '{', '}']))
        || reads_as_non_string(text))
}

fn double_quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\0' => out.push_str("\\0"),
            c if needs_escape(c) => {
                let code = u32::from(c);
                let _ = if code <= 0xFF {
                    write!(out, "\\x{code:02X}")
                } else if code <= 0xFFFF {
                    write!(out, "\\u{code:04X}")
                } else {
                    write!(out, "\\U{code:08X}")
                };
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `label` of a one-event spec with `written` as its value, read by the loader.
    fn read_back(written: &str) -> Result<String, String> {
        let spec = format!(
            "catalog: demo\ntitle: Demo\nsource: {{document: Demo}}\nevents:\n  - name: a\n    label: {written}\n"
        );
        let catalog = eventgen_catalog::load_str("demo.yaml", &spec).map_err(|e| e.render())?;
        Ok(catalog.events[0].label.clone().unwrap_or_default())
    }

    fn round_trips(text: &str) {
        let block = scalar(text, Context::Block);
        let flow = scalar(text, Context::Flow);
        let spec = format!(
            "catalog: demo\ntitle: Demo\nsource: {{document: Demo}}\nevents:\n  - name: a\n    label: {block}\n  - {{name: b, label: {flow}}}\n"
        );
        let catalog = eventgen_catalog::load_str("demo.yaml", &spec)
            .unwrap_or_else(|error| panic!("{text:?} written as {block} / {flow}:\n{error}"));
        assert_eq!(
            catalog.events[0].label.as_deref(),
            Some(text),
            "block: {block}"
        );
        assert_eq!(
            catalog.events[1].label.as_deref(),
            Some(text),
            "flow: {flow}"
        );
    }

    #[test]
    fn hostile_strings_round_trip() {
        for text in [
            "it's",
            "say \"hi\"",
            "key: value",
            "ends with colon:",
            "a # not a comment",
            "#comment",
            "- item",
            "-",
            "* star",
            "& anchor",
            "! tag",
            "% directive",
            "@at",
            "`backtick` first",
            "| pipe",
            "> fold",
            "? question",
            "[list]",
            "{map}",
            "a, b",
            "a [b] {c}",
            "yes",
            "No",
            "null",
            "NULL",
            "~",
            "true",
            "False",
            "on",
            "100",
            "1.5",
            "-1",
            "+1",
            ".5",
            "0x1F",
            "1e3",
            ".inf",
            ".NaN",
            "2fa-enabled",
            "---",
            "...",
            "line\nbreak",
            "trailing newline\n",
            "tab\there",
            "\tleading tab",
            " leading space",
            "trailing space ",
            "carriage\rreturn",
            "null\0byte",
            "bell\u{7}",
            "del\u{7F}",
            "next line\u{85}",
            "line separator\u{2028}",
            "zero\u{200B}width",
            "bom\u{FEFF}",
            "non-ASCII: Événement ü 事件 🚀",
            "back\\slash",
            "both ' and \"",
            "Auditevent removed",
            "RoleContext limitations were violated, role blocked.",
        ] {
            round_trips(text);
        }
    }

    #[test]
    fn plain_where_the_committed_specs_are_plain() {
        assert_eq!(scalar("Scan Complete", Context::Block), "Scan Complete");
        assert_eq!(
            scalar(
                "RoleContext limitations were violated, role blocked.",
                Context::Block
            ),
            "RoleContext limitations were violated, role blocked."
        );
        assert_eq!(
            scalar("db.session.sqlserver.rpc_request", Context::Block),
            "db.session.sqlserver.rpc_request"
        );
        assert_eq!(
            scalar("`auth` is an authentication attempt", Context::Block),
            "'`auth` is an authentication attempt'"
        );
        assert_eq!(
            scalar("Transcript status: indexed.", Context::Block),
            "'Transcript status: indexed.'"
        );
        assert_eq!(scalar("a, b", Context::Flow), "'a, b'");
        assert_eq!(scalar("tab\there", Context::Block), "\"tab\\there\"");
        assert_eq!(scalar("", Context::Block), "''");
    }

    #[test]
    fn an_empty_string_is_quoted_not_null() {
        // No key of a spec may be empty, so the loader's complaint is the proof: it reads
        // an empty string (not null, which would be "must be a string").
        assert_eq!(scalar("", Context::Flow), "''");
        assert!(
            read_back(&scalar("", Context::Block))
                .is_err_and(|error| error.contains("`label` is empty"))
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]
        #[test]
        fn any_text_round_trips(text in "\\PC{0,12}|[ -~\\t\\n]{0,12}|.{0,6}") {
            // Blank text is no valid label; the loader rejects it, whatever the quoting.
            proptest::prop_assume!(!text.trim().is_empty());
            round_trips(&text);
        }
    }
}
