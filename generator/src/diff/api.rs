//! What changed in a catalog's records and endpoints, and whether it breaks the users of
//! the bindings.
//!
//! The classification follows the direction the data goes. Records are **read**: a
//! binding parses what the vendor sends into them, and code reads their fields. So a
//! change that rejects a payload that parsed before breaks (a field added as required,
//! made required, made non-nullable, its type changed, `extra: keep` → `reject`), and so
//! does one that changes what code reads (a field removed, made optional or nullable:
//! Rust reads an `Option`, TypeScript `T | undefined` or `T | null`, where it read `T`).
//! Queries are **written**: code builds them and the bindings send them. There a
//! parameter removed, added as required or made required breaks the code that builds
//! the query, or the request. A parameter made optional breaks no request, but it does
//! break Rust code: a Rust query is built with `new(…)`, which takes exactly the required
//! parameters. A parameter added as optional breaks nothing.
//!
//! Records are paired by name (a record whose fields are all the same under a new name is
//! renamed), fields and parameters by their JSON name, endpoints by name.

use eventgen_catalog::{Catalog, Endpoint, Extra, Field, FieldType, Parameter, Record};

use super::{Change, Kind, TEXT_ONLY, Value, text};

/// Every change of the records, then of the endpoints, each in the new catalog's order,
/// then the removed ones in the old one's.
pub(super) fn compare(old: &Catalog, new: &Catalog) -> Vec<Change> {
    let mut changes = Vec::new();
    records(old, new, &mut changes);
    endpoints(old, new, &mut changes);
    changes
}

/// A change of a record, field, endpoint or parameter.
fn change(
    subject: Subject<'_>,
    kind: Kind,
    old: Option<Value>,
    new: Option<Value>,
    breaking: bool,
    reason: impl Into<String>,
) -> Change {
    let (record, field, endpoint, parameter) = match subject {
        Subject::Record(record) => (Some(record), None, None, None),
        Subject::Field(record, field) => (Some(record), Some(field), None, None),
        Subject::Endpoint(endpoint) => (None, None, Some(endpoint), None),
        Subject::Parameter(endpoint, parameter) => (None, None, Some(endpoint), Some(parameter)),
    };
    Change {
        event: None,
        record: record.map(str::to_owned),
        field: field.map(str::to_owned),
        endpoint: endpoint.map(str::to_owned),
        parameter: parameter.map(str::to_owned),
        kind,
        old,
        new,
        breaking,
        reason: reason.into(),
    }
}

#[derive(Debug, Clone, Copy)]
enum Subject<'a> {
    Record(&'a str),
    Field(&'a str, &'a str),
    Endpoint(&'a str),
    Parameter(&'a str, &'a str),
}

fn shape(field: &Field) -> (&str, &FieldType, bool, bool) {
    (
        &field.name,
        &field.field_type,
        field.optional,
        field.nullable,
    )
}

fn records(old: &Catalog, new: &Catalog, changes: &mut Vec<Change>) {
    let mut paired_old = vec![false; old.records.len()];
    let mut pairs: Vec<(Option<usize>, usize)> = Vec::new();
    for (n, record) in new.records.iter().enumerate() {
        let found = old.records.iter().position(|old| old.name == record.name);
        if let Some(o) = found {
            paired_old[o] = true;
        }
        pairs.push((found, n));
    }
    // A record under a new name whose fields are all the same is renamed.
    for pair in &mut pairs {
        if pair.0.is_some() {
            continue;
        }
        let fields: Vec<_> = new.records[pair.1].fields.iter().map(shape).collect();
        let renamed = old.records.iter().enumerate().position(|(o, record)| {
            !paired_old[o]
                && !record.fields.is_empty()
                && record.fields.iter().map(shape).collect::<Vec<_>>() == fields
        });
        if let Some(o) = renamed {
            paired_old[o] = true;
            pair.0 = Some(o);
        }
    }
    for (o, n) in pairs {
        let record = &new.records[n];
        match o {
            None => changes.push(change(
                Subject::Record(&record.name),
                Kind::RecordAdded,
                None,
                Some(text(&record.name)),
                false,
                "a new type: no code named it before",
            )),
            Some(o) => record_changes(&old.records[o], record, changes),
        }
    }
    for (o, record) in old.records.iter().enumerate() {
        if !paired_old[o] {
            changes.push(change(
                Subject::Record(&record.name),
                Kind::RecordRemoved,
                Some(text(&record.name)),
                None,
                true,
                format!("code that names `{}` no longer compiles", record.name),
            ));
        }
    }
}

fn record_changes(old: &Record, new: &Record, changes: &mut Vec<Change>) {
    let subject = Subject::Record(&new.name);
    if old.name != new.name {
        changes.push(change(
            subject,
            Kind::RecordRenamed,
            Some(text(&old.name)),
            Some(text(&new.name)),
            true,
            format!(
                "the type is named `{}` in every binding: code that names `{}` no longer compiles",
                new.name, old.name
            ),
        ));
    }
    if old.description != new.description {
        changes.push(change(
            subject,
            Kind::RecordDescriptionChanged,
            old.description.as_deref().map(text),
            new.description.as_deref().map(text),
            false,
            TEXT_ONLY,
        ));
    }
    if old.extra != new.extra {
        let reason = match new.extra {
            Extra::Reject => {
                "payloads with keys the record does not list, which parsed before (keeping them), are now rejected"
            }
            Extra::Keep => {
                "more payloads parse: those with keys the record does not list, which are kept; none parses differently"
            }
        };
        changes.push(change(
            subject,
            Kind::ExtraChanged,
            Some(text(old.extra.as_str())),
            Some(text(new.extra.as_str())),
            new.extra == Extra::Reject,
            reason,
        ));
    }
    let old_examples: Vec<&str> = old
        .examples
        .iter()
        .map(|example| example.json.as_str())
        .collect();
    let new_examples: Vec<&str> = new
        .examples
        .iter()
        .map(|example| example.json.as_str())
        .collect();
    if old_examples != new_examples {
        changes.push(change(
            subject,
            Kind::ExamplesChanged,
            None,
            None,
            false,
            "the vendor's examples: documentation and conformance vectors, no type, change",
        ));
    }
    for field in &new.fields {
        match old.field(&field.name) {
            Some(old_field) => field_changes(new, old_field, field, changes),
            None => changes.push(field_added(new, field)),
        }
    }
    for field in &old.fields {
        if new.field(&field.name).is_none() {
            let reason = match new.extra {
                Extra::Keep => format!(
                    "code that reads `{}` no longer compiles; its value is kept among the keys the record does not list",
                    field.name
                ),
                Extra::Reject => format!(
                    "code that reads `{}` no longer compiles, and payloads that have it are rejected",
                    field.name
                ),
            };
            changes.push(change(
                Subject::Field(&new.name, &field.name),
                Kind::FieldRemoved,
                Some(text(&field.name)),
                None,
                true,
                reason,
            ));
        }
    }
}

fn field_added(record: &Record, field: &Field) -> Change {
    let (breaking, reason) = if field.optional {
        (
            false,
            "an optional field: payloads without it still parse, and no code read it before"
                .to_owned(),
        )
    } else {
        (
            true,
            "a required field: payloads without it, which parsed before, are now rejected"
                .to_owned(),
        )
    };
    change(
        Subject::Field(&record.name, &field.name),
        Kind::FieldAdded,
        None,
        Some(text(&field.name)),
        breaking,
        reason,
    )
}

fn field_changes(record: &Record, old: &Field, new: &Field, changes: &mut Vec<Change>) {
    let subject = Subject::Field(&record.name, &new.name);
    if old.field_type != new.field_type {
        changes.push(change(
            subject,
            Kind::FieldTypeChanged,
            Some(text(&old.field_type.to_string())),
            Some(text(&new.field_type.to_string())),
            true,
            "payloads of the old type are rejected, and code that reads the field as the old type no longer compiles",
        ));
    }
    if old.optional != new.optional {
        let presence = |optional: bool| text(if optional { "optional" } else { "required" });
        let reason = if new.optional {
            "code that reads the field as always present no longer compiles: Rust reads an `Option`, TypeScript `T | undefined`, Python a `NotRequired` key"
        } else {
            "payloads without the field, which parsed before, are now rejected"
        };
        changes.push(change(
            subject,
            Kind::FieldOptionalityChanged,
            Some(presence(old.optional)),
            Some(presence(new.optional)),
            true,
            reason,
        ));
    }
    if old.nullable != new.nullable {
        let nullability = |nullable: bool| text(if nullable { "nullable" } else { "not nullable" });
        let reason = if new.nullable {
            "code that reads the field as never null no longer compiles: Rust reads an `Option`, TypeScript and Python `T | null`"
        } else {
            "payloads with `null` for the field, which parsed before, are now rejected"
        };
        changes.push(change(
            subject,
            Kind::FieldNullabilityChanged,
            Some(nullability(old.nullable)),
            Some(nullability(new.nullable)),
            true,
            reason,
        ));
    }
    if old.ident.rust != new.ident.rust {
        changes.push(change(
            subject,
            Kind::FieldIdentChanged,
            Some(text(&old.ident.rust)),
            Some(text(&new.ident.rust)),
            true,
            "Rust code that names the field no longer compiles (the JSON key, which TypeScript and Python use, is the same)",
        ));
    }
    if old.description != new.description {
        changes.push(change(
            subject,
            Kind::FieldDescriptionChanged,
            old.description.as_deref().map(text),
            new.description.as_deref().map(text),
            false,
            TEXT_ONLY,
        ));
    }
}

fn endpoints(old: &Catalog, new: &Catalog, changes: &mut Vec<Change>) {
    let find = |catalog: &'_ Catalog, name: &str| {
        catalog
            .endpoints
            .iter()
            .position(|endpoint| endpoint.name == name)
    };
    for endpoint in &new.endpoints {
        match find(old, &endpoint.name) {
            Some(o) => endpoint_changes(&old.endpoints[o], endpoint, changes),
            None => changes.push(change(
                Subject::Endpoint(&endpoint.name),
                Kind::EndpointAdded,
                None,
                Some(text(&endpoint.name)),
                false,
                "a new endpoint: no code used it before",
            )),
        }
    }
    for endpoint in &old.endpoints {
        if find(new, &endpoint.name).is_none() {
            changes.push(change(
                Subject::Endpoint(&endpoint.name),
                Kind::EndpointRemoved,
                Some(text(&endpoint.name)),
                None,
                true,
                "code that sends the request, or names its query type, no longer compiles",
            ));
        }
    }
}

fn endpoint_changes(old: &Endpoint, new: &Endpoint, changes: &mut Vec<Change>) {
    let subject = Subject::Endpoint(&new.name);
    if old.method != new.method {
        changes.push(change(
            subject,
            Kind::MethodChanged,
            Some(text(old.method.as_str())),
            Some(text(new.method.as_str())),
            true,
            "the bindings send the request with another method",
        ));
    }
    if old.url != new.url {
        changes.push(change(
            subject,
            Kind::EndpointUrlChanged,
            Some(text(&old.url)),
            Some(text(&new.url)),
            true,
            "the bindings send the request to another URL",
        ));
    }
    for (kind, old_text, new_text) in [
        (Kind::SummaryChanged, &old.summary, &new.summary),
        (
            Kind::EndpointDescriptionChanged,
            &old.description,
            &new.description,
        ),
        (Kind::LinkChanged, &old.link, &new.link),
    ] {
        if old_text != new_text {
            changes.push(change(
                subject,
                kind,
                old_text.as_deref().map(text),
                new_text.as_deref().map(text),
                false,
                TEXT_ONLY,
            ));
        }
    }
    if old.query != new.query
        && let (Some(old_query), Some(new_query)) = (&old.query, &new.query)
    {
        changes.push(change(
            subject,
            Kind::QueryTypeChanged,
            Some(text(old_query)),
            Some(text(new_query)),
            true,
            format!(
                "the query type is named `{new_query}` in every binding: code that names `{old_query}` no longer compiles"
            ),
        ));
    }
    for (kind, old_record, new_record) in [
        (Kind::ResponseChanged, &old.response, &new.response),
        (Kind::ErrorChanged, &old.error, &new.error),
    ] {
        if old_record == new_record {
            continue;
        }
        let (breaking, reason) = match (old_record, new_record) {
            (None, Some(_)) => (
                false,
                "a record where the document showed none: no code read it before",
            ),
            _ => (
                true,
                "code that reads the response as the old record no longer compiles",
            ),
        };
        changes.push(change(
            subject,
            kind,
            old_record.as_deref().map(text),
            new_record.as_deref().map(text),
            breaking,
            reason,
        ));
    }
    parameters(old, new, changes);
}

/// The parameters added, changed and removed.
fn parameters(old: &Endpoint, new: &Endpoint, changes: &mut Vec<Change>) {
    for parameter in &new.parameters {
        match old.parameters.iter().find(|old| old.name == parameter.name) {
            Some(old_parameter) => parameter_changes(new, old_parameter, parameter, changes),
            None => {
                let (breaking, reason) = if parameter.required {
                    (
                        true,
                        "a required parameter: code that builds the query without it no longer compiles, and requests without it fail",
                    )
                } else {
                    (
                        false,
                        "an optional parameter: every query built before is still one",
                    )
                };
                changes.push(change(
                    Subject::Parameter(&new.name, &parameter.name),
                    Kind::ParameterAdded,
                    None,
                    Some(text(&parameter.name)),
                    breaking,
                    reason,
                ));
            }
        }
    }
    for parameter in &old.parameters {
        if !new.parameters.iter().any(|new| new.name == parameter.name) {
            changes.push(change(
                Subject::Parameter(&new.name, &parameter.name),
                Kind::ParameterRemoved,
                Some(text(&parameter.name)),
                None,
                true,
                "code that gives the parameter no longer compiles",
            ));
        }
    }
}

fn parameter_changes(
    endpoint: &Endpoint,
    old: &Parameter,
    new: &Parameter,
    changes: &mut Vec<Change>,
) {
    let subject = Subject::Parameter(&endpoint.name, &new.name);
    if old.parameter_type != new.parameter_type {
        changes.push(change(
            subject,
            Kind::ParameterTypeChanged,
            Some(text(&old.parameter_type.to_string())),
            Some(text(&new.parameter_type.to_string())),
            true,
            "code that gives a value of the old type no longer compiles",
        ));
    }
    if old.required != new.required {
        let presence = |required: bool| text(if required { "required" } else { "optional" });
        // Both ways break: Rust builds a query with `new(…)`, which takes exactly the
        // required parameters, so relaxing one takes an argument away from every call.
        let reason = if new.required {
            "code that builds the query without the parameter no longer compiles, and requests without it fail"
        } else {
            "Rust's query constructor `new(…)` takes the required parameters: calls that give it no longer compile (give it with `with_…`); TypeScript and Python queries that give it still may"
        };
        let breaking = true;
        changes.push(change(
            subject,
            Kind::ParameterRequiredChanged,
            Some(presence(old.required)),
            Some(presence(new.required)),
            breaking,
            reason,
        ));
    }
    if old.ident.rust != new.ident.rust {
        changes.push(change(
            subject,
            Kind::ParameterIdentChanged,
            Some(text(&old.ident.rust)),
            Some(text(&new.ident.rust)),
            true,
            "Rust code that names the parameter no longer compiles (its name in the query string is the same)",
        ));
    }
    if old.description != new.description {
        changes.push(change(
            subject,
            Kind::ParameterDescriptionChanged,
            old.description.as_deref().map(text),
            new.description.as_deref().map(text),
            false,
            TEXT_ONLY,
        ));
    }
    if old.values != new.values {
        let shown = |parameter: &Parameter| {
            text(
                &parameter
                    .values
                    .iter()
                    .map(|documented| match &documented.description {
                        Some(description) => format!("{} = {description}", documented.value),
                        None => documented.value.to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
            )
        };
        changes.push(change(
            subject,
            Kind::ParameterValuesChanged,
            Some(shown(old)),
            Some(shown(new)),
            false,
            "the documented values explain values; they never restrict them",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(api: &str) -> Catalog {
        let spec = format!(
            "catalog: demo\ntitle: Demo\ntype: DemoEvent\nsource: {{document: Demo}}\nevents:\n  - name: a\n{api}"
        );
        eventgen_catalog::load_str("demo.yaml", &spec).unwrap_or_else(|error| panic!("{error}"))
    }

    fn kinds(changes: &[Change]) -> Vec<(Kind, bool)> {
        changes
            .iter()
            .map(|change| (change.kind, change.breaking))
            .collect()
    }

    const RECORD: &str =
        "records:\n  - name: Target\n    fields:\n      - {name: id, type: integer}\n";

    #[test]
    fn optionality_breaks_both_ways_for_records() {
        let optional = catalog(&RECORD.replace("type: integer}", "type: integer, optional: true}"));
        let required = catalog(RECORD);
        assert_eq!(
            kinds(&compare(&required, &optional)),
            [(Kind::FieldOptionalityChanged, true)]
        );
        assert_eq!(
            kinds(&compare(&optional, &required)),
            [(Kind::FieldOptionalityChanged, true)]
        );
    }

    #[test]
    fn a_record_with_the_same_fields_under_another_name_is_renamed() {
        let old = catalog(RECORD);
        let new = catalog(&RECORD.replace("Target", "Host"));
        assert_eq!(kinds(&compare(&old, &new)), [(Kind::RecordRenamed, true)]);
        let other = catalog(
            &RECORD
                .replace("Target", "Host")
                .replace("name: id", "name: ip"),
        );
        assert_eq!(
            kinds(&compare(&old, &other)),
            [(Kind::RecordAdded, false), (Kind::RecordRemoved, true)]
        );
    }

    #[test]
    fn a_parameter_made_optional_or_required_breaks_the_rust_constructor() {
        let endpoint = |required: bool| {
            catalog(&format!(
                "endpoints:\n  - name: get\n    method: GET\n    url: https://x.example/get\n    parameters:\n      - {{name: id, type: string, required: {required}}}\n"
            ))
        };
        assert_eq!(
            kinds(&compare(&endpoint(true), &endpoint(false))),
            [(Kind::ParameterRequiredChanged, true)]
        );
        assert_eq!(
            kinds(&compare(&endpoint(false), &endpoint(true))),
            [(Kind::ParameterRequiredChanged, true)]
        );
    }
}
