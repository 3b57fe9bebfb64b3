//! The generator's Rust output for the hostile fixture, as rustdoc and editors show it:
//! its doc comments show every value exactly, characters no one could see (or that break
//! lines) as `\u{XXXX}`, while its literals evaluate to the values themselves.

use eventgen::EventType;
use eventgen_real_catalogs::fixtures::hostile::HostileEvent;

/// The generated module's source, and its modules' (records, queries, endpoints), as
/// this crate's build script wrote them.
fn source() -> String {
    let folder = std::path::Path::new(env!("OUT_DIR")).join("fixture_hostile");
    let mut paths: Vec<_> = std::fs::read_dir(&folder)
        .unwrap_or_else(|error| panic!("{}: {error}", folder.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    paths.sort();
    assert!(
        paths.len() > 1,
        "the hostile fixture has records, queries and endpoints"
    );
    paths
        .iter()
        .map(|path| {
            std::fs::read_to_string(path)
                .unwrap_or_else(|error| panic!("{}: {error}", path.display()))
        })
        .collect()
}

/// The doc comment lines of the source, without their `///` or `//!`.
fn doc_lines(source: &str) -> Vec<&str> {
    source
        .lines()
        .filter_map(|line| {
            let line = line.trim_start();
            line.strip_prefix("///")
                .or_else(|| line.strip_prefix("//!"))
                .map(str::trim_start)
        })
        .collect()
}

#[test]
fn doc_comments_show_hidden_characters_as_escapes() {
    let source = source();
    let docs = doc_lines(&source);
    for line in &docs {
        let hidden = line
            .chars()
            .find(|&c| c.is_control() || eventgen_catalog::chars::is_hidden(c));
        assert_eq!(hidden, None, "{line:?}");
    }
    // In code spans, a backslash is itself; in text, Markdown shows `\\` as `\`.
    for expected in [
        r"Wire value: `line\u{2028}separator`; code: `31`; also accepted: `para\u{2029}graph`.",
        r"zero\\u{200B}width",
        r"Line\\u{2028}separator, paragraph\\u{2029}separator, next\\u{0085}line, zero\\u{200B}width, tab\\u{0009}here, right-to-left\\u{202E}override, tag\\u{E0001}, variation❤\\u{FE0F}, carriage\\u{000D}return.",
        "Wire value: `star*/comment`; code: `30`.",
        "Wire value: `*/ comment end`; code: `3`.",
    ] {
        assert!(docs.contains(&expected), "no doc line {expected:?}");
    }
}

#[test]
fn literals_evaluate_to_the_values() {
    let event = HostileEvent::LineSeparator;
    assert_eq!(event.name(), "line\u{2028}separator");
    let info = event.info().unwrap();
    assert_eq!(info.label, Some("zero\u{200B}width"));
    assert_eq!(
        info.description,
        Some(
            "Line\u{2028}separator, paragraph\u{2029}separator, next\u{85}line, zero\u{200B}width, \
             tab\there, right-to-left\u{202E}override, tag\u{E0001}, variation\u{2764}\u{FE0F}, \
             carriage\rreturn."
        )
    );
    assert_eq!(info.aliases, ["para\u{2029}graph"]);
    assert_eq!(HostileEvent::parse("para\u{2029}graph"), Ok(event));
    assert_eq!(HostileEvent::StarComment.name(), "star*/comment");
}
