//! Which event of the old catalog is which event of the new one.
//!
//! An event keeps its identity across versions when it keeps its wire value. When the
//! value changes, the event is still the same one (a rename, not a removal and an
//! addition) when it can be told apart from the others by what did not change, tried in
//! this order:
//!
//! 1. the value differs only in ASCII case;
//! 2. the new event lists the old value as an alias;
//! 3. both catalogs are coded, and the code is the same;
//! 4. the identifiers are the same in every language (an `ident` kept them).
//!
//! Each step only pairs events the earlier ones left alone, and each event is paired once.

use std::collections::HashMap;

use eventgen_catalog::{Catalog, Event};

/// The keys under which a rule sees an event: an old event and a new one are the same
/// under the rule when a key of the new one is a key of the old one.
struct Rule {
    old: fn(&Event) -> Vec<String>,
    new: fn(&Event) -> Vec<String>,
}

fn name(event: &Event) -> Vec<String> {
    vec![event.name.clone()]
}

fn name_ignoring_case(event: &Event) -> Vec<String> {
    vec![event.name.to_ascii_lowercase()]
}

fn aliases(event: &Event) -> Vec<String> {
    event.aliases.clone()
}

fn code(event: &Event) -> Vec<String> {
    event.code.iter().map(u32::to_string).collect()
}

fn idents(event: &Event) -> Vec<String> {
    let idents = &event.ident;
    vec![format!(
        "{} {} {}",
        idents.rust, idents.typescript, idents.python
    )]
}

/// The rules of the module docs, in order.
const RULES: [Rule; 5] = [
    Rule {
        old: name,
        new: name,
    },
    Rule {
        old: name_ignoring_case,
        new: name_ignoring_case,
    },
    Rule {
        old: name,
        new: aliases,
    },
    Rule {
        old: code,
        new: code,
    },
    Rule {
        old: idents,
        new: idents,
    },
];

/// An event of either catalog, by index, and its counterpart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pair {
    Both { old: usize, new: usize },
    Added(usize),
    Removed(usize),
}

/// Every event of both catalogs, once: pairs and added events in the new catalog's
/// order, then removed events in the old one's.
pub(super) fn pair(old: &Catalog, new: &Catalog) -> Vec<Pair> {
    let mut old_for_new: Vec<Option<usize>> = vec![None; new.events.len()];
    let mut paired_old = vec![false; old.events.len()];
    for rule in &RULES {
        // Hashed, so that catalogs of any size pair in linear time.
        let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
        for (index, event) in old.events.iter().enumerate() {
            if !paired_old[index] {
                for key in (rule.old)(event) {
                    by_key.entry(key).or_default().push(index);
                }
            }
        }
        for (n, new_event) in new.events.iter().enumerate() {
            if old_for_new[n].is_some() {
                continue;
            }
            let found = (rule.new)(new_event).iter().find_map(|key| {
                by_key
                    .get(key)?
                    .iter()
                    .copied()
                    .find(|&index| !paired_old[index])
            });
            if let Some(o) = found {
                old_for_new[n] = Some(o);
                paired_old[o] = true;
            }
        }
    }
    let mut pairs: Vec<Pair> = old_for_new
        .iter()
        .enumerate()
        .map(|(n, old)| match old {
            Some(o) => Pair::Both { old: *o, new: n },
            None => Pair::Added(n),
        })
        .collect();
    pairs.extend(
        paired_old
            .iter()
            .enumerate()
            .filter(|&(_, paired)| !paired)
            .map(|(o, _)| Pair::Removed(o)),
    );
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(events: &str) -> Catalog {
        let spec =
            format!("catalog: demo\ntitle: Demo\nsource: {{document: Demo}}\nevents:\n{events}");
        eventgen_catalog::load_str("demo.yaml", &spec).unwrap_or_else(|error| panic!("{error}"))
    }

    #[test]
    fn exact_names_pair_before_looser_rules() {
        // `b` keeps its name; `a` became `A`; `c` is new, `d` is gone.
        let old = catalog("  - name: a\n  - name: b\n  - name: d\n");
        let new = catalog("  - name: b\n  - name: A\n  - name: c\n");
        assert_eq!(
            pair(&old, &new),
            [
                Pair::Both { old: 1, new: 0 },
                Pair::Both { old: 0, new: 1 },
                Pair::Added(2),
                Pair::Removed(2),
            ]
        );
    }

    #[test]
    fn identifiers_kept_by_an_ident_pair_a_rename() {
        let old = catalog("  - name: session.start\n");
        let new = catalog("  - name: session-begin\n    ident: session-start\n");
        assert_eq!(pair(&old, &new), [Pair::Both { old: 0, new: 0 }]);
    }

    #[test]
    fn codes_pair_only_coded_events() {
        let old = catalog("  - name: a\n    code: 7\n");
        let new = catalog("  - name: b\n    code: 7\n");
        assert_eq!(pair(&old, &new), [Pair::Both { old: 0, new: 0 }]);
        let old = catalog("  - name: a\n");
        let new = catalog("  - name: b\n");
        assert_eq!(pair(&old, &new), [Pair::Added(0), Pair::Removed(0)]);
    }
}
