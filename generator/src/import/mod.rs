//! Reading a vendor's catalog from what the vendor publishes, into a neutral list of
//! [`Entry`]s that [`merge`] turns into edits of a spec.
//!
//! Three stages, kept apart:
//!
//! 1. a parser per source shape ([`markdown`], [`privx_text`], [`json`]) reads the source
//!    into [`Table`]s: records of named fields, as the source names them;
//! 2. [`mapping`] decides which field gives which spec key, and reads the records into
//!    entries;
//! 3. [`merge`] compares the entries with a spec and plans the edits.

pub(crate) mod error;
mod json;
pub(crate) mod mapping;
mod markdown;
pub(crate) mod merge;
mod privx_text;
pub(crate) mod report;

use eventgen_catalog::{Diagnostic, MatchMode};

use crate::spec_text::fields::EventKey;
use error::Location;
use mapping::ColumnArg;

/// The shapes of source the importer reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// A Markdown pipe table (Teleport, CloudPassage Halo, Halo Security documentation).
    Markdown,
    /// PrivX's audit events page scraped as text: `Name123Description` rows.
    PrivxText,
    /// Halo Security's `event/types.json` response.
    HaloTypesJson,
    /// PrivX's audit event codes response.
    PrivxCodesJson,
}

impl Format {
    fn name(self) -> &'static str {
        match self {
            Format::Markdown => "markdown",
            Format::PrivxText => "privx-text",
            Format::HaloTypesJson => "halo-types-json",
            Format::PrivxCodesJson => "privx-codes-json",
        }
    }
}

/// What a parser reads from a source: records of fields, named as the source names
/// them, in the source's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Table {
    /// Where the table starts (its header), for messages.
    pub(crate) line: usize,
    pub(crate) fields: Vec<String>,
    /// Where each field is named (a Markdown table's header cells); empty where the
    /// source does not say (JSON).
    pub(crate) field_locations: Vec<Location>,
    pub(crate) records: Vec<Record>,
    /// The document's title, where the source states it.
    pub(crate) document: Option<String>,
    /// The document's version, where the source states it.
    pub(crate) version: Option<String>,
    /// Parts of the source that were skipped, for the user to check.
    pub(crate) warnings: Vec<Diagnostic>,
}

/// One row or item of a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Record {
    pub(crate) location: Location,
    /// (field, value), trimmed, empty when the source leaves the field blank.
    pub(crate) values: Vec<(String, String)>,
    /// The heading of the rows the record is under (a table's bold category rows).
    pub(crate) category: Option<String>,
    /// Transcription notes about the record, e.g. a footnote marker that was dropped.
    pub(crate) notes: Vec<String>,
    /// (field, URL): the link target of a cell written wholly as a link
    /// (`[domain-add](https://…)`), which the field's key keeps as the event's `url` when
    /// the field gives the names.
    pub(crate) links: Vec<(String, String)>,
}

/// One event as a source lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    pub(crate) location: Location,
    pub(crate) name: String,
    pub(crate) code: Option<u32>,
    pub(crate) label: Option<String>,
    pub(crate) description: Option<String>,
    pub(crate) category: Option<String>,
    pub(crate) url: Option<String>,
    pub(crate) notes: Vec<String>,
}

/// A source, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Imported {
    pub(crate) format: Format,
    pub(crate) document: Option<String>,
    pub(crate) version: Option<String>,
    /// The keys the source gives values for, and the import writes.
    pub(crate) keys: Vec<EventKey>,
    pub(crate) entries: Vec<Entry>,
    pub(crate) warnings: Vec<Diagnostic>,
}

/// How to read a source.
#[derive(Clone, Copy)]
pub(crate) struct Options<'a> {
    /// The source's shape; detected when `None`.
    pub(crate) format: Option<Format>,
    /// Which of a document's tables, counting from 1; chosen by its columns when `None`.
    pub(crate) table: Option<usize>,
    pub(crate) columns: &'a [ColumnArg],
    /// The keys to write; every key the source gives when `None`.
    pub(crate) keys: Option<&'a [EventKey]>,
    /// How the spec compares names, for finding names listed twice.
    pub(crate) match_mode: MatchMode,
    /// Whether the spec already has a name, to split ambiguous PrivX rows its way.
    pub(crate) known: &'a dyn Fn(&str) -> bool,
}

impl std::fmt::Debug for Options<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Options")
            .field("format", &self.format)
            .field("table", &self.table)
            .field("columns", &self.columns)
            .field("keys", &self.keys)
            .field("match_mode", &self.match_mode)
            .finish_non_exhaustive()
    }
}

/// Reads a source: detects its shape (unless named), parses it, maps its fields.
pub(crate) fn read(text: &str, options: &Options<'_>) -> Result<Imported, Diagnostic> {
    if text.trim().is_empty() {
        return Err(Diagnostic::error("the source is empty")
            .with_help("give the vendor document or API response the catalog comes from"));
    }
    let format = match options.format {
        Some(format) => format,
        None => detect(text)?,
    };
    let (table, mapping) = match format {
        Format::Markdown => choose_table(markdown::tables(text)?, options)?,
        Format::PrivxText => {
            let table = privx_text::table(text, options.known);
            if table.records.is_empty() {
                return Err(
                    Diagnostic::error("no NAME, CODE, DESCRIPTION rows found").with_help(
                        "rows read `Name123Description`, after a `NAMECODEDESCRIPTION` header line",
                    ),
                );
            }
            with_mapping(format, table, options)?
        }
        Format::HaloTypesJson => {
            with_mapping(format, json::halo_types(&json::parse(text)?)?, options)?
        }
        Format::PrivxCodesJson => {
            with_mapping(format, json::privx_codes(&json::parse(text)?)?, options)?
        }
    };
    let provided = mapping::provided_keys(&table, &mapping);
    let keys = match options.keys {
        Some(wanted) => {
            if let Some(missing) = wanted.iter().find(|key| !provided.contains(key)) {
                return Err(Diagnostic::error(
                    format!(
                        "the source has no `{}`: it gives {}",
                        missing.as_str(),
                        provided.iter().map(|key| format!("`{}`", key.as_str())).collect::<Vec<_>>().join(", ")
                    ),
                )
                .with_help("map the field that holds it with `--column FIELD=KEY`, or leave the key out of `--keys`"));
            }
            let mut keys = wanted.to_vec();
            keys.push(EventKey::Name);
            keys.sort();
            keys.dedup();
            keys
        }
        None => provided,
    };
    let entries = mapping::entries(&table, &mapping, &keys)?;
    mapping::check_unique(&entries, options.match_mode)?;
    Ok(Imported {
        format,
        document: table.document,
        version: table.version,
        keys,
        entries,
        warnings: table.warnings,
    })
}

fn with_mapping(
    format: Format,
    table: Table,
    options: &Options<'_>,
) -> Result<(Table, mapping::Mapping), Diagnostic> {
    let mapping = mapping::resolve(format, &table, options.columns).map_err(|unmappable| {
        unmappable.locate(
            Diagnostic::error(format!(
                "cannot read the {} source: {}",
                format.name(),
                unmappable.reason
            ))
            .with_help(
                "map its fields to spec keys with `--column FIELD=KEY` (`-` leaves a field out)",
            ),
        )
    })?;
    Ok((table, mapping))
}

/// The table of a Markdown document that holds the catalog: the one named with
/// `--table`, or the only one whose columns all map to spec keys.
fn choose_table(
    tables: Vec<Table>,
    options: &Options<'_>,
) -> Result<(Table, mapping::Mapping), Diagnostic> {
    if tables.is_empty() {
        return Err(Diagnostic::error("the document has no Markdown table")
            .with_help("a table is a header row `|Name|Description|`, then `|---|---|`, then one row per event"));
    }
    if let Some(number) = options.table {
        let count = tables.len();
        let table = tables
            .into_iter()
            .nth(number.wrapping_sub(1))
            .ok_or_else(|| {
                Diagnostic::error(format!(
                    "there is no table {number}: the document has {count}"
                ))
            })?;
        return with_mapping(Format::Markdown, table, options);
    }
    let mut fitting = Vec::new();
    let mut reasons = Vec::new();
    for (index, table) in tables.into_iter().enumerate() {
        match mapping::resolve(Format::Markdown, &table, options.columns) {
            Ok(mapping) => fitting.push((index + 1, table, mapping)),
            Err(unmappable) => reasons.push((
                format!(
                    "table {} (line {}): {}",
                    index + 1,
                    table.line,
                    unmappable.reason
                ),
                unmappable,
            )),
        }
    }
    match fitting.len() {
        1 => {
            let (_, table, mapping) = fitting.remove(0);
            Ok((table, mapping))
        }
        0 if reasons.len() == 1 => {
            let (_, unmappable) = reasons.remove(0);
            Err(unmappable.locate(
                Diagnostic::error(format!("cannot read the table: {}", unmappable.reason))
                    .with_help("map its columns to spec keys with `--column HEADER=KEY` (`-` leaves a column out)"),
            ))
        }
        0 => Err(Diagnostic::error(format!(
            "no table of the document fits a catalog:\n   {}",
            reasons
                .iter()
                .map(|(reason, _)| reason.as_str())
                .collect::<Vec<_>>()
                .join("\n   ")
        ))
        .with_help("pick one with `--table N`, and map its columns with `--column HEADER=KEY`")),
        _ => Err(Diagnostic::error(format!(
            "{} tables of the document could hold the catalog: {}",
            fitting.len(),
            fitting
                .iter()
                .map(|(number, table, _)| format!("table {number} (line {})", table.line))
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .with_help("pick one with `--table N`")),
    }
}

/// The shape of a source, where only one fits (see [`Format`]).
fn detect(text: &str) -> Result<Format, Diagnostic> {
    let trimmed = text.trim_start();
    if trimmed.starts_with(['{', '[']) {
        match json::parse(text) {
            Ok(serde_json::Value::Array(_)) => return Ok(Format::PrivxCodesJson),
            Ok(serde_json::Value::Object(object)) if object.contains_key("list") => {
                return Ok(Format::HaloTypesJson);
            }
            Ok(_) => {
                return Err(Diagnostic::error("this JSON is neither a Halo Security event types response nor a PrivX audit event codes response")
                    .with_help("name its format with `--format`, and map its fields with `--column FIELD=KEY`"));
            }
            // A `{` starts nothing but JSON; a `[` may start a Markdown link.
            Err(error) if trimmed.starts_with('{') => return Err(error),
            Err(_) => {}
        }
    }
    // A table with a malformed row is still a table: reading it will say what is wrong.
    let markdown = markdown::tables(text).map_or(true, |tables| !tables.is_empty());
    let privx = text.lines().any(privx_text::is_header);
    match (markdown, privx) {
        (true, false) => Ok(Format::Markdown),
        (false, true) => Ok(Format::PrivxText),
        (true, true) => Err(Diagnostic::error("the source has both a Markdown table and a PrivX `NAMECODEDESCRIPTION` header")
            .with_help("name its format: `--format markdown` or `--format privx-text`")),
        (false, false) => Err(Diagnostic::error("cannot tell the source's format: it is not JSON, and has neither a Markdown table nor a PrivX `NAMECODEDESCRIPTION` header")
            .with_help("name it with `--format markdown`, `privx-text`, `halo-types-json` or `privx-codes-json`")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn read_as(text: &str, format: Option<Format>) -> Result<Imported, Diagnostic> {
        read(
            text,
            &Options {
                format,
                table: None,
                columns: &[],
                keys: None,
                match_mode: MatchMode::Exact,
                known: &|name| name == "Host2",
            },
        )
    }

    /// Pieces of every source shape, to build inputs that get past the first checks.
    fn fragments() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("|".to_owned()),
            Just("|---|---|\n".to_owned()),
            Just("|Key|Subject|\n".to_owned()),
            Just("**".to_owned()),
            Just("[a](b)".to_owned()),
            Just("\\|".to_owned()),
            Just("`".to_owned()),
            Just("*".to_owned()),
            Just("\t".to_owned()),
            Just("\n".to_owned()),
            Just("NAMECODEDESCRIPTION\n".to_owned()),
            Just("These docs are for v1.\n".to_owned()),
            Just("Host23Text".to_owned()),
            Just("{\"list\": [".to_owned()),
            Just("{\"key\": \"a\", \"subject\": 1}".to_owned()),
            Just("{\"event_id\": 4294967296, \"event_name\": \"\"}".to_owned()),
            Just("[{\"value\": {\"event_name\": \"x\"}}]".to_owned()),
            Just("]}".to_owned()),
            Just(",".to_owned()),
            "\\PC{0,6}",
        ];
        proptest::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        /// Whatever the input and the format named, reading ends in entries or an error.
        #[test]
        fn no_input_makes_reading_panic(text in prop_oneof![fragments(), "\\PC{0,80}"]) {
            for format in [
                None,
                Some(Format::Markdown),
                Some(Format::PrivxText),
                Some(Format::HaloTypesJson),
                Some(Format::PrivxCodesJson),
            ] {
                let _ = read_as(&text, format);
            }
        }
    }

    #[test]
    fn detects_each_shape_and_names_what_it_cannot_tell() {
        assert_eq!(detect("|a|b|\n|-|-|\n|1|2|\n").unwrap(), Format::Markdown);
        assert_eq!(
            detect("Ref\nNAMECODEDESCRIPTION\nA1B\n").unwrap(),
            Format::PrivxText
        );
        assert_eq!(detect("  {\"list\": []}").unwrap(), Format::HaloTypesJson);
        assert_eq!(detect("[]").unwrap(), Format::PrivxCodesJson);
        assert_eq!(detect("[link](x)\n\n|a|\n|-|\n").unwrap(), Format::Markdown);
        assert!(
            detect("{\"list\": [")
                .unwrap_err()
                .message
                .starts_with("invalid JSON")
        );
        assert!(
            detect("{\"items\": []}")
                .unwrap_err()
                .message
                .contains("neither")
        );
        assert!(
            detect("just text\n")
                .unwrap_err()
                .message
                .starts_with("cannot tell")
        );
        assert!(
            detect("NAMECODEDESCRIPTION\n|a|\n|-|\n")
                .unwrap_err()
                .message
                .contains("both")
        );
    }
}
