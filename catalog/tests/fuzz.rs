//! Property tests over arbitrary and mutated input: loading never panics, and every error
//! it reports points inside the file.
//!
//! CI runs the default number of cases; for a long run:
//! `PROPTEST_CASES=200000 cargo test --release -p eventgen-catalog --test fuzz`.

use eventgen_catalog::{LoadError, load_bytes};
use proptest::prelude::*;

const REAL_SPECS: [&str; 4] = [
    include_str!("../../specs/teleport.yaml"),
    include_str!("../../specs/privx.yaml"),
    include_str!("../../specs/cloudpassage-halo.yaml"),
    include_str!("../../specs/halo-security.yaml"),
];

/// Characters that mean something to YAML, plus a few that mean something to us.
const YAML_ALPHABET: &[u8] = b"abc-_.: \n\t[]{},#&*!|>'\"%@`?~0123456789\\";

fn assert_located_inside(error: &LoadError, text: &[u8]) {
    let lines = text.split(|&byte| byte == b'\n').count();
    for diagnostic in &error.diagnostics {
        if let Some(position) = diagnostic.position {
            assert!(position.line >= 1 && position.column >= 1, "{diagnostic:?}");
            assert!(
                position.line as usize <= lines + 1,
                "{diagnostic:?} beyond {lines} lines"
            );
        }
    }
    // Rendering must cope with whatever was reported.
    let _ = error.render();
}

/// One edit of a real spec: replace, insert or delete a few bytes.
#[derive(Debug, Clone)]
enum Edit {
    Replace(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let byte = proptest::sample::select(YAML_ALPHABET.to_vec());
    prop_oneof![
        (any::<usize>(), byte.clone()).prop_map(|(at, byte)| Edit::Replace(at, byte)),
        (any::<usize>(), proptest::collection::vec(byte, 1..8))
            .prop_map(|(at, bytes)| Edit::Insert(at, bytes)),
        (any::<usize>(), 1..40_usize).prop_map(|(at, len)| Edit::Delete(at, len)),
    ]
}

fn apply(text: &mut Vec<u8>, edit: &Edit) {
    let len = text.len();
    match edit {
        Edit::Replace(at, byte) => text[at % len] = *byte,
        Edit::Insert(at, bytes) => {
            let at = at % (len + 1);
            text.splice(at..at, bytes.iter().copied());
        }
        Edit::Delete(at, count) => {
            let at = at % len;
            text.drain(at..(at + count).min(len));
        }
    }
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        if let Err(error) = load_bytes("fuzz.yaml", &bytes) {
            assert_located_inside(&error, &bytes);
        }
    }

    #[test]
    fn yaml_like_text_never_panics(
        bytes in proptest::collection::vec(proptest::sample::select(YAML_ALPHABET.to_vec()), 0..512)
    ) {
        if let Err(error) = load_bytes("fuzz.yaml", &bytes) {
            assert_located_inside(&error, &bytes);
        }
    }

    #[test]
    fn mutated_real_specs_never_panic(
        spec in 0..REAL_SPECS.len(),
        edits in proptest::collection::vec(edit(), 1..6),
    ) {
        let mut text = REAL_SPECS[spec].as_bytes().to_vec();
        for edit in &edits {
            if text.is_empty() {
                break;
            }
            apply(&mut text, edit);
        }
        match load_bytes("fuzz.yaml", &text) {
            // An edit can keep a spec valid (inside a description, say): then it must
            // still hold its events.
            Ok(catalog) => prop_assert!(!catalog.events.is_empty()),
            Err(error) => assert_located_inside(&error, &text),
        }
    }
}
