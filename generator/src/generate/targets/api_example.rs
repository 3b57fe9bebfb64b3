//! What the TypeScript and Python READMEs show of records and endpoints, chosen once for
//! both: the first catalog with records and an endpoint that has a response, its first
//! record (a webhook receiver validates it), that endpoint (an API client calls it), a
//! valid payload of each, and a query with a value per required parameter and for the
//! first parameter the document explains values of.

use eventgen_catalog::json::to_text;
use eventgen_catalog::{Endpoint, FieldType, Literal, Parameter, Record};

use super::super::view::CatalogView;
use super::payloads::base_payload;

pub(crate) struct ApiExample<'a> {
    pub(crate) view: &'a CatalogView<'a>,
    /// The record a webhook receiver validates, and a payload of it (compact JSON).
    pub(crate) receiver: &'a Record,
    pub(crate) receiver_json: String,
    /// A required field of the receiver's record of the catalog's event type, if any.
    pub(crate) receiver_event: Option<&'a str>,
    pub(crate) endpoint: &'a Endpoint,
    pub(crate) response: &'a Record,
    pub(crate) response_json: String,
    /// The query's parameters and values.
    pub(crate) query: Vec<(&'a Parameter, QueryValue)>,
}

/// A value of a query parameter.
pub(crate) enum QueryValue {
    Literal(Literal),
    Number,
    /// The catalog's example event.
    Event,
}

impl<'a> ApiExample<'a> {
    pub(crate) fn choose(views: &'a [CatalogView<'a>]) -> Option<ApiExample<'a>> {
        views.iter().find_map(|view| {
            let catalog = view.catalog;
            let receiver = catalog.records.first()?;
            let (endpoint, response) = catalog.endpoints.iter().find_map(|endpoint| {
                let response = catalog.record(endpoint.response.as_deref()?)?;
                Some((endpoint, response))
            })?;
            let query = endpoint
                .parameters
                .iter()
                .enumerate()
                .filter(|(index, parameter)| {
                    parameter.required
                        || Some(*index)
                            == endpoint
                                .parameters
                                .iter()
                                .position(|parameter| !parameter.values.is_empty())
                })
                .map(|(_, parameter)| (parameter, sample(parameter)))
                .collect();
            Some(ApiExample {
                view,
                receiver,
                receiver_json: to_text(&base_payload(catalog, receiver)),
                receiver_event: receiver
                    .fields
                    .iter()
                    .find(|field| {
                        !field.optional
                            && !field.nullable
                            && matches!(field.field_type, FieldType::Event(_))
                    })
                    .map(|field| field.name.as_str()),
                endpoint,
                response,
                response_json: to_text(&base_payload(catalog, response)),
                query,
            })
        })
    }
}

/// The parameter's first documented value, else one of its type.
fn sample(parameter: &Parameter) -> QueryValue {
    if let Some(documented) = parameter.values.first() {
        return QueryValue::Literal(documented.value.clone());
    }
    match parameter.parameter_type {
        FieldType::Integer => QueryValue::Literal(Literal::Integer(1)),
        FieldType::Boolean => QueryValue::Literal(Literal::Boolean(true)),
        FieldType::Number => QueryValue::Number,
        FieldType::Event(_) => QueryValue::Event,
        _ => QueryValue::Literal(Literal::String("example".to_owned())),
    }
}
