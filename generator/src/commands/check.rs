//! `eventgen check [SPEC...]`

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::specs;

#[derive(Debug, Default, clap::Args)]
pub(crate) struct Args {
    /// Spec files to check. Default: every `specs/*.yaml`.
    specs: Vec<PathBuf>,
}

pub(crate) fn run(args: &Args) -> Result<ExitCode, String> {
    let paths = if args.specs.is_empty() {
        specs::discover()?
    } else {
        args.specs.clone()
    };
    let mut failed = 0;
    // Catalog id → the spec that declared it: bindings are named after ids, so two
    // specs with one id would overwrite each other's output.
    let mut ids: HashMap<String, PathBuf> = HashMap::new();
    for path in &paths {
        match eventgen_catalog::load(path) {
            Ok(catalog) => {
                if let Some(first) = ids.insert(catalog.id.clone(), path.clone()) {
                    failed += 1;
                    eprintln!(
                        "error: `{}` and `{}` both declare the catalog `{}`\n = help: give each catalog its own id",
                        first.display(),
                        path.display(),
                        catalog.id
                    );
                    continue;
                }
                let codes = if catalog.is_coded() { ", coded" } else { "" };
                crate::stdout::outln!(
                    "ok: {} ({}): {} events{codes}, {} matching",
                    catalog.id,
                    path.display(),
                    catalog.events.len(),
                    match catalog.match_mode {
                        eventgen_catalog::MatchMode::Exact => "exact",
                        eventgen_catalog::MatchMode::AsciiCaseInsensitive =>
                            "ASCII case-insensitive",
                    }
                );
            }
            Err(error) => {
                failed += 1;
                eprint!("{}", error.render());
            }
        }
    }
    if failed == 0 {
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!("{failed} of {} specs failed", paths.len());
        Ok(ExitCode::FAILURE)
    }
}
