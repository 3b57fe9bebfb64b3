//! The validated model of each real spec, as an insta snapshot: a change to a spec, to
//! validation or to naming shows up here as a reviewable diff.

use eventgen_catalog::{Catalog, MatchMode, load};

/// Loads a spec by its path from the project root.
fn load_from_root(path: &str) -> Catalog {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(path);
    load(&path).unwrap_or_else(|error| panic!("{error}"))
}

fn spec(file: &str) -> Catalog {
    load_from_root(&format!("specs/{file}"))
}

#[test]
fn teleport() {
    let catalog = spec("teleport.yaml");
    assert_eq!(catalog.events.len(), 75);
    insta::assert_json_snapshot!(catalog);
}

#[test]
fn privx() {
    let catalog = spec("privx.yaml");
    assert_eq!(catalog.events.len(), 145);
    assert!(catalog.events.iter().all(|event| event.code.is_some()));
    insta::assert_json_snapshot!(catalog);
}

#[test]
fn cloudpassage_halo() {
    let catalog = spec("cloudpassage-halo.yaml");
    assert_eq!(catalog.events.len(), 165);
    let mut categories: Vec<&str> = catalog
        .events
        .iter()
        .filter_map(|event| event.category.as_deref())
        .collect();
    categories.dedup();
    assert_eq!(
        categories.len(),
        17,
        "categories are contiguous, in document order"
    );
    insta::assert_json_snapshot!(catalog);
}

#[test]
fn halo_security() {
    let catalog = spec("halo-security.yaml");
    assert_eq!(catalog.events.len(), 67);
    // Each key links to its own page in the document.
    for event in &catalog.events {
        assert_eq!(
            event.url.as_deref(),
            Some(
                format!(
                    "https://docs.halosecurity.com/api/events-archive/{}",
                    event.name
                )
                .as_str()
            )
        );
    }
    // The type names every binding uses, as the Event API's documents describe them.
    let records: Vec<&str> = catalog
        .records
        .iter()
        .map(|record| record.name.as_str())
        .collect();
    for name in [
        "HaloSecurityEventRecord",
        "HaloSecurityTarget",
        "HaloSecurityEventListResponse",
        "HaloSecurityEventGetResponse",
        "HaloSecurityEventDeleteResponse",
        "HaloSecurityEventTypesResponse",
        "HaloSecurityErrorResponse",
    ] {
        assert!(records.contains(&name), "{name}");
    }
    let endpoints: Vec<(&str, Option<&str>)> = catalog
        .endpoints
        .iter()
        .map(|endpoint| (endpoint.name.as_str(), endpoint.query.as_deref()))
        .collect();
    assert_eq!(
        endpoints,
        [
            ("list", Some("HaloSecurityEventListQuery")),
            ("get", Some("HaloSecurityEventGetQuery")),
            ("delete", Some("HaloSecurityEventDeleteQuery")),
            ("types", None),
        ]
    );
    insta::assert_json_snapshot!(catalog);
}

#[test]
fn every_feature_fixture() {
    let catalog = load_from_root("tests/specs/good/every-feature.yaml");
    insta::assert_json_snapshot!(catalog);
}

#[test]
fn lookup_follows_the_matching_rule() {
    let cloudpassage = spec("cloudpassage-halo.yaml");
    assert_eq!(cloudpassage.match_mode, MatchMode::AsciiCaseInsensitive);
    assert_eq!(
        cloudpassage
            .find("API_CLIENT_CREATED")
            .map(|event| event.name.as_str()),
        Some("api_client_created")
    );
    assert_eq!(
        cloudpassage.find("daemon_compromised*"),
        None,
        "the footnote marker is not part of the value"
    );

    let privx = spec("privx.yaml");
    assert_eq!(
        privx.find("User-logged-in").and_then(|event| event.code),
        Some(100)
    );
    assert_eq!(privx.find("user-logged-in"), None, "PrivX matches exactly");
    // Later PrivX documents add these; this one does not have them.
    assert_eq!(privx.find("Unknown-event"), None);
    assert_eq!(privx.find("User-logged-out"), None);

    let teleport = spec("teleport.yaml");
    for event in &teleport.events {
        assert_eq!(teleport.find(&event.name), Some(event));
    }
}

#[test]
fn every_identifier_is_distinct_per_language() {
    let specs = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
    let mut checked = 0;
    for entry in std::fs::read_dir(&specs).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|extension| extension != "yaml") {
            continue;
        }
        let catalog = load(&path).unwrap_or_else(|error| panic!("{error}"));
        for pick in [
            |e: &eventgen_catalog::Event| e.ident.rust.clone(),
            |e: &eventgen_catalog::Event| e.ident.typescript.clone(),
            |e: &eventgen_catalog::Event| e.ident.python.clone(),
        ] {
            let mut idents: Vec<String> = catalog.events.iter().map(pick).collect();
            idents.sort();
            idents.dedup();
            assert_eq!(idents.len(), catalog.events.len(), "{}", path.display());
        }
        checked += 1;
    }
    assert!(checked > 0, "no spec in {}", specs.display());
}
