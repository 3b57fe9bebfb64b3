//! What is written for an event, key by key: the vocabulary shared by the importer (which
//! decides what to write) and the writers (which write it).

use eventgen_catalog::Event;

/// The keys of an event that tools write. `ident`, `aliases` and `note` are the spec
/// author's alone and never rewritten.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum EventKey {
    Name,
    Code,
    Label,
    Description,
    Category,
    Deprecated,
}

impl EventKey {
    /// The keys a vendor source can give values for.
    pub(crate) const IMPORTABLE: [EventKey; 5] = [
        EventKey::Name,
        EventKey::Code,
        EventKey::Label,
        EventKey::Description,
        EventKey::Category,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            EventKey::Name => "name",
            EventKey::Code => "code",
            EventKey::Label => "label",
            EventKey::Description => "description",
            EventKey::Category => "category",
            EventKey::Deprecated => "deprecated",
        }
    }

    pub(crate) fn from_name(name: &str) -> Option<EventKey> {
        [EventKey::Deprecated]
            .into_iter()
            .chain(EventKey::IMPORTABLE)
            .find(|key| key.as_str() == name)
    }
}

/// The order keys are written in, as in the committed specs and the format's
/// documentation: a new key goes after the last one that comes before it here.
pub(crate) const KEY_ORDER: [&str; 9] = [
    "name",
    "code",
    "label",
    "description",
    "category",
    "ident",
    "aliases",
    "deprecated",
    "note",
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
            aliases: event.aliases.clone(),
            deprecated: event.deprecated.clone(),
            note: event.note.clone(),
        }
    }

    pub(crate) fn get(&self, key: EventKey) -> Option<FieldValue> {
        let text = |value: &Option<String>| value.clone().map(FieldValue::Text);
        match key {
            EventKey::Name => Some(FieldValue::Text(self.name.clone())),
            EventKey::Code => self.code.map(FieldValue::Code),
            EventKey::Label => text(&self.label),
            EventKey::Description => text(&self.description),
            EventKey::Category => text(&self.category),
            EventKey::Deprecated => text(&self.deprecated),
        }
    }

    /// Sets or (with `None`) removes a key. The name cannot be removed, and a code is
    /// never text.
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
            EventKey::Deprecated => self.deprecated = text(value),
        }
    }

    /// The keys with a value, in writing order, with their values (aliases excepted:
    /// tools never write them).
    pub(crate) fn written(&self) -> Vec<(&'static str, FieldValue)> {
        let mut written = Vec::new();
        for key in [
            EventKey::Name,
            EventKey::Code,
            EventKey::Label,
            EventKey::Description,
            EventKey::Category,
            EventKey::Deprecated,
        ] {
            if let Some(value) = self.get(key) {
                written.push((key.as_str(), value));
            }
        }
        if let Some(note) = &self.note {
            written.push(("note", FieldValue::Text(note.clone())));
        }
        written
    }
}
