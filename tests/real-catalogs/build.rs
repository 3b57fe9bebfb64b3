//! Writes, for every spec in `specs/`, the enums this crate tests and benchmarks:
//!
//! - `derived.rs`: the enum a user would write by hand, one variant per event, checked
//!   against the spec by `#[derive(EventType)] #[event(spec = …)]`;
//! - `whole.rs`: the enum `eventgen::catalog!` declares;
//! - `hand_written.rs`: the enum written out with every value in attributes and no spec,
//!   matching exactly whatever the spec says (the benchmarks' exact-match baseline);
//! - `strum_twins.rs`: the same enum with strum's derives, as a user of strum would write
//!   it, for the benchmarks to compare, without the events strum cannot express (a wire
//!   value with braces: strum reads them as interpolation), each named in a comment and in
//!   the enum's `StrumTwin::LEFT_OUT`;
//! - `catalogs.rs`: `for_each_catalog!`, which calls a macro once per catalog;
//! - `fixtures.rs` and the modules it names: the generator's Rust output for its test
//!   fixtures (`tests/generate/specs/`), the hostile one among them, to compile and test.
//!
//! They are generated rather than committed so that a spec change never leaves them stale.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap());
    let specs_dir = manifest_dir.join("../../specs");
    println!("cargo::rerun-if-changed={}", specs_dir.display());
    let mut specs: Vec<PathBuf> = std::fs::read_dir(&specs_dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "yaml")
        })
        .collect();
    specs.sort();

    let mut derived = String::new();
    let mut whole = String::new();
    let mut strum = String::new();
    let mut hand_written = String::new();
    let mut catalogs = String::from(
        "#[macro_export]\nmacro_rules! for_each_catalog {\n    ($callback:ident) => {\n",
    );
    // Every record of the generated crate, with the payload vectors of its catalog.
    let mut records = String::from(
        "#[macro_export]\nmacro_rules! for_each_record {\n    ($callback:ident) => {\n",
    );
    for path in &specs {
        let catalog =
            eventgen_catalog::load(path).unwrap_or_else(|error| panic!("{}", error.render()));
        let file = path.file_name().unwrap().to_str().unwrap();
        let spec = format!("../../specs/{file}");
        write_derived(&mut derived, &catalog, &spec);
        writeln!(
            whole,
            "eventgen::catalog!(pub enum {} = {spec:?});",
            catalog.type_name
        )
        .unwrap();
        write_strum_twin(&mut strum, &catalog);
        let module = eventgen_catalog::naming::module_name(&catalog.id);
        for record in &catalog.records {
            writeln!(
                records,
                "        $callback!({:?}, {:?}, ::vendor_event_types::{module}::{});",
                manifest_dir
                    .join(format!(
                        "../../generated/conformance/payloads/{}.json",
                        catalog.id
                    ))
                    .display()
                    .to_string(),
                record.name,
                record.name
            )
            .unwrap();
        }
        write_hand_written(&mut hand_written, &catalog);
        writeln!(
            catalogs,
            "        $callback!({type_name:?}, {spec:?}, $crate::derived::{type_name}, $crate::whole::{type_name}, $crate::strum_twins::{type_name}, $crate::hand_written::{type_name}, ::vendor_event_types::{type_name});",
            type_name = catalog.type_name,
        )
        .unwrap();
    }
    catalogs.push_str("    };\n}\n");
    records.push_str("    };\n}\n");

    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap());
    write_fixtures(&manifest_dir.join("../generate/specs"), &out_dir);
    write(&out_dir.join("derived.rs"), &derived);
    write(&out_dir.join("whole.rs"), &whole);
    write(&out_dir.join("strum_twins.rs"), &strum);
    write(&out_dir.join("hand_written.rs"), &hand_written);
    write(&out_dir.join("catalogs.rs"), &catalogs);
    write(&out_dir.join("records.rs"), &records);
}

fn write_derived(out: &mut String, catalog: &eventgen_catalog::Catalog, spec: &str) {
    writeln!(
        out,
        "#[derive(eventgen::EventType, Debug, Clone, PartialEq, Eq, Hash)]"
    )
    .unwrap();
    writeln!(out, "#[event(spec = {spec:?})]").unwrap();
    writeln!(out, "pub enum {} {{", catalog.type_name).unwrap();
    for event in &catalog.events {
        writeln!(out, "    {},", event.ident.rust).unwrap();
    }
    writeln!(
        out,
        "    #[event(other)]\n    {}(eventgen::Unknown<Self>),\n}}\n",
        catalog.other
    )
    .unwrap();
}

fn write_hand_written(out: &mut String, catalog: &eventgen_catalog::Catalog) {
    writeln!(
        out,
        "#[derive(eventgen::EventType, Debug, Clone, PartialEq, Eq, Hash)]"
    )
    .unwrap();
    writeln!(out, "pub enum {} {{", catalog.type_name).unwrap();
    for event in &catalog.events {
        let mut attributes = format!("name = {:?}", event.name);
        if let Some(code) = event.code {
            write!(attributes, ", code = {code}").unwrap();
        }
        for (key, value) in [
            ("label", &event.label),
            ("description", &event.description),
            ("category", &event.category),
        ] {
            if let Some(value) = value {
                write!(attributes, ", {key} = {value:?}").unwrap();
            }
        }
        for alias in &event.aliases {
            write!(attributes, ", alias = {alias:?}").unwrap();
        }
        if let Some(note) = &event.deprecated {
            writeln!(out, "    #[deprecated = {note:?}]").unwrap();
        }
        writeln!(out, "    #[event({attributes})]\n    {},", event.ident.rust).unwrap();
    }
    writeln!(
        out,
        "    #[event(other)]\n    {}(eventgen::Unknown<Self>),\n}}\n",
        catalog.other
    )
    .unwrap();
}

/// The enum as a user of strum would write it, and `impl StrumTwin` listing the events
/// it leaves out: those strum cannot print (see [`strum_can_display`]), with a comment
/// in their place. Their values then parse to the `default` variant, which keeps them.
fn write_strum_twin(out: &mut String, catalog: &eventgen_catalog::Catalog) {
    writeln!(out, "#[derive(strum::EnumString, strum::Display, strum::AsRefStr, Debug, Clone, PartialEq, Eq, Hash)]").unwrap();
    if catalog.match_mode == eventgen_catalog::MatchMode::AsciiCaseInsensitive {
        writeln!(out, "#[strum(ascii_case_insensitive)]").unwrap();
    }
    writeln!(out, "pub enum {} {{", catalog.type_name).unwrap();
    let mut left_out = Vec::new();
    for event in &catalog.events {
        if !strum_can_display(&event.name) {
            writeln!(
                out,
                "    // Left out: strum cannot print {:?} (it reads `{{…}}` as interpolation).",
                event.name
            )
            .unwrap();
            left_out.push(event.name.as_str());
            continue;
        }
        let mut attributes = format!("to_string = {:?}", event.name);
        for alias in &event.aliases {
            write!(attributes, ", serialize = {alias:?}").unwrap();
        }
        writeln!(out, "    #[strum({attributes})]\n    {},", event.ident.rust).unwrap();
    }
    writeln!(
        out,
        "    #[strum(default)]\n    {}(String),\n}}\n",
        catalog.other
    )
    .unwrap();
    writeln!(
        out,
        "impl crate::StrumTwin for {} {{\n    const LEFT_OUT: &'static [&'static str] = &{left_out:?};\n}}\n",
        catalog.type_name
    )
    .unwrap();
}

/// Whether strum 0.28's `Display` derive can print `value` on a unit variant. It reads
/// `{…}` in `to_string` as interpolation, which unit variants do not support (a compile
/// error, as is a lone `{` or `}`), and prints the text as written otherwise: `{{` and
/// `}}` pass, and are printed as they are, so no escape can stand for a single brace.
/// This is strum's own test (`capture_format_strings` in `strum_macros`), applied first.
fn strum_can_display(value: &str) -> bool {
    !value
        .replace("{{", "")
        .replace("}}", "")
        .contains(['{', '}'])
}

/// The generator's Rust modules for the fixture specs, and `fixtures.rs`, which declares
/// them (`#[path]`, since a module with inner docs cannot be `include!`d) and lists them in
/// `for_each_fixture!`.
fn write_fixtures(specs_dir: &Path, out_dir: &Path) {
    println!("cargo::rerun-if-changed={}", specs_dir.display());
    println!("cargo::rerun-if-changed=../../generator/templates");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(specs_dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "yaml")
        })
        .collect();
    paths.sort();
    let specs: Vec<eventgen_generator::generate::Spec> = paths
        .iter()
        .map(|path| eventgen_generator::generate::Spec {
            shown_path: format!("specs/{}", path.file_name().unwrap().to_str().unwrap()),
            catalog: eventgen_catalog::load(path)
                .unwrap_or_else(|error| panic!("{}", error.render())),
        })
        .collect();
    let files = eventgen_generator::generate::render(
        &specs,
        &eventgen_generator::config::Packages::default(),
    )
    .unwrap();
    let mut declarations = String::new();
    let mut each = String::from(
        "#[macro_export]\nmacro_rules! for_each_fixture {\n    ($callback:ident) => {\n",
    );
    let mut records = String::from(
        "#[macro_export]\nmacro_rules! for_each_fixture_record {\n    ($callback:ident) => {\n",
    );
    for spec in &specs {
        let module = eventgen_catalog::naming::module_name(&spec.catalog.id);
        let rendered = files
            .iter()
            .find(|file| file.path == Path::new(&format!("rust/src/{module}.rs")))
            .unwrap();
        // In a folder of its own, as `mod.rs`, where its modules (records, queries,
        // endpoints) are found beside it.
        let folder = out_dir.join(format!("fixture_{module}"));
        std::fs::create_dir_all(&folder).unwrap();
        let file = folder.join("mod.rs");
        write(&file, &rendered.contents);
        let submodules = Path::new("rust/src").join(&module);
        for submodule in files
            .iter()
            .filter(|file| file.path.parent() == Some(&submodules))
        {
            write(
                &folder.join(submodule.path.file_name().unwrap()),
                &submodule.contents,
            );
        }
        // Its payload vectors and its records, for the Rust records' conformance tests.
        if let Some(payloads) = files.iter().find(|file| {
            file.path == Path::new(&format!("conformance/payloads/{}.json", spec.catalog.id))
        }) {
            let vectors = out_dir.join(format!("fixture_payloads_{}.json", spec.catalog.id));
            write(&vectors, &payloads.contents);
            for record in &spec.catalog.records {
                writeln!(
                    records,
                    "        $callback!({:?}, {:?}, $crate::fixtures::{module}::{});",
                    vectors.display().to_string(),
                    record.name,
                    record.name
                )
                .unwrap();
            }
        }
        // Its conformance vectors, for the same tests the generated bindings pass.
        let vectors = files
            .iter()
            .find(|file| file.path == Path::new(&format!("conformance/{}.json", spec.catalog.id)))
            .unwrap();
        write(
            &out_dir.join(format!("fixture_{}.json", spec.catalog.id)),
            &vectors.contents,
        );
        writeln!(
            declarations,
            "#[path = {:?}]\npub mod {module};",
            file.display().to_string()
        )
        .unwrap();
        let spec_path = format!("../generate/specs/{}.yaml", spec.catalog.id);
        writeln!(
            each,
            "        $callback!({spec_path:?}, {:?}, $crate::fixtures::{module}::{});",
            format!("fixture_{}.json", spec.catalog.id),
            spec.catalog.type_name
        )
        .unwrap();
    }
    each.push_str("    };\n}\n");
    records.push_str("    };\n}\n");
    write(&out_dir.join("fixtures.rs"), &(declarations + &each));
    write(&out_dir.join("fixture_records.rs"), &records);
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
}
