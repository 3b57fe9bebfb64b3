//! Each real spec, written out in the shape its vendor publishes (a Markdown table,
//! PrivX's scraped page, an API response) and imported back into the spec, changes
//! nothing; and a spec created from that rendering holds the same events.
//!
//! The renderings follow the vendors' documents: Teleport's bold keys, CloudPassage's
//! bold category rows, tabs and footnote asterisks, Halo Security's link-wrapped keys
//! after a first table of fields, PrivX's `Name123Description` rows under a banner.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use eventgen_catalog::Catalog;

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn spec(name: &str) -> Catalog {
    eventgen_catalog::load(project_root().join("specs").join(name))
        .unwrap_or_else(|error| panic!("{error}"))
}

fn cell(text: &str) -> String {
    assert!(
        !text.contains('\\'),
        "backslashes would need Markdown escapes: {text}"
    );
    text.replace('|', "\\|")
}

fn teleport_markdown(catalog: &Catalog) -> String {
    let mut out = String::from("|Event Type|Description|\n|---|---|\n");
    for event in &catalog.events {
        let description = event.description.as_deref().unwrap_or_default();
        let _ = writeln!(out, "|**{}**|{} |", cell(&event.name), cell(description));
    }
    out
}

/// Whether the spec notes that the vendor marks the event with a footnote asterisk.
fn footnoted(event: &eventgen_catalog::Event) -> bool {
    event
        .note
        .as_deref()
        .is_some_and(|note| note.contains("footnote asterisk"))
}

fn cloudpassage_markdown(catalog: &Catalog) -> String {
    let mut out = format!(
        "# {}\n* The left column lists the portal's values, the right one the API's.\n\n|Portal Value|API Value|\n|-----------|----------|\n",
        catalog.source.document
    );
    let mut category = None;
    for (index, event) in catalog.events.iter().enumerate() {
        if event.category != category {
            category.clone_from(&event.category);
            let _ = writeln!(out, "|**{}**|", cell(category.as_deref().unwrap()));
        }
        let marker = if footnoted(event) { "*" } else { "" };
        // Half the rows with a tab before the value, as in the vendor's document.
        let tab = if index % 2 == 0 { "\t" } else { "" };
        let _ = writeln!(
            out,
            "|{}{marker}|{tab}{}{marker}|",
            cell(event.label.as_deref().unwrap()),
            cell(&event.name)
        );
    }
    out
}

fn halo_security_markdown(catalog: &Catalog) -> String {
    let mut out = format!(
        "# {}\n\nEvents are used in webhooks and the API.\n\n## Standard response format\n\n| FIeld | Type | Description |\n| --- | --- | --- |\n| event\\_id | string | ID of the event |\n\n## Events List\n\n| Key | Subject |\n| --- | --- |\n",
        catalog.source.document
    );
    for event in &catalog.events {
        // Each key links to its own page, which the spec keeps as the event's `url`.
        let _ = writeln!(
            out,
            "| [{}]({}) | {} |",
            cell(&event.name),
            event.url.as_deref().unwrap(),
            cell(event.label.as_deref().unwrap())
        );
    }
    out
}

fn privx_text(catalog: &Catalog) -> String {
    let mut out = format!(
        "HomeDocumentationAPI Reference\nLog In\nThese docs are for {}. Click to read the latest docs.\n\n{}\n\nNAMECODEDESCRIPTION\n",
        catalog.source.version.as_deref().unwrap(),
        catalog.source.document
    );
    for event in &catalog.events {
        let _ = writeln!(
            out,
            "{}{}{}",
            event.name,
            event.code.unwrap(),
            event.description.as_deref().unwrap_or_default()
        );
    }
    out
}

fn halo_types_json(catalog: &Catalog) -> String {
    let list: Vec<serde_json::Value> = catalog
        .events
        .iter()
        .map(|event| serde_json::json!({"subject": event.label, "key": event.name}))
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({ "list": list })).unwrap()
}

fn privx_codes_json(catalog: &Catalog) -> String {
    let list: Vec<serde_json::Value> = catalog
        .events
        .iter()
        .map(|event| {
            serde_json::json!({"event_id": event.code, "event_name": event.name, "event_desc": event.description})
        })
        .collect();
    serde_json::to_string_pretty(&list).unwrap()
}

/// (spec, rendering's file name, rendering, options that create the spec from it)
type Rendering = (
    &'static str,
    &'static str,
    fn(&Catalog) -> String,
    &'static [&'static str],
);

const RENDERINGS: &[Rendering] = &[
    (
        "teleport.yaml",
        "teleport.md",
        teleport_markdown,
        &[
            "--catalog",
            "teleport",
            "--title",
            "Teleport audit events",
            "--document",
            "Audit event types",
        ],
    ),
    (
        "cloudpassage-halo.yaml",
        "cloudpassage.md",
        cloudpassage_markdown,
        &[
            "--catalog",
            "cloudpassage-halo",
            "--title",
            "CloudPassage Halo event types",
            "--type",
            "CloudPassageHaloEvent",
            "--match",
            "ascii-case-insensitive",
        ],
    ),
    (
        "halo-security.yaml",
        "halo-security.md",
        halo_security_markdown,
        &[
            "--catalog",
            "halo-security",
            "--title",
            "Halo Security events",
        ],
    ),
    (
        "halo-security.yaml",
        "halo-types.json",
        halo_types_json,
        &[
            "--catalog",
            "halo-security",
            "--title",
            "Halo Security events",
            "--document",
            "Events (Archive)",
        ],
    ),
    (
        "privx.yaml",
        "privx.txt",
        privx_text,
        &["--catalog", "privx", "--title", "PrivX audit events"],
    ),
    (
        "privx.yaml",
        "privx-codes.json",
        privx_codes_json,
        &[
            "--catalog",
            "privx",
            "--title",
            "PrivX audit events",
            "--document",
            "Audit Events Reference",
            "--source-version",
            "v24",
        ],
    ),
];

fn eventgen(args: &[&str], cwd: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_eventgen"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("eventgen runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn every_real_spec_round_trips_through_its_vendors_shape() {
    let root = project_root();
    let dir = tempfile::tempdir().unwrap();
    let mut covered = std::collections::BTreeSet::new();
    for &(spec_file, source_file, render, _) in RENDERINGS {
        let catalog = spec(spec_file);
        let source = dir.path().join(source_file);
        std::fs::write(&source, render(&catalog)).unwrap();
        let spec_path = format!("specs/{spec_file}");
        let before = std::fs::read_to_string(root.join(&spec_path)).unwrap();
        let output = eventgen(&["import", source.to_str().unwrap(), &spec_path], &root);
        let stderr = text(&output.stderr);
        assert!(output.status.success(), "{source_file}: {stderr}");
        assert_eq!(text(&output.stdout), "", "{source_file}: no diff");
        assert!(
            stderr.starts_with(&format!("{spec_path} is up to date with ")),
            "{source_file}: {stderr}"
        );
        assert!(
            stderr.ends_with(&format!(": {} events, no changes\n", catalog.events.len())),
            "{source_file}: {stderr}"
        );
        assert_eq!(
            std::fs::read_to_string(root.join(&spec_path)).unwrap(),
            before
        );
        covered.insert(spec_file);
    }
    assert_eq!(covered.len(), 4, "every real spec has a rendering");
}

/// What a vendor source can give about an event: everything but the spec author's own
/// keys (`ident`, `aliases`, `deprecated`, `note`).
#[derive(Debug, PartialEq, Eq)]
struct Transcribed {
    name: String,
    code: Option<u32>,
    label: Option<String>,
    description: Option<String>,
    category: Option<String>,
}

fn transcribed(catalog: &Catalog) -> Vec<Transcribed> {
    catalog
        .events
        .iter()
        .map(|event| Transcribed {
            name: event.name.clone(),
            code: event.code,
            label: event.label.clone(),
            description: event.description.clone(),
            category: event.category.clone(),
        })
        .collect()
}

#[test]
fn a_spec_created_from_its_vendors_shape_has_the_same_events() {
    let dir = tempfile::tempdir().unwrap();
    for (index, &(spec_file, source_file, render, options)) in RENDERINGS.iter().enumerate() {
        let catalog = spec(spec_file);
        std::fs::write(dir.path().join(source_file), render(&catalog)).unwrap();
        let created = format!("created-{index}.yaml");
        let mut args = vec!["import", source_file, &created, "--write"];
        args.extend(options);
        let output = eventgen(&args, dir.path());
        assert!(
            output.status.success(),
            "{source_file}: {}",
            text(&output.stderr)
        );
        let new = eventgen_catalog::load(dir.path().join(&created))
            .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(transcribed(&new), transcribed(&catalog), "{source_file}");
        assert_eq!(
            (
                &new.id,
                &new.title,
                &new.type_name,
                new.match_mode,
                &new.source
            ),
            (
                &catalog.id,
                &catalog.title,
                &catalog.type_name,
                catalog.match_mode,
                &catalog.source
            ),
            "{source_file}"
        );
        // The footnote the CloudPassage spec notes is noted the same way.
        for (new_event, event) in new.events.iter().zip(&catalog.events) {
            if footnoted(event) {
                assert_eq!(new_event.note, event.note, "{source_file}");
            }
        }
    }
}
