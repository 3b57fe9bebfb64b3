//! The release a list of changes calls for, by semantic versioning: a breaking change
//! needs a major release, an addition a minor one, a change of text only a patch.
//!
//! Below 1.0, where cargo and npm read the minor version as the major one, a breaking
//! change raises the minor version.

use std::fmt::Write as _;

use eventgen_generator::config::Version;
use serde::Serialize;

use super::{Change, Kind};

/// The kind of release, from none to major.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Bump {
    /// Nothing changed.
    None,
    /// Texts only: the bindings' code is the same.
    Patch,
    /// Something new (an event, an alias, a record...), and nothing breaks.
    Minor,
    /// A change breaks code written against the bindings.
    Major,
}

impl Bump {
    /// The release `changes` call for: that of the most demanding change.
    pub(crate) fn of(changes: &[Change]) -> Bump {
        changes
            .iter()
            .map(Bump::of_change)
            .max()
            .unwrap_or(Bump::None)
    }

    fn of_change(change: &Change) -> Bump {
        if change.breaking {
            Bump::Major
        } else if text_only(change.kind) {
            Bump::Patch
        } else {
            Bump::Minor
        }
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }

    /// Why: "a change breaks users", "additions, nothing breaks"...
    pub(crate) fn reason(self) -> &'static str {
        match self {
            Bump::None => "nothing changed",
            Bump::Patch => "texts only",
            Bump::Minor => "additions, nothing breaks",
            Bump::Major => "breaking changes",
        }
    }

    /// The version after `current` (`MAJOR.MINOR.PATCH`) for this bump, or `None` when
    /// `current` is not of that form.
    pub(crate) fn next(self, current: &str) -> Option<String> {
        let Version {
            major,
            minor,
            patch,
        } = Version::parse(current)?;
        let next = match (self, major) {
            (Bump::None, _) => Version {
                major,
                minor,
                patch,
            },
            (Bump::Patch, _) => Version {
                major,
                minor,
                patch: patch + 1,
            },
            (Bump::Minor, _) | (Bump::Major, 0) => Version {
                major,
                minor: minor + 1,
                patch: 0,
            },
            (Bump::Major, _) => Version {
                major: major + 1,
                minor: 0,
                patch: 0,
            },
        };
        Some(next.to_string())
    }
}

/// Whether a change, when it breaks nothing, changes only texts the bindings show
/// (documentation, labels, links), not what code can name or match.
fn text_only(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::TitleChanged
            | Kind::SourceChanged
            | Kind::LabelChanged
            | Kind::DescriptionChanged
            | Kind::DeprecationChanged
            | Kind::NoteChanged
            | Kind::UrlChanged
            | Kind::RecordDescriptionChanged
            | Kind::ExamplesChanged
            | Kind::FieldDescriptionChanged
            | Kind::SummaryChanged
            | Kind::EndpointDescriptionChanged
            | Kind::LinkChanged
            | Kind::ParameterDescriptionChanged
    )
}

/// The bump and, when the current version is known, the version it leads to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Release {
    pub(crate) bump: Bump,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) current_version: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) next_version: Option<String>,
}

impl Release {
    pub(crate) fn new(changes: &[Change], current_version: Option<&str>) -> Release {
        let bump = Bump::of(changes);
        Release {
            bump,
            current_version: current_version.map(str::to_owned),
            next_version: current_version.and_then(|current| bump.next(current)),
        }
    }

    /// "minor (additions, nothing breaks): 1.2.0 → 1.3.0".
    pub(crate) fn summary(&self) -> String {
        let mut text = format!("{} ({})", self.bump.name(), self.bump.reason());
        if let (Some(current), Some(next)) = (&self.current_version, &self.next_version)
            && current != next
        {
            let _ = write!(text, ": {current} → {next}");
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::Bump;

    #[test]
    fn the_next_version_follows_semver_and_its_zero_rule() {
        assert_eq!(Bump::Major.next("1.4.2").as_deref(), Some("2.0.0"));
        assert_eq!(Bump::Minor.next("1.4.2").as_deref(), Some("1.5.0"));
        assert_eq!(Bump::Patch.next("1.4.2").as_deref(), Some("1.4.3"));
        assert_eq!(Bump::None.next("1.4.2").as_deref(), Some("1.4.2"));
        assert_eq!(Bump::Major.next("0.4.2").as_deref(), Some("0.5.0"));
        assert_eq!(Bump::Minor.next("0.4.2").as_deref(), Some("0.5.0"));
        assert_eq!(Bump::Patch.next("0.4.2").as_deref(), Some("0.4.3"));
        assert_eq!(Bump::Major.next("1.4"), None);
        // The form eventgen.toml accepts, and no other: cargo, npm and pip read it alike.
        assert_eq!(Bump::Minor.next("1.04.2"), None);
        assert_eq!(Bump::Minor.next("1.4.2-rc.1"), None);
        assert_eq!(Bump::Major.next("1.4.2.1"), None);
    }
}
