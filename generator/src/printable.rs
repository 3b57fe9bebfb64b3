//! Values as reports show them: a value on one line whatever it holds.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(printable("a\nb\tc\u{1b}[31m é"), "a\\nb\\tc\\u{001B}[31m é");
        assert_eq!(printable("a\u{2028}b\u{200B}"), "a\\u{2028}b\\u{200B}");
    }
}
