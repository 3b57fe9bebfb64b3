//! The rules over a set of catalogs generated together: what no one spec can break on
//! its own, but two can. `eventgen check` and `eventgen generate` both run them, so that
//! `check` accepts exactly the sets `generate` can generate.

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Position};
use crate::model::Catalog;
use crate::naming::{PythonNames, RecordNames, TypeScriptNames};

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
/// pointing at the value to change there:
///
/// - two catalogs with one id would write the same files and modules (ids map to module
///   and file names one to one: [`crate::naming::module_name`]);
/// - every package exports every catalog's type at its root (the Rust crate, the Python
///   package, the TypeScript package's index), and the TypeScript index and the Python
///   package every name each catalog module derives from its type ([`TypeScriptNames`],
///   [`PythonNames`]): no two may meet in one language.
pub fn check(members: &[Member<'_>]) -> Vec<Conflict> {
    let mut conflicts = Vec::new();
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let derived: Vec<(TypeScriptNames, PythonNames)> = members
        .iter()
        .map(|member| {
            let type_name = &member.catalog.type_name;
            (
                TypeScriptNames::new(type_name, member.catalog.is_coded()),
                PythonNames::new(type_name),
            )
        })
        .collect();
    let api: Vec<Vec<(RecordNames, Position, String)>> = members
        .iter()
        .map(|member| api_names(member.catalog))
        .collect();
    // Each exported name, per language, with the member that exports it and what it is.
    let mut exported: HashMap<(&str, &str), (usize, &'static str)> = HashMap::new();
    for (index, member) in members.iter().enumerate() {
        let catalog = member.catalog;
        let conflict = |diagnostic: Diagnostic| Conflict {
            member: index,
            diagnostic: diagnostic.in_source(member.path, member.text),
        };
        if let Some(&first) = ids.get(catalog.id.as_str()) {
            conflicts.push(conflict(
                Diagnostic::error(format!(
                    "the catalog id `{}` is also the id of `{}`",
                    catalog.id, members[first].path
                ))
                .at(catalog.positions.id)
                .with_note("every file and module of a catalog is named after its id")
                .with_help("give each catalog its own id"),
            ));
            continue;
        }
        ids.insert(&catalog.id, index);
        let (typescript, python) = &derived[index];
        let names = [
            ("TypeScript", typescript.all()),
            ("Python", python.all().to_vec()),
        ];
        let clash = names.iter().find_map(|(language, exports)| {
            exports.iter().find_map(|&(name, role)| {
                let &(first, first_role) = exported.get(&(*language, name))?;
                Some(Clash {
                    language,
                    name,
                    role,
                    first,
                    first_role,
                })
            })
        });
        if let Some(clash) = clash {
            conflicts.push(conflict(type_name_clash(
                member,
                &members[clash.first],
                &clash,
            )));
            continue;
        }
        for (language, exports) in names {
            for (name, role) in exports {
                exported.insert((language, name), (index, role));
            }
        }
        // Records and query types are exported beside the catalog's type: each of their
        // names is checked after the catalog's own.
        for (record_names, at, what) in &api[index] {
            let names = [
                ("TypeScript", record_names.typescript()),
                ("Python", record_names.python()),
            ];
            let clash = names.iter().find_map(|(language, exports)| {
                exports.iter().find_map(|&(name, role)| {
                    let &(first, first_role) = exported.get(&(*language, name))?;
                    Some(Clash {
                        language,
                        name,
                        role,
                        first,
                        first_role,
                    })
                })
            });
            if let Some(clash) = clash {
                conflicts.push(conflict(api_name_clash(
                    &members[clash.first],
                    &clash,
                    what,
                    *at,
                )));
                continue;
            }
            for (language, exports) in names {
                for (name, role) in exports {
                    exported.insert((language, name), (index, role));
                }
            }
        }
    }
    conflicts
}

/// The names of a catalog's records and query types, where each is written, and what it
/// is ("record `X`").
fn api_names(catalog: &Catalog) -> Vec<(RecordNames, Position, String)> {
    let records = catalog.records.iter().map(|record| {
        (
            RecordNames::new(&record.name),
            record.position,
            format!("record `{}`", record.name),
        )
    });
    let queries = catalog.endpoints.iter().filter_map(|endpoint| {
        let query = endpoint.query.as_ref()?;
        Some((
            RecordNames::new(query),
            endpoint.position,
            format!("query type `{query}`"),
        ))
    });
    records.chain(queries).collect()
}

/// A name of a record or query type of a later member (`what`, written at `at`) that
/// `first` already exports in one language.
fn api_name_clash(first: &Member<'_>, clash: &Clash<'_>, what: &str, at: Position) -> Diagnostic {
    let Clash {
        language,
        name,
        role,
        first_role,
        ..
    } = *clash;
    Diagnostic::error(format!(
        "the {language} name `{name}` ({what}'s {role}) is also the {first_role} of `{}`",
        first.path
    ))
    .at(at)
    .with_note("every package exports the records and query types of every catalog beside their types, by name")
    .with_help("give the record or query type a name of its own, e.g. one that starts with the catalog's")
}

/// A name that two catalogs' type names make in one language.
struct Clash<'a> {
    language: &'a str,
    name: &'a str,
    /// What the name is of the later catalog ("info type").
    role: &'a str,
    /// The earlier catalog, and what the name is of it.
    first: usize,
    first_role: &'a str,
}

/// `member`'s type name makes a name `first`'s already exports.
fn type_name_clash(member: &Member<'_>, first: &Member<'_>, clash: &Clash<'_>) -> Diagnostic {
    let Clash {
        language,
        name,
        role,
        first_role,
        ..
    } = *clash;
    let catalog = member.catalog;
    let (at, how) = match catalog.positions.type_name {
        Some(at) => (at, "change its `type`"),
        None => (catalog.positions.id, "name its type with `type:`"),
    };
    let diagnostic = if role == "type" && first_role == "type" {
        Diagnostic::error(format!(
            "the type name `{name}` is also the type name of `{}`",
            first.path
        ))
        .with_note(
            "the Rust crate, the Python package and the TypeScript package export every catalog's type at their root",
        )
    } else {
        Diagnostic::error(format!(
            "the {language} name `{name}` (this catalog's {role}) is also the {first_role} of `{}`",
            first.path
        ))
        .with_note(format!(
            "the {language} package's root exports every catalog's names, and each derives from its type name (`{}`, `{}`)",
            catalog.type_name, first.catalog.type_name
        ))
    };
    diagnostic
        .at(at)
        .with_help(format!("give each catalog a type name of its own: {how}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(id: &str, type_line: &str) -> String {
        format!(
            "catalog: {id}\ntitle: T\n{type_line}source: {{document: D}}\nevents:\n  - name: a\n"
        )
    }

    fn conflicts(specs: &[(&str, String)]) -> Vec<(usize, String)> {
        let catalogs: Vec<Catalog> = specs
            .iter()
            .map(|(path, text)| crate::load_str(path, text).unwrap())
            .collect();
        let members: Vec<Member> = specs
            .iter()
            .zip(&catalogs)
            .map(|((path, text), catalog)| Member {
                path,
                text: Some(text),
                catalog,
            })
            .collect();
        check(&members)
            .into_iter()
            .map(|conflict| (conflict.member, conflict.diagnostic.render()))
            .collect()
    }

    #[test]
    fn two_catalogs_with_one_id() {
        let found = conflicts(&[("a.yaml", spec("x", "")), ("b.yaml", spec("x", ""))]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, 1);
        assert!(
            found[0].1.starts_with(
                "error: the catalog id `x` is also the id of `a.yaml`\n --> b.yaml:1:10\n"
            ),
            "{}",
            found[0].1
        );
    }

    #[test]
    fn two_catalogs_with_one_type_name() {
        let found = conflicts(&[
            ("a.yaml", spec("a", "type: Shared\n")),
            ("b.yaml", spec("b", "type: Shared\n")),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].1.starts_with(
                "error: the type name `Shared` is also the type name of `a.yaml`\n --> b.yaml:3:7\n"
            ),
            "{}",
            found[0].1
        );
    }

    #[test]
    fn a_type_name_that_another_catalog_derives() {
        for (first, second, name) in [
            ("Foo", "FooInfo", "TypeScript name `FooInfo`"),
            ("Foo", "AnyFoo", "TypeScript name `AnyFoo`"),
            ("AnyFoo", "Foo", "TypeScript name `AnyFoo`"),
            ("Foo", "UnknownFoo", "Python name `UnknownFoo`"),
            ("UnknownFoo", "Foo", "Python name `UnknownFoo`"),
        ] {
            let found = conflicts(&[
                ("a.yaml", spec("a", &format!("type: {first}\n"))),
                ("b.yaml", spec("b", &format!("type: {second}\n"))),
            ]);
            assert_eq!(found.len(), 1, "{found:?}");
            assert!(
                found[0]
                    .1
                    .starts_with(&format!("error: the {name} (this catalog's ")),
                "{}",
                found[0].1
            );
        }
    }

    #[test]
    fn a_default_type_name_is_blamed_on_the_id() {
        let found = conflicts(&[
            ("a.yaml", spec("a", "type: BEvent\n")),
            ("b.yaml", spec("b", "")),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.contains(" --> b.yaml:1:10\n"), "{}", found[0].1);
        assert!(
            found[0].1.contains("name its type with `type:`"),
            "{}",
            found[0].1
        );
    }

    fn spec_with_record(id: &str, record: &str) -> String {
        format!(
            "catalog: {id}\ntitle: T\nsource: {{document: D}}\nevents:\n  - name: a\nrecords:\n  - name: {record}\n    fields: []\n"
        )
    }

    #[test]
    fn records_of_two_catalogs_with_one_name() {
        let found = conflicts(&[
            ("a.yaml", spec_with_record("a", "Target")),
            ("b.yaml", spec_with_record("b", "Target")),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].1.starts_with(
                "error: the TypeScript name `Target` (record `Target`'s type) is also the type of `a.yaml`\n --> b.yaml:7:11\n"
            ),
            "{}",
            found[0].1
        );
    }

    #[test]
    fn a_record_named_like_another_catalogs_type_or_derived_name() {
        for record in ["FooInfo", "UnknownFoo", "AnyFoo"] {
            let found = conflicts(&[
                ("a.yaml", spec("a", "type: Foo\n")),
                ("b.yaml", spec_with_record("b", record)),
            ]);
            assert_eq!(found.len(), 1, "{record}: {found:?}");
            assert!(found[0].1.contains("of `a.yaml`"), "{}", found[0].1);
        }
        let found = conflicts(&[
            ("a.yaml", spec_with_record("a", "Target")),
            ("b.yaml", spec("b", "type: Target\n")),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn catalogs_with_names_of_their_own_do_not_conflict() {
        let found = conflicts(&[
            ("a.yaml", spec("a", "type: Foo\n")),
            ("b.yaml", spec("b", "type: Food\n")),
            ("c.yaml", spec("c", "")),
        ]);
        assert_eq!(found, []);
    }
}
