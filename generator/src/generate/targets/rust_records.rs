//! `generated/rust/src/<catalog>/`: a catalog's records, query types and endpoints, for
//! the catalogs that have them (the others get nothing from here).
//!
//! - `records.rs` (feature `serde`): one struct per record, with `serde` written out
//!   through `eventgen::json`, which holds the logic once (paths, each type's rules);
//! - `queries.rs`: one struct per endpoint with parameters, and its query string pairs;
//! - `endpoints.rs`: one `eventgen::Endpoint` per endpoint (method, URL, path).
//!
//! Structs are `#[non_exhaustive]` and built with `new` (the required fields) and a
//! `with_…` per optional one, so that adding an optional field or parameter, which
//! `eventgen diff` calls non-breaking, breaks no code.
//!
//! The code is written laid out as rustfmt lays it out (the tests check it).

use std::fmt::Write as _;

use eventgen_catalog::markdown;
use eventgen_catalog::payload::push_key;
use eventgen_catalog::reserved::RUST_EXTRA_FIELD;
use eventgen_catalog::{Catalog, Endpoint, Extra, Field, FieldType, Literal, Parameter, Record};

use super::super::filters::{rust_doc_lines, rust_inner_doc_lines, rust_string};
use super::super::view::CatalogView;
use super::super::{Comment, OutputFile, header};
use super::api_example::{ApiExample, QueryValue};

/// The module that holds a catalog's records, within its module.
pub(crate) const RECORDS_MODULE: &str = "records";
/// The module that holds a catalog's query types, within its module.
pub(crate) const QUERIES_MODULE: &str = "queries";
/// The module of a catalog's endpoints, public within its module.
pub(crate) const ENDPOINTS_MODULE: &str = "endpoints";

/// rustfmt's widths: a line, and the arguments of a call kept on one line.
const MAX_WIDTH: usize = 100;
const CALL_WIDTH: usize = 60;

/// The generated crate's README section on records and endpoints, for the example the
/// READMEs of every binding show (`ApiExample`; empty when no catalog has one): a webhook
/// receiver and a query, run as doc tests, and how to send the query.
/// `krate`: the generated crate's library name, as the examples `use` it.
pub(crate) fn readme(catalogs: &[CatalogView], krate: &str) -> String {
    let Some(chosen) = ApiExample::choose(catalogs) else {
        return String::new();
    };
    let catalog = chosen.view;
    let record = chosen.receiver;
    let spec = catalog.catalog;
    let type_name = &spec.type_name;
    let module = &catalog.module;
    let name = &record.name;
    let mut out = String::new();
    let _ = write!(
        out,
        "
## Records and endpoints

Catalogs whose spec describes the JSON the vendor sends (`records`) have one struct per
record, with the `serde` feature: a payload is read in one pass, every field checked,
and one that is not of its record gets an `eventgen::json::Error` that names the value's
JSON path (`$.list[0].event.target.target_id: expected an integer, got \"1\"`). Optional
and nullable fields are `Option`s, keys a record does not list are kept in `extra`
(unless the record rejects them), and event types the catalog does not list are kept as
received; serialising a record gives back the same JSON values. The structs are
`#[non_exhaustive]`: build them with `new` (the required fields) and `with_…`, so that a
new optional field breaks no code.

A webhook receiver:

```rust
/// The request's body in, the record out.
#[cfg(feature = \"serde\")]
fn receive(
    body: &[u8],
) -> Result<{krate}::{module}::{name}, eventgen::json::Error> {{
    {krate}::{module}::{name}::from_json(body)
}}

#[cfg(feature = \"serde\")]
{{
    use {krate}::{module}::{type_name};

    let record = receive({text}.as_bytes()).unwrap();
",
        text = rust_string(&chosen.receiver_json),
    );
    let payload = eventgen_catalog::json::parse(&chosen.receiver_json)
        .expect("the example's payload is JSON the generator wrote");
    if let Some(field) = chosen.receiver_event.and_then(|name| record.field(name))
        && let Some(value) = payload.value.get(&field.name)
        && let eventgen_catalog::json::JsonValue::String(value) = &value.value
    {
        let ident = &field.ident.rust;
        // An `eventgen::json::Received` derefs to the event, and keeps the text.
        let (event, text) = if spec.accepts_other_spellings() {
            (
                format!("*record.{ident}"),
                format!("record.{ident}.as_str()"),
            )
        } else {
            (
                format!("record.{ident}"),
                format!("record.{ident}.to_string()"),
            )
        };
        let _ = write!(
            out,
            "    match &{event} {{
        {type_name}::{known} => println!(\"a known event\"),
        // An event type the catalog does not list is kept, exactly as received.
        other => println!(\"{{other}}\"),
    }}
    assert!({not}record.{ident}.is_known());
    assert_eq!({text}, {value_literal});
",
            known = catalog.example.ident.rust,
            not = if spec.find(value).is_some() { "" } else { "!" },
            value_literal = rust_string(value),
        );
    }
    let _ = write!(
        out,
        "    let error = receive(b\"[]\").unwrap_err();
    assert_eq!(error.path(), Some(\"$\"));
    assert_eq!(error.to_string(), {message});
}}
```
",
        message = rust_string(&format!("$: expected an object (`{name}`), got a list")),
    );
    readme_queries(&mut out, &chosen, krate);
    out
}

/// A parameter's value in the README's query: its Rust expression and how the query string
/// writes it.
fn sample(catalog: &CatalogView, parameter: &Parameter, value: &QueryValue) -> (String, String) {
    let type_name = &catalog.catalog.type_name;
    match value {
        QueryValue::Event => (
            format!("{type_name}::{}", catalog.example.ident.rust),
            catalog.example.name.clone(),
        ),
        QueryValue::Number => ("0.5".to_owned(), "0.5".to_owned()),
        QueryValue::Literal(Literal::String(text)) => {
            let expression = if matches!(parameter.parameter_type, FieldType::Event(_)) {
                format!("{type_name}::from({})", rust_string(text))
            } else {
                format!("{}.to_owned()", rust_string(text))
            };
            (expression, text.clone())
        }
        QueryValue::Literal(literal) => (literal.to_string(), literal.to_string()),
    }
}

/// The README's query: a compiled example of its pairs and its endpoint, and how to send
/// it with an HTTP client.
fn readme_queries(out: &mut String, chosen: &ApiExample, krate: &str) {
    let catalog = chosen.view;
    let endpoint = chosen.endpoint;
    let Some(query) = &endpoint.query else {
        return;
    };
    let module = &catalog.module;
    let type_name = &catalog.catalog.type_name;
    let constant = endpoint_const(endpoint);
    let mut build = format!("{query}::new(");
    let required: Vec<String> = chosen
        .query
        .iter()
        .filter(|(parameter, _)| parameter.required)
        .map(|(parameter, value)| sample(catalog, parameter, value).0)
        .collect();
    build.push_str(&required.join(", "));
    build.push(')');
    let mut pairs = Vec::new();
    for (parameter, value) in &chosen.query {
        let (expression, written) = sample(catalog, parameter, value);
        if !parameter.required {
            let _ = write!(build, ".{}({expression})", setter(&parameter.ident.rust));
        }
        pairs.push(format!(
            "({}, {}.to_owned())",
            rust_string(&parameter.name),
            rust_string(&written)
        ));
    }
    let mut imports = vec![query.clone(), "endpoints".to_owned()];
    if build.contains(&format!("{type_name}::")) {
        imports.push(type_name.clone());
    }
    let response = format!(
        "let response = {module}::{}::from_json(&body)?;\n",
        chosen.response.name
    );
    let _ = write!(
        out,
        "
Each endpoint is an `eventgen::Endpoint` in `{module}::endpoints` (method, URL, path), and
each endpoint with parameters has a query type, whose `query_pairs` are the parameters
given, named and written as the query string takes them:

```rust
use {krate}::{module}::{{{imports}}};

let query = {build};
assert_eq!({query}::ENDPOINT, endpoints::{constant});
assert_eq!(endpoints::{constant}.method, {method});
assert_eq!(endpoints::{constant}.path, {path});
assert_eq!(query.query_pairs(), [{pairs}]);
```

With an HTTP client, reqwest for one (not compiled here, since the crate depends on no
HTTP client):

```rust,ignore
let endpoint = {query}::ENDPOINT;
let body = client
    .request(endpoint.method.parse()?, endpoint.url)
    .query(&query.query_pairs())
    .send()
    .await?
    .bytes()
    .await?;
{response}```
",
        imports = imports.join(", "),
        method = rust_string(endpoint.method.as_str()),
        path = rust_string(endpoint.path()),
        pairs = pairs.join(", "),
    );
}

/// Which of the modules a catalog has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Modules {
    pub(crate) records: bool,
    pub(crate) queries: bool,
    pub(crate) endpoints: bool,
}

impl Modules {
    pub(crate) fn of(catalog: &Catalog) -> Modules {
        Modules {
            records: !catalog.records.is_empty(),
            queries: catalog
                .endpoints
                .iter()
                .any(|endpoint| endpoint.query.is_some()),
            endpoints: !catalog.endpoints.is_empty(),
        }
    }

    /// The `mod` lines of the catalog's module for these modules: records need serde.
    pub(crate) fn declarations(self) -> proc_macro2::TokenStream {
        let declare =
            |module: &str| proc_macro2::Ident::new(module, proc_macro2::Span::call_site());
        let mut tokens = proc_macro2::TokenStream::new();
        if self.records {
            let records = declare(RECORDS_MODULE);
            tokens.extend(quote::quote! {
                #[cfg(feature = "serde")]
                mod #records;
                #[cfg(feature = "serde")]
                pub use #records::*;
            });
        }
        if self.queries {
            let queries = declare(QUERIES_MODULE);
            tokens.extend(quote::quote! {
                mod #queries;
                pub use #queries::*;
            });
        }
        if self.endpoints {
            let endpoints = declare(ENDPOINTS_MODULE);
            tokens.extend(quote::quote! { pub mod #endpoints; });
        }
        tokens
    }

    /// Whether any of a set of catalogs has records.
    pub(crate) fn any_records(catalogs: &[CatalogView]) -> bool {
        catalogs.iter().any(|c| Modules::of(c.catalog).records)
    }
}

pub(crate) fn files(catalog: &CatalogView) -> Vec<OutputFile> {
    let mut files = Vec::new();
    let modules = Modules::of(catalog.catalog);
    let head = header(Comment::Slashes, catalog.spec_path);
    if modules.records {
        files.push(file(catalog, RECORDS_MODULE, records(catalog, &head)));
    }
    if modules.queries {
        files.push(file(catalog, QUERIES_MODULE, queries(catalog, &head)));
    }
    if modules.endpoints {
        files.push(file(catalog, ENDPOINTS_MODULE, endpoints(catalog, &head)));
    }
    files
}

fn file(catalog: &CatalogView, module: &str, contents: String) -> OutputFile {
    OutputFile {
        path: format!("rust/src/{}/{module}.rs", catalog.module).into(),
        contents,
    }
}

/// The Rust type of a field's or parameter's values.
fn rust_type(catalog: &CatalogView, field_type: &FieldType) -> String {
    match field_type {
        FieldType::String => "string::String".to_owned(),
        FieldType::Integer => "i64".to_owned(),
        FieldType::Number => "json::Number".to_owned(),
        FieldType::Boolean => "bool".to_owned(),
        FieldType::Event(_) if catalog.catalog.accepts_other_spellings() => {
            format!("json::Received<super::{}>", catalog.catalog.type_name)
        }
        FieldType::Event(_) => format!("super::{}", catalog.catalog.type_name),
        FieldType::Record(name) => name.clone(),
        FieldType::List(item) => format!("vec::Vec<{}>", rust_type(catalog, item)),
    }
}

fn option(inner: &str) -> String {
    format!("option::Option<{inner}>")
}

/// A field's Rust type: `Option` where it may be absent, and again where it may be
/// `null` (absent and `null` are different on the wire, and written back as received).
fn field_type(catalog: &CatalogView, field: &Field) -> String {
    let mut rust = rust_type(catalog, &field.field_type);
    if field.nullable {
        rust = option(&rust);
    }
    if field.optional {
        rust = option(&rust);
    }
    rust
}

/// The setter of an optional field or parameter: `with_date_created` (a raw identifier
/// loses its `r#`).
fn setter(ident: &str) -> String {
    format!("with_{}", ident.trim_start_matches("r#"))
}

/// The doc lines of an item: its description, escaped as Markdown, and notes.
fn doc(out: &mut String, paragraphs: &[String], indent: &str) {
    let text = paragraphs
        .iter()
        .filter(|paragraph| !paragraph.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join("\n\n");
    if !text.is_empty() {
        let _ = writeln!(out, "{}", rust_doc_lines(&text, indent));
    }
}

fn description(text: Option<&String>) -> String {
    text.map(|text| markdown::escape(text)).unwrap_or_default()
}

/// `name(args)` as rustfmt writes it at `indent`, followed by `tail`: on one line when the
/// arguments and the line fit, else one argument a line.
fn call(indent: &str, name: &str, args: &[String], tail: &str) -> String {
    let joined = args.join(", ");
    let line = format!("{indent}{name}({joined}){tail}");
    if joined.len() <= CALL_WIDTH && line.chars().count() <= MAX_WIDTH {
        return line;
    }
    let mut text = format!("{indent}{name}(\n");
    for arg in args {
        let _ = writeln!(text, "{indent}    {arg},");
    }
    let _ = write!(text, "{indent}){tail}");
    text
}

/// `lhs = name(args)` at `indent`, followed by `tail`, as rustfmt writes it: on one line
/// when it fits, else the call on the next line when it fits there, else one argument a
/// line.
fn assign(indent: &str, lhs: &str, name: &str, args: &[String], tail: &str) -> String {
    let joined = args.join(", ");
    let one_line = format!("{indent}{lhs} = {name}({joined}){tail}");
    let next_line = format!("{indent}    {name}({joined}){tail}");
    if joined.len() <= CALL_WIDTH && one_line.chars().count() <= MAX_WIDTH {
        one_line
    } else if joined.len() <= CALL_WIDTH && next_line.chars().count() <= MAX_WIDTH {
        format!("{indent}{lhs} =\n{next_line}")
    } else {
        call(indent, &format!("{lhs} = {name}"), args, tail)
    }
}

/// `{prefix}Self { … }{suffix}` at `indent` (the fields written `name` or `name: value`)
/// as rustfmt writes it: on one line when the fields are short, else one a line.
fn self_literal(indent: &str, prefix: &str, fields: &[String], suffix: &str) -> String {
    /// rustfmt's `struct_lit_width`.
    const STRUCT_LITERAL_WIDTH: usize = 18;
    let joined = fields.join(", ");
    if joined.len() <= STRUCT_LITERAL_WIDTH && !joined.is_empty() {
        return format!("{indent}{prefix}Self {{ {joined} }}{suffix}");
    }
    let mut text = format!("{indent}{prefix}Self {{\n");
    for field in fields {
        let _ = writeln!(text, "{indent}    {field},");
    }
    let _ = write!(text, "{indent}}}{suffix}");
    text
}

/// A function's signature as rustfmt writes it at `indent`: on one line when it fits,
/// else one parameter a line.
fn signature(indent: &str, name: &str, params: &[String], tail: &str) -> String {
    let line = format!("{indent}{name}({}){tail}", params.join(", "));
    if line.chars().count() <= MAX_WIDTH {
        return line;
    }
    let mut text = format!("{indent}{name}(\n");
    for param in params {
        let _ = writeln!(text, "{indent}    {param},");
    }
    let _ = write!(text, "{indent}){tail}");
    text
}

fn module_doc(out: &mut String, head: &str, catalog: &CatalogView, what: &str) {
    let _ = writeln!(out, "{head}");
    let text = format!(
        "{what}\n\nGenerated from {}.",
        markdown::code_span(catalog.spec_path)
    );
    let _ = writeln!(out, "{}", rust_inner_doc_lines(&text));
}

fn records(catalog: &CatalogView, head: &str) -> String {
    let spec = &catalog.catalog;
    let mut out = String::new();
    module_doc(
        &mut out,
        head,
        catalog,
        "The JSON objects the vendor's webhooks and API send, read and written with serde \
         (feature `serde`): a payload that is not of its record gets an \
         `eventgen::json::Error` that names the value's JSON path.",
    );
    out.push('\n');
    let imports = out.len();
    out.push_str("use ::eventgen::json;\n");
    for record in &spec.records {
        out.push('\n');
        record_struct(&mut out, catalog, record);
        out.push('\n');
        record_constructors(&mut out, catalog, record);
        out.push('\n');
        record_impls(&mut out, record);
    }
    // The catalog's type, as the records' fields read it.
    let type_name = &spec.type_name;
    let _ = write!(
        out,
        "
impl json::Read for super::{type_name} {{
    fn spec_type(out: &mut string::String) {{
        out.push_str({name});
    }}

    fn expected(out: &mut string::String) {{
        out.push_str(\"a string\");
    }}

    fn read<'de, D: json::Deserializer<'de>>(
        deserializer: D,
        at: &json::Path<'_>,
        context: &json::Context,
    ) -> ::core::result::Result<Self, D::Error> {{
        json::read_event(deserializer, at, context)
    }}
}}
",
        name = rust_string(type_name),
    );
    insert_imports(&mut out, imports);
    out
}

/// Imports the modules of `alloc` and `core` that the code after `at` names (`vec::Vec`),
/// rather than the types, which a record may be named like (`Option`, `String`).
fn insert_imports(out: &mut String, at: usize) {
    let code = &out[at..];
    let alloc: Vec<&str> = ["string", "vec"]
        .into_iter()
        .filter(|module| code.contains(&format!("{module}::")))
        .collect();
    let mut imports = String::new();
    // In rustfmt's order: `::core` first.
    if code.contains("option::") {
        imports.push_str("use ::core::option;\n");
    }
    match alloc.as_slice() {
        [] => {}
        // Through `eventgen`: the crate cannot `extern crate alloc` where a catalog's
        // module may be named `alloc`.
        [module] => {
            let _ = writeln!(imports, "use ::eventgen::__private::{module};");
        }
        modules => {
            let _ = writeln!(
                imports,
                "use ::eventgen::__private::{{{}}};",
                modules.join(", ")
            );
        }
    }
    out.insert_str(at, &imports);
}

fn record_struct(out: &mut String, catalog: &CatalogView, record: &Record) {
    let mut paragraphs = vec![description(record.description.as_ref())];
    paragraphs.push(match record.extra {
        Extra::Keep => "Keys the record does not list are kept in `extra`.".to_owned(),
        Extra::Reject => "A key the record does not list makes the payload invalid.".to_owned(),
    });
    doc(out, &paragraphs, "");
    // With no required field, `new` gives the record without fields, its default.
    let default = if record.fields.iter().any(|field| !field.optional) {
        ""
    } else {
        ", Default"
    };
    let _ = writeln!(out, "#[derive(Debug, Clone, PartialEq{default})]");
    let _ = writeln!(out, "#[non_exhaustive]");
    let _ = writeln!(out, "pub struct {} {{", record.name);
    for field in &record.fields {
        let mut paragraphs = vec![description(field.description.as_ref())];
        paragraphs.push(format!(
            "JSON key {}{}{}.",
            markdown::code_span(&field.name),
            if field.optional {
                ", `None` when absent"
            } else {
                ""
            },
            if field.nullable {
                if field.optional {
                    ", `Some(None)` when `null`"
                } else {
                    ", `None` when `null`"
                }
            } else {
                ""
            },
        ));
        doc(out, &paragraphs, "    ");
        let _ = writeln!(
            out,
            "    pub {}: {},",
            field.ident.rust,
            field_type(catalog, field)
        );
    }
    if record.extra == Extra::Keep {
        let _ = writeln!(
            out,
            "    /// The keys the record does not list, with their values, exactly as received.\n    pub {RUST_EXTRA_FIELD}: json::Map,"
        );
    }
    out.push_str("}\n");
}

fn record_constructors(out: &mut String, catalog: &CatalogView, record: &Record) {
    let required: Vec<&Field> = record.fields.iter().filter(|f| !f.optional).collect();
    let _ = writeln!(out, "impl {} {{", record.name);
    let _ = writeln!(
        out,
        "    /// A `{}` of its required fields, without the optional ones{}.",
        record.name,
        if record.extra == Extra::Keep {
            " or other keys"
        } else {
            ""
        }
    );
    if required.len() > 7 {
        out.push_str("    #[allow(clippy::too_many_arguments)]\n");
    }
    let params: Vec<String> = required
        .iter()
        .map(|field| format!("{}: {}", field.ident.rust, field_type(catalog, field)))
        .collect();
    let new = signature("    ", "pub fn new", &params, " -> Self {");
    let _ = writeln!(out, "{new}");
    let mut fields: Vec<String> = record
        .fields
        .iter()
        .map(|field| {
            if field.optional {
                format!("{}: None", field.ident.rust)
            } else {
                field.ident.rust.clone()
            }
        })
        .collect();
    if record.extra == Extra::Keep {
        fields.push(format!("{RUST_EXTRA_FIELD}: json::Map::new()"));
    }
    let _ = writeln!(out, "{}\n    }}", self_literal("        ", "", &fields, ""));
    let _ = writeln!(
        out,
        "
    /// Reads a `{}` from JSON bytes (a request's body): a payload that is not one gets an
    /// error that names the value's JSON path.
    pub fn from_json(bytes: &[u8]) -> ::core::result::Result<Self, json::Error> {{
        json::from_slice(bytes)
    }}",
        record.name
    );
    for field in record.fields.iter().filter(|field| field.optional) {
        let mut inner = rust_type(catalog, &field.field_type);
        if field.nullable {
            inner = option(&inner);
        }
        let ident = &field.ident.rust;
        let _ = writeln!(out, "\n    /// With `{ident}`.\n    #[must_use]");
        let with = signature(
            "    ",
            &format!("pub fn {}", setter(ident)),
            &["mut self".to_owned(), format!("{ident}: {inner}")],
            " -> Self {",
        );
        let _ = writeln!(out, "{with}");
        let _ = writeln!(
            out,
            "        self.{ident} = Some({ident});\n        self\n    }}"
        );
    }
    out.push_str("}\n");
}

fn record_impls(out: &mut String, record: &Record) {
    let name = &record.name;
    let _ = write!(
        out,
        "impl<'de> json::Deserialize<'de> for {name} {{
    fn deserialize<D: json::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {{
        json::deserialize(deserializer)
    }}
}}

impl json::Serialize for {name} {{
    fn serialize<S: json::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {{
        json::serialize(self, serializer)
    }}
}}

impl json::Record for {name} {{
    const NAME: &'static str = {literal};

    fn read_members<'de, A: json::MapAccess<'de>>(
        mut members: A,
        {unused}at: &json::Path<'_>,
        {unused}context: &json::Context,
    ) -> ::core::result::Result<Self, A::Error> {{
",
        literal = rust_string(name),
        // A record that keeps every key it is given reads no value of its own.
        unused = if record.fields.is_empty() && record.extra == Extra::Keep {
            "_"
        } else {
            ""
        },
    );
    read_members_body(out, record);
    out.push_str("    }\n\n");
    member_count(out, record);
    out.push('\n');
    write_members(out, record);
    out.push_str("}\n");
}

/// `.target_id`, as a Rust literal: the path segment of a field's key.
fn segment(field: &Field) -> String {
    let mut segment = String::new();
    push_key(&mut segment, &field.name);
    rust_string(&segment)
}

/// The local that holds a field's value while its object is read.
fn found(field: &Field) -> String {
    format!("found_{}", field.ident.rust.trim_start_matches("r#"))
}

fn read_members_body(out: &mut String, record: &Record) {
    let keep = record.extra == Extra::Keep;
    let fields = &record.fields;
    // One local per field, `found_target_id`, so that no field's name meets the
    // function's own (`members`, `at`, `context`, `key`).
    for field in fields {
        let _ = writeln!(out, "        let mut {} = None;", found(field));
    }
    if keep {
        let _ = writeln!(
            out,
            "        let mut {RUST_EXTRA_FIELD} = json::Map::new();"
        );
    }
    out.push_str("        while let Some(key) = members.next_key_seed(json::KeySeed)? {\n");
    let other = if keep {
        format!("json::keep(&mut members, key, &mut {RUST_EXTRA_FIELD})?")
    } else {
        "return Err(json::reject::<_, Self>(at, &key, context))".to_owned()
    };
    if fields.is_empty() {
        let _ = writeln!(out, "            {other};");
    } else {
        out.push_str("            match key.as_str() {\n");
        for field in fields {
            let _ = writeln!(out, "                {} => {{", rust_string(&field.name));
            let read = assign(
                "                    ",
                &found(field),
                "json::member",
                &[
                    "&mut members".to_owned(),
                    "at".to_owned(),
                    segment(field),
                    "context".to_owned(),
                ],
                "?;",
            );
            let _ = writeln!(out, "{read}");
            out.push_str("                }\n");
        }
        let _ = writeln!(out, "                _ => {other},");
        out.push_str("            }\n");
    }
    out.push_str("        }\n");
    // Without required fields, the fields are short enough for rustfmt to keep them on
    // one line, where they fit.
    if fields.iter().all(|field| field.optional) {
        let mut entries: Vec<String> = fields
            .iter()
            .map(|field| format!("{}: {}", field.ident.rust, found(field)))
            .collect();
        if keep {
            entries.push(RUST_EXTRA_FIELD.to_owned());
        }
        let _ = writeln!(out, "{}", self_literal("        ", "Ok(", &entries, ")"));
        return;
    }
    out.push_str("        Ok(Self {\n");
    for field in fields {
        let ident = &field.ident.rust;
        if field.optional {
            let _ = writeln!(out, "            {ident}: {},", found(field));
        } else {
            let required = call(
                "            ",
                &format!("{ident}: json::required::<_, A::Error>"),
                &[
                    found(field),
                    "at".to_owned(),
                    segment(field),
                    "context".to_owned(),
                ],
                "?,",
            );
            let _ = writeln!(out, "{required}");
        }
    }
    if keep {
        let _ = writeln!(out, "            {RUST_EXTRA_FIELD},");
    }
    out.push_str("        })\n");
}

fn member_count(out: &mut String, record: &Record) {
    let required = record.fields.iter().filter(|field| !field.optional).count();
    let mut terms = vec![required.to_string()];
    for field in record.fields.iter().filter(|field| field.optional) {
        terms.push(format!("usize::from(self.{}.is_some())", field.ident.rust));
    }
    if record.extra == Extra::Keep {
        terms.push(format!("self.{RUST_EXTRA_FIELD}.len()"));
    }
    if terms.len() > 1 && terms[0] == "0" {
        terms.remove(0);
    }
    out.push_str("    fn member_count(&self) -> usize {\n");
    let line = format!("        {}", terms.join(" + "));
    if line.chars().count() <= MAX_WIDTH {
        let _ = writeln!(out, "{line}");
    } else {
        let _ = writeln!(out, "        {} + {}", terms[0], terms[1]);
        for term in &terms[2..] {
            let _ = writeln!(out, "            + {term}");
        }
    }
    out.push_str("    }\n");
}

fn write_members(out: &mut String, record: &Record) {
    out.push_str(
        "    fn write_members<M: json::SerializeMap>(
        &self,
        members: &mut M,
    ) -> ::core::result::Result<(), M::Error> {
",
    );
    for field in &record.fields {
        let key = rust_string(&field.name);
        let ident = &field.ident.rust;
        if field.optional {
            let _ = writeln!(out, "        if let Some(value) = &self.{ident} {{");
            let entry = call(
                "            ",
                "members.serialize_entry",
                &[key, "value".to_owned()],
                "?;",
            );
            let _ = writeln!(out, "{entry}");
            out.push_str("        }\n");
        } else {
            let entry = call(
                "        ",
                "members.serialize_entry",
                &[key, format!("&self.{ident}")],
                "?;",
            );
            let _ = writeln!(out, "{entry}");
        }
    }
    if record.extra == Extra::Keep {
        let _ = writeln!(
            out,
            "        for (key, value) in &self.{RUST_EXTRA_FIELD} {{\n            members.serialize_entry(key, value)?;\n        }}"
        );
    }
    out.push_str("        Ok(())\n    }\n");
}

fn queries(catalog: &CatalogView, head: &str) -> String {
    let spec = &catalog.catalog;
    let mut out = String::new();
    module_doc(
        &mut out,
        head,
        catalog,
        "The query parameters of the vendor's API, one type per endpoint that takes any: \
         `query_pairs` gives the names and values to send.",
    );
    out.push('\n');
    let imports = out.len();
    for endpoint in &spec.endpoints {
        let Some(query) = &endpoint.query else {
            continue;
        };
        out.push('\n');
        query_type(&mut out, catalog, endpoint, query);
    }
    insert_imports(&mut out, imports);
    out
}

fn parameter_type(catalog: &CatalogView, parameter: &Parameter) -> String {
    match parameter.parameter_type {
        FieldType::Number => "f64".to_owned(),
        // A query is written: the event's name is what is sent.
        FieldType::Event(_) => format!("super::{}", catalog.catalog.type_name),
        ref other => rust_type(catalog, other),
    }
}

fn query_type(out: &mut String, catalog: &CatalogView, endpoint: &Endpoint, query: &str) {
    let mut paragraphs = vec![format!(
        "The query of {}: {}.",
        markdown::code_span(&endpoint.name),
        markdown::code_span(&format!("{} {}", endpoint.method, endpoint.url)),
    )];
    paragraphs.push(description(endpoint.summary.as_ref()));
    doc(out, &paragraphs, "");
    // With no required parameter, `new` gives the empty query, which is its default.
    let default = if endpoint.parameters.iter().any(|p| p.required) {
        ""
    } else {
        ", Default"
    };
    let _ = writeln!(
        out,
        "#[derive(Debug, Clone, PartialEq{default})]\n#[non_exhaustive]"
    );
    let _ = writeln!(out, "pub struct {query} {{");
    for parameter in &endpoint.parameters {
        let mut paragraphs = vec![description(parameter.description.as_ref())];
        if !parameter.values.is_empty() {
            let values: Vec<String> = parameter
                .values
                .iter()
                .map(|value| {
                    let shown = markdown::code_span(&value.value.to_string());
                    match &value.description {
                        Some(text) => format!("- {shown}: {}", markdown::escape(text)),
                        None => format!("- {shown}"),
                    }
                })
                .collect();
            paragraphs.push(values.join("\n"));
        }
        paragraphs.push(format!(
            "Query parameter {}{}.",
            markdown::code_span(&parameter.name),
            if parameter.required { ", required" } else { "" }
        ));
        doc(out, &paragraphs, "    ");
        let rust = parameter_type(catalog, parameter);
        let rust = if parameter.required {
            rust
        } else {
            option(&rust)
        };
        let _ = writeln!(out, "    pub {}: {rust},", parameter.ident.rust);
    }
    out.push_str("}\n\n");
    query_impl(out, catalog, endpoint, query);
}

/// The query type's endpoint, constructors and query string pairs.
fn query_impl(out: &mut String, catalog: &CatalogView, endpoint: &Endpoint, query: &str) {
    let _ = writeln!(out, "impl {query} {{");
    let _ = writeln!(
        out,
        "    /// The endpoint the query is for.\n    pub const ENDPOINT: ::eventgen::Endpoint = super::{ENDPOINTS_MODULE}::{};\n",
        endpoint_const(endpoint)
    );
    let required: Vec<&Parameter> = endpoint.parameters.iter().filter(|p| p.required).collect();
    let _ = writeln!(
        out,
        "    /// A query of its required parameters, without the optional ones."
    );
    if required.len() > 7 {
        out.push_str("    #[allow(clippy::too_many_arguments)]\n");
    }
    let params: Vec<String> = required
        .iter()
        .map(|p| format!("{}: {}", p.ident.rust, parameter_type(catalog, p)))
        .collect();
    let _ = writeln!(
        out,
        "{}",
        signature("    ", "pub fn new", &params, " -> Self {")
    );
    let fields: Vec<String> = endpoint
        .parameters
        .iter()
        .map(|parameter| {
            if parameter.required {
                parameter.ident.rust.clone()
            } else {
                format!("{}: None", parameter.ident.rust)
            }
        })
        .collect();
    let _ = writeln!(out, "{}\n    }}", self_literal("        ", "", &fields, ""));
    for parameter in endpoint.parameters.iter().filter(|p| !p.required) {
        let ident = &parameter.ident.rust;
        let _ = writeln!(out, "\n    /// With `{ident}`.\n    #[must_use]");
        let with = signature(
            "    ",
            &format!("pub fn {}", setter(ident)),
            &[
                "mut self".to_owned(),
                format!("{ident}: {}", parameter_type(catalog, parameter)),
            ],
            " -> Self {",
        );
        let _ = writeln!(out, "{with}");
        let _ = writeln!(
            out,
            "        self.{ident} = Some({ident});\n        self\n    }}"
        );
    }
    out.push_str(
        "
    /// The parameters given, as the query string names and writes them, in the
    /// document's order.
    pub fn query_pairs(&self) -> vec::Vec<(&'static str, string::String)> {
        let mut pairs = vec::Vec::new();
",
    );
    for parameter in &endpoint.parameters {
        let name = rust_string(&parameter.name);
        let ident = &parameter.ident.rust;
        let push = call("", "pairs.push", &[format!("({name}, value)")], ";");
        if parameter.required {
            let value = query_value(parameter, &format!("&self.{ident}"));
            let _ = writeln!(out, "        let value = {value};");
            let _ = writeln!(out, "{}", indented(&push, "        "));
        } else {
            let value = query_value(parameter, "value");
            let _ = writeln!(
                out,
                "        if let Some(value) = &self.{ident} {{\n            let value = {value};"
            );
            let _ = writeln!(out, "{}\n        }}", indented(&push, "            "));
        }
    }
    out.push_str("        pairs\n    }\n}\n");
}

/// How a parameter's value is written in the query string: text as it is, an event as
/// its wire value, numbers and booleans as Rust displays them (`1`, `0.5`, `true`).
fn query_value(parameter: &Parameter, reference: &str) -> String {
    match parameter.parameter_type {
        FieldType::String => format!("string::String::clone({reference})"),
        FieldType::Event(_) => format!("::eventgen::EventType::name({reference}).into()"),
        _ => format!("string::ToString::to_string({reference})"),
    }
}

/// Lines laid out at column 0 moved to `indent`.
fn indented(text: &str, indent: &str) -> String {
    text.lines()
        .map(|line| format!("{indent}{line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// An endpoint's constant: its id in `SCREAMING_SNAKE_CASE` (`export-all` →
/// `EXPORT_ALL`), which is the identifier Python derives for it.
fn endpoint_const(endpoint: &Endpoint) -> &str {
    &endpoint.ident.python
}

fn endpoints(catalog: &CatalogView, head: &str) -> String {
    let spec = &catalog.catalog;
    let mut out = String::new();
    module_doc(
        &mut out,
        head,
        catalog,
        "The requests the vendor's API takes: method, URL and path, for any HTTP client.",
    );
    for endpoint in &spec.endpoints {
        out.push('\n');
        let mut paragraphs = vec![description(endpoint.summary.as_ref())];
        paragraphs.push(description(endpoint.description.as_ref()));
        let mut types = Vec::new();
        if let Some(query) = &endpoint.query {
            types.push(format!("Query: `{query}`."));
        }
        if let Some(response) = &endpoint.response {
            types.push(format!("Response: `{response}`."));
        }
        if let Some(error) = &endpoint.error {
            types.push(format!("Error: `{error}`."));
        }
        paragraphs.push(types.join(" "));
        doc(&mut out, &paragraphs, "");
        let args = [
            rust_string(&endpoint.name),
            rust_string(endpoint.method.as_str()),
            rust_string(&endpoint.url),
            rust_string(endpoint.path()),
        ];
        let constant = format!(
            "pub const {}: ::eventgen::Endpoint",
            endpoint_const(endpoint)
        );
        let _ = writeln!(
            out,
            "{}",
            assign("", &constant, "::eventgen::Endpoint::new", &args, ";")
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_break_as_rustfmt_breaks_them() {
        assert_eq!(call("", "f", &["a".into(), "b".into()], ";"), "f(a, b);");
        let long = "x".repeat(61);
        assert_eq!(
            call("    ", "f", std::slice::from_ref(&long), ";"),
            format!("    f(\n        {long},\n    );")
        );
    }
}
