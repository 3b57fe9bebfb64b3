//! The `eventgen` binary as a user runs it: exit codes, output streams, and the JSON
//! contract of `eventgen catalog --json`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn eventgen(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_eventgen"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("eventgen runs")
}

/// The keys of pretty-printed JSON at one indentation, in order.
fn keys_at_indent(json: &str, indent: usize) -> Vec<&str> {
    let prefix = format!("{}\"", " ".repeat(indent));
    json.lines()
        .filter_map(|line| line.strip_prefix(prefix.as_str()))
        .filter_map(|rest| rest.split_once("\":").map(|(key, _)| key))
        .collect()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("output is UTF-8")
}

#[test]
fn check_without_arguments_checks_every_spec() {
    let output = eventgen(&["check"], &project_root());
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    // A line per spec of `specs/`, in file-name order.
    let checked: Vec<&str> = stdout
        .lines()
        .map(|line| line.split_once(" (").unwrap().1.split_once(')').unwrap().0)
        .collect();
    let mut specs: Vec<String> = std::fs::read_dir(project_root().join("specs"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "yaml")
        })
        .map(|path| format!("specs/{}", path.file_name().unwrap().to_str().unwrap()))
        .collect();
    specs.sort();
    assert_eq!(checked, specs);
    assert!(
        stdout.contains("ok: privx (specs/privx.yaml): 145 events, coded, exact matching\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "ok: halo-security (specs/halo-security.yaml): 67 events, exact matching, 9 records, 4 endpoints\n"
        ),
        "{stdout}"
    );
}

#[test]
fn no_command_means_generate() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("specs")).unwrap();
    std::fs::copy(
        project_root().join("specs/teleport.yaml"),
        dir.path().join("specs/teleport.yaml"),
    )
    .unwrap();
    let output = eventgen(&[], dir.path());
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stdout),
        "1 catalog, 75 events → generated: 21 files written, 0 unchanged, 0 removed\n"
    );
    assert!(dir.path().join("generated/rust/src/teleport.rs").is_file());
}

#[test]
fn check_finds_the_specs_from_a_subfolder() {
    let output = eventgen(&["check"], &project_root().join("catalog/src"));
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("(../../specs/privx.yaml)"));
}

#[test]
fn check_reports_every_error_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("broken.yaml");
    std::fs::write(
        &spec,
        "catalog: broken\ntitle: Broken\nsource: {document: x}\nevents:\n  - name: a\n    descripton: x\n  - name: a\n",
    )
    .unwrap();
    let output = eventgen(&["check", "broken.yaml", "../"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(text(&output.stdout), "");
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("error: unknown key `descripton`\n --> broken.yaml:6:5"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: duplicate event name `a`"),
        "{stderr}"
    );
    assert!(stderr.contains("is a directory"), "{stderr}");
    assert!(stderr.ends_with("\nerror: 2 specs failed\n"), "{stderr}");
}

#[test]
fn check_rejects_two_specs_with_one_id() {
    let root = project_root();
    let output = eventgen(&["check", "specs/privx.yaml", "./specs/privx.yaml"], &root);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(text(&output.stderr), @r"
    error: the catalog id `privx` is also the id of `specs/privx.yaml`
     --> ./specs/privx.yaml:2:10
      |
    2 | catalog: privx
      |          ^^^^^
      = note: every file and module of a catalog is named after its id
      = help: give each catalog its own id

    error: 1 of 2 specs failed
    ");
}

#[test]
fn catalog_json_has_the_documented_shape() {
    let output = eventgen(&["catalog", "specs/privx.yaml", "--json"], &project_root());
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    // Key order is part of the contract (people read it); `Value` would sort the keys.
    assert_eq!(
        keys_at_indent(&stdout, 2),
        [
            "catalog",
            "title",
            "type",
            "match",
            "other",
            "source",
            "events",
            "records",
            "endpoints"
        ]
    );
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["catalog"], "privx");
    assert_eq!(json["type"], "PrivxEvent");
    assert_eq!(json["match"], "exact");
    assert_eq!(json["source"]["version"], "v24");

    let events = json["events"].as_array().unwrap();
    assert_eq!(events.len(), 145);
    let first_event = stdout.split("\n    },").next().unwrap();
    assert_eq!(
        keys_at_indent(first_event, 6),
        [
            "name",
            "ident",
            "code",
            "label",
            "description",
            "category",
            "url",
            "aliases",
            "deprecated",
            "note"
        ]
    );
    assert_eq!(json["records"], serde_json::json!([]));
    assert_eq!(json["endpoints"], serde_json::json!([]));
    assert_eq!(events[0]["name"], "License-error");
    assert_eq!(events[0]["code"], 0);
    assert_eq!(events[144]["name"], "Settings-modified");
    assert_eq!(events[144]["code"], 1501);
}

#[test]
fn catalog_json_has_the_records_and_endpoints() {
    let output = eventgen(
        &["catalog", "specs/halo-security.yaml", "--json"],
        &project_root(),
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        json["events"][0]["url"],
        "https://docs.halosecurity.com/api/events-archive/account-apikey-add"
    );
    let record = &json["records"][0];
    assert_eq!(record["name"], "HaloSecurityEventRecord");
    assert_eq!(record["extra"], "keep");
    assert_eq!(
        record["fields"][2],
        serde_json::json!({
            "name": "key",
            "ident": {"rust": "key", "typescript_bare": true, "python_bare": true},
            "type": "HaloSecurityEvent",
            "optional": false,
            "nullable": false,
            "description": "Key name of the event"
        })
    );
    assert!(
        record["examples"][0]["json"]
            .as_str()
            .unwrap()
            .starts_with("{\n    \"event_id\": \"2022")
    );
    let endpoint = &json["endpoints"][0];
    let first_endpoint = stdout
        .split("\"endpoints\": [")
        .nth(1)
        .and_then(|endpoints| endpoints.split("\n    },").next())
        .unwrap();
    assert_eq!(
        keys_at_indent(first_endpoint, 6),
        [
            "name",
            "ident",
            "summary",
            "description",
            "method",
            "url",
            "link",
            "query",
            "parameters",
            "response",
            "error"
        ]
    );
    assert_eq!(endpoint["query"], "HaloSecurityEventListQuery");
    assert_eq!(
        endpoint["parameters"][1]["values"],
        serde_json::json!([
            {"value": 0, "description": "No (default)"},
            {"value": 1, "description": "Yes"}
        ])
    );
}

#[test]
fn catalog_table_lists_records_and_endpoints_briefly() {
    let output = eventgen(&["catalog", "specs/halo-security.yaml"], &project_root());
    assert!(output.status.success());
    let stdout = text(&output.stdout);
    let tail = stdout
        .split("\n\n")
        .skip(1)
        .collect::<Vec<_>>()
        .join("\n\n");
    insta::assert_snapshot!(tail, @r"
    9 records:
      HaloSecurityEventRecord { event_id: string, subject: string, key: HaloSecurityEvent, url: string, date_created?: string, target?: HaloSecurityTarget, .. }
      HaloSecurityTarget { target_name: string, target_id: integer, target: string, .. }
      HaloSecurityEventListResponse { list: list<HaloSecurityEventListItem>, .. }
      HaloSecurityEventListItem { event: HaloSecurityEventRecord, .. }
      HaloSecurityEventGetResponse { success: integer, event: HaloSecurityEventRecord, .. }
      HaloSecurityEventDeleteResponse { success: integer, .. }
      HaloSecurityEventTypesResponse { list: list<HaloSecurityEventTypesItem>, .. }
      HaloSecurityEventTypesItem { subject: string, key: HaloSecurityEvent, .. }
      HaloSecurityErrorResponse { code: integer, message: string, .. }

    4 endpoints:
      list: GET https://api.halosecurity.com/api/v1/event/list.json HaloSecurityEventListQuery { sort?: integer, sort_desc?: integer, key?: HaloSecurityEvent, subject?: string, detail?: string, target_id?: integer } → HaloSecurityEventListResponse
      get: GET https://api.halosecurity.com/api/v1/event/get.json HaloSecurityEventGetQuery { event_id: string } → HaloSecurityEventGetResponse, error HaloSecurityErrorResponse
      delete: GET https://api.halosecurity.com/api/v1/event/delete.json HaloSecurityEventDeleteQuery { event_id: string } → HaloSecurityEventDeleteResponse, error HaloSecurityErrorResponse
      types: GET https://api.halosecurity.com/api/v1/event/types.json → HaloSecurityEventTypesResponse
");
}

#[test]
fn catalog_without_json_prints_a_table() {
    let output = eventgen(&["catalog", "specs/teleport.yaml"], &project_root());
    assert!(output.status.success());
    let stdout = text(&output.stdout);
    assert!(stdout.starts_with("Teleport audit events (TeleportEvent): 75 events\n"));
    assert!(stdout.contains("x11-forward"));
}

#[test]
fn catalog_of_a_bad_spec_fails_with_the_errors() {
    let output = eventgen(&["catalog", "Cargo.toml", "--json"], &project_root());
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(text(&output.stdout), "");
    assert!(text(&output.stderr).contains("error: could not load `Cargo.toml`"));
}

#[test]
fn schema_prints_the_committed_schema() {
    let root = project_root();
    let output = eventgen(&["schema"], &root);
    assert!(output.status.success());
    let committed = std::fs::read_to_string(root.join("specs/catalog.schema.json")).unwrap();
    assert_eq!(text(&output.stdout), committed);
}

#[test]
fn usage_errors_exit_with_2() {
    let output = eventgen(&["frobnicate"], &project_root());
    assert_eq!(output.status.code(), Some(2));
}
