//! `#[event(rename_all = "...")]`: wire values derived from variant names.

use heck::{
    ToKebabCase, ToLowerCamelCase, ToShoutyKebabCase, ToShoutySnakeCase, ToSnakeCase, ToTrainCase,
    ToUpperCamelCase,
};

/// How a variant name becomes a wire value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RenameRule {
    /// `SessionStart` → `sessionstart`
    Lower,
    /// `SessionStart` → `SESSIONSTART`
    Upper,
    /// `SessionStart` → `SessionStart`
    Pascal,
    /// `SessionStart` → `sessionStart`
    Camel,
    /// `SessionStart` → `session_start`
    Snake,
    /// `SessionStart` → `SESSION_START`
    ScreamingSnake,
    /// `SessionStart` → `session-start`
    Kebab,
    /// `SessionStart` → `SESSION-START`
    ScreamingKebab,
    /// `SessionStart` → `Session-Start`
    Train,
    /// `SessionStart` → `session.start` (Teleport's style)
    Dot,
}

impl RenameRule {
    /// Every rule by the name `rename_all` takes (serde's names, plus `dot.case`).
    pub(crate) const ALL: [(&'static str, RenameRule); 10] = [
        ("lowercase", RenameRule::Lower),
        ("UPPERCASE", RenameRule::Upper),
        ("PascalCase", RenameRule::Pascal),
        ("camelCase", RenameRule::Camel),
        ("snake_case", RenameRule::Snake),
        ("SCREAMING_SNAKE_CASE", RenameRule::ScreamingSnake),
        ("kebab-case", RenameRule::Kebab),
        ("SCREAMING-KEBAB-CASE", RenameRule::ScreamingKebab),
        ("Train-Case", RenameRule::Train),
        ("dot.case", RenameRule::Dot),
    ];

    pub(crate) fn from_name(name: &str) -> Option<RenameRule> {
        Self::ALL
            .iter()
            .find(|(rule_name, _)| *rule_name == name)
            .map(|(_, rule)| *rule)
    }

    pub(crate) fn names() -> impl Iterator<Item = &'static str> {
        Self::ALL.iter().map(|(name, _)| *name)
    }

    pub(crate) fn apply(self, variant: &str) -> String {
        match self {
            RenameRule::Lower => variant.to_ascii_lowercase(),
            RenameRule::Upper => variant.to_ascii_uppercase(),
            RenameRule::Pascal => variant.to_upper_camel_case(),
            RenameRule::Camel => variant.to_lower_camel_case(),
            RenameRule::Snake => variant.to_snake_case(),
            RenameRule::ScreamingSnake => variant.to_shouty_snake_case(),
            RenameRule::Kebab => variant.to_kebab_case(),
            RenameRule::ScreamingKebab => variant.to_shouty_kebab_case(),
            RenameRule::Train => variant.to_train_case(),
            RenameRule::Dot => variant.to_snake_case().replace('_', "."),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RenameRule;

    #[test]
    fn every_rule_renames_as_its_name_shows() {
        // Each rule's name is written in its own style, so applying a rule to the
        // PascalCase words of its name must give back the name.
        let expected = [
            ("SessionStart", "sessionstart"),
            ("SessionStart", "SESSIONSTART"),
            ("SessionStart", "SessionStart"),
            ("SessionStart", "sessionStart"),
            ("SessionStart", "session_start"),
            ("SessionStart", "SESSION_START"),
            ("SessionStart", "session-start"),
            ("SessionStart", "SESSION-START"),
            ("SessionStart", "Session-Start"),
            ("SessionStart", "session.start"),
        ];
        for ((_, rule), (variant, wire)) in RenameRule::ALL.iter().zip(expected) {
            assert_eq!(rule.apply(variant), wire, "{rule:?}");
        }
        assert_eq!(
            RenameRule::Dot.apply("UserMFAChallengeSent"),
            "user.mfa.challenge.sent"
        );
        assert_eq!(
            RenameRule::Kebab.apply("Event2faEnabled"),
            "event2fa-enabled"
        );
    }

    #[test]
    fn rules_are_found_by_their_exact_name_only() {
        assert_eq!(RenameRule::from_name("snake_case"), Some(RenameRule::Snake));
        assert_eq!(RenameRule::from_name("dot.case"), Some(RenameRule::Dot));
        assert_eq!(RenameRule::from_name("Snake_Case"), None);
        assert_eq!(RenameRule::names().count(), RenameRule::ALL.len());
    }
}
