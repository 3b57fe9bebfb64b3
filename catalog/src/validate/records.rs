//! Raw records and endpoints → the model's [`Record`]s and [`Endpoint`]s: what their
//! values mean, checked across the catalog.
//!
//! - every name is usable in every language: record and query type names are ASCII
//!   UpperCamelCase, none reserved ([`reserved::record_name_problem`]), none taken by
//!   another record or query type, by the catalog's type or any name the packages derive
//!   from these ([`TypeScriptNames`], [`RecordNames`]);
//! - every type a field, a parameter or an endpoint names exists (a record may be used
//!   before it is defined), with the closest name suggested, and no record contains
//!   itself, directly or through others;
//! - field and parameter names are wire values, distinct within their record or
//!   endpoint, and each gets a Rust identifier of its own ([`naming::derive_field_idents`]);
//! - URLs are absolute, methods are HTTP's, documented values are of their parameter's
//!   type and distinct;
//! - the examples are JSON, and each is a payload its record accepts
//!   ([`crate::payload`]), errors placed at their line in the spec.
//!
//! Each problem is reported once, at the value at fault; an item found wrong is left out
//! of the checks that would only repeat it.

use std::collections::{HashMap, HashSet};

use super::Validator;
use crate::api::{
    DocumentedValue, Endpoint, Example, Extra, Field, FieldType, Literal, Method, Parameter, Record,
};
use crate::diagnostic::{Diagnostic, Position, item_context};
use crate::json;
use crate::naming::{self, FieldIdents, PythonNames, RecordNames, TypeScriptNames};
use crate::parse::{
    Located, RawEndpoint, RawExample, RawField, RawLiteral, RawParameter, RawRecord, RawValue,
};
use crate::reserved;
use crate::rules::check_url;
use crate::suggest::did_you_mean;

/// What the records and endpoints need to know of the rest of the catalog.
pub(super) struct Context<'a> {
    /// The catalog's type name, which fields name the event type by; `None` when it is
    /// not known (no `type` and no valid id), and references to it cannot be told from
    /// mistakes.
    pub(super) type_name: Option<&'a str>,
    /// Whether the catalog's events have codes (its TypeScript module exports more).
    pub(super) coded: bool,
    /// The catch-all's name: a variant of the Rust enum, not a type, but a record of that
    /// name would read as the catalog's unknown values.
    pub(super) other: &'a str,
}

/// A type as written, before its names are resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Notation {
    Named(String),
    List(Box<Notation>),
}

/// The checked records and endpoints; `None` when anything is wrong (reported).
pub(super) fn validate(
    v: &mut Validator<'_>,
    records: Vec<Located<RawRecord>>,
    endpoints: Vec<Located<RawEndpoint>>,
    context: &Context<'_>,
) -> Option<(Vec<Record>, Vec<Endpoint>)> {
    let before = v.diagnostics.len();
    let records: Vec<Shaped<RecordDraft>> = records.into_iter().map(|raw| v.record(raw)).collect();
    let endpoints: Vec<Shaped<EndpointDraft>> = endpoints
        .into_iter()
        .map(|raw| v.endpoint(raw, context))
        .collect();
    v.type_names(&records, &endpoints, context);
    v.distinct_endpoints(&endpoints);
    // Every record with a name of the right shape, even one reported as taken, so that
    // the fields naming it are not reported too.
    let known: Vec<String> = records
        .iter()
        .filter(|record| naming::is_type_ident(&record.draft.name.value))
        .map(|record| record.draft.name.value.clone())
        .collect();
    let known: Vec<&str> = known.iter().map(String::as_str).collect();
    let resolver = Resolver {
        type_name: context.type_name,
        records: &known,
    };
    let records: Vec<Option<Record>> = records
        .into_iter()
        .map(|record| v.resolve_record(record, &resolver))
        .collect();
    let endpoints: Vec<Option<Endpoint>> = endpoints
        .into_iter()
        .map(|endpoint| v.resolve_endpoint(endpoint, &resolver))
        .collect();
    let records: Option<Vec<Record>> = records.into_iter().collect();
    let endpoints: Option<Vec<Endpoint>> = endpoints.into_iter().collect();
    let (records, endpoints) = (records?, endpoints?);
    if v.diagnostics.len() > before {
        return None;
    }
    v.no_cycles(&records);
    if v.diagnostics.len() > before {
        return None;
    }
    for record in &records {
        v.examples_match(record, &records);
    }
    (v.diagnostics.len() == before).then_some((records, endpoints))
}

/// An item whose own values were checked, and whether its name can be used in the
/// checks across items.
struct Shaped<T> {
    draft: T,
    name_ok: bool,
}

struct RecordDraft {
    context: String,
    name: Located<String>,
    description: Option<String>,
    extra: Extra,
    fields: Option<Vec<FieldDraft>>,
    examples: Vec<ExampleDraft>,
}

struct FieldDraft {
    context: String,
    name: String,
    idents: Option<FieldIdents>,
    notation: Option<Located<Notation>>,
    optional: bool,
    nullable: bool,
    description: Option<String>,
    position: Position,
}

struct ExampleDraft {
    context: String,
    description: Option<String>,
    text: String,
    value: Option<json::Json>,
    /// Where the JSON text is written, and whether its lines are the spec's (a literal
    /// block scalar, whose first content character is at the position).
    at: Position,
    block: bool,
}

struct EndpointDraft {
    context: String,
    name: Located<String>,
    idents: Option<naming::Idents>,
    summary: Option<String>,
    description: Option<String>,
    method: Option<Method>,
    url: Option<String>,
    link: Option<String>,
    /// The query type's name, given or derived, and where it is (or the endpoint's name).
    query: Option<Located<String>>,
    query_given: bool,
    parameters: Option<Vec<ParameterDraft>>,
    response: Option<Located<Notation>>,
    error: Option<Located<Notation>>,
    position: Position,
}

struct ParameterDraft {
    context: String,
    name: String,
    idents: Option<FieldIdents>,
    notation: Option<Located<Notation>>,
    required: bool,
    description: Option<String>,
    values: Option<Vec<Located<DocumentedDraft>>>,
    position: Position,
}

/// A documented value as written, and its description.
type DocumentedDraft = (RawLiteral, Option<String>);

/// What type names mean: the scalars, the catalog's type, the records.
struct Resolver<'a> {
    type_name: Option<&'a str>,
    records: &'a [&'a str],
}

impl Validator<'_> {
    fn record(&mut self, raw: Located<RawRecord>) -> Shaped<RecordDraft> {
        let Located {
            value: raw,
            position: _,
        } = raw;
        let context = item_context("record", raw.number, Some(&raw.name.value));
        let name_ok = self.type_ident("the record name", &raw.name)
            && self.name_not_reserved("record", &raw.name);
        if let Some(description) = &raw.description {
            self.optional_text("`description`", description, Some(&context));
        }
        let extra = raw.extra.map_or(Extra::Keep, |extra| extra.value);
        let fields = raw.fields.map(|fields| {
            let fields: Vec<FieldDraft> = fields
                .value
                .into_iter()
                .map(|field| self.field(field, &context))
                .collect();
            self.distinct_fields(&fields, extra, &context);
            fields
        });
        let examples = raw
            .examples
            .map(|examples| examples.value)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|example| self.example(example, &context))
            .collect();
        Shaped {
            draft: RecordDraft {
                context,
                name: raw.name,
                description: raw.description.map(|text| text.value),
                extra,
                fields,
                examples,
            },
            name_ok,
        }
    }

    /// A record or query type name that a language or a package takes.
    fn name_not_reserved(&mut self, what: &str, name: &Located<String>) -> bool {
        let Some(problem) = reserved::record_name_problem(&name.value) else {
            return true;
        };
        self.error(
            Diagnostic::new(
                name.position,
                format!("the {what} name `{}` is taken", name.value),
            )
            .with_note(problem)
            .with_note(format!("the {what} has this name in every language"))
            .with_help(format!(
                "choose another name, e.g. `{}{}`",
                name.value,
                if what == "record" { "Record" } else { "Params" }
            )),
        );
        false
    }

    fn field(&mut self, raw: Located<RawField>, record: &str) -> FieldDraft {
        let Located {
            value: raw,
            position,
        } = raw;
        let context = format!(
            "{}, {record}",
            item_context("field", raw.number, Some(&raw.name.value))
        );
        let name_ok = self.wire_value("the field name", &raw.name, &context);
        let idents = name_ok
            .then(|| self.field_idents(&raw.name, raw.ident.as_ref(), &context))
            .flatten();
        let notation = raw
            .field_type
            .and_then(|written| self.notation(&written, &context));
        if let Some(description) = &raw.description {
            self.optional_text("`description`", description, Some(&context));
        }
        FieldDraft {
            context,
            name: raw.name.value,
            idents,
            notation,
            optional: raw.optional.is_some_and(|flag| flag.value),
            nullable: raw.nullable.is_some_and(|flag| flag.value),
            description: raw.description.map(|text| text.value),
            position,
        }
    }

    /// A field's or parameter's identifiers, from its `ident` or its name.
    fn field_idents(
        &mut self,
        name: &Located<String>,
        ident: Option<&Located<String>>,
        context: &str,
    ) -> Option<FieldIdents> {
        let (source, at) = match ident {
            Some(ident) => (ident, ident.position),
            None => (name, name.position),
        };
        let error = match naming::derive_field_idents(&name.value, &source.value) {
            Ok(idents)
                if ident.is_none_or(|ident| {
                    ident.value.starts_with(|c: char| c.is_ascii_alphabetic())
                }) =>
            {
                return Some(idents);
            }
            Ok(_) => "it does not start with an ASCII letter".to_owned(),
            Err(error) => error.to_string(),
        };
        let (message, help) = if ident.is_some() {
            (
                format!(
                    "`ident` `{}` is not a valid identifier: {error}",
                    source.value.escape_debug()
                ),
                "write the identifier's words in ASCII, separated by `-`, e.g. `ident: target-ref`",
            )
        } else {
            (
                format!(
                    "no Rust field name can be derived from `{}`: {error}",
                    source.value.escape_debug()
                ),
                "add an `ident` with the Rust name's words in ASCII, separated by `-`, e.g. `ident: target-ref`; the key stays as it is",
            )
        };
        self.error(
            Diagnostic::new(at, message)
                .with_note(context)
                .with_help(help),
        );
        None
    }

    /// A type as written: `string`, `Target`, `list<Target>`.
    fn notation(&mut self, written: &Located<String>, context: &str) -> Option<Located<Notation>> {
        match parse_notation(&written.value) {
            Ok(notation) => Some(Located {
                value: notation,
                position: written.position,
            }),
            Err((message, help)) => {
                self.error(
                    Diagnostic::new(written.position, message)
                        .with_note(context)
                        .with_help(help),
                );
                None
            }
        }
    }

    /// Field names are distinct, and so are their Rust names, none of which is the
    /// field that keeps unknown keys.
    fn distinct_fields(&mut self, fields: &[FieldDraft], extra: Extra, record: &str) {
        let mut names: HashMap<&str, &FieldDraft> = HashMap::new();
        let mut rust: HashMap<&str, &FieldDraft> = HashMap::new();
        for field in fields {
            if let Some(first) = names.get(field.name.as_str()) {
                self.error(
                    Diagnostic::new(
                        field.position,
                        format!(
                            "duplicate field `{}`: it is already field #{} (line {})",
                            field.name.escape_debug(),
                            number_of(&first.context),
                            first.position.line
                        ),
                    )
                    .with_note(record)
                    .with_help("a key appears once in a JSON object: remove one of the two"),
                );
                continue;
            }
            names.insert(&field.name, field);
            let Some(idents) = &field.idents else {
                continue;
            };
            if extra == Extra::Keep && idents.rust == reserved::RUST_EXTRA_FIELD {
                self.error(
                    Diagnostic::new(
                        field.position,
                        format!(
                            "field `{}` gets the Rust name `{}`, which holds the keys the record does not list",
                            field.name.escape_debug(),
                            idents.rust
                        ),
                    )
                    .with_note(record)
                    .with_note("a record with `extra: keep` keeps the keys it does not list in a Rust field of that name")
                    .with_help("give this field an `ident`, e.g. `ident: extra-value`; the key stays as it is"),
                );
            }
            if let Some(first) = rust.get(idents.rust.as_str()) {
                self.error(
                    Diagnostic::new(
                        field.position,
                        format!(
                            "field `{}` gets the same Rust name as field `{}`: `{}`",
                            field.name.escape_debug(),
                            first.name.escape_debug(),
                            idents.rust
                        ),
                    )
                    .with_note(record)
                    .with_help("give one of them an `ident`, e.g. `ident: other-name`; the keys stay as they are"),
                );
                continue;
            }
            rust.insert(&idents.rust, field);
        }
    }

    fn example(&mut self, raw: Located<RawExample>, record: &str) -> Option<ExampleDraft> {
        let raw = raw.value;
        let context = format!("{}, {record}", item_context("example", raw.number, None));
        if let Some(description) = &raw.description {
            self.optional_text("`description`", description, Some(&context));
        }
        let text = raw.json?;
        let (at, block) = match raw.block {
            Some(start) => (start, true),
            None => (text.position, false),
        };
        let mut draft = ExampleDraft {
            context,
            description: raw.description.map(|text| text.value),
            text: text.value,
            value: None,
            at,
            block,
        };
        match json::parse(&draft.text) {
            Ok(value) => draft.value = Some(value),
            Err(error) => {
                let at = draft.position_of(error.offset);
                self.error(
                    Diagnostic::new(at, format!("the example is not JSON: {}", error.message))
                        .with_note(draft.context.clone())
                        .with_help("copy the example exactly as the document prints it, as a literal block (`json: |`)"),
                );
            }
        }
        Some(draft)
    }

    fn endpoint(
        &mut self,
        raw: Located<RawEndpoint>,
        context: &Context<'_>,
    ) -> Shaped<EndpointDraft> {
        let Located {
            value: raw,
            position,
        } = raw;
        let item = item_context("endpoint", raw.number, Some(&raw.name.value));
        let name_ok = self.endpoint_name(&raw.name, &item);
        let idents = name_ok
            .then(|| naming::derive_idents(&raw.name.value).ok())
            .flatten();
        for (key, text) in [
            ("`summary`", &raw.summary),
            ("`description`", &raw.description),
        ] {
            if let Some(text) = text {
                self.optional_text(key, text, Some(&item));
            }
        }
        let method = raw.method.and_then(|method| self.method(&method, &item));
        let url = raw
            .url
            .filter(|url| self.url("the endpoint's `url`", url, &item))
            .map(|url| url.value);
        let link = raw
            .link
            .filter(|link| self.url("the endpoint's `link`", link, &item))
            .map(|link| link.value);
        let parameters = raw.parameters.map(|parameters| {
            let parameters: Vec<ParameterDraft> = parameters
                .value
                .into_iter()
                .map(|parameter| self.parameter(parameter, &item))
                .collect();
            self.distinct_parameters(&parameters, &item);
            parameters
        });
        let has_parameters = parameters.as_ref().is_some_and(|list| !list.is_empty());
        let query_given = raw.query.is_some();
        let query = match raw.query {
            Some(query) if !has_parameters => {
                self.error(
                    Diagnostic::new(
                        query.position,
                        format!(
                            "the endpoint has no parameters, so no query type `{}`",
                            query.value
                        ),
                    )
                    .with_note(item.clone())
                    .with_help("remove `query`, or list the endpoint's `parameters`"),
                );
                None
            }
            Some(query) => (self.type_ident("the query type name", &query)
                && self.name_not_reserved("query type", &query))
            .then_some(query),
            None if has_parameters && name_ok => context.type_name.map(|type_name| Located {
                value: naming::default_query_name(type_name, &raw.name.value),
                position: raw.name.position,
            }),
            None => None,
        };
        let notation = |v: &mut Self, written: Option<Located<String>>| {
            written.and_then(|written| v.notation(&written, &item))
        };
        let response = notation(self, raw.response);
        let error = notation(self, raw.error);
        Shaped {
            draft: EndpointDraft {
                context: item.clone(),
                name: raw.name,
                idents,
                summary: raw.summary.map(|text| text.value),
                description: raw.description.map(|text| text.value),
                method,
                url,
                link,
                query,
                query_given,
                parameters,
                response,
                error,
                position,
            },
            name_ok,
        }
    }

    fn endpoint_name(&mut self, name: &Located<String>, context: &str) -> bool {
        if naming::is_catalog_id(&name.value) {
            return true;
        }
        let suggestion = heck::ToKebabCase::to_kebab_case(name.value.as_str());
        let rule = "an endpoint's name is lowercase letters, digits and single hyphens, starting with a letter";
        let help = if naming::is_catalog_id(&suggestion) {
            format!("{rule}: `{suggestion}`")
        } else {
            format!("{rule}, e.g. `list`")
        };
        self.error(
            Diagnostic::new(
                name.position,
                format!("invalid endpoint name `{}`", name.value.escape_debug()),
            )
            .with_note(context)
            .with_help(help),
        );
        false
    }

    fn method(&mut self, method: &Located<String>, context: &str) -> Option<Method> {
        if let Ok(known) = method.value.parse() {
            return Some(known);
        }
        let upper = method.value.to_ascii_uppercase();
        let help = if Method::NAMES.contains(&upper.as_str()) {
            format!("HTTP writes methods in upper case: `{upper}`")
        } else {
            format!(
                "use one of {}",
                Method::NAMES
                    .iter()
                    .map(|name| format!("`{name}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        self.error(
            Diagnostic::new(
                method.position,
                format!("unknown HTTP method `{}`", method.value.escape_debug()),
            )
            .with_note(context)
            .with_help(help),
        );
        None
    }

    /// An absolute `http(s)` URL; returns whether it is one.
    pub(super) fn url(&mut self, what: &str, url: &Located<String>, context: &str) -> bool {
        let Err(problem) = check_url(what, &url.value) else {
            return true;
        };
        self.error(
            Diagnostic::new(url.position, problem.message)
                .with_note(context)
                .with_help(problem.help),
        );
        false
    }

    fn parameter(&mut self, raw: Located<RawParameter>, endpoint: &str) -> ParameterDraft {
        let Located {
            value: raw,
            position,
        } = raw;
        let context = format!(
            "{}, {endpoint}",
            item_context("parameter", raw.number, Some(&raw.name.value))
        );
        let name_ok = self.wire_value("the parameter name", &raw.name, &context);
        let idents = name_ok
            .then(|| self.field_idents(&raw.name, raw.ident.as_ref(), &context))
            .flatten();
        let notation = raw
            .parameter_type
            .and_then(|written| self.notation(&written, &context));
        if let Some(description) = &raw.description {
            self.optional_text("`description`", description, Some(&context));
        }
        let values = raw.values.map(|values| {
            values
                .value
                .into_iter()
                .filter_map(|value| {
                    let RawValue { value, description } = value.value;
                    if let Some(description) = &description {
                        self.optional_text("`description`", description, Some(&context));
                    }
                    let value = value?;
                    Some(Located {
                        value: (value.value, description.map(|text| text.value)),
                        position: value.position,
                    })
                })
                .collect()
        });
        ParameterDraft {
            context,
            name: raw.name.value,
            idents,
            notation,
            required: raw.required.is_some_and(|flag| flag.value),
            description: raw.description.map(|text| text.value),
            values,
            position,
        }
    }

    fn distinct_parameters(&mut self, parameters: &[ParameterDraft], endpoint: &str) {
        let mut names: HashMap<&str, &ParameterDraft> = HashMap::new();
        let mut rust: HashMap<&str, &ParameterDraft> = HashMap::new();
        for parameter in parameters {
            if let Some(first) = names.get(parameter.name.as_str()) {
                self.error(
                    Diagnostic::new(
                        parameter.position,
                        format!(
                            "duplicate parameter `{}`: it is already parameter #{} (line {})",
                            parameter.name.escape_debug(),
                            number_of(&first.context),
                            first.position.line
                        ),
                    )
                    .with_note(endpoint)
                    .with_help("remove one of the two"),
                );
                continue;
            }
            names.insert(&parameter.name, parameter);
            let Some(idents) = &parameter.idents else {
                continue;
            };
            if let Some(first) = rust.get(idents.rust.as_str()) {
                self.error(
                    Diagnostic::new(
                        parameter.position,
                        format!(
                            "parameter `{}` gets the same Rust name as parameter `{}`: `{}`",
                            parameter.name.escape_debug(),
                            first.name.escape_debug(),
                            idents.rust
                        ),
                    )
                    .with_note(endpoint)
                    .with_help("give one of them an `ident`, e.g. `ident: other-name`; the names stay as they are"),
                );
                continue;
            }
            rust.insert(&idents.rust, parameter);
        }
    }

    /// Record and query type names, and the names the bindings derive from them, are
    /// distinct from each other and from the catalog's type and its derived names.
    fn type_names(
        &mut self,
        records: &[Shaped<RecordDraft>],
        endpoints: &[Shaped<EndpointDraft>],
        context: &Context<'_>,
    ) {
        // Each name, and what holds it: "the catalog's type", "record #2 `X`".
        let mut taken: HashMap<String, (String, Option<Position>)> = HashMap::new();
        taken.insert(
            context.other.to_owned(),
            ("the catalog's catch-all name".to_owned(), None),
        );
        if let Some(type_name) = context.type_name {
            let typescript = TypeScriptNames::new(type_name, context.coded);
            let python = PythonNames::new(type_name);
            let derived = typescript
                .all()
                .into_iter()
                .chain(typescript.zod())
                .map(|(name, role)| (name, role, "TypeScript"))
                .chain(python.all().map(|(name, role)| (name, role, "Python")));
            for (name, role, language) in derived {
                let owner = if role == "type" {
                    "the catalog's type name".to_owned()
                } else {
                    format!("the catalog's {language} {role}")
                };
                taken.entry(name.to_owned()).or_insert((owner, None));
            }
        }
        let items = records
            .iter()
            .filter(|record| record.name_ok)
            .map(|record| {
                (
                    "record",
                    &record.draft.name,
                    format!("record `{}`", record.draft.name.value),
                    record.draft.context.clone(),
                )
            })
            .chain(endpoints.iter().filter_map(|endpoint| {
                let query = endpoint.draft.query.as_ref()?;
                let owner = format!("the query type of endpoint `{}`", endpoint.draft.name.value);
                Some(("query type", query, owner, endpoint.draft.context.clone()))
            }));
        for (what, name, owner, item) in items {
            let names = RecordNames::new(&name.value);
            let clash = names.all().into_iter().find_map(|(derived, role)| {
                taken
                    .get(derived)
                    .map(|first| (derived.to_owned(), role, first.clone()))
            });
            if let Some((derived, role, (first, first_at))) = clash {
                let place = first_at
                    .map(|at| format!(" (line {})", at.line))
                    .unwrap_or_default();
                let message = if role == "type" && first == format!("the name of {owner}") {
                    format!("duplicate {what} `{derived}`: it is already defined{place}")
                } else if role == "type" {
                    format!("the {what} name `{derived}` is already {first}{place}")
                } else {
                    format!("the {role} of {owner}, `{derived}`, is already {first}{place}")
                };
                let help = if what == "query type" && !endpoint_query_given(endpoints, name) {
                    "name the query type with `query:`, e.g. `query: MyEndpointQuery`".to_owned()
                } else if first == format!("the name of {owner}") {
                    format!("a {what} is defined once: remove one of the two, or rename it")
                } else {
                    format!("choose another {what} name")
                };
                self.error(
                    Diagnostic::new(name.position, message)
                        .with_note(item)
                        .with_note("records and query types are exported beside the catalog's type, by name, in every package")
                        .with_help(help),
                );
                continue;
            }
            for (derived, role) in names.all() {
                let holder = if role == "type" {
                    format!("the name of {owner}")
                } else {
                    format!("the {role} of {owner}")
                };
                taken.insert(derived.to_owned(), (holder, Some(name.position)));
            }
        }
    }

    /// Endpoint names, and the identifiers derived from them, are distinct.
    fn distinct_endpoints(&mut self, endpoints: &[Shaped<EndpointDraft>]) {
        let mut names: HashMap<&str, &EndpointDraft> = HashMap::new();
        let mut idents: HashMap<&naming::Idents, &EndpointDraft> = HashMap::new();
        for endpoint in endpoints.iter().filter(|endpoint| endpoint.name_ok) {
            let draft = &endpoint.draft;
            if let Some(first) = names.get(draft.name.value.as_str()) {
                self.error(
                    Diagnostic::new(
                        draft.name.position,
                        format!(
                            "duplicate endpoint `{}`: it is already {}",
                            draft.name.value,
                            first.context.trim_start_matches("in ")
                        ),
                    )
                    .with_help("give each endpoint its own name"),
                );
                continue;
            }
            names.insert(&draft.name.value, draft);
            let Some(ident) = &draft.idents else { continue };
            if let Some(first) = idents.get(ident) {
                self.error(
                    Diagnostic::new(
                        draft.name.position,
                        format!(
                            "endpoint `{}` gets the same identifiers as endpoint `{}`: `{}`, `{}`",
                            draft.name.value, first.name.value, ident.rust, ident.python
                        ),
                    )
                    .with_help("give each endpoint a name of its own words"),
                );
                continue;
            }
            idents.insert(ident, draft);
        }
    }

    fn resolve(
        &mut self,
        notation: &Located<Notation>,
        resolver: &Resolver<'_>,
        context: &str,
    ) -> Option<FieldType> {
        match &notation.value {
            Notation::List(item) => {
                let item = Located {
                    value: (**item).clone(),
                    position: notation.position,
                };
                Some(FieldType::List(Box::new(
                    self.resolve(&item, resolver, context)?,
                )))
            }
            Notation::Named(name) => {
                if let Some(scalar) = scalar(name) {
                    return Some(scalar);
                }
                if resolver.type_name == Some(name.as_str()) {
                    return Some(FieldType::Event(name.clone()));
                }
                if resolver.records.contains(&name.as_str()) {
                    return Some(FieldType::Record(name.clone()));
                }
                // The catalog's type name is unknown: a reference may be to it.
                resolver.type_name?;
                let mut candidates: Vec<&str> = FieldType::SCALARS.to_vec();
                candidates.extend(resolver.type_name);
                candidates.extend(resolver.records.iter().copied());
                let help = match did_you_mean(name, &candidates).or_else(|| alias_of(name)) {
                    Some(known) => format!("did you mean `{known}`?"),
                    None => format!(
                        "a type is `string`, `integer`, `number`, `boolean`, `{}` (the catalog's type), a record's name, or `list<T>` of one",
                        resolver.type_name.unwrap_or_default()
                    ),
                };
                self.error(
                    Diagnostic::new(notation.position, format!("unknown type `{name}`"))
                        .with_note(context)
                        .with_help(help),
                );
                None
            }
        }
    }

    fn resolve_record(
        &mut self,
        record: Shaped<RecordDraft>,
        resolver: &Resolver<'_>,
    ) -> Option<Record> {
        let Shaped { draft, name_ok } = record;
        let mut fields = Vec::new();
        let mut all_right = name_ok;
        for field in draft.fields.unwrap_or_default() {
            let field_type = field
                .notation
                .as_ref()
                .and_then(|notation| self.resolve(notation, resolver, &field.context));
            match (field_type, field.idents) {
                (Some(field_type), Some(ident)) => fields.push(Field {
                    name: field.name,
                    ident,
                    field_type,
                    optional: field.optional,
                    nullable: field.nullable,
                    description: field.description,
                    position: field.position,
                }),
                _ => all_right = false,
            }
        }
        let examples: Option<Vec<Example>> = draft
            .examples
            .into_iter()
            .map(|example| {
                Some(Example {
                    value: example.value.clone()?,
                    description: example.description.clone(),
                    json: example.text.clone(),
                    position: example.at,
                    literal_block: example.block,
                })
            })
            .collect();
        let record = Record {
            name: draft.name.value,
            description: draft.description,
            extra: draft.extra,
            fields,
            examples: examples?,
            position: draft.name.position,
        };
        all_right.then_some(record)
    }

    fn resolve_endpoint(
        &mut self,
        endpoint: Shaped<EndpointDraft>,
        resolver: &Resolver<'_>,
    ) -> Option<Endpoint> {
        let Shaped { draft, name_ok } = endpoint;
        let mut all_right = name_ok && draft.method.is_some() && draft.url.is_some();
        let mut parameters = Vec::new();
        for parameter in draft.parameters.unwrap_or_default() {
            match self.resolve_parameter(parameter, resolver) {
                Some(parameter) => parameters.push(parameter),
                None => all_right = false,
            }
        }
        let mut record_of = |v: &mut Self, notation: Option<Located<Notation>>, key: &str| {
            let notation = notation?;
            let found = v.resolve(&notation, resolver, &draft.context);
            match found {
                Some(FieldType::Record(name)) => Some(name),
                Some(other) => {
                    v.error(
                        Diagnostic::new(
                            notation.position,
                            format!("the `{key}` of an endpoint is a record, not `{other}`"),
                        )
                        .with_note(draft.context.clone())
                        .with_help("name a record; a response that is a list is a record with a list field, as the vendor sends it"),
                    );
                    all_right = false;
                    None
                }
                None => {
                    all_right = false;
                    None
                }
            }
        };
        let response = record_of(self, draft.response, "response");
        let error = record_of(self, draft.error, "error");
        let endpoint = Endpoint {
            name: draft.name.value,
            ident: draft.idents?,
            summary: draft.summary,
            description: draft.description,
            method: draft.method?,
            url: draft.url?,
            link: draft.link,
            query: draft.query.map(|query| query.value),
            parameters,
            response,
            error,
            position: draft.position,
        };
        all_right.then_some(endpoint)
    }

    fn resolve_parameter(
        &mut self,
        parameter: ParameterDraft,
        resolver: &Resolver<'_>,
    ) -> Option<Parameter> {
        let notation = parameter.notation.as_ref()?;
        let parameter_type = self.resolve(notation, resolver, &parameter.context)?;
        if !parameter_type.is_scalar() {
            self.error(
                Diagnostic::new(
                    notation.position,
                    format!("a query parameter cannot be `{parameter_type}`"),
                )
                .with_note(parameter.context.clone())
                .with_help(format!(
                    "a query parameter is a `string`, an `integer`, a `number`, a `boolean` or the catalog's type{}",
                    resolver.type_name.map(|name| format!(" `{name}`")).unwrap_or_default()
                )),
            );
            return None;
        }
        let mut values = Vec::new();
        let mut seen: HashSet<Literal> = HashSet::new();
        let mut all_right = true;
        for written in parameter.values.unwrap_or_default() {
            let (raw, description) = written.value;
            let Some(value) =
                self.literal(&raw, &parameter_type, written.position, &parameter.context)
            else {
                all_right = false;
                continue;
            };
            if !seen.insert(value.clone()) {
                self.error(
                    Diagnostic::new(
                        written.position,
                        format!("the value `{value}` is documented twice"),
                    )
                    .with_note(parameter.context.clone())
                    .with_help("remove one of the two"),
                );
                all_right = false;
                continue;
            }
            values.push(DocumentedValue { value, description });
        }
        let parameter = Parameter {
            name: parameter.name,
            ident: parameter.idents?,
            parameter_type,
            required: parameter.required,
            description: parameter.description,
            values,
            position: parameter.position,
        };
        all_right.then_some(parameter)
    }

    /// A documented value, of its parameter's type.
    fn literal(
        &mut self,
        raw: &RawLiteral,
        expected: &FieldType,
        at: Position,
        context: &str,
    ) -> Option<Literal> {
        let value = match (raw, expected) {
            (RawLiteral::Integer(value), FieldType::Integer) => match i64::try_from(*value) {
                Ok(value) => Literal::Integer(value),
                Err(_) => {
                    self.error(
                        Diagnostic::new(at, format!("the value {value} is out of range"))
                            .with_note(context)
                            .with_help(format!(
                                "an integer value is from {} to {}",
                                i64::MIN,
                                i64::MAX
                            )),
                    );
                    return None;
                }
            },
            (RawLiteral::String(value), FieldType::String | FieldType::Event(_)) => {
                Literal::String(value.clone())
            }
            (RawLiteral::Boolean(value), FieldType::Boolean) => Literal::Boolean(*value),
            _ => {
                let written = match raw {
                    RawLiteral::Integer(_) => "an integer",
                    RawLiteral::String(_) => "a string",
                    RawLiteral::Boolean(_) => "a boolean",
                };
                let help = match (raw, expected) {
                    (_, FieldType::Number) => "documented values are for `string`, `integer`, `boolean` and event type parameters; describe a number's values in the parameter's `description`".to_owned(),
                    (RawLiteral::String(_), _) => format!("write a value of the parameter's type, `{expected}`, without quotes"),
                    (_, FieldType::String | FieldType::Event(_)) => "put the value in quotes: YAML reads it as a number or a boolean".to_owned(),
                    _ => format!("write a value of the parameter's type, `{expected}`"),
                };
                self.error(
                    Diagnostic::new(
                        at,
                        format!("the value is {written}, but the parameter is `{expected}`"),
                    )
                    .with_note(context)
                    .with_help(help),
                );
                return None;
            }
        };
        Some(value)
    }

    /// No record contains itself, directly or through other records (lists included):
    /// a recursive type needs a box in Rust and a lazy schema in zod, and no vendor
    /// document needs one. Each cycle is reported once, at the field that starts it in
    /// the first of its records.
    fn no_cycles(&mut self, records: &[Record]) {
        let index: HashMap<&str, usize> = records
            .iter()
            .enumerate()
            .map(|(position, record)| (record.name.as_str(), position))
            .collect();
        let mut reported: HashSet<usize> = HashSet::new();
        for (start, record) in records.iter().enumerate() {
            if reported.contains(&start) {
                continue;
            }
            let Some(path) = cycle_from(records, &index, start) else {
                continue;
            };
            let steps: Vec<String> = path
                .iter()
                .map(|&(record, field)| {
                    format!(
                        "`{}.{}`",
                        records[record].name, records[record].fields[field].name
                    )
                })
                .collect();
            let (first_record, first_field) = path[0];
            self.error(
                Diagnostic::new(
                    records[first_record].fields[first_field].position,
                    format!(
                        "record `{}` contains itself: {} → `{}`",
                        record.name,
                        steps.join(" → "),
                        record.name
                    ),
                )
                .with_help("a record cannot contain itself, directly or through other records (a recursive type needs boxing in Rust and a lazy schema in zod): describe the nested data with a record of its own"),
            );
            reported.extend(path.iter().map(|&(record, _)| record));
        }
    }

    /// Each example is JSON its record accepts.
    fn examples_match(&mut self, record: &Record, records: &[Record]) {
        let expected = FieldType::Record(record.name.clone());
        for (number, example) in record.examples.iter().enumerate() {
            let Err(error) = crate::payload::check(records, &expected, &example.value) else {
                continue;
            };
            let draft_at = ExampleAt {
                text: &example.json,
                at: (example.position, example.literal_block),
            };
            let at = draft_at.position_of(error.offset);
            self.error(
                Diagnostic::new(
                    at,
                    format!(
                        "the example does not match record `{}`: {error}",
                        record.name
                    ),
                )
                .with_note(format!("in example #{}, in record `{}`", number + 1, record.name))
                .with_help("the example is the document's, verbatim: if it is right, the record is not (a type, `optional: true`, `nullable: true`, `extra: keep`)"),
            );
        }
    }
}

struct ExampleAt<'a> {
    text: &'a str,
    at: (Position, bool),
}

impl ExampleAt<'_> {
    fn position_of(&self, offset: usize) -> Position {
        let (start, block) = self.at;
        if !block {
            return start;
        }
        let (line, column) = json::line_column(self.text, offset);
        Position {
            line: start.line + u32::try_from(line - 1).unwrap_or(0),
            column: start.column + u32::try_from(column - 1).unwrap_or(0),
        }
    }
}

impl ExampleDraft {
    fn position_of(&self, offset: usize) -> Position {
        ExampleAt {
            text: &self.text,
            at: (self.at, self.block),
        }
        .position_of(offset)
    }
}

/// The number in a context note ("in field #3 `x`, …" → 3).
fn number_of(context: &str) -> &str {
    context
        .split_once('#')
        .map(|(_, rest)| rest.split(' ').next().unwrap_or_default())
        .unwrap_or_default()
        .trim_end_matches(',')
}

fn endpoint_query_given(endpoints: &[Shaped<EndpointDraft>], name: &Located<String>) -> bool {
    endpoints.iter().any(|endpoint| {
        endpoint.draft.query_given
            && endpoint
                .draft
                .query
                .as_ref()
                .is_some_and(|query| query.position == name.position)
    })
}

/// A path of fields from `start` back to it, if there is one: (record, field) pairs.
fn cycle_from(
    records: &[Record],
    index: &HashMap<&str, usize>,
    start: usize,
) -> Option<Vec<(usize, usize)>> {
    fn visit(
        records: &[Record],
        index: &HashMap<&str, usize>,
        start: usize,
        at: usize,
        path: &mut Vec<(usize, usize)>,
        seen: &mut HashSet<usize>,
    ) -> bool {
        for (field_number, field) in records[at].fields.iter().enumerate() {
            let Some(&next) = field.field_type.record().and_then(|name| index.get(name)) else {
                continue;
            };
            path.push((at, field_number));
            if next == start {
                return true;
            }
            if seen.insert(next) && visit(records, index, start, next, path, seen) {
                return true;
            }
            path.pop();
        }
        false
    }
    let mut path = Vec::new();
    let mut seen = HashSet::from([start]);
    visit(records, index, start, start, &mut path, &mut seen).then_some(path)
}

fn scalar(name: &str) -> Option<FieldType> {
    Some(match name {
        "string" => FieldType::String,
        "integer" => FieldType::Integer,
        "number" => FieldType::Number,
        "boolean" => FieldType::Boolean,
        _ => return None,
    })
}

/// What other languages call the scalars, for "did you mean".
fn alias_of(name: &str) -> Option<&'static str> {
    Some(match name.to_ascii_lowercase().as_str() {
        "str" | "text" | "char" => "string",
        "int" | "long" | "i32" | "i64" | "u32" | "u64" => "integer",
        "float" | "double" | "decimal" | "f64" | "f32" => "number",
        "bool" => "boolean",
        _ => return None,
    })
}

/// Reads a type as written: a name, or `list<T>`.
fn parse_notation(text: &str) -> Result<Notation, (String, String)> {
    const SHAPE: &str = "a type is `string`, `integer`, `number`, `boolean`, the catalog's type name, a record's name, or `list<T>` of one";
    let trimmed = text.trim();
    let error = |message: String, help: &str| Err((message, help.to_owned()));
    if trimmed.is_empty() {
        return error("the type is empty".to_owned(), SHAPE);
    }
    if let Some(inner) = trimmed.strip_prefix("list<") {
        let Some(inner) = inner.strip_suffix('>') else {
            return error(
                format!("`{}` is missing its closing `>`", text.escape_debug()),
                "a list is written `list<T>`, e.g. `list<string>`",
            );
        };
        return Ok(Notation::List(Box::new(parse_notation(inner)?)));
    }
    if let Some((outer, _)) = trimmed.split_once('<') {
        let outer = outer.trim();
        let help = match outer.to_ascii_lowercase().as_str() {
            "list" | "array" | "vec" | "sequence" | "set" => {
                "a list is written `list<T>`, e.g. `list<string>`"
            }
            "option" | "optional" | "nullable" => {
                "write `optional: true` (the key may be absent) or `nullable: true` (the value may be null) beside the type"
            }
            "map" | "dict" | "record" | "object" | "hashmap" => {
                "maps are not supported: describe the object with a record"
            }
            _ => SHAPE,
        };
        return error(
            format!("unknown type constructor `{}`", outer.escape_debug()),
            help,
        );
    }
    if trimmed.starts_with('[') || trimmed.ends_with("[]") {
        return error(
            format!("`{}` is not how a list is written", text.escape_debug()),
            "a list is written `list<T>`, e.g. `list<string>`",
        );
    }
    if trimmed.ends_with('?') || trimmed.contains('|') {
        return error(
            format!("`{}` is not a type", text.escape_debug()),
            "write `optional: true` (the key may be absent) or `nullable: true` (the value may be null) beside the type",
        );
    }
    let is_name = trimmed.starts_with(|c: char| c.is_ascii_alphabetic())
        && trimmed.chars().all(|c| c.is_ascii_alphanumeric());
    if !is_name {
        return error(format!("`{}` is not a type", text.escape_debug()), SHAPE);
    }
    Ok(Notation::Named(trimmed.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notation_reads_names_and_lists() {
        assert_eq!(
            parse_notation("string"),
            Ok(Notation::Named("string".into()))
        );
        assert_eq!(
            parse_notation("list<list<Target>>"),
            Ok(Notation::List(Box::new(Notation::List(Box::new(
                Notation::Named("Target".into())
            )))))
        );
        assert_eq!(
            parse_notation(" list< Target > "),
            Ok(Notation::List(Box::new(Notation::Named("Target".into()))))
        );
        for (written, help) in [
            ("list<Target", "a list is written"),
            ("List<Target>", "a list is written"),
            ("Vec<Target>", "a list is written"),
            ("Target[]", "a list is written"),
            ("[Target]", "a list is written"),
            ("Option<string>", "optional: true"),
            ("string?", "optional: true"),
            ("string | null", "nullable: true"),
            ("map<string, Target>", "maps are not supported"),
            ("a-b", "a type is"),
            ("", "a type is"),
        ] {
            let (_, found) = parse_notation(written).unwrap_err();
            assert!(found.contains(help), "{written}: {found}");
        }
    }

    #[test]
    fn scalars_other_languages_name_are_suggested() {
        assert_eq!(alias_of("int"), Some("integer"));
        assert_eq!(alias_of("Float"), Some("number"));
        assert_eq!(alias_of("bool"), Some("boolean"));
        assert_eq!(alias_of("Target"), None);
    }

    #[test]
    fn context_numbers_are_read_back() {
        assert_eq!(number_of("in field #3 `x`, in record #1 `Y`"), "3");
        assert_eq!(number_of("in parameter #12, in endpoint #1 `list`"), "12");
    }
}
