//! Plans how `from_name` finds an event: a decision tree over the input's bytes, worked
//! out at compile time, so that parsing costs a few byte comparisons and one comparison
//! of the whole input whatever the catalog's size.
//!
//! The input's length picks a branch first (a jump table), then, among the keys of that
//! length, bytes at positions chosen to tell them apart pick the next branches, until at
//! most [`LEAF_SIZE`] keys remain; those are compared whole. A plain `match` on strings
//! compares the input with one key after another instead, which is what
//! case-insensitive parsing would have to do without a plan.

use std::collections::BTreeMap;

/// Keys compared whole, one after the other, at the end of a branch. Comparing a whole
/// fixed-length array costs a few instructions, about as much as a switch on one byte.
pub(crate) const LEAF_SIZE: usize = 3;

/// A wire value in the form the lookup compares (lowercased when matching ignores
/// case), and the index of its event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Key {
    pub(crate) bytes: Vec<u8>,
    pub(crate) event: usize,
}

/// The branches for keys of one length.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Node {
    /// Compare the input with each key in turn.
    Compare(Vec<Key>),
    /// Branch on the byte at `position`.
    Switch {
        position: usize,
        branches: Vec<(u8, Node)>,
    },
}

/// The whole plan: a node per key length, shortest first.
pub(crate) fn plan(keys: Vec<Key>) -> Vec<(usize, Node)> {
    let mut by_length: BTreeMap<usize, Vec<Key>> = BTreeMap::new();
    for key in keys {
        by_length.entry(key.bytes.len()).or_default().push(key);
    }
    by_length
        .into_iter()
        .map(|(length, keys)| (length, node(keys)))
        .collect()
}

fn node(keys: Vec<Key>) -> Node {
    if keys.len() <= LEAF_SIZE {
        return Node::Compare(keys);
    }
    let Some(position) = best_position(&keys) else {
        // Only equal keys agree at every position, and validation rejects those; should
        // they reach here anyway, comparing them in turn is still correct.
        return Node::Compare(keys);
    };
    let mut groups: BTreeMap<u8, Vec<Key>> = BTreeMap::new();
    for key in keys {
        groups.entry(key.bytes[position]).or_default().push(key);
    }
    Node::Switch {
        position,
        branches: groups
            .into_iter()
            .map(|(byte, keys)| (byte, node(keys)))
            .collect(),
    }
}

/// The position whose byte splits the keys best: into the most groups, then with the
/// smallest largest group, then the earliest. `None` when no position tells any two keys
/// apart.
fn best_position(keys: &[Key]) -> Option<usize> {
    let length = keys[0].bytes.len();
    (0..length)
        .filter_map(|position| {
            let mut counts = [0usize; 256];
            for key in keys {
                counts[usize::from(key.bytes[position])] += 1;
            }
            let groups = counts.iter().filter(|&&count| count > 0).count();
            let largest = counts.iter().copied().max().unwrap_or(0);
            (groups > 1).then_some((
                groups,
                std::cmp::Reverse(largest),
                std::cmp::Reverse(position),
            ))
        })
        .max()
        .map(|(_, _, std::cmp::Reverse(position))| position)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(values: &[&str]) -> Vec<Key> {
        values
            .iter()
            .enumerate()
            .map(|(event, value)| Key {
                bytes: value.as_bytes().to_vec(),
                event,
            })
            .collect()
    }

    /// Follows the plan for `input` the way the generated code does.
    fn find(plan: &[(usize, Node)], input: &[u8]) -> Option<usize> {
        let mut node = &plan.iter().find(|(length, _)| *length == input.len())?.1;
        loop {
            match node {
                Node::Compare(keys) => {
                    return keys
                        .iter()
                        .find(|key| key.bytes == input)
                        .map(|key| key.event);
                }
                Node::Switch { position, branches } => {
                    let position = *position;
                    node = &branches
                        .iter()
                        .find(|(byte, _)| *byte == input[position])?
                        .1;
                }
            }
        }
    }

    fn depth(node: &Node) -> usize {
        match node {
            Node::Compare(_) => 0,
            Node::Switch { branches, .. } => {
                1 + branches
                    .iter()
                    .map(|(_, node)| depth(node))
                    .max()
                    .unwrap_or(0)
            }
        }
    }

    #[test]
    fn finds_every_key_and_nothing_else() {
        let values = [
            "session.start",
            "session.end",
            "session.join",
            "session.leave",
            "session.data",
            "session.upload",
            "user.login",
            "user.create",
            "user.update",
            "user.delete",
            "a",
            "b",
        ];
        let plan = plan(keys(&values));
        for (event, value) in values.iter().enumerate() {
            assert_eq!(find(&plan, value.as_bytes()), Some(event), "{value}");
        }
        for unknown in [
            "",
            "session.stop",
            "session.star",
            "user.logout",
            "c",
            "user.logim",
        ] {
            assert_eq!(find(&plan, unknown.as_bytes()), None, "{unknown}");
        }
    }

    fn largest_leaf(node: &Node) -> usize {
        match node {
            Node::Compare(keys) => keys.len(),
            Node::Switch { branches, .. } => branches
                .iter()
                .map(|(_, node)| largest_leaf(node))
                .max()
                .unwrap_or(0),
        }
    }

    #[test]
    fn leaves_are_small_and_the_tree_shallow() {
        // 1,000 keys of one length that differ in their last three digits.
        let values: Vec<String> = (0..1000).map(|n| format!("event.{n:03}")).collect();
        let values: Vec<&str> = values.iter().map(String::as_str).collect();
        let plan = plan(keys(&values));
        let (_, root) = &plan[0];
        assert!(largest_leaf(root) <= LEAF_SIZE);
        assert_eq!(depth(root), 3, "one switch per differing digit");
    }

    #[test]
    fn splits_on_the_most_telling_byte() {
        // All share `x` at 0; position 2 tells all four apart.
        let plan = plan(keys(&["xaa1", "xab2", "xac3", "xad4"]));
        let Node::Switch { position, branches } = &plan[0].1 else {
            panic!("expected a switch: {plan:?}");
        };
        assert_eq!(*position, 2);
        assert_eq!(branches.len(), 4);
    }
}
