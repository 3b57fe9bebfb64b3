//! The validated records and endpoints of a catalog: the JSON a vendor's webhooks and API
//! send (records, with their fields), and the requests its API takes (endpoints, with
//! their query parameters). Like the rest of the model, everything here has passed
//! validation ([`crate::api_rules`]): every type a field names exists, names are distinct
//! and usable in every language, examples match their records.

#[cfg(feature = "serialize")]
use serde::{Serialize, Serializer};

use crate::diagnostic::Position;
use crate::json::Json;
use crate::naming::{FieldIdents, Idents};

/// A named JSON object type: a webhook payload, an API response, an error.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serialize", derive(Serialize))]
pub struct Record {
    /// The type's name in every language: `HaloSecurityTarget`.
    pub name: String,
    pub description: Option<String>,
    /// What becomes of the keys the record does not list.
    pub extra: Extra,
    /// In the spec's order, which is the vendor document's.
    pub fields: Vec<Field>,
    /// The vendor document's examples of the record, verbatim.
    pub examples: Vec<Example>,
    /// Where the record's `name` is written in its spec.
    #[cfg_attr(feature = "serialize", serde(skip))]
    pub position: Position,
}

impl Record {
    /// The field with this JSON key.
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|field| field.name == name)
    }
}

/// What a record does with a key it does not list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serialize", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serialize", serde(rename_all = "kebab-case"))]
pub enum Extra {
    /// Kept, with its value, exactly as received (the default): vendors add fields, and
    /// Halo Security's events carry fields of their own beside the standard ones.
    Keep,
    /// An error: the payload is not of this record.
    Reject,
}

impl Extra {
    /// Every choice, the default first.
    pub const ALL: [Extra; 2] = [Extra::Keep, Extra::Reject];
    /// The names specs write (`extra: keep`), in the order of [`Extra::ALL`].
    pub const NAMES: [&str; 2] = [Extra::Keep.as_str(), Extra::Reject.as_str()];

    pub const fn as_str(self) -> &'static str {
        match self {
            Extra::Keep => "keep",
            Extra::Reject => "reject",
        }
    }
}

impl std::str::FromStr for Extra {
    type Err = ();

    fn from_str(name: &str) -> Result<Extra, ()> {
        Extra::ALL
            .into_iter()
            .find(|extra| extra.as_str() == name)
            .ok_or(())
    }
}

/// One key of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serialize", derive(Serialize))]
pub struct Field {
    /// The JSON key, verbatim: a wire value like an event's name.
    pub name: String,
    /// How each language names the field.
    pub ident: FieldIdents,
    #[cfg_attr(feature = "serialize", serde(rename = "type"))]
    pub field_type: FieldType,
    /// The key may be absent.
    pub optional: bool,
    /// The value may be `null`.
    pub nullable: bool,
    pub description: Option<String>,
    /// Where the field's item starts in its spec.
    #[cfg_attr(feature = "serialize", serde(skip))]
    pub position: Position,
}

/// The type of a field or parameter, written in a spec as `string`, `integer`,
/// `number`, `boolean`, the catalog's type name (`HaloSecurityEvent`), a record's name,
/// or `list<T>` of any of these.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FieldType {
    /// A JSON string.
    String,
    /// A JSON number written without a fraction or an exponent (`1`, not `1.0`).
    Integer,
    /// Any JSON number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// A JSON string that is one of the catalog's event types, or any other string, kept:
    /// the catalog's type, named here by its type name.
    Event(String),
    /// A JSON object of the named record.
    Record(String),
    /// A JSON array whose items are all of the type.
    List(Box<FieldType>),
}

impl FieldType {
    /// The built-in scalar types, as specs write them.
    pub const SCALARS: [&str; 4] = ["string", "integer", "number", "boolean"];

    /// The record this type holds, directly or as the items of (nested) lists.
    pub fn record(&self) -> Option<&str> {
        match self {
            FieldType::Record(name) => Some(name),
            FieldType::List(item) => item.record(),
            _ => None,
        }
    }

    /// Whether it is a scalar: a string, a number, a boolean or an event type.
    pub fn is_scalar(&self) -> bool {
        !matches!(self, FieldType::Record(_) | FieldType::List(_))
    }

    /// How messages and documentation name the JSON values of the type: "a string",
    /// "an integer", "a list", "a `HaloSecurityTarget` object".
    pub fn expected(&self) -> String {
        match self {
            FieldType::String | FieldType::Event(_) => "a string".to_owned(),
            FieldType::Integer => "an integer".to_owned(),
            FieldType::Number => "a number".to_owned(),
            FieldType::Boolean => "a boolean".to_owned(),
            FieldType::Record(name) => format!("an object (`{name}`)"),
            FieldType::List(_) => "a list".to_owned(),
        }
    }
}

impl std::fmt::Display for FieldType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FieldType::String => f.write_str("string"),
            FieldType::Integer => f.write_str("integer"),
            FieldType::Number => f.write_str("number"),
            FieldType::Boolean => f.write_str("boolean"),
            FieldType::Event(name) | FieldType::Record(name) => f.write_str(name),
            FieldType::List(item) => write!(f, "list<{item}>"),
        }
    }
}

/// Written as the spec writes it: `"list<HaloSecurityTarget>"`.
#[cfg(feature = "serialize")]
impl Serialize for FieldType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A vendor document's example of a record: its JSON text, exactly as printed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serialize", derive(Serialize))]
pub struct Example {
    /// Where the document shows it, or what it shows.
    pub description: Option<String>,
    /// The JSON text, verbatim (key order, spacing, values).
    pub json: String,
    /// The text, parsed.
    #[cfg_attr(feature = "serialize", serde(skip))]
    pub value: Json,
    /// Where the JSON text is written in the spec: where its first character is when
    /// it is a literal block scalar (`json: |`), whose lines are the spec's lines, else
    /// where the value starts.
    #[cfg_attr(feature = "serialize", serde(skip))]
    pub position: Position,
    /// Whether the text is a literal block scalar.
    #[cfg_attr(feature = "serialize", serde(skip))]
    pub literal_block: bool,
}

/// An API endpoint: a request the vendor's API takes.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serialize", derive(Serialize))]
pub struct Endpoint {
    /// The endpoint's id in the spec (`list`): lowercase words joined by `-`.
    pub name: String,
    /// Identifiers derived from the id, for bindings that list endpoints.
    pub ident: Idents,
    /// The document's one-line summary: "Get a list of events."
    pub summary: Option<String>,
    pub description: Option<String>,
    pub method: Method,
    /// The absolute URL, verbatim.
    pub url: String,
    /// Another page the document links from the endpoint (Halo Security: the page of
    /// its web application that shows the same data).
    pub link: Option<String>,
    /// The query type's name; `Some` exactly when the endpoint has parameters.
    pub query: Option<String>,
    /// The query parameters, in the document's order.
    pub parameters: Vec<Parameter>,
    /// The record of a successful response.
    pub response: Option<String>,
    /// The record of an error response.
    pub error: Option<String>,
    /// Where the endpoint's item starts in its spec.
    #[cfg_attr(feature = "serialize", serde(skip))]
    pub position: Position,
}

impl Endpoint {
    /// The URL's path, as an HTTP request names it: `/api/v1/event/list.json`, without
    /// the query or the fragment (`/` when the URL has none).
    pub fn path(&self) -> &str {
        let after_scheme = self.url.find("://").map_or(0, |index| index + 3);
        let rest = &self.url[after_scheme..];
        let path = &rest[rest.find('/').unwrap_or(rest.len())..];
        let path = &path[..path.find(['?', '#']).unwrap_or(path.len())];
        if path.is_empty() { "/" } else { path }
    }
}

/// An HTTP method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Method {
    #[cfg_attr(feature = "schema", schemars(rename = "GET"))]
    Get,
    #[cfg_attr(feature = "schema", schemars(rename = "HEAD"))]
    Head,
    #[cfg_attr(feature = "schema", schemars(rename = "POST"))]
    Post,
    #[cfg_attr(feature = "schema", schemars(rename = "PUT"))]
    Put,
    #[cfg_attr(feature = "schema", schemars(rename = "PATCH"))]
    Patch,
    #[cfg_attr(feature = "schema", schemars(rename = "DELETE"))]
    Delete,
    #[cfg_attr(feature = "schema", schemars(rename = "OPTIONS"))]
    Options,
}

impl Method {
    pub const ALL: [Method; 7] = [
        Method::Get,
        Method::Head,
        Method::Post,
        Method::Put,
        Method::Patch,
        Method::Delete,
        Method::Options,
    ];

    /// The names specs write, in the order of [`Method::ALL`].
    pub const NAMES: [&str; 7] = [
        Method::Get.as_str(),
        Method::Head.as_str(),
        Method::Post.as_str(),
        Method::Put.as_str(),
        Method::Patch.as_str(),
        Method::Delete.as_str(),
        Method::Options.as_str(),
    ];

    /// The method as HTTP writes it: `GET`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Head => "HEAD",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
        }
    }
}

impl std::str::FromStr for Method {
    type Err = ();

    fn from_str(name: &str) -> Result<Method, ()> {
        Method::ALL
            .into_iter()
            .find(|method| method.as_str() == name)
            .ok_or(())
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "serialize")]
impl Serialize for Method {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// A query parameter of an endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serialize", derive(Serialize))]
pub struct Parameter {
    /// The parameter's name in the query string, verbatim.
    pub name: String,
    /// How each language names the query type's field.
    pub ident: FieldIdents,
    /// A scalar type: `string`, `integer`, `number`, `boolean`, or the catalog's type.
    #[cfg_attr(feature = "serialize", serde(rename = "type"))]
    pub parameter_type: FieldType,
    /// The request must give it (the document's `*`).
    pub required: bool,
    pub description: Option<String>,
    /// Values the document explains; others of the type are not excluded.
    pub values: Vec<DocumentedValue>,
    /// Where the parameter's item starts in its spec.
    #[cfg_attr(feature = "serialize", serde(skip))]
    pub position: Position,
}

/// A value of a parameter, and what the document says it means: `0` = "No (default)".
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serialize", derive(Serialize))]
pub struct DocumentedValue {
    pub value: Literal,
    pub description: Option<String>,
}

/// A scalar value written in a spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serialize", derive(Serialize))]
#[cfg_attr(feature = "serialize", serde(untagged))]
pub enum Literal {
    Integer(i64),
    String(String),
    Boolean(bool),
}

impl std::fmt::Display for Literal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Literal::Integer(value) => write!(f, "{value}"),
            Literal::String(value) => f.write_str(value),
            Literal::Boolean(value) => write!(f, "{value}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabularies_read_back() {
        for method in Method::ALL {
            assert_eq!(method.as_str().parse(), Ok(method));
        }
        assert_eq!("get".parse::<Method>(), Err(()));
        for extra in Extra::ALL {
            assert_eq!(extra.as_str().parse(), Ok(extra));
        }
    }

    #[test]
    fn an_endpoints_path_is_its_urls_without_query_or_fragment() {
        let endpoint = |url: &str| Endpoint {
            name: "list".into(),
            ident: crate::naming::derive_idents("list").unwrap(),
            summary: None,
            description: None,
            method: Method::Get,
            url: url.into(),
            link: None,
            query: None,
            parameters: Vec::new(),
            response: None,
            error: None,
            position: Position::START,
        };
        for (url, path) in [
            (
                "https://api.example.com/api/v1/event/list.json",
                "/api/v1/event/list.json",
            ),
            (
                "https://example.com/api/events/search?format=json",
                "/api/events/search",
            ),
            ("https://example.com/a#b", "/a"),
            ("https://example.com", "/"),
            ("https://example.com?x=1", "/"),
        ] {
            assert_eq!(endpoint(url).path(), path, "{url}");
        }
    }

    #[test]
    fn types_are_written_as_specs_write_them() {
        let target = FieldType::List(Box::new(FieldType::Record("Target".into())));
        assert_eq!(target.to_string(), "list<Target>");
        assert_eq!(target.record(), Some("Target"));
        assert!(!target.is_scalar());
        assert!(FieldType::Event("DemoEvent".into()).is_scalar());
        assert_eq!(serde_json::to_value(&target).unwrap(), "list<Target>");
    }
}
