//! `eventgen generate [--check]`: regenerate `generated/` from `specs/`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use eventgen_generator::generate::{self, Spec, output};

#[derive(Debug, Default, clap::Args)]
pub(crate) struct Args {
    /// Write nothing; exit 1 and list the files that are stale, missing or extra.
    #[arg(long)]
    check: bool,
    /// The folder of specs. Default: the nearest `specs/`, from the current folder up.
    #[arg(long, value_name = "DIR")]
    specs: Option<PathBuf>,
    /// The output folder. Default: `generated/` beside the specs folder.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

pub(crate) fn run(args: &Args) -> Result<ExitCode, String> {
    let specs_dir = match &args.specs {
        Some(dir) => dir.clone(),
        None => crate::specs::discover_dir()?,
    };
    let root = specs_dir.parent().unwrap_or(Path::new(""));
    let out_dir = args.out.clone().unwrap_or_else(|| root.join("generated"));
    let specs = load_all(&specs_dir)?;
    let files = generate::render(&specs).map_err(|error| format!("rendering failed: {error}"))?;
    let changes = output::plan(&out_dir, &files).map_err(|error| error.to_string())?;
    let events: usize = specs.iter().map(|spec| spec.catalog.events.len()).sum();
    let shown_out = out_dir.display();
    if args.check {
        return Ok(report_check(&changes, &shown_out.to_string()));
    }
    let summary = output::apply(&out_dir, &files, &changes).map_err(|error| error.to_string())?;
    crate::stdout::outln!(
        "{} catalogs, {events} events → {shown_out}: {} files written, {} unchanged, {} removed",
        specs.len(),
        summary.written,
        summary.unchanged,
        summary.removed
    );
    Ok(ExitCode::SUCCESS)
}

/// Loads every spec of the folder; all errors are reported, and nothing is generated
/// unless every spec is valid.
fn load_all(specs_dir: &Path) -> Result<Vec<Spec>, String> {
    let paths = crate::specs::in_dir(specs_dir)?;
    let mut specs = Vec::with_capacity(paths.len());
    let mut failures = 0;
    let mut ids: HashMap<String, String> = HashMap::new();
    for path in &paths {
        // Headers show the spec as `specs/x.yaml` (the folder's name and the file's),
        // whatever the current folder, so that output does not depend on where it ran.
        let shown_path = format!(
            "{}/{}",
            specs_dir.file_name().unwrap_or_default().to_string_lossy(),
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        match eventgen_catalog::load(path) {
            Ok(catalog) => {
                if let Some(first) = ids.insert(catalog.id.clone(), shown_path.clone()) {
                    failures += 1;
                    eprintln!(
                        "error: `{first}` and `{shown_path}` both declare the catalog `{}`\n = help: give each catalog its own id",
                        catalog.id
                    );
                }
                specs.push(Spec {
                    shown_path,
                    catalog,
                });
            }
            Err(error) => {
                failures += 1;
                eprint!("{}", error.render());
            }
        }
    }
    if failures > 0 {
        return Err(format!(
            "{failures} of {} specs are invalid; nothing was generated",
            paths.len()
        ));
    }
    Ok(specs)
}

fn report_check(changes: &[output::Change], out_dir: &str) -> ExitCode {
    let mut out_of_date = 0;
    for change in changes {
        let (what, path) = match change {
            output::Change::Unchanged(_) => continue,
            output::Change::Missing(path) => ("missing", path),
            output::Change::Stale(path) => ("stale", path),
            output::Change::Extra(path) => ("extra", path),
        };
        out_of_date += 1;
        crate::stdout::outln!("{what}: {out_dir}/{}", path.display());
    }
    if out_of_date == 0 {
        crate::stdout::outln!("{out_dir} is up to date ({} files)", changes.len());
        return ExitCode::SUCCESS;
    }
    crate::stdout::outln!(
        "\n{out_of_date} files are out of date: run `cargo run` to regenerate them"
    );
    ExitCode::FAILURE
}
