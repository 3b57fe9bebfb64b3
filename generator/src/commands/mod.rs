pub(crate) mod catalog;
pub(crate) mod check;
pub(crate) mod diff;
pub(crate) mod generate;
pub(crate) mod import;
pub(crate) mod init;
