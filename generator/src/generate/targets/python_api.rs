//! The records and endpoints of a catalog as the Python templates show them: a
//! `TypedDict` and a validator per record (`parse_halo_security_target`), a `TypedDict`
//! per query type, and a class of the catalog's endpoints (`HaloSecurityEventEndpoints`).
//!
//! A validator's body is written out field by field (no table walked at run time): the
//! checks of a scalar are inline, so that validating a payload costs about what parsing
//! its JSON does.

use std::fmt::Write as _;

use eventgen_catalog::naming::{PythonNames, RecordNames, is_python_class_key};
use eventgen_catalog::payload::push_key;
use eventgen_catalog::reserved::PYTHON_BASE_MODULE as BASE;
use eventgen_catalog::{Catalog, Endpoint, Extra, Field, FieldType, Literal, Parameter, Record};

use super::super::filters::python::python_string;

/// A catalog's records and endpoints, ready to lay out.
pub(crate) struct PyApi {
    pub(crate) records: Vec<PyRecord>,
    pub(crate) queries: Vec<PyTypedDict>,
    pub(crate) endpoints: Vec<PyEndpoint>,
    /// The names the module exports for them: records, validators, query types, and the
    /// endpoints' class when there are endpoints.
    pub(crate) exports: Vec<String>,
}

/// A `TypedDict`: in a class body when every key can be named there, else in the
/// functional syntax.
pub(crate) struct PyTypedDict {
    pub(crate) name: String,
    pub(crate) doc: String,
    /// `total=False` for a query, whose parameters are mostly optional.
    pub(crate) total: bool,
    /// Each key with its type, as the class body writes it: `target_id: int`.
    pub(crate) class_fields: Option<Vec<(String, Option<String>)>>,
    /// Each key with its type, as the functional syntax writes it: `"a-b": "int"`.
    pub(crate) functional_fields: Vec<String>,
}

pub(crate) struct PyRecord {
    pub(crate) typed_dict: PyTypedDict,
    pub(crate) parse: String,
    pub(crate) parse_doc: String,
    /// `{"extra": "allow", "strict": True}`, the name of `_base`'s constant.
    pub(crate) pydantic_config: String,
    /// The validator's body after the object check, one line each, indented.
    pub(crate) body: Vec<String>,
    pub(crate) expected: String,
}

pub(crate) struct PyEndpoint {
    /// The class attribute: `LIST`.
    pub(crate) ident: String,
    pub(crate) doc: String,
    /// `_base.Endpoint[HaloSecurityEventListQuery](…)`
    pub(crate) value: String,
}

impl PyApi {
    pub(crate) fn new(catalog: &Catalog, names: &PythonNames) -> PyApi {
        let records: Vec<PyRecord> = catalog
            .records
            .iter()
            .map(|record| PyRecord::new(record, names))
            .collect();
        let queries: Vec<PyTypedDict> = catalog
            .endpoints
            .iter()
            .filter_map(|endpoint| query(endpoint, names))
            .collect();
        let endpoints: Vec<PyEndpoint> = catalog.endpoints.iter().map(PyEndpoint::new).collect();
        let mut exports: Vec<String> = records
            .iter()
            .flat_map(|record| [record.typed_dict.name.clone(), record.parse.clone()])
            .chain(queries.iter().map(|query| query.name.clone()))
            .collect();
        if !endpoints.is_empty() {
            exports.push(names.endpoints.clone());
        }
        PyApi {
            records,
            queries,
            endpoints,
            exports,
        }
    }
}

/// The Python type of a value of `field_type`.
fn py_type(field_type: &FieldType, names: &PythonNames) -> String {
    match field_type {
        // Builtins by their module: a field may be named like one (`list`), and would
        // stand for it in the annotations of the fields after it.
        FieldType::String => "builtins.str".to_owned(),
        FieldType::Integer => "builtins.int".to_owned(),
        // An `int` is a `float` to a type checker (PEP 484), and to pydantic's strict mode.
        FieldType::Number => "builtins.float".to_owned(),
        FieldType::Boolean => "builtins.bool".to_owned(),
        FieldType::Event(_) => names.any_type.clone(),
        FieldType::Record(name) => name.clone(),
        FieldType::List(item) => format!("builtins.list[{}]", py_type(item, names)),
    }
}

/// The expression that checks (and converts) an item of a list of `field_type`: a
/// function of one argument.
fn item_checker(field_type: &FieldType, names: &PythonNames) -> String {
    match field_type {
        FieldType::String => format!("{BASE}.check_string"),
        FieldType::Integer => format!("{BASE}.check_integer"),
        FieldType::Number => format!("{BASE}.check_number"),
        FieldType::Boolean => format!("{BASE}.check_boolean"),
        FieldType::Event(_) => format!("{}.from_payload", names.type_name),
        FieldType::Record(name) => RecordNames::new(name).python_parse,
        FieldType::List(item) => format!("{BASE}.list_of({})", item_checker(item, names)),
    }
}

impl PyTypedDict {
    /// `fields`: each key, its type, whether it may be absent (`NotRequired`, or in a
    /// query `total=False` with `Required` for the others), and its description.
    fn new(
        name: &str,
        doc: String,
        total: bool,
        fields: &[(&str, bool, String, Option<String>)],
    ) -> PyTypedDict {
        let wrapped = |absent: bool, type_text: &str| match (total, absent) {
            (true, true) => format!("typing.NotRequired[{type_text}]"),
            (false, false) => format!("typing.Required[{type_text}]"),
            _ => type_text.to_owned(),
        };
        let class_fields = fields
            .iter()
            .all(|(key, ..)| is_python_class_key(key))
            .then(|| {
                fields
                    .iter()
                    .map(|(key, absent, type_text, doc)| {
                        (
                            format!("{key}: {}", wrapped(*absent, type_text)),
                            doc.clone(),
                        )
                    })
                    .collect()
            });
        PyTypedDict {
            name: name.to_owned(),
            doc,
            total,
            class_fields,
            functional_fields: fields
                .iter()
                .map(|(key, absent, type_text, _)| {
                    format!(
                        "{}: {}",
                        python_string(key),
                        python_string(&wrapped(*absent, type_text))
                    )
                })
                .collect(),
        }
    }
}

impl PyRecord {
    fn new(record: &Record, names: &PythonNames) -> PyRecord {
        let record_names = RecordNames::new(&record.name);
        let mut doc = record
            .description
            .clone()
            .unwrap_or_else(|| format!("The record `{}`.", record.name));
        doc.push_str(match record.extra {
            Extra::Keep => {
                "\n\nKeys it does not list are kept, with their values, exactly as received \
                 (a type checker does not see them)."
            }
            Extra::Reject => "\n\nA key it does not list is an error.",
        });
        let _ = write!(
            doc,
            "\n\n`{}` checks a parsed JSON value against it.",
            record_names.python_parse
        );
        let fields: Vec<(&str, bool, String, Option<String>)> = record
            .fields
            .iter()
            .map(|field| {
                let mut type_text = py_type(&field.field_type, names);
                if field.nullable {
                    type_text.push_str(" | None");
                }
                (
                    field.name.as_str(),
                    field.optional,
                    type_text,
                    field.description.clone(),
                )
            })
            .collect();
        let parse_doc = format!(
            "Checks that `value` (a parsed JSON value, as `json.loads` returns it) is a\n\
             `{name}`, and returns a copy of it with every key it has: an event type that is\n\
             one of the catalog's wire values as its `{event}` member, any other (an alias,\n\
             another case, a value the catalog does not list) kept as received, as an\n\
             `{unknown}` (`{event}.parse` finds an alias's member), and keys the record does\n\
             not list as they are, so that `json.dumps` gives back the same JSON.\n\n\
             Raises `{error}` (a `ValueError`) naming the path of the first problem, in the\n\
             order the record lists its fields:\n\
             `$.list[0].event.target.target_id: expected an integer, got \"1\"`.",
            name = record.name,
            event = names.type_name,
            unknown = names.unknown_type,
            error = "vendor_event_types.PayloadError",
        );
        let mut body = Vec::new();
        for field in &record.fields {
            field_checks(field, names, &mut body);
        }
        if record.extra == Extra::Reject {
            let keys: Vec<String> = record
                .fields
                .iter()
                .map(|field| python_string(&field.name))
                .collect();
            body.push("for key in value:".to_owned());
            body.push(format!("    if key not in {{{}}}:", keys.join(", ")));
            body.push(format!(
                "        raise {BASE}.PayloadError.extra(key, {})",
                python_string(&record.name)
            ));
        }
        PyRecord {
            typed_dict: PyTypedDict::new(&record.name, doc, true, &fields),
            parse: record_names.python_parse,
            parse_doc,
            pydantic_config: match record.extra {
                Extra::Keep => format!("{BASE}.PYDANTIC_KEEP"),
                Extra::Reject => format!("{BASE}.PYDANTIC_REJECT"),
            },
            body,
            expected: python_string(&FieldType::Record(record.name.clone()).expected()),
        }
    }
}

/// The lines of a validator that check (and convert) `field` of the object `value` into
/// `record`.
fn field_checks(field: &Field, names: &PythonNames, body: &mut Vec<String>) {
    let mut step = String::new();
    push_key(&mut step, &field.name);
    let key = python_string(&field.name);
    let step = python_string(&step);
    let expected = python_string(&field.field_type.expected());
    // A required field is read in a `try` (free when nothing is raised); an
    // optional one only when present.
    let indent = if field.optional {
        body.push(format!("if {key} in value:"));
        body.push(format!("    field = value[{key}]"));
        "    "
    } else {
        body.push("try:".to_owned());
        body.push(format!("    field = value[{key}]"));
        body.push("except KeyError:".to_owned());
        body.push(format!(
            "    raise {BASE}.PayloadError.at({step}, {expected}, {BASE}.MISSING) from None"
        ));
        ""
    };
    let skip = field.nullable.then_some("field is None");
    let start = body.len();
    let mut keyword = "if";
    if let Some(skip) = skip {
        body.push(format!("if {skip}:"));
        body.push("    pass".to_owned());
        keyword = "elif";
    }
    match &field.field_type {
        FieldType::String => {
            body.push(format!("{keyword} not isinstance(field, str):"));
        }
        FieldType::Integer => body.push(format!("{keyword} type(field) is not int:")),
        FieldType::Number => body.push(format!(
            "{keyword} type(field) is not int and type(field) is not float:"
        )),
        FieldType::Boolean => body.push(format!("{keyword} type(field) is not bool:")),
        FieldType::Event(_) => {
            // The member whose value is exactly the one received, which
            // serialises back to it; any other string is kept as it is.
            body.push(format!("{keyword} isinstance(field, str):"));
            body.push("    event = _MEMBERS.get(field)".to_owned());
            body.push("    if event is not None:".to_owned());
            body.push(format!("        record[{key}] = event"));
            body.push("else:".to_owned());
        }
        FieldType::Record(_) | FieldType::List(_) => {
            let (class, call) = match &field.field_type {
                FieldType::Record(name) => (
                    "dict",
                    format!("{}(field)", RecordNames::new(name).python_parse),
                ),
                FieldType::List(item) => (
                    "list",
                    format!("{BASE}.check_list(field, {})", item_checker(item, names)),
                ),
                _ => unreachable!("matched above"),
            };
            body.push(format!("{keyword} isinstance(field, {class}):"));
            body.push("    try:".to_owned());
            body.push(format!("        record[{key}] = {call}"));
            body.push(format!("    except {BASE}.PayloadError as error:"));
            body.push(format!("        raise error.within({step}) from None"));
            body.push("else:".to_owned());
        }
    }
    body.push(format!(
        "    raise {BASE}.PayloadError.at({step}, {expected}, field)"
    ));
    for line in &mut body[start..] {
        line.insert_str(0, indent);
    }
}

fn query(endpoint: &Endpoint, names: &PythonNames) -> Option<PyTypedDict> {
    let name = endpoint.query.as_ref()?;
    let doc = format!(
        "The query parameters of the endpoint `{}`{}: each given one is sent, by its\n\
         name, in the document's order (`{}.{}.query`).",
        endpoint.name,
        endpoint
            .summary
            .as_deref()
            .map(|summary| format!(" ({summary})"))
            .unwrap_or_default(),
        names.endpoints,
        endpoint.ident.python,
    );
    let fields: Vec<(&str, bool, String, Option<String>)> = endpoint
        .parameters
        .iter()
        .map(|parameter| {
            (
                parameter.name.as_str(),
                !parameter.required,
                py_type(&parameter.parameter_type, names),
                parameter_doc(parameter),
            )
        })
        .collect();
    Some(PyTypedDict::new(name, doc, false, &fields))
}

/// A parameter's description and the values the document explains.
fn parameter_doc(parameter: &Parameter) -> Option<String> {
    let mut lines: Vec<String> = parameter.description.iter().cloned().collect();
    for value in &parameter.values {
        let shown = match &value.value {
            Literal::String(text) => python_string(text),
            Literal::Boolean(value) => if *value { "True" } else { "False" }.to_owned(),
            Literal::Integer(value) => value.to_string(),
        };
        let meaning = value
            .description
            .as_deref()
            .map(|text| format!(": {text}"))
            .unwrap_or_default();
        lines.push(format!("- `{shown}`{meaning}"));
    }
    (!lines.is_empty()).then(|| lines.join("\n"))
}

impl PyEndpoint {
    fn new(endpoint: &Endpoint) -> PyEndpoint {
        let mut doc: Vec<String> = endpoint
            .summary
            .iter()
            .chain(&endpoint.description)
            .cloned()
            .collect();
        if let Some(response) = &endpoint.response {
            doc.push(format!("Responds with `{response}`."));
        }
        if let Some(error) = &endpoint.error {
            doc.push(format!("Errors with `{error}`."));
        }
        if let Some(link) = &endpoint.link {
            doc.push(format!("See also {link}"));
        }
        let query = endpoint
            .query
            .clone()
            .unwrap_or_else(|| format!("{BASE}.NoQuery"));
        let parameters: Vec<String> = endpoint
            .parameters
            .iter()
            .map(|parameter| python_string(&parameter.name))
            .collect();
        let trailing = if parameters.len() == 1 { "," } else { "" };
        PyEndpoint {
            ident: endpoint.ident.python.clone(),
            doc: doc.join("\n\n"),
            value: format!(
                "{BASE}.Endpoint[{query}](\n        {},\n        {},\n        {},\n        {},\n        ({}{trailing}),\n    )",
                python_string(&endpoint.name),
                python_string(endpoint.method.as_str()),
                python_string(&endpoint.url),
                python_string(endpoint.path()),
                parameters.join(", ")
            ),
        }
    }
}
