//! `specs/catalog.schema.json` is generated from the spec model; this test fails when the
//! committed file is stale. Outside CI it also rewrites the file, so that running the
//! tests again (and committing the file) is the whole fix, as in rust-analyzer's
//! generated-code checks.

use std::path::Path;

#[test]
fn committed_schema_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/catalog.schema.json");
    let expected = eventgen_catalog::json_schema();
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed == expected {
        return;
    }
    if std::env::var_os("CI").is_none() {
        std::fs::write(&path, &expected).expect("the schema file is writable");
    }
    panic!(
        "specs/catalog.schema.json was stale{}; commit the new version \
         (`cargo run -- schema > specs/catalog.schema.json` writes it too)",
        if std::env::var_os("CI").is_none() {
            " and has been rewritten"
        } else {
            ""
        }
    );
}
