//! Values and counts as reports show them: a value on one line whatever it holds, a
//! count with its noun in the right number.

use std::fmt::Write as _;

/// `text` with its hidden characters (`eventgen_catalog::chars`) escaped (`\n`, `\t`,
/// `\u{1B}`, `\u{2028}`), so that a value stays on its line of a report, cannot restyle
/// the terminal, and shows what no one could see.
pub(crate) fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if eventgen_catalog::chars::is_hidden(c) => {
                let _ = write!(out, "\\u{{{:04X}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

/// `count` and `noun` in the right number: "1 event", "2 events", "0 events". For nouns
/// that take an `s` in the plural (the reports use no other).
pub(crate) fn counted(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_take_their_nouns_number() {
        assert_eq!(counted(0, "event"), "0 events");
        assert_eq!(counted(1, "event"), "1 event");
        assert_eq!(counted(2, "change"), "2 changes");
    }

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(printable("a\nb\tc\u{1b}[31m é"), "a\\nb\\tc\\u{001B}[31m é");
        assert_eq!(printable("a\u{2028}b\u{200B}"), "a\\u{2028}b\\u{200B}");
    }
}
