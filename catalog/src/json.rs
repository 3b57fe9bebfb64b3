//! JSON text → a tree that keeps what the vendor wrote: members in their order, numbers as
//! written, and the byte offset of every value, so that an example in a spec that does
//! not match its record is reported at its line and column.
//!
//! The vendor documents' JSON examples are part of a spec (`examples:` of a record), and
//! the payloads the bindings accept are checked against records ([`crate::payload`]); both
//! read JSON with this parser. It is strict RFC 8259 (no comments, no trailing commas, no
//! `NaN`), rejects a key given twice in one object (which JSON parsers resolve
//! differently: the first, the last, or an error), and is bounded in depth. It is written
//! here rather than borrowed from `serde_json`, whose values forget the order of members,
//! how a number was written (`1` or `1.0`) and where each value is, and which the
//! derive's build does not otherwise need.

use std::fmt::Write as _;

/// A JSON value and the byte offset of its first character in the parsed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Json {
    pub value: JsonValue,
    pub offset: usize,
}

/// The shape of a JSON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonValue {
    Null,
    Bool(bool),
    /// A number exactly as written: `1`, `-0.5`, `1e3`.
    Number(String),
    String(String),
    Array(Vec<Json>),
    /// Members in the order written; no key twice.
    Object(Vec<Member>),
}

/// One `"key": value` of an object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub key: String,
    /// Where the key's opening quote is.
    pub key_offset: usize,
    pub value: Json,
}

impl JsonValue {
    /// How the value's kind is named in messages: "a string", "an integer", "null".
    pub fn kind(&self) -> &'static str {
        match self {
            JsonValue::Null => "null",
            JsonValue::Bool(_) => "a boolean",
            JsonValue::Number(text) if is_integer_text(text) => "an integer",
            JsonValue::Number(_) => "a number",
            JsonValue::String(_) => "a string",
            JsonValue::Array(_) => "a list",
            JsonValue::Object(_) => "an object",
        }
    }

    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            JsonValue::Object(members) => members
                .iter()
                .find(|member| member.key == key)
                .map(|member| &member.value),
            _ => None,
        }
    }
}

/// Whether a number is written as an integer: digits with an optional minus, no fraction
/// and no exponent. (`1.0` and `1e0` are numbers that some languages read as floats.)
pub fn is_integer_text(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|byte| byte.is_ascii_digit())
}

/// Why a text is not JSON, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// Byte offset in the text.
    pub offset: usize,
    pub message: String,
}

/// How deep arrays and objects may nest: far beyond any vendor example.
const MAX_DEPTH: usize = 64;

/// Parses one JSON value, with nothing but whitespace around it.
pub fn parse(text: &str) -> Result<Json, JsonError> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
        depth: 0,
    };
    parser.whitespace();
    let value = parser.value()?;
    parser.whitespace();
    if parser.at < parser.bytes.len() {
        return Err(parser.error("more text after the JSON value"));
    }
    Ok(value)
}

/// The line and column (from 1, in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .unwrap_or_default()
        .chars()
        .count()
        + 1;
    (line, column)
}

/// `value` as compact JSON text: members in their order, numbers as written.
pub fn to_text(value: &Json) -> String {
    let mut out = String::new();
    write(&value.value, &mut out);
    out
}

fn write(value: &JsonValue, out: &mut String) {
    match value {
        JsonValue::Null => out.push_str("null"),
        JsonValue::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
        JsonValue::Number(text) => out.push_str(text),
        JsonValue::String(text) => write_string(text, out),
        JsonValue::Array(items) => {
            out.push('[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                write(&item.value, out);
            }
            out.push(']');
        }
        JsonValue::Object(members) => {
            out.push('{');
            for (index, member) in members.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                write_string(&member.key, out);
                out.push(':');
                write(&member.value.value, out);
            }
            out.push('}');
        }
    }
}

/// A JSON string literal for `text`.
pub fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Parser<'t> {
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
    depth: usize,
}

impl Parser<'_> {
    fn error(&self, message: impl Into<String>) -> JsonError {
        JsonError {
            offset: self.at,
            message: message.into(),
        }
    }

    fn whitespace(&mut self) {
        while matches!(self.bytes.get(self.at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn value(&mut self) -> Result<Json, JsonError> {
        let offset = self.at;
        let value = match self.bytes.get(self.at) {
            None => return Err(self.error("the JSON ends where a value should be")),
            Some(b'{') => self.nested(Parser::object)?,
            Some(b'[') => self.nested(Parser::array)?,
            Some(b'"') => JsonValue::String(self.string()?),
            Some(b'-' | b'0'..=b'9') => JsonValue::Number(self.number()?),
            Some(b't') => self.literal("true", JsonValue::Bool(true))?,
            Some(b'f') => self.literal("false", JsonValue::Bool(false))?,
            Some(b'n') => self.literal("null", JsonValue::Null)?,
            Some(_) => {
                let c = self.text[self.at..].chars().next().unwrap_or_default();
                return Err(self.error(format!("`{}` cannot start a JSON value", c.escape_debug())));
            }
        };
        Ok(Json { value, offset })
    }

    fn nested(
        &mut self,
        read: fn(&mut Self) -> Result<JsonValue, JsonError>,
    ) -> Result<JsonValue, JsonError> {
        if self.depth == MAX_DEPTH {
            return Err(self.error(format!("JSON nested deeper than {MAX_DEPTH} levels")));
        }
        self.depth += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }

    fn literal(&mut self, word: &str, value: JsonValue) -> Result<JsonValue, JsonError> {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("not a JSON value: JSON has `true`, `false` and `null`, and strings in double quotes"))
        }
    }

    fn expect(&mut self, byte: u8, what: &str) -> Result<(), JsonError> {
        if self.bytes.get(self.at) == Some(&byte) {
            self.at += 1;
            Ok(())
        } else if self.at >= self.bytes.len() {
            Err(self.error(format!("the JSON ends where {what} should be")))
        } else {
            Err(self.error(format!("expected {what}")))
        }
    }

    fn array(&mut self) -> Result<JsonValue, JsonError> {
        self.at += 1;
        self.whitespace();
        let mut items = Vec::new();
        if self.bytes.get(self.at) == Some(&b']') {
            self.at += 1;
            return Ok(JsonValue::Array(items));
        }
        loop {
            self.whitespace();
            if self.bytes.get(self.at) == Some(&b']') {
                return Err(self.error("a comma after the last item: JSON allows none"));
            }
            items.push(self.value()?);
            self.whitespace();
            match self.bytes.get(self.at) {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(JsonValue::Array(items));
                }
                _ => return Err(self.error("expected `,` or `]` after a list item")),
            }
        }
    }

    fn object(&mut self) -> Result<JsonValue, JsonError> {
        self.at += 1;
        self.whitespace();
        let mut members: Vec<Member> = Vec::new();
        if self.bytes.get(self.at) == Some(&b'}') {
            self.at += 1;
            return Ok(JsonValue::Object(members));
        }
        loop {
            self.whitespace();
            let key_offset = self.at;
            match self.bytes.get(self.at) {
                Some(b'"') => {}
                Some(b'}') if !members.is_empty() => {
                    return Err(self.error("a comma after the last member: JSON allows none"));
                }
                _ => return Err(self.error("expected a key in double quotes")),
            }
            let key = self.string()?;
            if members.iter().any(|member| member.key == key) {
                return Err(JsonError {
                    offset: key_offset,
                    message: format!(
                        "the key `{}` is given twice in one object",
                        key.escape_debug()
                    ),
                });
            }
            self.whitespace();
            self.expect(b':', "`:` after the key")?;
            self.whitespace();
            let value = self.value()?;
            members.push(Member {
                key,
                key_offset,
                value,
            });
            self.whitespace();
            match self.bytes.get(self.at) {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(JsonValue::Object(members));
                }
                _ => return Err(self.error("expected `,` or `}` after a member")),
            }
        }
    }

    fn string(&mut self) -> Result<String, JsonError> {
        let start = self.at;
        self.at += 1;
        let mut out = String::new();
        loop {
            let Some(c) = self.text[self.at..].chars().next() else {
                return Err(JsonError {
                    offset: start,
                    message: "the string is never closed".to_owned(),
                });
            };
            match c {
                '"' => {
                    self.at += 1;
                    return Ok(out);
                }
                '\\' => {
                    self.at += 1;
                    out.push(self.escape()?);
                }
                c if u32::from(c) < 0x20 => {
                    return Err(self.error(
                        "a control character in a string: JSON writes it as an escape (`\\n`, `\\u0000`)",
                    ));
                }
                c => {
                    out.push(c);
                    self.at += c.len_utf8();
                }
            }
        }
    }

    fn escape(&mut self) -> Result<char, JsonError> {
        let Some(&byte) = self.bytes.get(self.at) else {
            return Err(self.error("the string ends in a lone `\\`"));
        };
        self.at += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(),
            _ => {
                self.at -= 2;
                return Err(self.error("not a JSON escape: JSON has `\\\"`, `\\\\`, `\\/`, `\\b`, `\\f`, `\\n`, `\\r`, `\\t` and `\\uXXXX`"));
            }
        })
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self.text.get(self.at..self.at + 4).unwrap_or_default();
        let unit = (digits.len() == 4 && digits.bytes().all(|byte| byte.is_ascii_hexdigit()))
            .then(|| u32::from_str_radix(digits, 16).ok())
            .flatten()
            .ok_or_else(|| self.error("`\\u` takes four hexadecimal digits"))?;
        self.at += 4;
        Ok(unit)
    }

    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let escape_start = self.at - 2;
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            let low = if self.text[self.at..].starts_with("\\u") {
                self.at += 2;
                self.hex4()?
            } else {
                0
            };
            if !(0xDC00..0xE000).contains(&low) {
                return Err(JsonError {
                    offset: escape_start,
                    message: "a lone surrogate: no text can hold it".to_owned(),
                });
            }
            0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or(JsonError {
            offset: escape_start,
            message: "a lone surrogate: no text can hold it".to_owned(),
        })
    }

    fn number(&mut self) -> Result<String, JsonError> {
        let start = self.at;
        let digits = |parser: &mut Self| {
            let from = parser.at;
            while parser.bytes.get(parser.at).is_some_and(u8::is_ascii_digit) {
                parser.at += 1;
            }
            parser.at - from
        };
        if self.bytes.get(self.at) == Some(&b'-') {
            self.at += 1;
        }
        let leading_zero = self.bytes.get(self.at) == Some(&b'0');
        let integer = digits(self);
        if integer == 0 || (leading_zero && integer > 1) {
            self.at = start;
            return Err(self.error("not a JSON number: digits without leading zeros"));
        }
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            if digits(self) == 0 {
                return Err(self.error("a digit must follow the decimal point"));
            }
        }
        if matches!(self.bytes.get(self.at), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.bytes.get(self.at), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if digits(self) == 0 {
                return Err(self.error("a digit must follow the exponent"));
            }
        }
        Ok(self.text[start..self.at].to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> JsonValue {
        parse(text)
            .unwrap_or_else(|error| panic!("{text}: {error:?}"))
            .value
    }

    fn error(text: &str) -> (usize, String) {
        let error = parse(text).expect_err(text);
        (error.offset, error.message)
    }

    #[test]
    fn values_keep_their_order_and_their_writing() {
        let parsed = parse("{\"b\": 1, \"a\": [1.0, -0, 2e3, true, null, \"x\"]}").unwrap();
        let JsonValue::Object(members) = &parsed.value else {
            panic!("an object")
        };
        assert_eq!(members[0].key, "b");
        assert_eq!(members[1].key, "a");
        assert_eq!(members[1].key_offset, 9);
        let JsonValue::Array(items) = &members[1].value.value else {
            panic!("a list")
        };
        let written: Vec<&JsonValue> = items.iter().map(|item| &item.value).collect();
        assert_eq!(
            written,
            [
                &JsonValue::Number("1.0".into()),
                &JsonValue::Number("-0".into()),
                &JsonValue::Number("2e3".into()),
                &JsonValue::Bool(true),
                &JsonValue::Null,
                &JsonValue::String("x".into()),
            ]
        );
        assert_eq!(items[0].offset, 15);
        assert_eq!(
            to_text(&parsed),
            "{\"b\":1,\"a\":[1.0,-0,2e3,true,null,\"x\"]}"
        );
    }

    #[test]
    fn strings_resolve_every_escape() {
        assert_eq!(
            value(r#""a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude42""#),
            JsonValue::String("a\"\\/\u{8}\u{c}\n\r\té🙂".into())
        );
        let mut out = String::new();
        write_string("a\"\\\n\u{1}é", &mut out);
        assert_eq!(out, r#""a\"\\\n\u0001é""#);
    }

    #[test]
    fn integers_are_told_from_other_numbers_by_their_writing() {
        for text in ["0", "-1", "1234567890123456789012"] {
            assert!(is_integer_text(text), "{text}");
            assert_eq!(JsonValue::Number(text.into()).kind(), "an integer");
        }
        for text in ["1.0", "1e3", "-0.5", ""] {
            assert!(!is_integer_text(text), "{text}");
        }
    }

    #[test]
    fn what_is_not_json_is_located() {
        assert_eq!(
            error("{\"a\": 1,}"),
            (
                8,
                "a comma after the last member: JSON allows none".to_owned()
            )
        );
        assert_eq!(
            error("[1,]"),
            (
                3,
                "a comma after the last item: JSON allows none".to_owned()
            )
        );
        assert_eq!(
            error("{\"a\": 1, \"a\": 2}"),
            (9, "the key `a` is given twice in one object".to_owned())
        );
        assert_eq!(error("[01]").0, 1);
        assert_eq!(error("{'a': 1}").1, "expected a key in double quotes");
        assert_eq!(error("\"open").1, "the string is never closed");
        assert_eq!(error("[1] x").1, "more text after the JSON value");
        assert_eq!(
            error("\"\\ud800\"").1,
            "a lone surrogate: no text can hold it"
        );
        assert_eq!(error("\"a\nb\"").0, 2);
        assert!(error("NaN").1.contains("cannot start"));
        assert!(error("").1.contains("ends"));
        assert!(error("tru").1.contains("not a JSON value"));
        assert!(error("1.").1.contains("decimal point"));
        assert!(error(&"[".repeat(100)).1.contains("deeper"));
    }

    #[test]
    fn offsets_become_lines_and_columns() {
        let text = "{\n    \"é\": x\n}";
        let offset = text.find('x').unwrap();
        assert_eq!(line_column(text, offset), (2, 10));
        assert_eq!(parse(text).unwrap_err().offset, offset);
    }
}
