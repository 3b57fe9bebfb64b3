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

/// How a character that may not print is shown in a message.
fn show_char(c: char) -> String {
    if c.is_alphanumeric() || c.is_ascii_graphic() {
        format!("`{c}` (U+{:04X})", u32::from(c))
    } else {
        format!("U+{:04X}", u32::from(c))
    }
}
