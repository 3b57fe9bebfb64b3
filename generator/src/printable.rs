//! Values shown in reports, one per line whatever they hold.

use std::fmt::Write as _;

/// `text` with its control characters escaped (`\n`, `\t`, `\u{1B}`), so that a value
/// stays on its line of a report and cannot restyle the terminal.
pub(crate) fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:X}}}", u32::from(c));
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
        assert_eq!(printable("a\nb\tc\u{1b}[31m é"), "a\\nb\\tc\\u{1B}[31m é");
    }
}
