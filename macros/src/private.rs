//! Items the macro expansions and the generated code call. Not public API: they may
//! change in any release, which is why `eventgen` depends on `eventgen-macros`, and
//! generated crates on `eventgen`, by exact version.

pub use alloc::string::String;
/// For the generated crates' records and queries, which cannot name `::alloc` themselves:
/// a catalog may be named `alloc`, a module that `extern crate alloc` would clash with.
pub use alloc::{string, vec};
pub use core::option::Option::{self, None, Some};
pub use core::result::Result::{self, Err, Ok};

#[cfg(feature = "serde")]
pub use ::serde;

#[cfg(feature = "serde")]
pub use crate::serde::{deserialize_name, serialize_name};

/// The `WIDTH` bytes of `bytes` at `OFFSET`, as a little-endian integer; 0 past the end
/// (the lookups only read within the input's length, which they have matched first).
macro_rules! loads {
    ($($name:ident: $int:ty;)*) => {$(
        #[doc = concat!("`bytes[OFFSET..]` as a little-endian `", stringify!($int), "`, for case-insensitive lookups.")]
        #[inline]
        pub fn $name<const OFFSET: usize>(bytes: &[u8]) -> $int {
            const WIDTH: usize = core::mem::size_of::<$int>();
            bytes
                .get(OFFSET..OFFSET + WIDTH)
                .and_then(|word| word.try_into().ok())
                .map_or(0, <$int>::from_le_bytes)
        }
    )*};
}

// Case-insensitive lookups compare the input a machine word at a time with each lowered
// key: `(word | mask) == key`, where the mask sets bit 5 (`0x20`) at the key's letters.
// Bit 5 lowers an ASCII capital and turns no other byte into a lowercase letter, so the
// comparison ignores the case of ASCII letters only, without a lowered copy of the input.
loads! {
    load_u64: u64;
    load_u32: u32;
    load_u16: u16;
    load_u8: u8;
}

/// Implemented by the one type a catch-all variant may hold, `Unknown<E>`. The
/// expansions build the catch-all's field through this trait, so that a field of another
/// type is reported at the field, in these words.
#[diagnostic::on_unimplemented(
    message = "the catch-all variant must hold `eventgen::Unknown<Self>`, not `{Self}`",
    label = "expected `eventgen::Unknown<Self>`",
    note = "the catch-all keeps the exact text of values the catalog does not know"
)]
pub trait CatchAllField<E>: Sized {
    /// The catch-all for a wire value no event matches.
    fn from_text(text: String) -> Self;

    /// The catch-all for a code no event has.
    fn from_code(code: u32) -> Self;
}

/// Implements serde's traits for an event enum when the `serde` feature is on.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ty) => {
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S>(&self, serializer: S) -> $crate::__private::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                $crate::__private::serialize_name(self, serializer)
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D>(deserializer: D) -> $crate::__private::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::deserialize_name(deserializer)
            }
        }
    };
}

/// Without the `serde` feature, event enums do not implement serde's traits.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ty) => {};
}
