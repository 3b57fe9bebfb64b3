//! Rules on wire values shared by specs and hand-written enums, so that the macros and
//! the spec loader accept exactly the same values.

/// Why a text cannot be a wire value, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WireValueProblem {
    /// What is wrong, naming the value: "name `a\u{200b}b` contains …".
    pub message: String,
    /// How to fix it.
    pub help: &'static str,
}

/// Checks a name or alias: it is matched against what the vendor sends, so it must be
/// exactly representable and unambiguous. `what` names the value in the message
/// ("name", "alias").
pub fn check_wire_value(what: &str, text: &str) -> Result<(), WireValueProblem> {
    let shown = text.escape_debug();
    let problem = |message: String, help| Err(WireValueProblem { message, help });
    if text.is_empty() {
        return problem(
            format!("{what} is empty"),
            "write the exact value the vendor sends",
        );
    }
    if text.trim() != text {
        return problem(
            format!("{what} `{shown}` begins or ends with whitespace"),
            "remove the whitespace: values are matched exactly, and padding is almost always a transcription slip",
        );
    }
    if let Some(c) = text.chars().find(|&c| c.is_control()) {
        return problem(
            format!(
                "{what} `{shown}` contains the control character {}",
                show_char(c)
            ),
            "wire values are single-line text: remove the character",
        );
    }
    // Characters that cannot be seen but change a value: a transcription slip as surely
    // as padding, and one no reviewer can spot.
    if let Some(c) = text.chars().find(|&c| crate::chars::is_invisible(c)) {
        return problem(
            format!(
                "{what} `{shown}` contains the invisible character {}",
                show_char(c)
            ),
            "remove the character: no reader of the spec can see it, and no vendor sends it",
        );
    }
    Ok(())
}

/// Checks a link written in a spec (an event's documentation page, an endpoint's URL):
/// an absolute `http` or `https` URL with a host, one line without spaces or characters
/// no one can see. `what` names it in the message ("the event's `url`").
pub fn check_url(what: &str, text: &str) -> Result<(), WireValueProblem> {
    let shown = text.escape_debug();
    let problem = |message: String, help| Err(WireValueProblem { message, help });
    let rest = ["https://", "http://"].iter().find_map(|scheme| {
        text.get(..scheme.len())
            .filter(|prefix| prefix.eq_ignore_ascii_case(scheme))
            .map(|_| &text[scheme.len()..])
    });
    let Some(rest) = rest else {
        return problem(
            format!("{what} `{shown}` is not an absolute `http` or `https` URL"),
            "write the whole address, as the vendor document links it: `https://…`",
        );
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty() {
        return problem(
            format!("{what} `{shown}` has no host"),
            "write the whole address, as the vendor document links it: `https://host/path`",
        );
    }
    if let Some(c) = text
        .chars()
        .find(|&c| c.is_whitespace() || c.is_control() || crate::chars::is_invisible(c))
    {
        return problem(
            format!("{what} `{shown}` contains {}", show_char(c)),
            "a URL is one word: percent-encode spaces (`%20`), and remove characters no one can see",
        );
    }
    Ok(())
}

/// How a character that may not print is shown in a message.
fn show_char(c: char) -> String {
    if c.is_alphanumeric() || c.is_ascii_graphic() {
        format!("`{c}` (U+{:04X})", u32::from(c))
    } else {
        format!("U+{:04X}", u32::from(c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_absolute_web_addresses() {
        for url in [
            "https://docs.halosecurity.com/api/events-archive/domain-add",
            "http://example.com",
            "HTTPS://example.com?q=1",
        ] {
            assert_eq!(check_url("the url", url), Ok(()), "{url}");
        }
        for (url, message) in [
            (
                "docs.example.com/x",
                "the url `docs.example.com/x` is not an absolute `http` or `https` URL",
            ),
            (
                "ftp://example.com",
                "the url `ftp://example.com` is not an absolute `http` or `https` URL",
            ),
            ("https:///path", "the url `https:///path` has no host"),
            (
                "https://example.com/a b",
                "the url `https://example.com/a b` contains U+0020",
            ),
            (
                "https://example.com/\u{200b}",
                "the url `https://example.com/\\u{200b}` contains U+200B",
            ),
        ] {
            assert_eq!(
                check_url("the url", url).unwrap_err().message,
                message,
                "{url}"
            );
        }
    }
}
