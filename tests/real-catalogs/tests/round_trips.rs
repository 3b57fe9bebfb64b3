//! Every event of the four real catalogs, through both macros: the enums agree with the
//! spec and with each other, every wire value round-trips, and the strum twins used in
//! the benchmarks parse exactly as ours do.

use std::fmt::Debug;
use std::hash::Hash;
use std::str::FromStr;

use eventgen::{EventType, MatchMode};
use eventgen_catalog::{Catalog, Event};
use eventgen_real_catalogs::StrumTwin;

/// Inputs no catalog has, whatever the matching rule.
const UNCATALOGUED: &[&str] = &[
    "",
    " ",
    "unknown.event",
    "Unknown-event",
    "toString",
    "__proto__",
    "constructor",
    "hasOwnProperty",
    "événement",
    "イベント",
    "\u{200B}",
    "a\u{0}b",
];

fn spec(path: &str) -> Catalog {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    eventgen_catalog::load(&path).unwrap_or_else(|error| panic!("{}", error.render()))
}

/// Other spellings of a wire value: case variants and padding.
fn variants_of(value: &str) -> Vec<String> {
    let swapped: String = value
        .chars()
        .map(|c| {
            if c.is_ascii_lowercase() {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    vec![
        value.to_ascii_uppercase(),
        value.to_ascii_lowercase(),
        swapped,
        format!(" {value}"),
        format!("{value} "),
        format!("{value}\n"),
        value.chars().take(value.chars().count() - 1).collect(),
        format!("{value}x"),
    ]
}

/// What the checks need of an event enum.
trait Catalogued:
    EventType + Clone + Debug + Eq + Hash + FromStr + serde::Serialize + serde::de::DeserializeOwned
{
}
impl<
    T: EventType
        + Clone
        + Debug
        + Eq
        + Hash
        + FromStr
        + serde::Serialize
        + serde::de::DeserializeOwned,
> Catalogued for T
{
}

/// The enum agrees with the spec event by event, and parses exactly what the spec says.
fn check_against_spec<E: Catalogued>(catalog: &Catalog) {
    let context = format!("{} ({})", E::TYPE_NAME, catalog.id);
    assert_eq!(E::COUNT, catalog.events.len(), "{context}");
    let mode = match catalog.match_mode {
        eventgen_catalog::MatchMode::Exact => MatchMode::Exact,
        eventgen_catalog::MatchMode::AsciiCaseInsensitive => MatchMode::AsciiCaseInsensitive,
    };
    assert_eq!(E::MATCH_MODE, mode, "{context}");
    for (index, (event, spec_event)) in E::ALL.iter().zip(&catalog.events).enumerate() {
        check_event(event, index, spec_event, &context);
    }
    // Every spelling that is not a catalogued value keeps its exact text.
    let spellings = catalog
        .events
        .iter()
        .flat_map(|event| std::iter::once(&event.name).chain(&event.aliases))
        .flat_map(|value| variants_of(value))
        .chain(UNCATALOGUED.iter().map(|value| (*value).to_owned()));
    for input in spellings {
        let parsed = E::parse(&input).unwrap();
        match catalog.find(&input) {
            Some(spec_event) => assert_eq!(parsed.name(), spec_event.name, "{context}: {input:?}"),
            None => {
                assert!(
                    !parsed.is_known(),
                    "{context}: {input:?} parsed to {parsed:?}"
                );
                assert_eq!(
                    parsed.name(),
                    input,
                    "{context}: the unknown {input:?} changed"
                );
                assert_eq!(parsed.to_string(), input);
                assert_eq!(E::parse_owned(input.clone()).unwrap(), parsed);
                let json = serde_json::to_string(&input).unwrap();
                assert_eq!(serde_json::to_string(&parsed).unwrap(), json, "{context}");
                assert_eq!(
                    serde_json::from_str::<E>(&json).unwrap(),
                    parsed,
                    "{context}"
                );
            }
        }
    }
}

fn check_event<E: Catalogued>(event: &E, index: usize, spec_event: &Event, context: &str) {
    let context = format!("{context}: {}", spec_event.name);
    assert_eq!(event.index(), Some(index), "{context}");
    assert_eq!(event.name(), spec_event.name, "{context}");
    assert_eq!(event.to_string(), spec_event.name, "{context}");
    assert_eq!(event.code(), spec_event.code, "{context}");
    let info = event.info().unwrap();
    assert_eq!(info.label, spec_event.label.as_deref(), "{context}");
    assert_eq!(
        info.description,
        spec_event.description.as_deref(),
        "{context}"
    );
    assert_eq!(info.category, spec_event.category.as_deref(), "{context}");
    assert_eq!(
        info.deprecated,
        spec_event.deprecated.as_deref(),
        "{context}"
    );
    assert_eq!(info.aliases, spec_event.aliases, "{context}");
    // parse(name(v)) == v, by name, alias, code and serde.
    assert_eq!(E::parse(event.name()).as_ref(), Ok(event), "{context}");
    for alias in &spec_event.aliases {
        assert_eq!(
            E::parse(alias).as_ref(),
            Ok(event),
            "{context}: alias {alias}"
        );
    }
    if let Some(code) = spec_event.code {
        assert_eq!(E::from_code(code).as_ref(), Some(event), "{context}");
    }
    let json = serde_json::to_string(event).unwrap();
    assert_eq!(
        json,
        serde_json::to_string(&spec_event.name).unwrap(),
        "{context}"
    );
    assert_eq!(
        &serde_json::from_str::<E>(&json).unwrap(),
        event,
        "{context}"
    );
}

/// The two macros make the same enum of a spec.
fn check_same<D: Catalogued, W: Catalogued>() {
    assert_eq!(D::NAMES, W::NAMES);
    assert_eq!(D::INFO, W::INFO);
    assert_eq!(D::MATCH_MODE, W::MATCH_MODE);
}

/// The enum written out in attributes has the spec's values, and matches exactly.
fn check_hand_written<H: Catalogued, W: Catalogued>() {
    assert_eq!(H::NAMES, W::NAMES);
    assert_eq!(H::INFO, W::INFO);
    assert_eq!(H::MATCH_MODE, MatchMode::Exact);
}

/// strum's twin parses every input as ours does (so the benchmarks compare like with
/// like): the same known event, or the same text kept. Events the twin leaves out are
/// skipped; only those strum cannot express may be.
fn check_strum_twin<E: Catalogued, S: FromStr + ToString + Debug + StrumTwin>(catalog: &Catalog)
where
    S::Err: Debug,
{
    for name in S::LEFT_OUT {
        assert!(
            catalog.events.iter().any(|event| event.name == *name) && name.contains(['{', '}']),
            "{}: the strum twin leaves out {name:?}, which strum can express",
            catalog.id
        );
    }
    let inputs = catalog
        .events
        .iter()
        .filter(|event| !S::LEFT_OUT.contains(&event.name.as_str()))
        .flat_map(|event| std::iter::once(&event.name).chain(&event.aliases))
        .flat_map(|value| std::iter::once(value.clone()).chain(variants_of(value)));
    for input in inputs {
        let ours = E::parse(&input).unwrap();
        let theirs = S::from_str(&input).unwrap();
        assert_eq!(ours.to_string(), theirs.to_string(), "{input:?}");
    }
}

#[test]
fn every_catalog_through_both_macros_and_strum() {
    macro_rules! check {
        ($type_name:literal, $spec:literal, $derived:ty, $whole:ty, $strum:ty, $hand_written:ty, $generated:ty) => {
            let catalog = spec($spec);
            assert_eq!(catalog.type_name, $type_name);
            check_against_spec::<$derived>(&catalog);
            check_against_spec::<$whole>(&catalog);
            check_same::<$derived, $whole>();
            check_hand_written::<$hand_written, $whole>();
            check_against_spec::<$generated>(&catalog);
            check_same::<$generated, $whole>();
            check_strum_twin::<$whole, $strum>(&catalog);
        };
    }
    eventgen_real_catalogs::for_each_catalog!(check);
}

/// The generator's Rust output for its fixtures compiles (this crate's build script
/// renders it), and carries every value of the hostile fixture exactly.
#[test]
fn generated_fixtures_round_trip() {
    macro_rules! check {
        ($spec:literal, $vectors:literal, $type:ty) => {
            check_against_spec::<$type>(&spec($spec));
        };
    }
    eventgen_real_catalogs::for_each_fixture!(check);
}

/// The one test that names the catalogs of `specs/`; every other test follows the
/// folder. It fails when a spec is added, removed or renamed, or its number of events
/// changes: then update it, and the README's table of catalogs.
#[test]
fn inventory_of_the_vendor_catalogs() {
    let mut catalogs = Vec::new();
    macro_rules! collect {
        ($type_name:literal, $spec:literal, $derived:ty, $whole:ty, $strum:ty, $hand_written:ty, $generated:ty) => {
            catalogs.push((
                $type_name,
                <$whole as EventType>::COUNT,
                <$strum as StrumTwin>::LEFT_OUT.len(),
            ));
        };
    }
    eventgen_real_catalogs::for_each_catalog!(collect);
    assert_eq!(
        catalogs,
        [
            // (type, events, events the strum twin leaves out: the benchmarks compare
            // whole catalogs)
            ("CloudPassageHaloEvent", 165, 0),
            ("HaloSecurityEvent", 67, 0),
            ("PrivxEvent", 145, 0),
            ("TeleportEvent", 75, 0),
        ],
        "\n\nThe catalogs in specs/ changed. If that is intended, update this list (in \
         tests/real-catalogs/tests/round_trips.rs, `inventory_of_the_vendor_catalogs`) and the \
         table of catalogs in README.md (## The catalogs) to match.\n"
    );
}
