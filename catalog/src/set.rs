//! The rules over a set of catalogs generated together: what no one spec can break on
//! its own, but two can. `eventgen check` and `eventgen generate` both run them, so that
//! `check` accepts exactly the sets `generate` can generate.

use std::collections::HashMap;

use crate::diagnostic::Diagnostic;
use crate::model::Catalog;

/// One catalog of a set, with the file it was loaded from.
#[derive(Debug, Clone, Copy)]
pub struct Member<'a> {
    /// The spec's path, as errors show it.
    pub path: &'a str,
    /// The spec's text, for the line shown under an error; `None` shows no line.
    pub text: Option<&'a str>,
    pub catalog: &'a Catalog,
}

/// A problem of a set: the member at fault (by index), and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub member: usize,
    pub diagnostic: Diagnostic,
}

/// Every conflict between the members, each reported at the later member of a pair,
/// pointing at the value to change there.
pub fn check(members: &[Member<'_>]) -> Vec<Conflict> {
    let mut conflicts = Vec::new();
    let mut ids: HashMap<&str, usize> = HashMap::new();
    for (index, member) in members.iter().enumerate() {
        let catalog = member.catalog;
        if let Some(&first) = ids.get(catalog.id.as_str()) {
            let diagnostic = Diagnostic::error(format!(
                "the catalog id `{}` is also the id of `{}`",
                catalog.id, members[first].path
            ))
            .at(catalog.positions.id)
            .with_note("every file and module of a catalog is named after its id")
            .with_help("give each catalog its own id");
            conflicts.push(Conflict {
                member: index,
                diagnostic: diagnostic.in_source(member.path, member.text),
            });
            continue;
        }
        ids.insert(&catalog.id, index);
    }
    conflicts
}
