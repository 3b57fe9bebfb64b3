//! The characters a reader cannot see, or that break a line where none is written: one
//! set, which the loader rejects in wire values (with the control characters) and which
//! every output writes as an escape, so that a value reads as what it is everywhere.
//!
//! - String literals (Rust, TypeScript, Python, TOML, YAML) write each [hidden](is_hidden)
//!   character with their own escape, and evaluate to the exact value.
//! - Documentation (doc comments, docstrings, Markdown pages) shows each as `\u{XXXX}`
//!   ([`show_hidden`]): the same notation in every language, which is also a Rust and
//!   JavaScript escape of the character.

use std::fmt::Write as _;

/// Characters that renderers show as nothing: Unicode's `Default_Ignorable_Code_Point`
/// (Unicode 17). Zero-width spaces and joiners, the bidirectional marks, embeddings,
/// overrides and isolates of "Trojan Source", variation selectors, tags, the soft hyphen,
/// the Hangul fillers, and the code points reserved for more of them.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}'..='\u{1160}' | '\u{17B4}'..='\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{FFF0}'..='\u{FFF8}' | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// Characters that end a line: line feed, vertical tab, form feed, carriage return, NEXT
/// LINE (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029), Unicode's
/// mandatory line breaks. JavaScript ends lines (and `//` comments) at U+2028 and U+2029
/// too, and editors and Python's `str.splitlines` break lines at all of them.
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\u{0B}' | '\u{0C}' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Whether `c` is never written as itself where a reader must see the exact text: a
/// control character, an [invisible](is_invisible) one, or a [line
/// break](is_line_break).
pub fn is_hidden(c: char) -> bool {
    c.is_control() || is_invisible(c) || is_line_break(c)
}

/// `text` as documentation shows it: every [hidden](is_hidden) character but the line
/// feed written as `\u{XXXX}` (upper-case hex, at least four digits, as in U+XXXX), so
/// that it can be seen; line feeds separate the lines of a description, which
/// documentation lays out. Nothing else changes, backslashes included, so `\u{2028}`
/// written by the vendor reads as the character would: the literals tell them apart.
pub fn show_hidden(text: &str) -> String {
    let mut shown = String::with_capacity(text.len());
    for c in text.chars() {
        if c != '\n' && is_hidden(c) {
            let _ = write!(shown, "\\u{{{:04X}}}", u32::from(c));
        } else {
            shown.push(c);
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_characters_are_controls_invisibles_and_line_breaks() {
        for c in [
            '\0',
            '\t',
            '\n',
            '\r',
            '\u{7F}',
            '\u{85}',
            '\u{2028}',
            '\u{2029}',
            '\u{AD}',
            '\u{200B}',
            '\u{200D}',
            '\u{202E}',
            '\u{2066}',
            '\u{FE0F}',
            '\u{FEFF}',
            '\u{E0001}',
            '\u{E0067}',
            '\u{E0100}',
        ] {
            assert!(is_hidden(c), "U+{:04X}", u32::from(c));
        }
        for c in [' ', 'a', 'é', '日', '🙂', '\u{A0}', '\u{3000}', '\u{FFFD}'] {
            assert!(!is_hidden(c), "U+{:04X}", u32::from(c));
        }
        assert!(is_invisible('\u{200B}') && !is_invisible('\u{2028}') && !is_invisible('\0'));
        assert!(is_line_break('\u{2028}') && !is_line_break('\t'));
    }

    #[test]
    fn documentation_shows_hidden_characters_as_escapes() {
        assert_eq!(
            show_hidden("a\u{2028}b\u{2029}c\u{85}d\te\u{200B}f\u{E0001}"),
            r"a\u{2028}b\u{2029}c\u{0085}d\u{0009}e\u{200B}f\u{E0001}"
        );
        assert_eq!(show_hidden("line\nnext"), "line\nnext");
        assert_eq!(show_hidden(r"C:\path \u{41} é 🙂"), r"C:\path \u{41} é 🙂");
    }
}
