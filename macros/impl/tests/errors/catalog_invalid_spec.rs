// The same for the whole-spec macro.
catalog!(pub enum Broken = "../../tests/specs/bad/duplicate-names.yaml");
