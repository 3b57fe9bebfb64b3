//! Writing spec text: YAML scalars, new specs, and edits to existing ones that keep
//! their comments and layout.
//!
//! The catalog crate only reads specs; everything that writes one is here.

pub(crate) mod create;
pub(crate) mod fields;
pub(crate) mod patch;
pub(crate) mod scalar;
