//! Source fields → spec keys.
//!
//! Each source shape has fields: a table's column headers, a JSON item's keys, PrivX's
//! NAME, CODE and DESCRIPTION. Known fields map to spec keys by default (`API Value` →
//! `name`, `Subject` → `label`, `event_id` → `code`, …); `--column FIELD=KEY` maps
//! others or overrides a default, and `--column FIELD=-` leaves a field out. A table
//! column that maps to nothing is an error rather than silently dropped data; JSON
//! fields that map to nothing are ignored (responses grow fields the spec has no place
//! for).

use std::str::FromStr;

use eventgen_catalog::MatchMode;

use eventgen_catalog::Diagnostic;

use super::error::{Location, error_at};
use super::{Entry, Format, Table};
use crate::spec_text::fields::{EventKey, IMPORTABLE};

/// Where a field goes: a spec key, or nowhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    Key(EventKey),
    Skip,
}

/// `--column FIELD=KEY`: a field by its name (any case) or, in a table, its number
/// counting from 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ColumnArg {
    pub(crate) field: String,
    pub(crate) target: Target,
}

impl FromStr for ColumnArg {
    type Err = String;

    fn from_str(arg: &str) -> Result<ColumnArg, String> {
        let (field, key) = arg
            .rsplit_once('=')
            .ok_or_else(|| format!("`{arg}` is not FIELD=KEY, e.g. `Subject=label`"))?;
        let field = field.trim();
        if field.is_empty() {
            return Err(format!("`{arg}` names no field"));
        }
        let target = match key.trim() {
            "-" => Target::Skip,
            key => Target::Key(
                key.parse()
                    .ok()
                    .filter(|key| IMPORTABLE.contains(key))
                    .ok_or_else(|| {
                        format!(
                            "`{key}` is not a key an import writes: use {}, or `-` to leave the field out",
                            importable_keys()
                        )
                    })?,
            ),
        };
        Ok(ColumnArg {
            field: field.to_owned(),
            target,
        })
    }
}

/// Parses `--keys name,label`: the spec keys an import writes.
pub(crate) fn parse_key(arg: &str) -> Result<EventKey, String> {
    arg.trim()
        .parse()
        .ok()
        .filter(|key| IMPORTABLE.contains(key))
        .ok_or_else(|| {
            format!(
                "`{arg}` is not a key an import writes: use {}",
                importable_keys()
            )
        })
}

fn importable_keys() -> String {
    IMPORTABLE
        .iter()
        .map(|key| format!("`{}`", key.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The spec key a field of `format` maps to when no `--column` says otherwise.
fn default_target(format: Format, field: &str) -> Option<Target> {
    let field = field.trim().to_ascii_lowercase();
    let key = match format {
        Format::Markdown => match field.as_str() {
            "api value" | "event type" | "event" | "event name" | "event key" | "key" | "name" => {
                EventKey::Name
            }
            "code" | "event code" | "id" | "event id" => EventKey::Code,
            "portal value" | "subject" | "label" | "display name" | "title" => EventKey::Label,
            "description" => EventKey::Description,
            "category" | "group" => EventKey::Category,
            "url" | "link" | "documentation" => EventKey::Url,
            _ => return None,
        },
        Format::PrivxText => match field.as_str() {
            "name" => EventKey::Name,
            "code" => EventKey::Code,
            "description" => EventKey::Description,
            _ => return None,
        },
        Format::HaloTypesJson => match field.as_str() {
            "key" => EventKey::Name,
            "subject" => EventKey::Label,
            _ => return Some(Target::Skip),
        },
        Format::PrivxCodesJson => match field.as_str() {
            "event_name" => EventKey::Name,
            "event_id" => EventKey::Code,
            "event_desc" => EventKey::Description,
            _ => return Some(Target::Skip),
        },
    };
    Some(Target::Key(key))
}

/// Which field of a table gives which spec key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mapping {
    /// (field, key), in the table's field order.
    pub(crate) columns: Vec<(String, EventKey)>,
}

/// Why a table's fields do not map to spec keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unmappable {
    /// "no spec key for its column `Meaning`"
    pub(crate) reason: String,
    /// The field at fault, where the source says where it is.
    pub(crate) at: Option<Location>,
}

impl Unmappable {
    fn new(reason: String) -> Unmappable {
        Unmappable { reason, at: None }
    }

    /// `diagnostic`, at the field at fault if there is one.
    pub(crate) fn locate(&self, diagnostic: Diagnostic) -> Diagnostic {
        match self.at {
            Some(at) => at.locate(diagnostic),
            None => diagnostic,
        }
    }
}

/// The mapping of `table`'s fields, or why there is none.
pub(crate) fn resolve(
    format: Format,
    table: &Table,
    columns: &[ColumnArg],
) -> Result<Mapping, Unmappable> {
    let at = |index: usize| table.field_locations.get(index).copied();
    let names = || {
        table
            .fields
            .iter()
            .map(|field| format!("`{field}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let chosen = |arg: &ColumnArg, index: usize, field: &str| {
        arg.field.eq_ignore_ascii_case(field.trim())
            || (format == Format::Markdown && arg.field == (index + 1).to_string())
    };
    for arg in columns {
        if !table
            .fields
            .iter()
            .enumerate()
            .any(|(index, field)| chosen(arg, index, field))
        {
            return Err(Unmappable::new(format!(
                "it has no field `{}` (its fields: {})",
                arg.field,
                names()
            )));
        }
    }
    let mut mapped: Vec<(String, EventKey)> = Vec::new();
    let mut unmapped = Vec::new();
    for (index, field) in table.fields.iter().enumerate() {
        let target = columns
            .iter()
            .rev()
            .find(|arg| chosen(arg, index, field))
            .map(|arg| arg.target)
            .or_else(|| default_target(format, field));
        match target {
            Some(Target::Key(key)) => {
                if let Some((other, _)) = mapped.iter().find(|(_, mapped_key)| *mapped_key == key) {
                    return Err(Unmappable {
                        reason: format!(
                            "both `{other}` and `{field}` would give `{}`",
                            key.as_str()
                        ),
                        at: at(index),
                    });
                }
                mapped.push((field.clone(), key));
            }
            Some(Target::Skip) => {}
            None => unmapped.push((format!("`{field}`"), index)),
        }
    }
    if let Some(&(_, first)) = unmapped.first() {
        return Err(Unmappable {
            reason: format!(
                "no spec key for its column{} {}",
                if unmapped.len() == 1 { "" } else { "s" },
                unmapped
                    .iter()
                    .map(|(field, _)| field.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            at: at(first),
        });
    }
    if !mapped.iter().any(|(_, key)| *key == EventKey::Name) {
        return Err(Unmappable::new(format!(
            "none of its fields gives the event names (its fields: {})",
            names()
        )));
    }
    Ok(Mapping { columns: mapped })
}

/// The entries of `table` under `mapping`, with the values of `keys` only.
pub(crate) fn entries(
    table: &Table,
    mapping: &Mapping,
    keys: &[EventKey],
) -> Result<Vec<Entry>, Diagnostic> {
    let field_of = |key: EventKey| {
        mapping
            .columns
            .iter()
            .find(|(_, mapped)| *mapped == key)
            .map(|(field, _)| field.as_str())
    };
    let name_field = field_of(EventKey::Name).expect("a mapping has a name field");
    let mut entries = Vec::with_capacity(table.records.len());
    for record in &table.records {
        let value = |key: EventKey| {
            if !keys.contains(&key) && key != EventKey::Name {
                return None;
            }
            let field = field_of(key)?;
            record
                .values
                .iter()
                .find(|(name, _)| name == field)
                .map(|(_, value)| value.trim())
                .filter(|value| !value.is_empty())
                .map(str::to_owned)
        };
        let name = value(EventKey::Name).ok_or_else(|| {
            error_at(
                record.location,
                format!("this entry has no name: `{name_field}` is empty or missing"),
            )
            .with_help("every entry of a catalog needs its wire value")
        })?;
        let code = value(EventKey::Code)
            .map(|code| {
                code.parse::<u32>().map_err(|_| {
                    error_at(
                        record.location,
                        format!("the code of `{name}` is `{code}`, not a number from 0 to {}", u32::MAX),
                    )
                    .with_help("correct the source, or map another field to `code` with `--column FIELD=code` (`--column FIELD=-` leaves one out)")
                })
            })
            .transpose()?;
        let category = if keys.contains(&EventKey::Category) {
            value(EventKey::Category).or_else(|| record.category.clone())
        } else {
            None
        };
        // A column of URLs (or of links), or else the link the name is written as.
        let url = match field_of(EventKey::Url) {
            _ if !keys.contains(&EventKey::Url) => None,
            Some(field) => link_of(record, field)
                .map(str::to_owned)
                .or_else(|| value(EventKey::Url)),
            None => link_of(record, name_field).map(str::to_owned),
        };
        entries.push(Entry {
            location: record.location,
            name,
            code,
            label: value(EventKey::Label),
            description: value(EventKey::Description),
            category,
            url,
            notes: record.notes.clone(),
        });
    }
    Ok(entries)
}

/// The link target of a record's cell of `field`, when the cell is written as a link.
fn link_of<'r>(record: &'r super::Record, field: &str) -> Option<&'r str> {
    record
        .links
        .iter()
        .find(|(linked, _)| linked == field)
        .map(|(_, url)| url.as_str())
}

/// The keys a table gives values for under `mapping`: its mapped columns, `category`
/// when it has category rows, and `url` when its names are links.
pub(crate) fn provided_keys(table: &Table, mapping: &Mapping) -> Vec<EventKey> {
    let mut keys: Vec<EventKey> = mapping.columns.iter().map(|(_, key)| *key).collect();
    if !keys.contains(&EventKey::Category)
        && table.records.iter().any(|record| record.category.is_some())
    {
        keys.push(EventKey::Category);
    }
    let name_field = mapping
        .columns
        .iter()
        .find(|(_, key)| *key == EventKey::Name)
        .map(|(field, _)| field.as_str());
    if let Some(name_field) = name_field
        && !keys.contains(&EventKey::Url)
        && table
            .records
            .iter()
            .any(|record| link_of(record, name_field).is_some())
    {
        keys.push(EventKey::Url);
    }
    keys.sort();
    keys
}

/// An error for a name listed twice under the catalog's matching rule.
pub(crate) fn check_unique(entries: &[Entry], mode: MatchMode) -> Result<(), Diagnostic> {
    let mut seen: std::collections::HashMap<std::borrow::Cow<'_, str>, &Entry> =
        std::collections::HashMap::new();
    for entry in entries {
        if let Some(first) = seen.insert(mode.key(&entry.name), entry) {
            return Err(error_at(
                entry.location,
                format!(
                    "`{}` is listed twice: first at {}",
                    entry.name, first.location
                ),
            )
            .with_help(
                "a spec lists each wire value once: remove one of the two from the source",
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::Record;

    fn table(fields: &[&str], rows: &[&[&str]]) -> Table {
        Table {
            line: 1,
            fields: fields.iter().map(|&field| field.to_owned()).collect(),
            field_locations: Vec::new(),
            records: rows
                .iter()
                .enumerate()
                .map(|(index, row)| Record {
                    location: Location::line(index + 3, "|row|"),
                    values: fields
                        .iter()
                        .zip(row.iter())
                        .map(|(&field, &value)| (field.to_owned(), value.to_owned()))
                        .collect(),
                    category: None,
                    notes: Vec::new(),
                    links: Vec::new(),
                })
                .collect(),
            document: None,
            version: None,
            warnings: Vec::new(),
        }
    }

    #[test]
    fn known_headers_map_by_default() {
        let table = table(&["Portal Value", "API Value"], &[]);
        let mapping = resolve(Format::Markdown, &table, &[]).unwrap();
        assert_eq!(
            mapping.columns,
            [
                ("Portal Value".to_owned(), EventKey::Label),
                ("API Value".to_owned(), EventKey::Name)
            ]
        );
    }

    #[test]
    fn columns_map_by_name_or_number_and_can_be_left_out() {
        let table = table(&["Type", "Meaning", "Notes"], &[]);
        assert_eq!(
            resolve(Format::Markdown, &table, &[]).unwrap_err().reason,
            "no spec key for its columns `Type`, `Meaning`, `Notes`"
        );
        let args: Vec<ColumnArg> = ["type=name", "2=description", "Notes=-"]
            .iter()
            .map(|arg| arg.parse().unwrap())
            .collect();
        let mapping = resolve(Format::Markdown, &table, &args).unwrap();
        assert_eq!(
            mapping.columns,
            [
                ("Type".to_owned(), EventKey::Name),
                ("Meaning".to_owned(), EventKey::Description)
            ]
        );
    }

    #[test]
    fn bad_mappings_are_explained() {
        let table = table(&["Key", "Subject"], &[]);
        let arg = |text: &str| -> ColumnArg { text.parse().unwrap() };
        assert_eq!(
            resolve(Format::Markdown, &table, &[arg("Subjct=label")])
                .unwrap_err()
                .reason,
            "it has no field `Subjct` (its fields: `Key`, `Subject`)"
        );
        assert_eq!(
            resolve(Format::Markdown, &table, &[arg("Subject=name")])
                .unwrap_err()
                .reason,
            "both `Key` and `Subject` would give `name`"
        );
        assert_eq!(
            resolve(Format::Markdown, &table, &[arg("Key=-")])
                .unwrap_err()
                .reason,
            "none of its fields gives the event names (its fields: `Key`, `Subject`)"
        );
        assert!("Key".parse::<ColumnArg>().is_err());
        assert!(
            "Key=ident"
                .parse::<ColumnArg>()
                .unwrap_err()
                .contains("not a key an import writes")
        );
    }

    #[test]
    fn entries_take_mapped_values_and_check_codes() {
        let table = table(
            &["NAME", "CODE", "DESCRIPTION"],
            &[&["a", "1", "A."], &["b", "x", "B."]],
        );
        let mapping = resolve(Format::PrivxText, &table, &[]).unwrap();
        let error = entries(&table, &mapping, &[EventKey::Code]).unwrap_err();
        assert_eq!(error.position.map(|at| at.line), Some(4));
        assert!(error.message.contains("the code of `b` is `x`"));
        // Without `code` among the keys, codes are not read at all.
        let read = entries(&table, &mapping, &[EventKey::Description]).unwrap();
        assert_eq!(read[1].code, None);
        assert_eq!(read[1].description.as_deref(), Some("B."));
    }

    #[test]
    fn names_are_unique_under_the_matching_rule() {
        let table = table(&["Key"], &[&["a"], &["A"]]);
        let mapping = resolve(Format::Markdown, &table, &[]).unwrap();
        let read = entries(&table, &mapping, &[]).unwrap();
        assert!(check_unique(&read, MatchMode::Exact).is_ok());
        let error = check_unique(&read, MatchMode::AsciiCaseInsensitive).unwrap_err();
        assert_eq!(error.message, "`A` is listed twice: first at line 3");
    }
}
