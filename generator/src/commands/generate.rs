//! `eventgen generate [--check]`: regenerate `generated/` from `specs/`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use eventgen_catalog::{Diagnostic, count};
use eventgen_generator::config;
use eventgen_generator::generate::{self, Spec, output};

use crate::failure::Failure;

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

pub(crate) fn run(args: &Args) -> Result<ExitCode, Failure> {
    let specs_dir = match &args.specs {
        Some(dir) => dir.clone(),
        None => crate::specs::discover_dir()?,
    };
    let root = specs_dir.parent().unwrap_or(Path::new(""));
    let out_dir = args.out.clone().unwrap_or_else(|| root.join("generated"));
    let packages = config::load(root).map_err(Failure::from)?;
    let specs = load_all(&specs_dir)?;
    let files = generate::render(&specs, &packages).map_err(|error| {
        Diagnostic::error(format!("rendering failed: {error}"))
            .with_note("this is a bug of eventgen: the specs were checked, so every name in them can be generated")
    })?;
    let shown_out = out_dir.display().to_string();
    let io_failure =
        |error: std::io::Error| Diagnostic::error(format!("cannot update `{shown_out}`: {error}"));
    let changes = output::plan(&out_dir, &files).map_err(io_failure)?;
    let events: usize = specs.iter().map(|spec| spec.catalog.events.len()).sum();
    if args.check {
        return Ok(report_check(&changes, &shown_out));
    }
    let summary = output::apply(&out_dir, &files, &changes).map_err(io_failure)?;
    crate::stdout::outln!(
        "{}, {} → {shown_out}: {} written, {} unchanged, {} removed",
        count(specs.len(), "catalog"),
        count(events, "event"),
        count(summary.written, "file"),
        summary.unchanged,
        summary.removed
    );
    Ok(ExitCode::SUCCESS)
}

/// Loads every spec of the folder as one set; all errors are reported, and nothing is
/// generated unless every spec is valid.
fn load_all(specs_dir: &Path) -> Result<Vec<Spec>, Failure> {
    let paths = crate::specs::in_dir(specs_dir)?;
    let mut specs = Vec::with_capacity(paths.len());
    let mut diagnostics = Vec::new();
    let mut failed = 0;
    for (path, spec) in paths.iter().zip(crate::specs::load_set(&paths)) {
        match spec {
            Ok(spec) => specs.push(Spec {
                // Headers show the spec as `specs/x.yaml` (the folder's name and the
                // file's), whatever the current folder, so that output does not depend
                // on where it ran.
                shown_path: format!(
                    "{}/{}",
                    specs_dir.file_name().unwrap_or_default().to_string_lossy(),
                    path.file_name().unwrap_or_default().to_string_lossy()
                ),
                catalog: spec.catalog,
            }),
            Err(errors) => {
                failed += 1;
                diagnostics.extend(errors);
            }
        }
    }
    if failed > 0 {
        diagnostics.push(Diagnostic::error(format!(
            "{}; nothing was generated",
            crate::specs::failed(failed, paths.len())
        )));
        return Err(Failure::from(diagnostics));
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
        crate::stdout::outln!("{out_dir} is up to date ({})", count(changes.len(), "file"));
        return ExitCode::SUCCESS;
    }
    crate::stdout::outln!(
        "\n{} out of date: run the command without `--check` to regenerate {}",
        if out_of_date == 1 {
            "1 file is".to_owned()
        } else {
            format!("{out_of_date} files are")
        },
        if out_of_date == 1 { "it" } else { "them" }
    );
    ExitCode::FAILURE
}
