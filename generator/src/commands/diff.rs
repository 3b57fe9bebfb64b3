//! `eventgen diff OLD NEW`

use std::process::ExitCode;

use eventgen_catalog::{Diagnostic, count};

use crate::diff::bump::Release;
use crate::diff::{self, render};
use crate::failure::Failure;
use crate::spec_source::{self, SpecError};
use crate::stdout;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The old spec: a file, or `REV:path` for the file as committed in a branch, tag or
    /// commit (`main:specs/teleport.yaml`).
    old: String,
    /// The new spec: a file, or `REV:path`.
    new: String,
    /// How to print the changes.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Exit with 0 even when a change breaks the users of the bindings.
    #[arg(long)]
    allow_breaking: bool,
    /// The packages' current version, for the report to give the next one. Default: the
    /// version in the project's `eventgen.toml` (the Rust crate's), when there is a project.
    #[arg(long = "version", value_name = "X.Y.Z")]
    current_version: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// Text for a terminal, coloured when it is one (and `NO_COLOR` is not set).
    Human,
    /// A Markdown table, for a pull-request comment.
    Markdown,
    /// JSON, for scripts.
    Json,
}

/// Exit code when a spec cannot be loaded: unlike 1, it says nothing about breakage.
const TROUBLE: u8 = 2;

pub(crate) fn run(args: &Args) -> Result<ExitCode, Failure> {
    let (old, new) = match (spec_source::load(&args.old), spec_source::load(&args.new)) {
        (Ok(old), Ok(new)) => (old, new),
        (old, new) => {
            let diagnostics: Vec<Diagnostic> = [old.err(), new.err()]
                .into_iter()
                .flatten()
                .flat_map(SpecError::into_diagnostics)
                .collect();
            return Err(Failure::from(diagnostics).with_code(TROUBLE));
        }
    };
    let changes = diff::compare(&old, &new);
    let current_version = match &args.current_version {
        Some(version) => Some(version.clone()),
        None => project_version().map_err(|failure| failure.with_code(TROUBLE))?,
    };
    let release = Release::new(&changes, current_version.as_deref());
    let compared = render::Compared {
        old: &args.old,
        new: &args.new,
        release: &release,
    };
    match args.format {
        Format::Human => stdout::styled(format_args!("{}", render::human(compared, &changes))),
        Format::Markdown => stdout::out!("{}", render::markdown(compared, &changes)),
        Format::Json => stdout::out!("{}", render::json(compared, &changes)),
    }
    let breaking = diff::breaking_count(&changes);
    if breaking == 0 || args.allow_breaking {
        return Ok(ExitCode::SUCCESS);
    }
    Err(Failure::from(
        Diagnostic::error(count(breaking, "breaking change")).with_help(format!(
            "pass --allow-breaking if the vendor really made {}, and say so in the release notes",
            if breaking == 1 { "it" } else { "them" }
        )),
    ))
}

/// The version of the packages of the project around the current folder (the nearest
/// `specs/`, with `eventgen.toml` beside it), or `None` outside a project.
fn project_version() -> Result<Option<String>, Failure> {
    let Ok(specs_dir) = crate::specs::discover_dir() else {
        return Ok(None);
    };
    let root = specs_dir.parent().unwrap_or(std::path::Path::new(""));
    let packages = eventgen_generator::config::load(root).map_err(Failure::from)?;
    Ok(Some(packages.rust.version))
}
