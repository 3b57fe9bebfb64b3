//! JSON text: `serde_json`'s, with every hidden character (`eventgen_catalog::chars`)
//! escaped as `\uxxxx`, as `serde_json` writes the escapes it makes. `serde_json` escapes
//! only what JSON requires (quotes, backslashes, controls below U+0020) and writes
//! U+2028, U+0085 or a zero-width space as they are: valid JSON, but a reviewer of the
//! conformance vectors, or a reader of `eventgen catalog --json`, could not see them.

use std::io;

use eventgen_catalog::chars::is_hidden;
use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};

/// `value` as pretty-printed JSON (two-space indent), hidden characters escaped.
///
/// # Panics
///
/// If `value` has no JSON form (a map whose keys are not strings): the generator's
/// values all have one.
pub fn to_string_pretty(value: &impl Serialize) -> String {
    write(value, Escaping(PrettyFormatter::new()))
}

/// A JSON string that reads as `text`, hidden characters escaped.
pub fn string(text: &str) -> String {
    write(text, Escaping(Compact))
}

fn write(value: &(impl Serialize + ?Sized), formatter: impl Formatter) -> String {
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, formatter);
    value
        .serialize(&mut serializer)
        .expect("the value has a JSON form, and memory takes every write");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// `serde_json`'s compact layout.
struct Compact;

impl Formatter for Compact {}

/// A formatter that writes as `F` does, hidden characters escaped.
struct Escaping<F>(F);

impl<F: Formatter> Formatter for Escaping<F> {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut rest = fragment;
        while let Some(at) = rest.find(is_hidden) {
            writer.write_all(&rest.as_bytes()[..at])?;
            let c = rest[at..].chars().next().expect("found at a character");
            let mut units = [0; 2];
            for unit in c.encode_utf16(&mut units) {
                write!(writer, "\\u{unit:04x}")?;
            }
            rest = &rest[at + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
    }

    // The layout is `F`'s.

    fn begin_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_array(writer)
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array(writer)
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(writer, first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array_value(writer)
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object(writer)
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object(writer)
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(writer, first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object_value(writer)
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_value(writer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_characters_are_escaped_and_read_back() {
        let text = "a\u{2028}b\u{85}c\u{200B}d\u{E0001}e\"\\\n\u{1}é🙂";
        let json = string(text);
        assert_eq!(
            json,
            r#""a\u2028b\u0085c\u200bd\udb40\udc01e\"\\\n\u0001é🙂""#
        );
        assert_eq!(serde_json::from_str::<String>(&json).unwrap(), text);
    }

    #[test]
    fn the_layout_is_serde_jsons() {
        let value = serde_json::json!({"a": [1, "x\u{2029}"], "b": {}, "c": []});
        assert_eq!(
            to_string_pretty(&value),
            serde_json::to_string_pretty(&value)
                .unwrap()
                .replace('\u{2029}', "\\u2029")
        );
    }
}
