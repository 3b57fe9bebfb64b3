//! An API endpoint as a generated crate describes it: what a client needs to send the
//! request, without depending on any HTTP client.

/// A request a vendor's API takes: its method and URL, as the vendor's document gives
/// them. Built by the generated crates (`vendor_event_types::halo_security::endpoints`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Endpoint {
    /// The endpoint's id in its spec: `list`.
    pub name: &'static str,
    /// The HTTP method, as HTTP writes it: `GET`.
    pub method: &'static str,
    /// The absolute URL, verbatim: `https://api.halosecurity.com/api/v1/event/list.json`.
    pub url: &'static str,
    /// The URL's path, for clients that put it after a base URL of their own:
    /// `/api/v1/event/list.json`.
    pub path: &'static str,
}

impl Endpoint {
    #[doc(hidden)]
    pub const fn new(
        name: &'static str,
        method: &'static str,
        url: &'static str,
        path: &'static str,
    ) -> Self {
        Self {
            name,
            method,
            url,
            path,
        }
    }
}
