//! `generated/python/`: to be written (issue 5).

use super::super::OutputFile;
use super::super::view::CatalogView;

pub(crate) fn files(_catalogs: &[CatalogView]) -> Result<Vec<OutputFile>, askama::Error> {
    Ok(Vec::new())
}
