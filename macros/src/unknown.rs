//! The contents of a catch-all variant.

use alloc::string::String;
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::PhantomData;

use crate::__private::CatchAllField;

/// A wire value the catalog does not know, kept exactly as it was received.
///
/// It is the field of an enum's catch-all variant: `Other(eventgen::Unknown<Self>)`. Its
/// contents are private and it is built only by parsing, which yields the catch-all only
/// for values that no event matches. So an `Unknown` never holds a known value, and two
/// events that print the same compare equal.
///
/// The type parameter is the enum it belongs to, so that a value unknown to one enum
/// cannot be moved into another that knows it.
pub struct Unknown<E> {
    text: String,
    code: Option<u32>,
    event: PhantomData<fn() -> E>,
}

impl<E> Unknown<E> {
    /// The text as received; an unknown code reads as its decimal number.
    pub const fn as_str(&self) -> &str {
        self.text.as_str()
    }

    /// The code, when the value was parsed from a code.
    pub const fn code(&self) -> Option<u32> {
        self.code
    }

    /// The text as received, without copying it.
    pub fn into_string(self) -> String {
        self.text
    }
}

impl<E> Clone for Unknown<E> {
    fn clone(&self) -> Self {
        Unknown {
            text: self.text.clone(),
            code: self.code,
            event: PhantomData,
        }
    }
}

impl<E> fmt::Debug for Unknown<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.code {
            Some(code) => write!(f, "Unknown({code})"),
            None => write!(f, "Unknown({:?})", self.text),
        }
    }
}

impl<E> fmt::Display for Unknown<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.text)
    }
}

// Equality, order and hash follow the printed text alone, so that values that print the
// same are equal: the unknown code 7 equals the unknown name "7".
impl<E> PartialEq for Unknown<E> {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl<E> Eq for Unknown<E> {}

impl<E> PartialOrd for Unknown<E> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<E> Ord for Unknown<E> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.text.cmp(&other.text)
    }
}

impl<E> Hash for Unknown<E> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.text.hash(state);
    }
}

impl<E> AsRef<str> for Unknown<E> {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

// The only way to build an `Unknown`: the expansions call these for values no event
// matches.
impl<E> CatchAllField<E> for Unknown<E> {
    fn from_text(text: String) -> Self {
        Unknown {
            text,
            code: None,
            event: PhantomData,
        }
    }

    fn from_code(code: u32) -> Self {
        Unknown {
            text: alloc::format!("{code}"),
            code: Some(code),
            event: PhantomData,
        }
    }
}
