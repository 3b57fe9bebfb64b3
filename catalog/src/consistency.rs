//! The rules over a catalog's events taken together, for every front end: specs (where
//! a value is at a YAML line and column) and hand-written `#[derive(EventType)]` enums
//! (where it is at a token's span). Each front end describes its events as [`Entry`]s,
//! positioned with its own [`Place`], and shows the [`Problem`]s its own way.
//!
//! - codes are all or nothing ([`Rules::codes_complete`]), and distinct;
//! - a wire value (name or alias) means one event, under the catalog's matching rule;
//! - every event has its own identifier in each language, and none is the catch-all's.
//!
//! Each problem is reported once, at the value at fault (the later of two): events that
//! share a wire value are not also reported for sharing an identifier.

use std::collections::hash_map::Entry as Slot;
use std::collections::{HashMap, HashSet};

use crate::diagnostic::Position;
use crate::model::MatchMode;
use crate::naming::Idents;

/// Where a value is written, as a front end knows it: a [`Position`] in a spec, a
/// token's span in a derive input.
pub trait Place: Copy {
    /// Where a message about another place says this one is ("line 12"); `None` where
    /// the front end has no words for it (a span shows itself).
    fn describe(self) -> Option<String>;
}

impl Place for Position {
    fn describe(self) -> Option<String> {
        Some(format!("line {}", self.line))
    }
}

/// A value and where it is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written<'a, P> {
    pub value: &'a str,
    pub at: P,
}

/// One event as the rules see it. Values that are wrong on their own (an empty name)
/// were reported by the front end and are left out; the event's other values are still
/// checked.
#[derive(Debug, Clone)]
pub struct Entry<'a, P> {
    /// How messages name the event: "event #3 `User-logged-in`", "variant `Start`".
    pub subject: String,
    /// Where the event is: its item in a spec, its variant in an enum.
    pub at: P,
    /// Its name; `None` when it cannot be a wire value.
    pub name: Option<Written<'a, P>>,
    pub aliases: Vec<Written<'a, P>>,
    pub code: Option<(u32, P)>,
    /// Its identifiers, and where they come from (its `ident`, else its name); `None`
    /// where the front end's language keeps them distinct (a derive's variants are
    /// Rust identifiers, which rustc checks).
    pub idents: Option<(&'a Idents, P)>,
}

/// What the rules need to know of the catalog as a whole.
#[derive(Debug, Clone, Copy)]
pub struct Rules<'a> {
    pub match_mode: MatchMode,
    /// Why two values that differ in case are the same, for messages: "this catalog
    /// ignores ASCII case".
    pub ignoring_case: &'a str,
    /// Whether every event's code could be read: when one could not (a code of the
    /// wrong type), the event looks uncoded, and "codes are all or nothing" is not
    /// checked rather than reported about it.
    pub codes_complete: bool,
    /// The catch-all's name, which no event's identifier may be; `None` where the
    /// front end's language checks it.
    pub catch_all: Option<&'a str>,
}

/// One broken rule: at the value at fault, in the event `subject`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem<P> {
    pub at: P,
    pub message: String,
    /// The event at fault, as its entry names it, for front ends that say where a
    /// problem is in words ("in event #3 `User-logged-in`").
    pub subject: String,
    /// How to fix it.
    pub help: String,
}

/// Every problem of the events, rule by rule, in event order within a rule.
pub fn check<P: Place>(entries: &[Entry<'_, P>], rules: &Rules<'_>) -> Vec<Problem<P>> {
    let mut problems = Vec::new();
    if rules.codes_complete {
        codes_all_or_none(entries, &mut problems);
    }
    unique_codes(entries, &mut problems);
    let same_value = unique_wire_values(entries, rules, &mut problems);
    distinct_idents(entries, rules.catch_all, &same_value, &mut problems);
    problems
}

/// The message and help for a code that is no `u32`: `written` as the input writes it.
pub fn code_out_of_range(written: &str) -> (String, String) {
    (
        format!("code {written} is out of range"),
        format!("a code is an integer from 0 to {}", u32::MAX),
    )
}

fn problem<P>(entry: &Entry<'_, P>, at: P, message: String, help: impl Into<String>) -> Problem<P> {
    Problem {
        at,
        message,
        subject: entry.subject.clone(),
        help: help.into(),
    }
}

/// "event #2 `a` (line 12)": another entry, placed where the front end can.
fn elsewhere<P: Place>(entry: &Entry<'_, P>, at: P) -> String {
    match at.describe() {
        Some(place) => format!("{} ({place})", entry.subject),
        None => entry.subject.clone(),
    }
}

fn codes_all_or_none<P: Place>(entries: &[Entry<'_, P>], problems: &mut Vec<Problem<P>>) {
    let coded = entries.iter().filter(|entry| entry.code.is_some()).count();
    let total = entries.len();
    if coded == 0 || coded == total {
        return;
    }
    // Point at the minority: a few stray codes, or the few events that lack one.
    let flag_coded = coded * 2 < total;
    for entry in entries {
        match entry.code {
            Some((_, code_at)) if flag_coded => problems.push(problem(
                entry,
                code_at,
                format!(
                    "only {coded} of {total} events {} a code",
                    if coded == 1 { "has" } else { "have" }
                ),
                "codes are all or nothing: remove this `code`, or give every event one",
            )),
            None if !flag_coded => problems.push(problem(
                entry,
                entry.at,
                format!("this event has no code, but {coded} of {total} events do"),
                "codes are all or nothing: add a `code`, or remove every event's",
            )),
            _ => {}
        }
    }
}

fn unique_codes<P: Place>(entries: &[Entry<'_, P>], problems: &mut Vec<Problem<P>>) {
    let mut seen: HashMap<u32, (&Entry<'_, P>, P)> = HashMap::new();
    for entry in entries {
        let Some((code, code_at)) = entry.code else {
            continue;
        };
        match seen.entry(code) {
            Slot::Vacant(slot) => {
                slot.insert((entry, code_at));
            }
            Slot::Occupied(first) => {
                let (first, first_at) = *first.get();
                problems.push(problem(
                    entry,
                    code_at,
                    format!(
                        "duplicate code {code}: it is already the code of {}",
                        elsewhere(first, first_at)
                    ),
                    "each event has its own code: check the vendor document",
                ));
            }
        }
    }
}

/// Names and aliases share one namespace: a value means exactly one event. Returns the
/// pairs of events (by index) found to share a value.
fn unique_wire_values<P: Place>(
    entries: &[Entry<'_, P>],
    rules: &Rules<'_>,
    problems: &mut Vec<Problem<P>>,
) -> HashSet<(usize, usize)> {
    struct Seen<'v> {
        entry: usize,
        value: &'v str,
        is_name: bool,
    }
    let mut seen: HashMap<String, Seen<'_>> = HashMap::new();
    let mut clashing = HashSet::new();
    for (index, entry) in entries.iter().enumerate() {
        let values = entry
            .name
            .map(|name| (name, true))
            .into_iter()
            .chain(entry.aliases.iter().map(|alias| (*alias, false)));
        for (Written { value, at }, is_name) in values {
            let first = match seen.entry(rules.match_mode.key(value).into_owned()) {
                Slot::Vacant(slot) => {
                    slot.insert(Seen {
                        entry: index,
                        value,
                        is_name,
                    });
                    continue;
                }
                Slot::Occupied(first) => first.into_mut(),
            };
            clashing.insert((first.entry, index));
            let what = if is_name { "event name" } else { "alias" };
            let first_entry = &entries[first.entry];
            let first_what = match (first.entry == index, first.is_name) {
                (true, true) => "this event's own name".to_owned(),
                (true, false) => "another alias of this event".to_owned(),
                (false, true) => format!("the name of {}", first_entry.subject),
                (false, false) => format!("an alias of {}", first_entry.subject),
            };
            let message = if first.value == value {
                format!(
                    "duplicate {what} `{}`: it is already {first_what}",
                    value.escape_debug()
                )
            } else {
                format!(
                    "{what} `{}` matches `{}`, {first_what}, because {}",
                    value.escape_debug(),
                    first.value.escape_debug(),
                    rules.ignoring_case
                )
            };
            problems.push(problem(
                entry,
                at,
                message,
                if is_name {
                    "a value means one event: remove one of the two entries"
                } else {
                    "a value means one event: remove the alias"
                },
            ));
        }
    }
    clashing
}

/// Every event needs its own identifier in every language, distinct from the catch-all
/// that holds unknown values. Pairs already reported for sharing a wire value
/// (`same_value`) are not reported again.
fn distinct_idents<P: Place>(
    entries: &[Entry<'_, P>],
    catch_all: Option<&str>,
    same_value: &HashSet<(usize, usize)>,
    problems: &mut Vec<Problem<P>>,
) {
    type Language = (&'static str, fn(&Idents) -> &str);
    const LANGUAGES: [Language; 3] = [
        ("Rust", |idents| &idents.rust),
        ("TypeScript", |idents| &idents.typescript),
        ("Python", |idents| &idents.python),
    ];
    let mut seen: [HashMap<&str, usize>; 3] = Default::default();
    for (index, entry) in entries.iter().enumerate() {
        let Some((idents, ident_at)) = entry.idents else {
            continue;
        };
        if let Some(other) = catch_all
            && (idents.rust == other || idents.typescript == other)
        {
            problems.push(problem(
                entry,
                ident_at,
                format!(
                    "{} gets the identifier `{other}`, which is the name of the catch-all for unknown values",
                    entry.subject
                ),
                format!(
                    "name the catch-all differently, e.g. `other: {other}Value`, or give this event an `ident`"
                ),
            ));
        }
        let mut clashes: Vec<(&str, &str, usize)> = Vec::new();
        for ((language, ident_of), seen) in LANGUAGES.iter().zip(&mut seen) {
            match seen.entry(ident_of(idents)) {
                Slot::Vacant(slot) => {
                    slot.insert(index);
                }
                Slot::Occupied(first) => {
                    clashes.push((language, ident_of(idents), *first.get()));
                }
            }
        }
        // One problem per pair of events, naming every language where they clash.
        let Some(&(_, _, first)) = clashes.first() else {
            continue;
        };
        if same_value.contains(&(first, index)) {
            continue;
        }
        let in_languages = clashes
            .iter()
            .filter(|(_, _, other)| *other == first)
            .map(|(language, ident, _)| format!("`{ident}` in {language}"))
            .collect::<Vec<_>>()
            .join(", ");
        problems.push(problem(
            entry,
            ident_at,
            format!(
                "{} gets the same identifier as {}: {in_languages}",
                entry.subject, entries[first].subject
            ),
            "give one of them an `ident`, e.g. `ident: my-distinct-name`",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::naming::derive_idents;

    /// A place that is only a number, and has no words.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    struct Token(u32);

    impl Place for Token {
        fn describe(self) -> Option<String> {
            None
        }
    }

    const RULES: Rules<'static> = Rules {
        match_mode: MatchMode::Exact,
        ignoring_case: "the enum ignores case",
        codes_complete: true,
        catch_all: None,
    };

    fn entry(number: u32, name: &'static str, code: Option<u32>) -> Entry<'static, Token> {
        Entry {
            subject: format!("variant `V{number}`"),
            at: Token(number * 10),
            name: Some(Written {
                value: name,
                at: Token(number * 10 + 1),
            }),
            aliases: Vec::new(),
            code: code.map(|code| (code, Token(number * 10 + 2))),
            idents: None,
        }
    }

    fn messages<P>(problems: &[Problem<P>]) -> Vec<&str> {
        problems
            .iter()
            .map(|problem| problem.message.as_str())
            .collect()
    }

    #[test]
    fn codes_are_all_or_none_pointing_at_the_minority() {
        let entries = [
            entry(1, "a", Some(1)),
            entry(2, "b", None),
            entry(3, "c", Some(3)),
        ];
        let problems = check(&entries, &RULES);
        assert_eq!(
            messages(&problems),
            ["this event has no code, but 2 of 3 events do"]
        );
        assert_eq!(problems[0].at, Token(20));
        assert_eq!(problems[0].subject, "variant `V2`");

        let entries = [
            entry(1, "a", Some(1)),
            entry(2, "b", None),
            entry(3, "c", None),
        ];
        let problems = check(&entries, &RULES);
        assert_eq!(messages(&problems), ["only 1 of 3 events has a code"]);
        assert_eq!(problems[0].at, Token(12));

        let unreadable = Rules {
            codes_complete: false,
            ..RULES
        };
        assert!(check(&entries, &unreadable).is_empty());
    }

    #[test]
    fn an_event_whose_name_is_wrong_still_counts_for_its_code() {
        let mut nameless = entry(2, "", None);
        nameless.name = None;
        let entries = [entry(1, "a", Some(1)), nameless, entry(3, "a", Some(3))];
        assert_eq!(
            messages(&check(&entries, &RULES)),
            [
                "this event has no code, but 2 of 3 events do",
                "duplicate event name `a`: it is already the name of variant `V1`",
            ]
        );
    }

    #[test]
    fn codes_are_distinct_and_name_the_first_holder_where_it_can() {
        let entries = [entry(1, "a", Some(7)), entry(2, "b", Some(7))];
        let problems = check(&entries, &RULES);
        assert_eq!(
            messages(&problems),
            ["duplicate code 7: it is already the code of variant `V1`"]
        );
        assert_eq!(problems[0].at, Token(22));

        let at = |line| Position { line, column: 3 };
        let spec_entry = |number: u32, code| Entry {
            subject: format!("event #{number}"),
            at: at(number),
            name: Some(Written {
                value: if number == 1 { "a" } else { "b" },
                at: at(number),
            }),
            aliases: Vec::new(),
            code: Some((code, at(number))),
            idents: None,
        };
        let problems = check(&[spec_entry(1, 7), spec_entry(2, 7)], &RULES);
        assert_eq!(
            messages(&problems),
            ["duplicate code 7: it is already the code of event #1 (line 1)"]
        );
    }

    #[test]
    fn a_wire_value_means_one_event_under_the_matching_rule() {
        let mut second = entry(2, "B", None);
        second.aliases.push(Written {
            value: "a",
            at: Token(23),
        });
        second.aliases.push(Written {
            value: "B",
            at: Token(24),
        });
        let entries = [entry(1, "a", None), second];
        assert_eq!(
            messages(&check(&entries, &RULES)),
            [
                "duplicate alias `a`: it is already the name of variant `V1`",
                "duplicate alias `B`: it is already this event's own name",
            ]
        );
        let insensitive = Rules {
            match_mode: MatchMode::AsciiCaseInsensitive,
            ..RULES
        };
        let entries = [entry(1, "a", None), entry(2, "A", None)];
        assert_eq!(
            messages(&check(&entries, &insensitive)),
            ["event name `A` matches `a`, the name of variant `V1`, because the enum ignores case"]
        );
        assert!(check(&entries, &RULES).is_empty());
    }

    #[test]
    fn identifiers_are_distinct_and_not_the_catch_alls() {
        let idents = [
            derive_idents("a.b").unwrap(),
            derive_idents("A-B").unwrap(),
            derive_idents("other").unwrap(),
        ];
        let mut entries = [
            entry(1, "a.b", None),
            entry(2, "A-B", None),
            entry(3, "other", None),
        ];
        for (entry, idents) in entries.iter_mut().zip(&idents) {
            entry.idents = Some((idents, entry.at));
        }
        let rules = Rules {
            catch_all: Some("Other"),
            ..RULES
        };
        assert_eq!(
            messages(&check(&entries, &rules)),
            [
                "variant `V2` gets the same identifier as variant `V1`: `AB` in Rust, `AB` in TypeScript, `A_B` in Python",
                "variant `V3` gets the identifier `Other`, which is the name of the catch-all for unknown values",
            ]
        );
        // A pair already reported for one wire value is not reported again.
        let insensitive = Rules {
            match_mode: MatchMode::AsciiCaseInsensitive,
            ..rules
        };
        entries[1].name = Some(Written {
            value: "A.B",
            at: Token(21),
        });
        assert_eq!(check(&entries, &insensitive).len(), 2);
    }

    #[test]
    fn out_of_range_codes_are_worded_once() {
        assert_eq!(
            code_out_of_range("4294967296"),
            (
                "code 4294967296 is out of range".to_owned(),
                "a code is an integer from 0 to 4294967295".to_owned()
            )
        );
    }
}
