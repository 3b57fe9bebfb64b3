//! Every file in `tests/specs/bad/` is a spec with one kind of mistake. The exact
//! rendered errors are snapshots: a reviewer sees what a spec author would see.

#[test]
fn each_bad_spec_is_rejected_with_located_errors() {
    insta::glob!("../../tests/specs/bad", "*.yaml", |path| {
        let bytes = std::fs::read(path).expect("fixture is readable");
        // The path as a user in the project root would type it, so snapshots are the same
        // on every machine.
        let shown = std::path::Path::new("tests/specs/bad")
            .join(path.file_name().expect("fixture has a name"));
        let error = eventgen_catalog::load_bytes(&shown.display().to_string(), &bytes)
            .expect_err("a bad spec must be rejected");
        let rendered = error.render();
        assert!(
            error
                .diagnostics
                .iter()
                .all(|diagnostic| diagnostic.position.is_some()),
            "every error in a spec's text has a position:\n{rendered}"
        );
        insta::assert_snapshot!(rendered);
    });
}
