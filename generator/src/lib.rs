//! The engine behind `eventgen generate`: specs in, the files of `generated/` out.
//!
//! [`generate::render`] turns validated catalogs into files in memory, through a view
//! model per target and askama templates; [`generate::output`] compares them with what is
//! on disk and writes, or reports, the difference.

pub mod config;
pub mod generate;
