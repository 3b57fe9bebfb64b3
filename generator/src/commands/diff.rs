//! `eventgen diff OLD NEW`

use std::process::ExitCode;

use crate::diff::{self, render};
use crate::printable::counted;
use crate::{spec_source, stdout};

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

// The signature every command has, for `main` to dispatch on.
#[allow(clippy::unnecessary_wraps)]
pub(crate) fn run(args: &Args) -> Result<ExitCode, String> {
    let (old, new) = match (spec_source::load(&args.old), spec_source::load(&args.new)) {
        (Ok(old), Ok(new)) => (old, new),
        (old, new) => {
            for error in [old.err(), new.err()].into_iter().flatten() {
                eprint!("{}", error.render());
            }
            return Ok(ExitCode::from(TROUBLE));
        }
    };
    let changes = diff::compare(&old, &new);
    let compared = render::Compared {
        old: &args.old,
        new: &args.new,
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
    eprintln!(
        "error: {}\n = help: pass --allow-breaking if the vendor really made {}, and say so \
         in the release notes",
        counted(breaking, "breaking change"),
        if breaking == 1 { "it" } else { "them" }
    );
    Ok(ExitCode::FAILURE)
}
