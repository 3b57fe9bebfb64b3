//! Records: the JSON objects a vendor's webhooks and API send, read and written with
//! serde (feature `json`).
//!
//! The generated crates implement [`Record`] for each record of a spec; everything else a
//! record needs lives here, once: reading each JSON type, the path of a value in its
//! payload, and an [`Error`] that names it
//! (`$.list[0].event.target.target_id: expected an integer, got "1"`), by the rules of the
//! spec format (a field that is not optional must be there, `null` only where a field
//! is nullable, list items never `null`, an `integer` written without a fraction or an
//! exponent, any string for an event type, unknown keys kept or rejected as the record
//! says).
//!
//! Records implement serde's `Deserialize` and `Serialize` (the message of a
//! deserialisation error starts with the path), and [`from_str`] and [`from_slice`]
//! return an [`Error`] whose parts can be read one by one.
//!
//! A payload is read in one pass, so that the problem reported is the first one met in
//! the payload's order (a missing field once its object is read); a payload with one
//! problem gets the same answer as from the spec's reference validator. A key written
//! twice in one object counts with its last value, as in `serde_json::Value`.

use alloc::borrow::Cow;
use alloc::borrow::ToOwned;
use alloc::string::{String, ToString};
use core::cell::RefCell;
use core::fmt::{self, Write as _};
use core::marker::PhantomData;

use serde::de::{self, DeserializeSeed, SeqAccess, Visitor};

/// The keys a record does not list, kept with their values (`extra: keep`).
pub type Map = serde_json::Map<String, serde_json::Value>;
pub use serde_json::{Number, Value};

// For the generated crates, which depend on this crate alone.
#[doc(hidden)]
pub use serde::{
    Deserialize, Deserializer, Serialize, Serializer, de::MapAccess, ser::SerializeMap,
};

/// What is wrong with a payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Problem {
    /// A field that is not optional is absent.
    Missing,
    /// A value of another type.
    Type,
    /// `null` where the field is not nullable, or as a list item.
    Null,
    /// A key that a record with `extra: reject` does not list.
    Extra,
    /// The text is not JSON.
    Syntax,
}

impl Problem {
    /// The name the payload conformance vectors give it: `missing`, `type`, `null`,
    /// `extra` (and `syntax`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Problem::Missing => "missing",
            Problem::Type => "type",
            Problem::Null => "null",
            Problem::Extra => "extra",
            Problem::Syntax => "syntax",
        }
    }
}

/// Why a payload is not of its record: where, what, and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    path: Option<String>,
    problem: Problem,
    expected: Option<String>,
    message: String,
    line: usize,
    column: usize,
}

impl Error {
    /// The value's JSON path: `$.list[0].event.key` (a key that is not an identifier
    /// name is written `$["a-b"]`). `None` for text that is not JSON.
    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    pub fn problem(&self) -> Problem {
        self.problem
    }

    /// The type expected at the path, as specs write it: `integer`,
    /// `list<HaloSecurityTarget>`. `None` for a key the record does not list, and for
    /// text that is not JSON.
    pub fn expected(&self) -> Option<&str> {
        self.expected.as_deref()
    }

    /// What is wrong: `expected an integer, got "1"`.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Where the parser was in the text when it found the problem (1-based).
    pub fn line(&self) -> usize {
        self.line
    }

    /// Where the parser was in the line when it found the problem (1-based).
    pub fn column(&self) -> usize {
        self.column
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.path {
            Some(path) => write!(f, "{path}: {}", self.message),
            None => write!(f, "invalid JSON: {}", self.message),
        }
    }
}

impl core::error::Error for Error {}

/// Reads a record (or a list of records) from JSON text.
pub fn from_str<T: Read>(text: &str) -> Result<T, Error> {
    read_from(serde_json::de::StrRead::new(text))
}

/// Reads a record (or a list of records) from JSON bytes: a request's body.
pub fn from_slice<T: Read>(bytes: &[u8]) -> Result<T, Error> {
    read_from(serde_json::de::SliceRead::new(bytes))
}

fn read_from<'de, T: Read, R: serde_json::de::Read<'de>>(read: R) -> Result<T, Error> {
    let context = Context::default();
    let mut deserializer = serde_json::Deserializer::new(read);
    let result = T::read(&mut deserializer, &Path::ROOT, &context).and_then(|value| {
        deserializer.end()?;
        Ok(value)
    });
    result.map_err(|error| {
        let found = context.error.into_inner();
        match found {
            Some(mut found) => {
                found.line = error.line();
                found.column = error.column();
                found
            }
            None => Error {
                path: None,
                problem: Problem::Syntax,
                expected: None,
                message: error.to_string(),
                line: error.line(),
                column: error.column(),
            },
        }
    })
}

/// Where a value is in its payload: `$`, then a member or an item per step. Lives on the
/// stack while the value is read, and is written out only for an error.
#[derive(Debug, Clone, Copy)]
pub struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    step: Step<'a>,
}

#[derive(Debug, Clone, Copy)]
enum Step<'a> {
    Root,
    /// A member whose path segment the generator wrote: `.target_id`, `["a-b"]`.
    Segment(&'a str),
    /// A member of a key not known until the payload is read.
    Key(&'a str),
    Index(usize),
}

impl<'a> Path<'a> {
    /// `$`: the whole payload.
    pub const ROOT: Path<'static> = Path {
        parent: None,
        step: Step::Root,
    };

    /// The member a generated record names by its path segment (`.target_id`).
    #[doc(hidden)]
    #[must_use]
    pub fn segment(&'a self, segment: &'a str) -> Path<'a> {
        self.then(Step::Segment(segment))
    }

    fn key(&'a self, key: &'a str) -> Path<'a> {
        self.then(Step::Key(key))
    }

    fn index(&'a self, index: usize) -> Path<'a> {
        self.then(Step::Index(index))
    }

    fn then(&'a self, step: Step<'a>) -> Path<'a> {
        Path {
            parent: Some(self),
            step,
        }
    }
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(parent) = self.parent {
            write!(f, "{parent}")?;
        }
        match self.step {
            Step::Root => f.write_str("$"),
            Step::Segment(segment) => f.write_str(segment),
            Step::Key(key) => {
                let mut text = String::new();
                push_key(&mut text, key);
                f.write_str(&text)
            }
            Step::Index(index) => write!(f, "[{index}]"),
        }
    }
}

/// `path` followed by the member `key`: `.key` when it is an ASCII identifier name, else
/// `["a-b"]`. The generator writes the segments of the keys records list with the spec
/// format's rule (`eventgen_catalog::payload::push_key`); this is the same rule, for the
/// keys only a payload knows, and the tests hold the two to each other.
pub fn push_key(path: &mut String, key: &str) {
    let mut chars = key.chars();
    let identifier = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if identifier {
        path.push('.');
        path.push_str(key);
    } else {
        path.push('[');
        write_string(key, path);
        path.push(']');
    }
}

/// A JSON string literal for `text`, escaped as the spec format's JSON writer does.
fn write_string(text: &str, out: &mut String) {
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

/// Where the first problem of a read is kept, with its parts, while serde carries its
/// message up as its own error type.
#[derive(Debug, Default)]
pub struct Context {
    error: RefCell<Option<Error>>,
}

impl Context {
    fn fail<E: de::Error>(
        &self,
        path: &Path<'_>,
        problem: Problem,
        expected: Option<String>,
        message: String,
    ) -> E {
        let path = path.to_string();
        let error = E::custom(format_args!("{path}: {message}"));
        *self.error.borrow_mut() = Some(Error {
            path: Some(path),
            problem,
            expected,
            message,
            line: 0,
            column: 0,
        });
        error
    }

    fn wrong<T: Read, E: de::Error>(&self, path: &Path<'_>, got: &Got<'_>) -> E {
        let mut expected = String::new();
        T::expected(&mut expected);
        let (problem, got) = match got {
            Got::Null => (Problem::Null, "null".to_owned()),
            got => (Problem::Type, got.to_string()),
        };
        self.fail(
            path,
            problem,
            Some(spec_type::<T>()),
            alloc::format!("expected {expected}, got {got}"),
        )
    }
}

fn spec_type<T: Read>() -> String {
    let mut text = String::new();
    T::spec_type(&mut text);
    text
}

/// A value found where another type was expected, as a message shows it: a scalar as
/// JSON (`"1"`, `true`), shortened; a list or an object by its kind.
enum Got<'a> {
    Null,
    Bool(bool),
    Signed(i64),
    Unsigned(u64),
    Float(f64),
    Str(&'a str),
    List,
    Object,
}

impl fmt::Display for Got<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        /// Longer strings are cut, as the spec's reference validator cuts them.
        const SHOWN: usize = 40;
        match *self {
            Got::Null => f.write_str("null"),
            Got::Bool(value) => write!(f, "{value}"),
            Got::Signed(value) => write!(f, "{value}"),
            Got::Unsigned(value) => write!(f, "{value}"),
            Got::Float(value) => write!(f, "{value}"),
            Got::Str(value) => {
                let mut text = String::new();
                write_string(value, &mut text);
                if text.chars().count() > SHOWN {
                    let cut: String = text.chars().take(SHOWN).collect();
                    write!(f, "{cut}…")
                } else {
                    f.write_str(&text)
                }
            }
            Got::List => f.write_str("a list"),
            Got::Object => f.write_str("an object"),
        }
    }
}

/// A type a record's field can hold: each of the spec format's types, `Option` for a
/// nullable field, and the records themselves.
pub trait Read: Sized {
    /// The type as specs write it: `integer`, `list<HaloSecurityTarget>`.
    fn spec_type(out: &mut String);
    /// How messages name its values: "an integer", "a list", "an object
    /// (`HaloSecurityTarget`)".
    fn expected(out: &mut String);
    /// Reads a value at `at`, keeping the first problem in `context`.
    fn read<'de, D: Deserializer<'de>>(
        deserializer: D,
        at: &Path<'_>,
        context: &Context,
    ) -> Result<Self, D::Error>;
}

/// A scalar type: which JSON values it takes.
trait Scalar: Sized {
    fn from_bool(_: bool) -> Option<Self> {
        None
    }
    fn from_i64(_: i64) -> Option<Self> {
        None
    }
    fn from_u64(_: u64) -> Option<Self> {
        None
    }
    fn from_f64(_: f64) -> Option<Self> {
        None
    }
    fn from_str(_: &str) -> Option<Self> {
        None
    }
    /// An owned string, moved into the value where it keeps it; given back otherwise,
    /// for the error.
    fn from_string(text: String) -> Result<Self, String> {
        Self::from_str(&text).ok_or(text)
    }
}

struct ScalarVisitor<'a, T> {
    at: &'a Path<'a>,
    context: &'a Context,
    read: PhantomData<T>,
}

impl<'a, T> ScalarVisitor<'a, T> {
    fn new(at: &'a Path<'a>, context: &'a Context) -> Self {
        ScalarVisitor {
            at,
            context,
            read: PhantomData,
        }
    }
}

impl<T: Read + Scalar> ScalarVisitor<'_, T> {
    fn or_wrong<E: de::Error>(&self, value: Option<T>, got: &Got<'_>) -> Result<T, E> {
        value.ok_or_else(|| self.context.wrong::<T, E>(self.at, got))
    }
}

impl<'de, T: Read + Scalar> Visitor<'de> for ScalarVisitor<'_, T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut expected = String::new();
        T::expected(&mut expected);
        f.write_str(&expected)
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<T, E> {
        self.or_wrong(T::from_bool(value), &Got::Bool(value))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
        self.or_wrong(T::from_i64(value), &Got::Signed(value))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
        self.or_wrong(T::from_u64(value), &Got::Unsigned(value))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<T, E> {
        self.or_wrong(T::from_f64(value), &Got::Float(value))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        self.or_wrong(T::from_str(value), &Got::Str(value))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<T, E> {
        T::from_string(value)
            .map_err(|value| self.context.wrong::<T, E>(self.at, &Got::Str(&value)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<T, E> {
        Err(self.context.wrong::<T, E>(self.at, &Got::Null))
    }

    fn visit_none<E: de::Error>(self) -> Result<T, E> {
        self.visit_unit()
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<T, A::Error> {
        Err(self.context.wrong::<T, A::Error>(self.at, &Got::List))
    }

    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<T, A::Error> {
        Err(self.context.wrong::<T, A::Error>(self.at, &Got::Object))
    }
}

macro_rules! scalar {
    ($type:ty, $spec:literal, $expected:literal, { $($body:tt)* }) => {
        impl Scalar for $type {
            $($body)*
        }

        impl Read for $type {
            fn spec_type(out: &mut String) {
                out.push_str($spec);
            }

            fn expected(out: &mut String) {
                out.push_str($expected);
            }

            fn read<'de, D: Deserializer<'de>>(
                deserializer: D,
                at: &Path<'_>,
                context: &Context,
            ) -> Result<Self, D::Error> {
                deserializer.deserialize_any(ScalarVisitor::<Self>::new(at, context))
            }
        }
    };
}

scalar!(String, "string", "a string", {
    fn from_str(text: &str) -> Option<Self> {
        Some(text.to_owned())
    }

    fn from_string(text: String) -> Result<Self, String> {
        Ok(text)
    }
});

// `integer`: a number written without a fraction or an exponent, which serde_json reads
// as an `i64` or a `u64` (and `1.0` or `1e3` as an `f64`). Rust reads an `i64`.
scalar!(i64, "integer", "an integer", {
    fn from_i64(value: i64) -> Option<Self> {
        Some(value)
    }

    fn from_u64(value: u64) -> Option<Self> {
        i64::try_from(value).ok()
    }
});

// `number`: any number, kept as serde_json reads it, so that it is written back the same
// (`1` stays `1`, `1.0` stays `1.0`).
scalar!(Number, "number", "a number", {
    fn from_i64(value: i64) -> Option<Self> {
        Some(value.into())
    }

    fn from_u64(value: u64) -> Option<Self> {
        Some(value.into())
    }

    fn from_f64(value: f64) -> Option<Self> {
        Number::from_f64(value)
    }
});

scalar!(bool, "boolean", "a boolean", {
    fn from_bool(value: bool) -> Option<Self> {
        Some(value)
    }
});

/// An event type: any string, a value the catalog does not list kept in its catch-all.
struct Event<E>(E);

impl<E: crate::EventType> Scalar for Event<E> {
    fn from_str(text: &str) -> Option<Self> {
        E::parse(text).ok().map(Event)
    }

    fn from_string(text: String) -> Result<Self, String> {
        // An unknown text moves into the catch-all. Only an enum without one rejects a
        // string, and its error keeps the text.
        E::parse_owned(text)
            .map(Event)
            .map_err(|error| error.input().unwrap_or_default().to_owned())
    }
}

impl<E: crate::EventType> Read for Event<E> {
    fn spec_type(out: &mut String) {
        out.push_str(E::TYPE_NAME);
    }

    fn expected(out: &mut String) {
        out.push_str("a string");
    }

    fn read<'de, D: Deserializer<'de>>(
        deserializer: D,
        at: &Path<'_>,
        context: &Context,
    ) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ScalarVisitor::<Self>::new(at, context))
    }
}

/// An event type as received, for catalogs where a known event can be written otherwise
/// than its name (an alias, another capitalisation): the event, and the text, which is
/// written back as it came.
///
/// ```
/// eventgen::catalog!(enum CloudPassageHaloEvent = "../specs/cloudpassage-halo.yaml");
/// use eventgen::json::Received;
///
/// let json = r#""HALO_LOGIN_FAILURE""#;
/// let received: Received<CloudPassageHaloEvent> = serde_json::from_str(json).unwrap();
/// assert_eq!(*received, CloudPassageHaloEvent::HaloLoginFailure);
/// assert_eq!(received.as_str(), "HALO_LOGIN_FAILURE");
/// assert_eq!(serde_json::to_string(&received).unwrap(), json);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Received<E> {
    event: E,
    /// The text, when it is not the event's name.
    text: Option<alloc::boxed::Box<str>>,
}

impl<E: crate::EventType> Received<E> {
    /// An event received as its name.
    pub fn new(event: E) -> Self {
        Received { event, text: None }
    }

    pub fn event(&self) -> &E {
        &self.event
    }

    pub fn into_event(self) -> E {
        self.event
    }

    /// The text as received.
    pub fn as_str(&self) -> &str {
        self.text.as_deref().unwrap_or_else(|| self.event.name())
    }
}

impl<E> core::ops::Deref for Received<E> {
    type Target = E;

    fn deref(&self) -> &E {
        &self.event
    }
}

impl<E: crate::EventType> Read for Received<E> {
    fn spec_type(out: &mut String) {
        out.push_str(E::TYPE_NAME);
    }

    fn expected(out: &mut String) {
        out.push_str("a string");
    }

    fn read<'de, D: Deserializer<'de>>(
        deserializer: D,
        at: &Path<'_>,
        context: &Context,
    ) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ScalarVisitor::<Self>::new(at, context))
    }
}

impl<E: crate::EventType> Scalar for Received<E> {
    fn from_str(text: &str) -> Option<Self> {
        let event = E::parse(text).ok()?;
        let text = (event.name() != text).then(|| text.into());
        Some(Received { event, text })
    }
}

impl<'de, E: crate::EventType> Deserialize<'de> for Received<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Self::read(deserializer, &Path::ROOT, &Context::default())
    }
}

impl<E: crate::EventType> Serialize for Received<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Reads an event type: the generated crates' `Read` for each catalog's enum.
#[doc(hidden)]
pub fn read_event<'de, E: crate::EventType, D: Deserializer<'de>>(
    deserializer: D,
    at: &Path<'_>,
    context: &Context,
) -> Result<E, D::Error> {
    Event::<E>::read(deserializer, at, context).map(|Event(event)| event)
}

/// A nullable value: `null` is `None`.
impl<T: Read> Read for Option<T> {
    fn spec_type(out: &mut String) {
        T::spec_type(out);
    }

    fn expected(out: &mut String) {
        T::expected(out);
    }

    fn read<'de, D: Deserializer<'de>>(
        deserializer: D,
        at: &Path<'_>,
        context: &Context,
    ) -> Result<Self, D::Error> {
        deserializer.deserialize_option(NullableVisitor::<T> {
            at,
            context,
            read: PhantomData,
        })
    }
}

struct NullableVisitor<'a, T> {
    at: &'a Path<'a>,
    context: &'a Context,
    read: PhantomData<T>,
}

impl<'de, T: Read> Visitor<'de> for NullableVisitor<'_, T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut expected = String::new();
        T::expected(&mut expected);
        write!(f, "{expected} or null")
    }

    fn visit_none<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        T::read(deserializer, self.at, self.context).map(Some)
    }
}

/// `list<T>`: an array whose items are all `T`, never `null`.
impl<T: Read> Read for alloc::vec::Vec<T> {
    fn spec_type(out: &mut String) {
        out.push_str("list<");
        T::spec_type(out);
        out.push('>');
    }

    fn expected(out: &mut String) {
        out.push_str("a list");
    }

    fn read<'de, D: Deserializer<'de>>(
        deserializer: D,
        at: &Path<'_>,
        context: &Context,
    ) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ListVisitor::<T> {
            at,
            context,
            read: PhantomData,
        })
    }
}

struct ListVisitor<'a, T> {
    at: &'a Path<'a>,
    context: &'a Context,
    read: PhantomData<T>,
}

impl<'de, T: Read> Visitor<'de> for ListVisitor<'_, T> {
    type Value = alloc::vec::Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Self::Value, A::Error> {
        let mut list = alloc::vec::Vec::with_capacity(items.size_hint().unwrap_or(0).min(4096));
        loop {
            let at = self.at.index(list.len());
            match items.next_element_seed(Seed::<T>::new(&at, self.context))? {
                Some(item) => list.push(item),
                None => return Ok(list),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(self.context.wrong::<Self::Value, _>(self.at, &Got::Object))
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Self::Value, E> {
        Err(self
            .context
            .wrong::<Self::Value, _>(self.at, &Got::Bool(value)))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Self::Value, E> {
        Err(self
            .context
            .wrong::<Self::Value, _>(self.at, &Got::Signed(value)))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Self::Value, E> {
        Err(self
            .context
            .wrong::<Self::Value, _>(self.at, &Got::Unsigned(value)))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Self::Value, E> {
        Err(self
            .context
            .wrong::<Self::Value, _>(self.at, &Got::Float(value)))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
        Err(self
            .context
            .wrong::<Self::Value, _>(self.at, &Got::Str(value)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Err(self.context.wrong::<Self::Value, _>(self.at, &Got::Null))
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        self.visit_unit()
    }
}

/// Reads a `T` at a path: an item of a list, a member's value.
#[doc(hidden)]
#[derive(Debug)]
pub struct Seed<'a, T> {
    at: &'a Path<'a>,
    context: &'a Context,
    read: PhantomData<T>,
}

impl<'a, T> Seed<'a, T> {
    pub fn new(at: &'a Path<'a>, context: &'a Context) -> Self {
        Seed {
            at,
            context,
            read: PhantomData,
        }
    }
}

impl<'de, T: Read> DeserializeSeed<'de> for Seed<'_, T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::read(deserializer, self.at, self.context)
    }
}

/// A record of a spec: a JSON object with the fields it lists, each of its type.
/// Implemented by the generated crates, with `serde::Deserialize` (through
/// [`deserialize`]) and `serde::Serialize` (through [`serialize`]).
pub trait Record: Sized {
    /// The record's name: `HaloSecurityTarget`.
    const NAME: &'static str;

    /// Reads the members of an object that is this record.
    fn read_members<'de, A: MapAccess<'de>>(
        members: A,
        at: &Path<'_>,
        context: &Context,
    ) -> Result<Self, A::Error>;

    /// How many members it writes.
    fn member_count(&self) -> usize;

    /// Writes its members: its fields in the record's order, then the keys it kept.
    fn write_members<M: SerializeMap>(&self, members: &mut M) -> Result<(), M::Error>;
}

/// A record reads as a JSON object of its members.
impl<T: Record> Read for T {
    fn spec_type(out: &mut String) {
        out.push_str(T::NAME);
    }

    fn expected(out: &mut String) {
        out.push_str("an object (`");
        out.push_str(T::NAME);
        out.push_str("`)");
    }

    fn read<'de, D: Deserializer<'de>>(
        deserializer: D,
        at: &Path<'_>,
        context: &Context,
    ) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RecordVisitor::<T> {
            at,
            context,
            read: PhantomData,
        })
    }
}

struct RecordVisitor<'a, T> {
    at: &'a Path<'a>,
    context: &'a Context,
    read: PhantomData<T>,
}

impl<'de, T: Record> Visitor<'de> for RecordVisitor<'_, T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an object (`{}`)", T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, members: A) -> Result<T, A::Error> {
        T::read_members(members, self.at, self.context)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<T, A::Error> {
        Err(self.context.wrong::<T, _>(self.at, &Got::List))
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<T, E> {
        Err(self.context.wrong::<T, _>(self.at, &Got::Bool(value)))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
        Err(self.context.wrong::<T, _>(self.at, &Got::Signed(value)))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
        Err(self.context.wrong::<T, _>(self.at, &Got::Unsigned(value)))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<T, E> {
        Err(self.context.wrong::<T, _>(self.at, &Got::Float(value)))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        Err(self.context.wrong::<T, _>(self.at, &Got::Str(value)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<T, E> {
        Err(self.context.wrong::<T, _>(self.at, &Got::Null))
    }

    fn visit_none<E: de::Error>(self) -> Result<T, E> {
        self.visit_unit()
    }
}

/// A member's key, borrowed from the payload when it has no escapes.
#[doc(hidden)]
#[derive(Debug)]
pub struct Key<'de>(Cow<'de, str>);

impl Key<'_> {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Reads a member's key.
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key<'de>, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(key)))
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(key.to_owned())))
    }

    fn visit_string<E: de::Error>(self, key: String) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(key)))
    }
}

/// Reads the value of the member a record lists under `segment` (`.target_id`): found.
#[doc(hidden)]
pub fn member<'de, T: Read, A: MapAccess<'de>>(
    members: &mut A,
    at: &Path<'_>,
    segment: &str,
    context: &Context,
) -> Result<Option<T>, A::Error> {
    let at = at.segment(segment);
    members
        .next_value_seed(Seed::<T>::new(&at, context))
        .map(Some)
}

/// The value of a field that is not optional, or the error that it is missing.
#[doc(hidden)]
pub fn required<T: Read, E: de::Error>(
    value: Option<T>,
    at: &Path<'_>,
    segment: &str,
    context: &Context,
) -> Result<T, E> {
    value.ok_or_else(|| {
        let mut expected = String::new();
        T::expected(&mut expected);
        context.fail(
            &at.segment(segment),
            Problem::Missing,
            Some(spec_type::<T>()),
            alloc::format!("missing required field (expected {expected})"),
        )
    })
}

/// Keeps a member the record does not list, with its value (`extra: keep`).
#[doc(hidden)]
pub fn keep<'de, A: MapAccess<'de>>(
    members: &mut A,
    key: Key<'de>,
    kept: &mut Map,
) -> Result<(), A::Error> {
    let value: Value = members.next_value()?;
    kept.insert(key.0.into_owned(), value);
    Ok(())
}

/// The error for a member a record with `extra: reject` does not list.
#[doc(hidden)]
pub fn reject<E: de::Error, T: Record>(at: &Path<'_>, key: &Key<'_>, context: &Context) -> E {
    context.fail(
        &at.key(key.as_str()),
        Problem::Extra,
        None,
        alloc::format!("unknown field: `{}` does not list it", T::NAME),
    )
}

/// A record's `serde::Deserialize`: read from `$`.
#[doc(hidden)]
pub fn deserialize<'de, T: Read, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    T::read(deserializer, &Path::ROOT, &Context::default())
}

/// A record's `serde::Serialize`: an object of its members.
#[doc(hidden)]
pub fn serialize<T: Record, S: Serializer>(record: &T, serializer: S) -> Result<S::Ok, S::Error> {
    let mut members = serializer.serialize_map(Some(record.member_count()))?;
    record.write_members(&mut members)?;
    members.end()
}
