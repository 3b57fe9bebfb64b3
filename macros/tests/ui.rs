//! Misuse of the derive is a compile error at the culprit, in words that say how to fix
//! it: one case per file in `tests/ui/`, the expected message beside it in `.stderr`.
//! After a deliberate change of wording, regenerate them with `TRYBUILD=overwrite`.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
