//! `eventgen catalog SPEC [--json]`

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use eventgen_catalog::Catalog;

use crate::printable::counted;
use crate::stdout::{out, outln};

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The spec file.
    spec: PathBuf,
    /// Print JSON, for scripts and jq: the catalog's keys, and `events` in document order.
    #[arg(long)]
    json: bool,
}

pub(crate) fn run(args: &Args) -> Result<ExitCode, String> {
    let catalog = match eventgen_catalog::load(&args.spec) {
        Ok(catalog) => catalog,
        Err(error) => {
            eprint!("{}", error.render());
            return Ok(ExitCode::FAILURE);
        }
    };
    if args.json {
        let json = serde_json::to_string_pretty(&catalog).map_err(|error| error.to_string())?;
        outln!("{json}");
    } else {
        out!("{}", table(&catalog));
    }
    Ok(ExitCode::SUCCESS)
}

/// One line per event: wire value, code, and the identifier in each language.
fn table(catalog: &Catalog) -> String {
    let mut out = format!(
        "{} ({}): {}\n",
        catalog.title,
        catalog.type_name,
        counted(catalog.events.len(), "event")
    );
    let width = catalog
        .events
        .iter()
        .map(|event| event.name.len())
        .max()
        .unwrap_or(0);
    for event in &catalog.events {
        let code = event.code.map(|code| code.to_string()).unwrap_or_default();
        let _ = writeln!(
            out,
            "{:width$}  {code:>10}  {}  {}",
            event.name, event.ident.rust, event.ident.python
        );
    }
    out
}
