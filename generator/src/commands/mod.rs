pub(crate) mod catalog;
pub(crate) mod check;
