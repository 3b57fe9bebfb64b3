//! `eventgen catalog SPEC [--json]`

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use eventgen_catalog::{Catalog, count};
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
/// in each language.
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
    out
}
