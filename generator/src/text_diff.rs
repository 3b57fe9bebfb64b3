//! A unified diff of two texts, as `diff -u` and `git diff` print it, in colour where the
//! output stream allows it.

use std::fmt::Write as _;

use anstyle::{AnsiColor, Style};
use similar::{ChangeTag, TextDiff};

const REMOVED: Style = AnsiColor::Red.on_default();
const ADDED: Style = AnsiColor::Green.on_default();
const HUNK: Style = AnsiColor::Cyan.on_default();
const HEADER: Style = Style::new().bold();

/// The changes from `old` to `new`, with three lines of context; empty when the texts are
/// the same.
pub(crate) fn unified(old_name: &str, new_name: &str, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    let diff = TextDiff::from_lines(old, new);
    let mut out = String::new();
    let _ = writeln!(out, "{HEADER}--- {old_name}{HEADER:#}");
    let _ = writeln!(out, "{HEADER}+++ {new_name}{HEADER:#}");
    for hunk in diff.unified_diff().context_radius(3).iter_hunks() {
        let _ = writeln!(out, "{HUNK}{}{HUNK:#}", hunk.header());
        for change in hunk.iter_changes() {
            let (sign, style) = match change.tag() {
                ChangeTag::Delete => ('-', REMOVED),
                ChangeTag::Insert => ('+', ADDED),
                ChangeTag::Equal => (' ', Style::new()),
            };
            let line = change.to_string_lossy();
            let line = line.strip_suffix('\n').unwrap_or(&line);
            let line = line.strip_suffix('\r').unwrap_or(line);
            let _ = writeln!(out, "{style}{sign}{line}{style:#}");
            if change.missing_newline() {
                out.push_str("\\ No newline at end of file\n");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_like_diff_u() {
        let diff = unified("a", "b", "one\ntwo\nthree\n", "one\n2\nthree\nfour");
        let plain = anstream::adapter::strip_str(&diff).to_string();
        assert_eq!(
            plain,
            "--- a\n+++ b\n@@ -1,3 +1,4 @@\n one\n-two\n+2\n three\n+four\n\\ No newline at end of file\n"
        );
        assert_eq!(unified("a", "b", "same\n", "same\n"), "");
    }
}
