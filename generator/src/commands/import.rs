//! `eventgen import SOURCE SPEC`

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use eventgen_catalog::{Diagnostic, MatchMode, Source, count};

use crate::failure::Failure;
use crate::import::mapping::{self, ColumnArg};
use crate::import::{self, Format, Imported, merge, report};
use crate::spec_text::create::{self, NewSpec};
use crate::spec_text::fields::EventKey;
use crate::spec_text::patch;
use crate::text_diff;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The vendor's document or API response: a file, or `-` for standard input.
    source: String,
    /// The spec to update; created if it does not exist (then `--catalog` and `--title`
    /// are needed).
    spec: PathBuf,
    /// The source's shape. Default: detected, where only one fits.
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Which table of a Markdown document holds the catalog, counting from 1. Default:
    /// the only one whose columns all map to spec keys.
    #[arg(long, value_name = "N")]
    table: Option<usize>,
    /// Maps a source field (a column's header or number, a JSON field) to a spec key:
    /// `name`, `code`, `label`, `description` or `category`; `-` leaves it out. Repeat
    /// for each field.
    #[arg(long = "column", value_name = "FIELD=KEY")]
    columns: Vec<ColumnArg>,
    /// The spec keys to write, e.g. `--keys code,description` (`name` always is).
    /// Default: every key the source gives.
    #[arg(long, value_name = "KEY,...", value_delimiter = ',', value_parser = mapping::parse_key)]
    keys: Option<Vec<EventKey>>,
    /// Remove events the source no longer lists, rather than mark them deprecated.
    #[arg(long)]
    prune: bool,
    /// Write the spec. Without it, the changes are only shown.
    #[arg(long)]
    write: bool,
    /// Write nothing, and exit with 1 if the spec would change (or be created), 0 if it
    /// is current with the source: for CI.
    #[arg(long, conflicts_with = "write")]
    check: bool,
    /// The vendor document's title. Default: the title the source states, if it does.
    #[arg(long)]
    document: Option<String>,
    /// The vendor document's version, e.g. `v24`. Default: the version the source
    /// states, if it does.
    #[arg(long = "source-version", value_name = "VERSION")]
    version: Option<String>,
    #[command(flatten)]
    new: NewSpecArgs,
}

/// What only a new spec takes.
#[derive(Debug, clap::Args)]
#[command(next_help_heading = "Creating a spec")]
struct NewSpecArgs {
    /// The catalog id, e.g. `privx`.
    #[arg(long = "catalog", value_name = "ID")]
    id: Option<String>,
    /// The catalog's title, e.g. "PrivX audit events".
    #[arg(long)]
    title: Option<String>,
    /// Where the vendor document is published.
    #[arg(long = "source-url", value_name = "URL")]
    url: Option<String>,
    /// The type's name in every language. Default: from the id (`privx` → `PrivxEvent`).
    #[arg(long = "type", value_name = "NAME")]
    type_name: Option<String>,
    /// How wire values are compared. Default: exact.
    #[arg(long = "match", value_name = "MODE", value_parser = match_mode_parser())]
    match_mode: Option<MatchMode>,
    /// The catch-all's name. Default: `Other`.
    #[arg(long, value_name = "NAME")]
    other: Option<String>,
}

impl NewSpecArgs {
    /// The options given, as they are spelled.
    fn given(&self) -> Vec<&'static str> {
        [
            ("--catalog", self.id.is_some()),
            ("--title", self.title.is_some()),
            ("--source-url", self.url.is_some()),
            ("--type", self.type_name.is_some()),
            ("--match", self.match_mode.is_some()),
            ("--other", self.other.is_some()),
        ]
        .into_iter()
        .filter_map(|(name, given)| given.then_some(name))
        .collect()
    }
}

/// `--match`: the names of the catalog's match modes, listed in `--help` and in the
/// error for any other.
fn match_mode_parser() -> impl clap::builder::TypedValueParser<Value = MatchMode> {
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new(MatchMode::NAMES).try_map(|name| name.parse())
}

/// The largest source read: far above any vendor document.
const MAX_SOURCE_BYTES: u64 = 32 * 1024 * 1024;

pub(crate) fn run(args: &Args) -> Result<ExitCode, Failure> {
    let source_text = read_source(&args.source)?;
    let spec_path = args.spec.display().to_string();
    if args.spec.exists() {
        update(args, &source_text, &spec_path)
    } else {
        create(args, &source_text, &spec_path)
    }
}

fn read_source(name: &str) -> Result<String, Diagnostic> {
    let mut bytes = Vec::new();
    let read = if name == "-" {
        std::io::stdin()
            .take(MAX_SOURCE_BYTES + 1)
            .read_to_end(&mut bytes)
    } else {
        std::fs::File::open(name)
            .and_then(|file| file.take(MAX_SOURCE_BYTES + 1).read_to_end(&mut bytes))
    };
    let shown = shown_source(name);
    read.map_err(|error| {
        Diagnostic::error(format!("cannot read `{shown}`: {error}")).in_source(shown, None)
    })?;
    if bytes.len() as u64 > MAX_SOURCE_BYTES {
        return Err(Diagnostic::error(format!(
            "the source is larger than {MAX_SOURCE_BYTES} bytes: not a vendor catalog"
        ))
        .in_source(shown, None));
    }
    eventgen_catalog::decode(&bytes)
        .map(str::to_owned)
        .map_err(|error| error.in_source(shown, None))
}

/// How the source is named in messages.
fn source_name(args: &Args) -> &str {
    shown_source(&args.source)
}

fn shown_source(name: &str) -> &str {
    if name == "-" { "<stdin>" } else { name }
}

fn read_imported(
    args: &Args,
    text: &str,
    match_mode: MatchMode,
    known: &dyn Fn(&str) -> bool,
) -> Result<Imported, Diagnostic> {
    let options = import::Options {
        format: args.format,
        table: args.table,
        columns: &args.columns,
        keys: args.keys.as_deref(),
        match_mode,
        known,
    };
    let mut imported = import::read(text, &options)
        .map_err(|error| error.in_source(source_name(args), Some(text)))?;
    for warning in std::mem::take(&mut imported.warnings) {
        eprint!(
            "{}",
            warning.in_source(source_name(args), Some(text)).render()
        );
    }
    if let Some(document) = &args.document {
        imported.document = Some(document.clone());
    }
    if let Some(version) = &args.version {
        imported.version = Some(version.clone());
    }
    Ok(imported)
}

fn update(args: &Args, source_text: &str, spec_path: &str) -> Result<ExitCode, Failure> {
    let given = args.new.given();
    if !given.is_empty() {
        return Err(Failure::from(
            Diagnostic::error(format!(
                "{} only appl{} when creating a spec, and `{spec_path}` exists",
                given.join(", "),
                if given.len() == 1 { "ies" } else { "y" }
            ))
            .with_help("edit the spec by hand for that, or name a new file"),
        ));
    }
    let bytes = std::fs::read(&args.spec).map_err(|error| {
        Diagnostic::error(format!("cannot read `{spec_path}`: {error}")).in_source(spec_path, None)
    })?;
    let (bom, body) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(body) => ("\u{FEFF}", body),
        None => ("", bytes.as_slice()),
    };
    let catalog = eventgen_catalog::load_bytes(spec_path, body).map_err(|error| {
        let summary = error.summary().with_help(format!(
            "fix the spec before importing into it (`eventgen check {spec_path}`)"
        ));
        let mut diagnostics = error.diagnostics;
        diagnostics.push(summary);
        Failure::from(diagnostics)
    })?;
    let text = std::str::from_utf8(body).expect("the spec loaded, so it is UTF-8");
    let names: std::collections::HashSet<_> = catalog
        .events
        .iter()
        .map(|event| catalog.match_mode.key(&event.name))
        .collect();
    let known = |name: &str| names.contains(&catalog.match_mode.key(name));
    let imported = read_imported(args, source_text, catalog.match_mode, &known)?;
    let plan = merge::merge(&catalog, &imported, args.prune)
        .map_err(|error| error.in_source(source_name(args), Some(source_text)))?;
    let updated = patch::apply(spec_path, text, &catalog, &plan.edits)
        .map_err(|error| Failure::from(error.into_diagnostics(spec_path, text)))?;
    if updated == text {
        eprintln!(
            "{spec_path} is up to date with {}: {}, no changes",
            source_name(args),
            count(imported.entries.len(), "event")
        );
        return Ok(ExitCode::SUCCESS);
    }
    print_diff(
        spec_path,
        &format!("{spec_path} (imported)"),
        text,
        &updated,
    );
    eprint!("{}", report::render(spec_path, &plan.findings));
    finish(
        args,
        spec_path,
        &format!("{bom}{updated}"),
        &format!(
            "`{spec_path}` is not current with {}: the import would change it",
            source_name(args)
        ),
    )
}

fn create(args: &Args, source_text: &str, spec_path: &str) -> Result<ExitCode, Failure> {
    let new = &args.new;
    let (Some(id), Some(title)) = (&new.id, &new.title) else {
        return Err(Failure::from(
            Diagnostic::error(format!("`{spec_path}` does not exist")).with_help(
                "to create it, give the catalog's id and title: `--catalog ID --title TITLE`",
            ),
        ));
    };
    let schema = schema_for(&args.spec);
    let match_mode = new.match_mode.unwrap_or(MatchMode::Exact);
    let imported = read_imported(args, source_text, match_mode, &|_| false)?;
    let Some(document) = imported.document.clone() else {
        return Err(Failure::from(
            Diagnostic::error("the source does not state its title")
                .in_source(source_name(args), None)
                .with_help("name the vendor document with `--document TITLE`"),
        ));
    };
    let spec = NewSpec {
        id: id.clone(),
        title: title.clone(),
        type_name: new
            .type_name
            .clone()
            .unwrap_or_else(|| eventgen_catalog::naming::default_type_name(id)),
        source: Source {
            document,
            url: new.url.clone(),
            version: imported.version.clone(),
        },
        match_mode,
        other: new
            .other
            .clone()
            .unwrap_or_else(|| eventgen_catalog::DEFAULT_OTHER.to_owned()),
        events: imported
            .entries
            .iter()
            .map(|entry| merge::new_event(entry, &imported.keys))
            .collect(),
        schema_comment: Some(schema.clone().unwrap_or_else(|| SCHEMA.to_owned())),
    };
    let text = create::render(&spec);
    let loaded = eventgen_catalog::load_str(spec_path, &text).map_err(|error| {
        let headline = Diagnostic::error("the new spec would not load").with_help(
            "correct the options or the source; the lines below are from the spec as it would be written",
        );
        Failure::from(
            std::iter::once(headline)
                .chain(error.into_diagnostics())
                .collect::<Vec<_>>(),
        )
    })?;
    create::reads_back(&spec, &loaded).map_err(|problem| {
        Diagnostic::error(format!(
            "the new spec is not written as intended: {problem}"
        ))
        .with_note("this is a bug of eventgen")
    })?;
    print_diff("/dev/null", spec_path, "", &text);
    eprintln!(
        "{spec_path}: new spec, {} from {}",
        count(spec.events.len(), "event"),
        source_name(args)
    );
    let code = finish(
        args,
        spec_path,
        &text,
        &format!("`{spec_path}` does not exist: the import would create it"),
    )?;
    if args.write && schema.is_none() {
        let folder = args
            .spec
            .parent()
            .filter(|parent| !parent.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        eprintln!(
            "note: its first line names `{SCHEMA}`, which is not there: `eventgen schema > {}` writes it",
            folder.join(SCHEMA).display()
        );
    }
    Ok(code)
}

/// The JSON Schema of specs, which a new spec's first comment names.
const SCHEMA: &str = "catalog.schema.json";

/// The JSON Schema of specs for a new spec's first comment, as a path from the spec's
/// folder: the nearest `catalog.schema.json` in that folder or above it, or in a
/// `specs/` folder above it (the project's). `None` when there is none: the comment then
/// names `catalog.schema.json`, where `eventgen schema` can write it.
fn schema_for(spec: &Path) -> Option<String> {
    let folder = spec
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let folder = folder.canonicalize().ok()?;
    folder.ancestors().enumerate().find_map(|(depth, dir)| {
        let up = "../".repeat(depth);
        [SCHEMA, "specs/catalog.schema.json"]
            .into_iter()
            .find(|schema| dir.join(schema).is_file())
            .map(|schema| format!("{up}{schema}"))
    })
}

fn print_diff(old_name: &str, new_name: &str, old: &str, new: &str) {
    let diff = text_diff::unified(old_name, new_name, old, new);
    crate::stdout::styled(format_args!("{diff}"));
}

/// Writes the spec's new `text` (with `--write`); with `--check`, fails with `stale`,
/// which says how the spec would change.
fn finish(args: &Args, spec_path: &str, text: &str, stale: &str) -> Result<ExitCode, Failure> {
    if args.check {
        return Err(Failure::from(Diagnostic::error(stale).with_help(
            "run the import with --write instead of --check to write it",
        )));
    }
    if !args.write {
        eprintln!("note: nothing written; pass --write to write `{spec_path}`");
        return Ok(ExitCode::SUCCESS);
    }
    std::fs::write(&args.spec, text).map_err(|error| {
        Diagnostic::error(format!("cannot write `{spec_path}`: {error}")).in_source(spec_path, None)
    })?;
    eprintln!("wrote {spec_path}");
    Ok(ExitCode::SUCCESS)
}
