//! The layout of every real spec agrees with its catalog: one mapping per event, in order,
//! with each value's bytes where the layout says they are.

use eventgen_catalog::layout::layout;

#[test]
fn layout_of_each_real_spec_agrees_with_its_catalog() {
    let specs = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
    let mut checked = 0;
    for entry in std::fs::read_dir(&specs).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|extension| extension != "yaml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let shown = path.display().to_string();
        let catalog = eventgen_catalog::load_str(&shown, &text).unwrap();
        let layout = layout(&shown, &text).unwrap();
        assert_eq!(layout.events.len(), catalog.events.len(), "{shown}");
        for (event, mapping) in catalog.events.iter().zip(&layout.events) {
            let name = mapping.entry("name").unwrap();
            let written = &text[name.value.clone()];
            // Plain or quoted: the wire values of the real specs need no escapes.
            let unquoted = written.trim_matches(['\'', '"']);
            assert_eq!(unquoted, event.name, "{shown}");
            let line = text[..mapping.span.start].matches('\n').count() + 1;
            assert_eq!(line, event.position.line as usize, "{shown}");
            for (key, value) in [("label", &event.label), ("category", &event.category)] {
                if let Some(value) = value {
                    let entry = mapping.entry(key).unwrap();
                    assert!(
                        text[entry.value.clone()].contains(value.as_str()),
                        "{shown}"
                    );
                }
            }
        }
        checked += 1;
    }
    assert_eq!(checked, 4);
}
