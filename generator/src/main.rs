//! `eventgen`: generates typed bindings from vendor event catalogs, and checks, compares
//! and imports the catalogs.
//!
//! Run from the project (or any folder below it): without arguments it regenerates
//! `generated/` from every spec in `specs/`.

// Commands print through `stdout`, where a reader that stops early is no error.
#![deny(clippy::print_stdout)]

mod commands;
mod diff;
mod failure;
mod import;
mod printable;
mod spec_source;
mod spec_text;
mod specs;
mod stdout;
mod text_diff;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "eventgen",
    version,
    about = "Typed bindings for the event catalogs of security products"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Regenerate `generated/` from `specs/` (the default command); `--check` only reports
    /// what is out of date.
    Generate(commands::generate::Args),
    /// Validate specs, as the one set `generate` would generate, and print a summary line
    /// per catalog.
    Check(commands::check::Args),
    /// Print one validated catalog.
    Catalog(commands::catalog::Args),
    /// Start a project for your own catalogs: `eventgen.toml` (the packages' names and
    /// versions) beside `specs/`, with an example spec.
    Init(commands::init::Args),
    /// Print the JSON Schema of the spec format (committed as `specs/catalog.schema.json`).
    Schema,
    /// Compare two versions of a spec: what changed, and whether it breaks the bindings'
    /// users (exit 1 if so, 2 if a spec cannot be read).
    Diff(commands::diff::Args),
    /// Create or update a spec from a vendor's document or API response; shows the
    /// changes, and writes them with `--write`.
    Import(Box<commands::import::Args>),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli
        .command
        .unwrap_or(Command::Generate(commands::generate::Args::default()))
    {
        Command::Generate(args) => commands::generate::run(&args),
        Command::Check(args) => commands::check::run(&args),
        Command::Catalog(args) => commands::catalog::run(&args),
        Command::Diff(args) => commands::diff::run(&args),
        Command::Import(args) => commands::import::run(&args),
        Command::Init(args) => commands::init::run(&args),
        Command::Schema => {
            stdout::out!("{}", eventgen_catalog::json_schema());
            Ok(ExitCode::SUCCESS)
        }
    };
    let code = result.unwrap_or_else(|failure| {
        eprint!("{}", failure.render());
        failure.exit_code()
    });
    stdout::finish(code)
}
