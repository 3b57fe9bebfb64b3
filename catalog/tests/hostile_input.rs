//! Input built to hurt a YAML loader gets a clean, located error: never a panic, a hang or
//! a runaway allocation. (How fast is not asserted here; the budgets in `yaml.rs` bound
//! the work, and the benchmarks measure it.)

use std::fmt::Write as _;

use eventgen_catalog::{LoadError, load, load_bytes, load_str};

fn messages(error: &LoadError) -> Vec<&str> {
    error
        .diagnostics
        .iter()
        .map(|d| d.message.as_str())
        .collect()
}

const HEADER: &str = "catalog: x\ntitle: x\nsource: {document: x}\n";

#[test]
fn billion_laughs_alias_bomb_is_stopped_by_the_budget() {
    // Ten levels of ten aliases each would expand to 10^10 strings.
    let mut spec = String::from(HEADER);
    spec.push_str("bomb:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for level in 1..10 {
        let previous = format!("*l{}", level - 1);
        let row = [previous.as_str(); 10].join(", ");
        let _ = writeln!(spec, "  l{level}: &l{level} [{row}]");
    }
    spec.push_str("events:\n  - name: x\n");
    let error = load_str("bomb.yaml", &spec).expect_err("the bomb must not load");
    assert_eq!(
        messages(&error),
        ["the anchors and aliases of this file expand to far more than a spec holds"]
    );
}

#[test]
fn a_file_of_50_megabytes_is_refused_before_it_is_parsed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.yaml");
    let line = "  - name: event.padding.padding.padding.padding.padding.padding\n";
    let mut text = String::from(HEADER);
    text.push_str("events:\n");
    while text.len() < 50 * 1024 * 1024 {
        text.push_str(line);
    }
    std::fs::write(&path, &text).unwrap();

    let error = load(&path).expect_err("a 50 MB file is not a spec");
    assert_eq!(error.diagnostics.len(), 1);
    let diagnostic = &error.diagnostics[0];
    assert_eq!(diagnostic.position, None);
    assert!(
        diagnostic
            .message
            .starts_with("the file is too large to be a spec ("),
        "{}",
        diagnostic.message
    );

    // The same text handed over in memory is refused too.
    let error = load_str("huge.yaml", &text).expect_err("a 50 MB text is not a spec");
    assert!(messages(&error)[0].starts_with("the file is too large"));
}

#[test]
fn deep_flow_nesting_is_refused() {
    let spec = format!(
        "{HEADER}events: {}{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let error = load_str("deep.yaml", &spec).expect_err("must not load");
    let message = messages(&error)[0];
    assert!(message.starts_with("invalid YAML: "), "{message}");
}

#[test]
fn deep_block_nesting_is_refused() {
    let mut spec = String::from(HEADER);
    for depth in 0..5_000 {
        let _ = writeln!(spec, "{}k:", " ".repeat(depth));
    }
    let error = load_str("deep.yaml", &spec).expect_err("must not load");
    assert_eq!(
        messages(&error),
        ["the YAML is nested deeper than 32 levels"]
    );
}

#[test]
fn invalid_utf8_is_located() {
    let mut bytes = format!("{HEADER}events:\n  - name: caf").into_bytes();
    bytes.push(0xE9); // `é` in Latin-1: not UTF-8
    bytes.extend_from_slice(b"\n");
    let error = load_bytes("latin1.yaml", &bytes).expect_err("must not load");
    let diagnostic = &error.diagnostics[0];
    assert_eq!(
        diagnostic.message,
        "the file is not valid UTF-8: byte 0xE9 at offset 63"
    );
    let position = diagnostic.position.expect("located");
    assert_eq!((position.line, position.column), (5, 14));
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(format!("{HEADER}events:\n  - name: x\n").as_bytes());
    assert!(load_bytes("bom.yaml", &bytes).is_ok());
}

#[test]
fn an_empty_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.yaml");
    std::fs::write(&path, "").unwrap();
    let error = load(&path).expect_err("must not load");
    assert_eq!(messages(&error), ["the spec is empty"]);
}

#[test]
fn a_directory_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let error = load(dir.path()).expect_err("must not load");
    assert_eq!(error.diagnostics.len(), 1);
    assert!(messages(&error)[0].ends_with("is a directory, not a spec file"));
}

#[test]
fn a_missing_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let error = load(dir.path().join("absent.yaml")).expect_err("must not load");
    assert!(messages(&error)[0].starts_with("cannot read `"));
}

#[test]
fn several_documents_are_an_error() {
    let spec = format!("{HEADER}events:\n  - name: x\n---\n{HEADER}events:\n  - name: y\n");
    let error = load_str("two.yaml", &spec).expect_err("must not load");
    assert_eq!(
        messages(&error),
        ["a spec is one YAML document, and this file has more"]
    );
}

#[test]
fn a_root_that_is_not_a_mapping_is_an_error() {
    for (text, found) in [
        ("- a\n- b\n", "a list"),
        ("just text\n", "a string"),
        ("42\n", "an integer"),
    ] {
        let error = load_str("root.yaml", text).expect_err("must not load");
        assert_eq!(
            messages(&error),
            [format!("the spec must be a mapping, not {found}")]
        );
    }
}

#[test]
fn tags_never_change_what_is_written() {
    // `!!binary` would decode to `hello`: the wire value is the text as written.
    let spec = format!("{HEADER}events:\n  - name: !!binary aGVsbG8=\n");
    let catalog = load_str("binary.yaml", &spec).expect("a standard tag is allowed");
    assert_eq!(catalog.events[0].name, "aGVsbG8=");

    let spec = format!("{HEADER}events:\n  - name: !custom x\n");
    let error = load_str("custom.yaml", &spec).expect_err("an application tag means nothing here");
    assert!(
        messages(&error)[0].starts_with("invalid YAML: "),
        "{:?}",
        messages(&error)
    );
}
