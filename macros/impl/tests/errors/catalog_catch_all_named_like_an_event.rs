// The catch-all's name is configurable, but not to an event's identifier.
catalog!(pub enum FeatureEvent = "../../tests/specs/good/every-feature.yaml", other = SessionStart);
