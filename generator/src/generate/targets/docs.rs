//! `generated/docs/`: a Markdown page per catalog, and an index.

use askama::Template;
use eventgen_catalog::markdown::{code_block, code_span, escape, link_destination, table_cell};
use eventgen_catalog::reserved::DOCS_INDEX_PAGE;
use eventgen_catalog::{Catalog, Endpoint, Event, Extra, FieldType, Record};

use super::super::filters::templates as filters;
use super::super::view::CatalogView;
use super::super::{Comment, OutputFile, header};

/// The folder of this target under the output folder.
const DIR: &str = "docs";

#[derive(Template)]
#[template(path = "docs/index.md")]
struct Index<'a> {
    header: String,
    catalogs: &'a [CatalogView<'a>],
}

#[derive(Template)]
#[template(path = "docs/catalog.md")]
struct Page<'a> {
    header: String,
    catalog: &'a CatalogView<'a>,
    /// Each event's name cell: a code span, a link to its documentation if it has one.
    names: Vec<String>,
    records: Vec<RecordDoc>,
    endpoints: Vec<EndpointDoc>,
}

/// A record's section, in Markdown.
struct RecordDoc {
    /// The heading is ``### Record `Target` ``, whose anchor is `#record-target`.
    name: String,
    description: Option<String>,
    fields: Vec<FieldDoc>,
    /// What becomes of the keys the record does not list.
    extra: &'static str,
    examples: Vec<ExampleDoc>,
}

/// A row of a record's table: each cell in Markdown.
struct FieldDoc {
    name: String,
    type_cell: String,
    flags: &'static str,
    description: String,
}

struct ExampleDoc {
    description: Option<String>,
    block: String,
}

/// An endpoint's section, in Markdown.
struct EndpointDoc {
    name: String,
    summary: Option<String>,
    /// `` `GET https://…` ``
    request: String,
    description: Option<String>,
    link: Option<String>,
    query: Option<String>,
    parameters: Vec<ParameterDoc>,
    /// "Response: …. Error: …." with links to the records.
    responses: Option<String>,
}

struct ParameterDoc {
    name: String,
    type_cell: String,
    required: &'static str,
    details: String,
}

pub(crate) fn files(catalogs: &[CatalogView]) -> Result<Vec<OutputFile>, askama::Error> {
    let index = Index {
        header: header(Comment::Html, super::super::ALL_SPECS),
        catalogs,
    };
    let mut files = vec![file(&format!("{DOCS_INDEX_PAGE}.md"), index.render()?)];
    for catalog in catalogs {
        let page = Page {
            header: header(Comment::Html, catalog.spec_path),
            catalog,
            names: catalog.catalog.events.iter().map(name_cell).collect(),
            records: catalog.catalog.records.iter().map(RecordDoc::new).collect(),
            endpoints: catalog
                .catalog
                .endpoints
                .iter()
                .map(|endpoint| EndpointDoc::new(catalog.catalog, endpoint))
                .collect(),
        };
        files.push(file(&format!("{}.md", catalog.catalog.id), page.render()?));
    }
    Ok(files)
}

fn file(path: &str, contents: String) -> OutputFile {
    OutputFile {
        path: format!("{DIR}/{path}").into(),
        contents,
    }
}

/// An event's name as its table shows it: a code span, linked to the event's own
/// documentation page when the spec gives one.
fn name_cell(event: &Event) -> String {
    let name = eventgen_catalog::markdown::table_code(&event.name);
    match &event.url {
        Some(url) => format!("[{name}]({})", link_destination(url)),
        None => name,
    }
}

/// The anchor of a record's section (GitHub's, from its heading ``Record `Name` ``).
fn record_anchor(name: &str) -> String {
    format!("#record-{}", name.to_ascii_lowercase())
}

/// A type as the tables show it, records and the event type linked to their sections.
fn type_cell(field_type: &FieldType) -> String {
    match field_type {
        FieldType::Record(name) => format!("[`{name}`]({})", record_anchor(name)),
        FieldType::Event(name) => format!("[`{name}`](#events)"),
        FieldType::List(item) => format!("list of {}", type_cell(item)),
        scalar => format!("`{scalar}`"),
    }
}

impl RecordDoc {
    fn new(record: &Record) -> RecordDoc {
        RecordDoc {
            name: record.name.clone(),
            description: record.description.as_deref().map(escape),
            fields: record
                .fields
                .iter()
                .map(|field| FieldDoc {
                    name: eventgen_catalog::markdown::table_code(&field.name),
                    type_cell: type_cell(&field.field_type),
                    flags: match (field.optional, field.nullable) {
                        (false, false) => "",
                        (true, false) => "optional",
                        (false, true) => "nullable",
                        (true, true) => "optional, nullable",
                    },
                    description: field
                        .description
                        .as_deref()
                        .map(table_cell)
                        .unwrap_or_default(),
                })
                .collect(),
            extra: match record.extra {
                Extra::Keep => {
                    "Keys the record does not list are kept, with their values, exactly as received."
                }
                Extra::Reject => "A key the record does not list is an error.",
            },
            examples: record
                .examples
                .iter()
                .map(|example| ExampleDoc {
                    description: example.description.as_deref().map(escape),
                    block: code_block(&example.json, "json"),
                })
                .collect(),
        }
    }
}

impl EndpointDoc {
    fn new(catalog: &Catalog, endpoint: &Endpoint) -> EndpointDoc {
        let record_link = |name: &str| format!("[`{name}`]({})", record_anchor(name));
        let responses: Vec<String> = [("Response", &endpoint.response), ("Error", &endpoint.error)]
            .into_iter()
            .filter_map(|(what, record)| {
                let record = record.as_deref()?;
                debug_assert!(catalog.record(record).is_some());
                Some(format!("{what}: {}.", record_link(record)))
            })
            .collect();
        EndpointDoc {
            name: endpoint.name.clone(),
            summary: endpoint.summary.as_deref().map(escape),
            request: code_span(&format!("{} {}", endpoint.method, endpoint.url)),
            description: endpoint.description.as_deref().map(escape),
            link: endpoint.link.as_deref().map(link_destination),
            query: endpoint.query.clone(),
            parameters: endpoint
                .parameters
                .iter()
                .map(|parameter| {
                    let mut lines: Vec<String> = parameter
                        .description
                        .as_deref()
                        .map(table_cell)
                        .into_iter()
                        .collect();
                    lines.extend(parameter.values.iter().map(|documented| {
                        let value =
                            eventgen_catalog::markdown::table_code(&documented.value.to_string());
                        match &documented.description {
                            Some(description) => format!("{value}: {}", table_cell(description)),
                            None => value,
                        }
                    }));
                    ParameterDoc {
                        name: eventgen_catalog::markdown::table_code(&parameter.name),
                        type_cell: type_cell(&parameter.parameter_type),
                        required: if parameter.required { "yes" } else { "no" },
                        details: lines.join("<br>"),
                    }
                })
                .collect(),
            responses: (!responses.is_empty()).then(|| responses.join(" ")),
        }
    }
}
