//! `eventgen catalog SPEC [--json]`

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use eventgen_catalog::{Catalog, Endpoint, Extra, Field, Parameter, Record, count};
use eventgen_generator::generate::filters::json;

use crate::failure::Failure;
use crate::printable::printable;
use crate::stdout::{out, outln};

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The spec file.
    spec: PathBuf,
    /// Print JSON, for scripts and jq: the catalog's keys, and `events` in document order.
    #[arg(long)]
    json: bool,
}

pub(crate) fn run(args: &Args) -> Result<ExitCode, Failure> {
    let catalog = eventgen_catalog::load(&args.spec)?;
    if args.json {
        // Hidden characters escaped, so that a terminal shows them.
        outln!("{}", json::to_string_pretty(&catalog));
    } else {
        out!("{}", table(&catalog));
    }
    Ok(ExitCode::SUCCESS)
}

/// One line per event: wire value (hidden characters escaped), code, and the identifier
/// in each language; then one line per record and per endpoint.
fn table(catalog: &Catalog) -> String {
    let mut out = format!(
        "{} ({}): {}\n",
        printable(&catalog.title),
        catalog.type_name,
        count(catalog.events.len(), "event")
    );
    let names: Vec<String> = catalog
        .events
        .iter()
        .map(|event| printable(&event.name))
        .collect();
    let width = names
        .iter()
        .map(|name| name.chars().count())
        .max()
        .unwrap_or(0);
    for (event, name) in catalog.events.iter().zip(&names) {
        let code = event.code.map(|code| code.to_string()).unwrap_or_default();
        let _ = writeln!(
            out,
            "{name:width$}  {code:>10}  {}  {}",
            event.ident.rust, event.ident.python
        );
    }
    if !catalog.records.is_empty() {
        let _ = writeln!(out, "\n{}:", count(catalog.records.len(), "record"));
        for record in &catalog.records {
            let _ = writeln!(out, "  {}", record_line(record));
        }
    }
    if !catalog.endpoints.is_empty() {
        let _ = writeln!(out, "\n{}:", count(catalog.endpoints.len(), "endpoint"));
        for endpoint in &catalog.endpoints {
            let _ = writeln!(out, "  {}", endpoint_line(endpoint));
        }
    }
    out
}

/// `Target { target_name: string, target_id?: integer | null, .. }`: optional keys with
/// `?`, nullable values with `| null`, and `..` when the record keeps other keys.
fn record_line(record: &Record) -> String {
    let fields: Vec<String> = record.fields.iter().map(field_text).collect();
    let rest = match record.extra {
        Extra::Keep => "..",
        Extra::Reject => "",
    };
    let items: Vec<&str> = fields
        .iter()
        .map(String::as_str)
        .chain((!rest.is_empty()).then_some(rest))
        .collect();
    format!("{} {{ {} }}", record.name, items.join(", "))
}

fn field_text(field: &Field) -> String {
    format!(
        "{}{}: {}{}",
        printable(&field.name),
        if field.optional { "?" } else { "" },
        field.field_type,
        if field.nullable { " | null" } else { "" }
    )
}

fn parameter_text(parameter: &Parameter) -> String {
    format!(
        "{}{}: {}",
        printable(&parameter.name),
        if parameter.required { "" } else { "?" },
        parameter.parameter_type
    )
}

/// `list: GET https://…/list.json ?sort: integer … → ListResponse, error ErrorResponse`
fn endpoint_line(endpoint: &Endpoint) -> String {
    let mut line = format!(
        "{}: {} {}",
        endpoint.name,
        endpoint.method,
        printable(&endpoint.url)
    );
    if let Some(query) = &endpoint.query {
        let parameters: Vec<String> = endpoint.parameters.iter().map(parameter_text).collect();
        let _ = write!(line, " {query} {{ {} }}", parameters.join(", "));
    }
    if let Some(response) = &endpoint.response {
        let _ = write!(line, " → {response}");
    }
    if let Some(error) = &endpoint.error {
        let _ = write!(line, ", error {error}");
    }
    line
}
