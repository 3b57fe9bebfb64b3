//! `eventgen check [SPEC...]`

use std::path::PathBuf;
use std::process::ExitCode;

use eventgen_catalog::{Diagnostic, count};

use crate::failure::Failure;
use crate::specs;

#[derive(Debug, Default, clap::Args)]
pub(crate) struct Args {
    /// Spec files to check. Default: every `specs/*.yaml`.
    specs: Vec<PathBuf>,
}

/// Prints a line per valid spec; the specs are checked as one set, as `generate` would
/// generate them.
pub(crate) fn run(args: &Args) -> Result<ExitCode, Failure> {
    let paths = if args.specs.is_empty() {
        specs::discover()?
    } else {
        args.specs.clone()
    };
    let mut diagnostics = Vec::new();
    let mut failed = 0;
    for spec in specs::load_set(&paths) {
        match spec {
            Ok(spec) => {
                let catalog = &spec.catalog;
                let codes = if catalog.is_coded() { ", coded" } else { "" };
                let mut api = String::new();
                for (items, noun) in [
                    (catalog.records.len(), "record"),
                    (catalog.endpoints.len(), "endpoint"),
                ] {
                    if items > 0 {
                        api.push_str(", ");
                        api.push_str(&count(items, noun));
                    }
                }
                crate::stdout::outln!(
                    "ok: {} ({}): {}{codes}, {} matching{api}",
                    catalog.id,
                    spec.path,
                    count(catalog.events.len(), "event"),
                    catalog.match_mode
                );
            }
            Err(errors) => {
                failed += 1;
                diagnostics.extend(errors);
            }
        }
    }
    if failed == 0 {
        return Ok(ExitCode::SUCCESS);
    }
    diagnostics.push(Diagnostic::error(specs::failed(failed, paths.len())));
    Err(Failure::from(diagnostics))
}
