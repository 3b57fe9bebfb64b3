//! The four vendor catalogs through every path of the macros, and the same enums with
//! strum's derives, written by `build.rs` from `specs/`. Round trips are in `tests/`, the
//! parsing benchmarks (eventgen against strum) in `benches/`.

/// Enums written as a user would, checked against the spec by
/// `#[derive(EventType)] #[event(spec = "…")]`.
#[allow(missing_docs, clippy::enum_variant_names)]
pub mod derived {
    include!(concat!(env!("OUT_DIR"), "/derived.rs"));
}

/// Enums declared by `eventgen::catalog!`.
pub mod whole {
    include!(concat!(env!("OUT_DIR"), "/whole.rs"));
}

/// Enums with every value written in `#[event(...)]` attributes and no spec; they match
/// exactly even where the spec ignores case.
#[allow(missing_docs, clippy::enum_variant_names)]
pub mod hand_written {
    include!(concat!(env!("OUT_DIR"), "/hand_written.rs"));
}

/// The same enums with strum's `EnumString`, `Display` and `AsRefStr`, and a `default`
/// variant holding unknown values, which is what a user of strum would write. Events
/// strum cannot express are left out, and named in [`StrumTwin::LEFT_OUT`].
#[allow(missing_docs, clippy::enum_variant_names)]
pub mod strum_twins {
    include!(concat!(env!("OUT_DIR"), "/strum_twins.rs"));
}

/// What a strum twin says about itself.
pub trait StrumTwin {
    /// The wire values of the events the twin leaves out, because strum cannot print
    /// them (braces, which strum reads as interpolation); they parse to its `default`
    /// variant instead.
    const LEFT_OUT: &'static [&'static str];
}

/// The project README's Rust examples, run as doc tests.
#[doc = include_str!("../../../README.md")]
#[cfg(doctest)]
pub struct ReadmeExamples;

/// The generator's Rust output for its test fixtures, the hostile one among them.
#[allow(clippy::doc_markdown)]
pub mod fixtures {
    include!(concat!(env!("OUT_DIR"), "/fixtures.rs"));
    include!(concat!(env!("OUT_DIR"), "/fixture_records.rs"));
}

/// `for_each_record!`: every record of the generated crate, with its catalog's payload
/// vectors.
mod records {
    include!(concat!(env!("OUT_DIR"), "/records.rs"));
}

// `for_each_catalog!($callback)` calls `$callback!(type name, spec path, derived type,
// whole-spec type, strum type, hand-written type, type of the generated crate)` once per
// catalog.
include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));
