//! What is written for an event, key by key: the values shared by the importer (which
//! decides what to write) and the writers (which write it). The keys and their order
//! are the catalog crate's ([`EventKey`]); `ident` and `aliases` are the spec author's
//! alone and never written by tools.

use eventgen_catalog::Event;
pub(crate) use eventgen_catalog::keys::EventKey;

/// The keys a vendor source can give values for.
pub(crate) const IMPORTABLE: [EventKey; 6] = [
    EventKey::Name,
    EventKey::Code,
    EventKey::Label,
    EventKey::Description,
    EventKey::Category,
    EventKey::Url,
];

/// A value of an event key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FieldValue {
    Text(String),
    Code(u32),
}

/// Everything written for an event, apart from the identifiers derived from it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct EventFields {
    pub(crate) name: String,
    pub(crate) code: Option<u32>,
    pub(crate) label: Option<String>,
    pub(crate) description: Option<String>,
    pub(crate) category: Option<String>,
    pub(crate) url: Option<String>,
    pub(crate) aliases: Vec<String>,
    pub(crate) deprecated: Option<String>,
    pub(crate) note: Option<String>,
}

impl EventFields {
    pub(crate) fn of(event: &Event) -> EventFields {
        EventFields {
            name: event.name.clone(),
            code: event.code,
            label: event.label.clone(),
            description: event.description.clone(),
            category: event.category.clone(),
            url: event.url.clone(),
            aliases: event.aliases.clone(),
            deprecated: event.deprecated.clone(),
            note: event.note.clone(),
        }
    }

    /// The value of a key; `None` for keys tools never write (`ident`, `aliases`).
    pub(crate) fn get(&self, key: EventKey) -> Option<FieldValue> {
        let text = |value: &Option<String>| value.clone().map(FieldValue::Text);
        match key {
            EventKey::Name => Some(FieldValue::Text(self.name.clone())),
            EventKey::Code => self.code.map(FieldValue::Code),
            EventKey::Label => text(&self.label),
            EventKey::Description => text(&self.description),
            EventKey::Category => text(&self.category),
            EventKey::Url => text(&self.url),
            EventKey::Deprecated => text(&self.deprecated),
            EventKey::Note => text(&self.note),
            EventKey::Ident | EventKey::Aliases => None,
        }
    }

    /// Sets or (with `None`) removes a key. The name cannot be removed, a code is never
    /// text, and keys tools never write (`ident`, `aliases`) are left alone.
    pub(crate) fn set(&mut self, key: EventKey, value: Option<FieldValue>) {
        let text = |value: Option<FieldValue>| match value {
            Some(FieldValue::Text(text)) => Some(text),
            Some(FieldValue::Code(code)) => Some(code.to_string()),
            None => None,
        };
        match key {
            EventKey::Name => {
                if let Some(name) = text(value) {
                    self.name = name;
                }
            }
            EventKey::Code => {
                self.code = match value {
                    Some(FieldValue::Code(code)) => Some(code),
                    _ => None,
                };
            }
            EventKey::Label => self.label = text(value),
            EventKey::Description => self.description = text(value),
            EventKey::Category => self.category = text(value),
            EventKey::Url => self.url = text(value),
            EventKey::Deprecated => self.deprecated = text(value),
            EventKey::Note => self.note = text(value),
            EventKey::Ident | EventKey::Aliases => {
                debug_assert!(false, "tools never write `{key}`");
            }
        }
    }

    /// The keys with a value, in writing order, with their values (`ident` and `aliases`
    /// excepted: tools never write them).
    pub(crate) fn written(&self) -> Vec<(&'static str, FieldValue)> {
        EventKey::ALL
            .into_iter()
            .filter_map(|key| Some((key.as_str(), self.get(key)?)))
            .collect()
    }
}
