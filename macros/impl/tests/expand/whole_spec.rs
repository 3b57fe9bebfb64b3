// A whole spec, with its docs, in one line.
catalog!(pub enum FeatureEvent = "../../tests/specs/good/every-feature.yaml");
