//! Identifiers in Rust, TypeScript and Python, derived from wire values.
//!
//! The rules, in order (they are also in `specs/README.md`):
//!
//! 1. The source is the event's `ident` when the spec gives one, else its `name`.
//! 2. ASCII letters and digits form words; every other ASCII character (`.`, `-`, `_`,
//!    space, `*`, …) separates them, and a change from lower to upper case starts a new
//!    word (heck's rules). A non-ASCII character has no agreed spelling in an identifier,
//!    so it is an error: the spec must give an `ident`.
//! 3. Rust and TypeScript join the words in UpperCamelCase, Python in UPPER_SNAKE_CASE.
//!    An acronym is a word like any other: `User-MFA-challenge-sent` is
//!    `UserMfaChallengeSent` / `USER_MFA_CHALLENGE_SENT`, following the Rust API
//!    guidelines (`Uuid`, not `UUID`). Mixed-case words split at their humps:
//!    `OAuth` becomes `OAuth` / `O_AUTH`, which is why the PrivX spec spells those
//!    events' identifiers out with `ident: oauth-…`.
//! 4. A leading digit gets the prefix `Event` / `EVENT_` (`2fa-enabled` →
//!    `Event2faEnabled`), since no language lets an identifier start with a digit.
//! 5. Reserved words: `Self` is the only Rust keyword that can come out of rule 3, and
//!    becomes `Self_`; TypeScript object keys and Python's upper-case names cannot
//!    collide with a reserved word or with `Enum` internals (`name`, `value`, `mro`,
//!    `_missing_`), which are all lower case.
//!
//! Derivation looks at one name only, never at other events or catalogs, so adding an
//! event never renames another; collisions are reported by validation instead.

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
#[cfg(feature = "serialize")]
use serde::Serialize;

/// One event's identifier in each target language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serialize", derive(Serialize))]
pub struct Idents {
    /// Enum variant: `SessionStart`.
    pub rust: String,
    /// Member of the `as const` object: `SessionStart`.
    pub typescript: String,
    /// `StrEnum` member: `SESSION_START`.
    pub python: String,
}

/// Why no identifier can be derived from a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NamingError {
    /// No ASCII letter or digit to make a word of.
    NoWords,
    /// A character that identifiers cannot spell.
    NonAscii(char),
}

impl std::fmt::Display for NamingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NamingError::NoWords => f.write_str("it has no ASCII letter or digit"),
            NamingError::NonAscii(c) if c.is_alphanumeric() => {
                write!(
                    f,
                    "it contains the non-ASCII character `{c}` (U+{:04X})",
                    u32::from(*c)
                )
            }
            // Spaces and marks that do not print are named by their code point only.
            NamingError::NonAscii(c) => {
                write!(
                    f,
                    "it contains the non-ASCII character U+{:04X}",
                    u32::from(*c)
                )
            }
        }
    }
}

/// The prefix that makes an identifier starting with a digit valid.
const DIGIT_PREFIX: (&str, &str) = ("Event", "EVENT_");

/// Derives the identifiers of an event from its `ident` or `name` (rules 2 to 5).
pub fn derive_idents(source: &str) -> Result<Idents, NamingError> {
    if let Some(c) = source.chars().find(|c| !c.is_ascii()) {
        return Err(NamingError::NonAscii(c));
    }
    if !source.chars().any(|c| c.is_ascii_alphanumeric()) {
        return Err(NamingError::NoWords);
    }
    let mut camel = source.to_upper_camel_case();
    let mut snake = source.to_shouty_snake_case();
    if camel.starts_with(|c: char| c.is_ascii_digit()) {
        camel.insert_str(0, DIGIT_PREFIX.0);
        snake.insert_str(0, DIGIT_PREFIX.1);
    }
    let rust = if camel == "Self" {
        format!("{camel}_")
    } else {
        camel.clone()
    };
    Ok(Idents {
        rust,
        typescript: camel,
        python: snake,
    })
}

/// Whether `text` has the shape of a type or catch-all name: an ASCII UpperCamelCase
/// identifier. (Which of those the languages and packages take is [`crate::reserved`]'s.)
pub fn is_type_ident(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_alphanumeric())
}

/// Whether `id` is a valid catalog id: lowercase ASCII words of letters and digits joined
/// by single hyphens, starting with a letter (`cloudpassage-halo`).
pub fn is_catalog_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// The default type name of a catalog: `cloudpassage-halo` → `CloudpassageHaloEvent`.
pub fn default_type_name(catalog_id: &str) -> String {
    format!("{}Event", catalog_id.to_upper_camel_case())
}

/// The Rust and Python module name of a catalog: `cloudpassage-halo` → `cloudpassage_halo`.
/// (Its TypeScript module is named by the id itself.) Ids hold no `_`, so two ids never
/// share a module.
pub fn module_name(catalog_id: &str) -> String {
    catalog_id.replace('-', "_")
}

/// Every name a catalog's TypeScript modules export, from the catalog's type name:
/// `TeleportEvent` gives `isTeleportEvent`, `teleportEventInfo`, … The package's root
/// module re-exports every catalog module's, so no two catalogs may share one; the zod
/// module's (`vendor-event-types/teleport/zod`) are not re-exported, since the root does
/// not depend on zod.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeScriptNames {
    /// `TeleportEvent`: the members object, the union of its values, and the namespace of
    /// one type per member.
    pub type_name: String,
    /// `teleportEvent`: the type name with a lower-case first letter, which starts the
    /// names of values and functions (not exported itself).
    pub lower: String,
    /// `AnyTeleportEvent`: the union, or any other string.
    pub any_type: String,
    /// `TeleportEventInfo`: what the catalog says about an event, exactly its fields.
    pub info_type: String,
    /// `teleportEventValues`
    pub values: String,
    /// `isTeleportEvent`
    pub is: String,
    /// `parseTeleportEvent`
    pub parse: String,
    /// `teleportEventInfo`
    pub info: String,
    /// `teleportEventFromCode`, for coded catalogs.
    pub from_code: Option<String>,
    /// `teleportEventSchema`, in the zod module: a catalogued event type.
    pub schema: String,
    /// `anyTeleportEventSchema`, in the zod module: an event type as received.
    pub any_schema: String,
    /// `haloSecurityEventEndpoints`: the catalog's API endpoints (method, URL, query), in
    /// the modules of catalogs that have some.
    pub endpoints: String,
}

/// `name` with a lower-case first letter: `TeleportEvent` → `teleportEvent`, which starts
/// TypeScript's names of values and functions.
fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    chars
        .next()
        .map(|first| first.to_ascii_lowercase())
        .into_iter()
        .chain(chars)
        .collect()
}

impl TypeScriptNames {
    pub fn new(type_name: &str, coded: bool) -> Self {
        let lower = lower_first(type_name);
        TypeScriptNames {
            type_name: type_name.to_owned(),
            lower: lower.clone(),
            any_type: format!("Any{type_name}"),
            info_type: format!("{type_name}Info"),
            values: format!("{lower}Values"),
            is: format!("is{type_name}"),
            parse: format!("parse{type_name}"),
            info: format!("{lower}Info"),
            from_code: coded.then(|| format!("{lower}FromCode")),
            schema: format!("{lower}Schema"),
            any_schema: format!("any{type_name}Schema"),
            endpoints: format!("{lower}Endpoints"),
        }
    }

    /// Every name the catalog's module exports (which the package's root re-exports),
    /// with what it is ("info type").
    pub fn all(&self) -> Vec<(&str, &'static str)> {
        let mut names = vec![
            (self.type_name.as_str(), "type"),
            (&self.any_type, "open type"),
            (&self.info_type, "info type"),
            (&self.values, "list of values"),
            (&self.is, "type guard"),
            (&self.parse, "parser"),
            (&self.info, "info lookup"),
            (&self.endpoints, "endpoints"),
        ];
        names.extend(
            self.from_code
                .as_deref()
                .map(|name| (name, "lookup by code")),
        );
        names
    }

    /// The names the catalog's zod module exports, with what they are.
    pub fn zod(&self) -> [(&str, &'static str); 2] {
        [
            (&self.schema, "zod schema"),
            (&self.any_schema, "open zod schema"),
        ]
    }
}

/// Every name a catalog's Python module exports (and the package's root, imported on
/// first use), from the catalog's type name: `TeleportEvent` gives `TeleportEventInfo`,
/// `UnknownTeleportEvent` and `AnyTeleportEvent`. No two catalogs may share one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PythonNames {
    /// `TeleportEvent`: the `StrEnum`.
    pub type_name: String,
    /// `TeleportEventInfo`: the `NamedTuple` of an event's metadata.
    pub info_type: String,
    /// `UnknownTeleportEvent`: the `NewType` of values the catalog does not list.
    pub unknown_type: String,
    /// `AnyTeleportEvent`: a member or an unknown value, as `parse` returns it.
    pub any_type: String,
    /// `HaloSecurityEventEndpoints`: the catalog's API endpoints (method, URL, query), in
    /// the modules of catalogs that have some.
    pub endpoints: String,
}

impl PythonNames {
    pub fn new(type_name: &str) -> Self {
        PythonNames {
            type_name: type_name.to_owned(),
            info_type: format!("{type_name}Info"),
            unknown_type: format!("Unknown{type_name}"),
            any_type: format!("Any{type_name}"),
            endpoints: format!("{type_name}Endpoints"),
        }
    }

    /// Every name, with what it is ("unknown type"), in the order the modules list them.
    pub fn all(&self) -> [(&str, &'static str); 5] {
        [
            (&self.type_name, "type"),
            (&self.info_type, "info type"),
            (&self.unknown_type, "type of unknown values"),
            (&self.any_type, "open type"),
            (&self.endpoints, "endpoints"),
        ]
    }
}

/// How each language names a record's field or a query parameter, derived from its JSON
/// key (or the spec's `ident`) alone.
///
/// - Rust: a struct field in `snake_case` (`targetId` → `target_id`), which serde renames
///   to the key when they differ; a keyword becomes a raw identifier (`type` → `r#type`),
///   or, for the four that cannot be raw (`crate`, `self`, `super`, `Self`), takes a `_`
///   suffix (`self_`); a leading digit takes the prefix `field_` (`2fa` → `field_2fa`).
/// - TypeScript: the key itself is the property name, written bare when it is an
///   identifier name (`event_id`, `class`) and quoted otherwise (`"a-b"`).
/// - Python: the key itself is the `TypedDict` key; the record is written in class form
///   when every key can be named in a class body (an identifier, not a keyword, not a
///   `__name` that Python would mangle), else in `TypedDict`'s functional form.
///
/// A key whose Rust identifier cannot be derived (no ASCII letter or digit, a non-ASCII
/// character) needs an `ident` in the spec, as an event does.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serialize", derive(Serialize))]
pub struct FieldIdents {
    /// `event_id`, `r#type`, `self_`.
    pub rust: String,
    /// Whether TypeScript writes the property name bare (`event_id`) rather than quoted.
    pub typescript_bare: bool,
    /// Whether Python can name the key in a `TypedDict` class body.
    pub python_bare: bool,
}

/// The prefix that makes a field identifier starting with a digit valid in Rust.
const FIELD_DIGIT_PREFIX: &str = "field_";

/// Rust keywords that cannot be raw identifiers: they take a `_` suffix instead.
const RUST_NOT_RAW: [&str; 4] = ["crate", "self", "super", "Self"];

/// Derives a field's or parameter's identifiers: Rust's from `source` (the spec's
/// `ident`, else the key), TypeScript's and Python's from the key itself.
pub fn derive_field_idents(key: &str, source: &str) -> Result<FieldIdents, NamingError> {
    if let Some(c) = source.chars().find(|c| !c.is_ascii()) {
        return Err(NamingError::NonAscii(c));
    }
    if !source.chars().any(|c| c.is_ascii_alphanumeric()) {
        return Err(NamingError::NoWords);
    }
    let mut snake = source.to_snake_case();
    if snake.starts_with(|c: char| c.is_ascii_digit()) {
        snake.insert_str(0, FIELD_DIGIT_PREFIX);
    }
    let rust = if RUST_NOT_RAW.contains(&snake.as_str()) {
        format!("{snake}_")
    } else if crate::reserved::RUST_KEYWORDS.contains(&snake.as_str()) {
        format!("r#{snake}")
    } else {
        snake
    };
    Ok(FieldIdents {
        rust,
        typescript_bare: is_javascript_identifier_name(key),
        python_bare: is_python_class_key(key),
    })
}

/// Whether JavaScript can write `key` as a bare property name: an ASCII identifier name
/// (reserved words included: `{ class: 1 }` is an object literal like any other).
pub fn is_javascript_identifier_name(key: &str) -> bool {
    let mut chars = key.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

/// Whether Python can name `key` in a class body: an ASCII identifier, not a keyword,
/// and not `__name` without a trailing `__`, which Python mangles to `_Class__name`.
pub fn is_python_class_key(key: &str) -> bool {
    let mut chars = key.chars();
    let identifier = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    let mangled = key.starts_with("__") && !key.ends_with("__");
    identifier && !mangled && !crate::reserved::PYTHON_KEYWORDS.contains(&key)
}

/// The name of an endpoint's query type when the spec does not give one: the catalog's
/// type name, the endpoint's id in UpperCamelCase, `Query` (`HaloSecurityEvent` and
/// `list` → `HaloSecurityEventListQuery`), like the names of its response records.
pub fn default_query_name(type_name: &str, endpoint: &str) -> String {
    format!("{type_name}{}Query", endpoint.to_upper_camel_case())
}

/// The names each binding gives a record or a query type beside the type itself, and
/// exports from the package's root with every catalog's: no two may meet, in one catalog
/// or across the set ([`crate::set`]). Bindings that define more names per record add them
/// here, so that the rules see them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordNames {
    /// `HaloSecurityTarget`: the Rust struct, the TypeScript type, the Python `TypedDict`.
    pub type_name: String,
    /// `parseHaloSecurityTarget`: the TypeScript validator.
    pub typescript_parse: String,
    /// `parse_halo_security_target`: the Python validator.
    pub python_parse: String,
    /// `haloSecurityTargetSchema`: the zod schema, in the catalog's zod module.
    pub typescript_schema: String,
}

impl RecordNames {
    pub fn new(type_name: &str) -> RecordNames {
        RecordNames {
            type_name: type_name.to_owned(),
            typescript_parse: format!("parse{type_name}"),
            python_parse: format!("parse_{}", type_name.to_snake_case()),
            typescript_schema: format!("{}Schema", lower_first(type_name)),
        }
    }

    /// Every name, with what it is ("TypeScript validator").
    pub fn all(&self) -> Vec<(&str, &'static str)> {
        vec![
            (self.type_name.as_str(), "type"),
            (&self.typescript_parse, "TypeScript validator"),
            (&self.python_parse, "Python validator"),
            (&self.typescript_schema, "zod schema"),
        ]
    }

    /// The names TypeScript exports, with what they are.
    pub fn typescript(&self) -> [(&str, &'static str); 2] {
        [
            (&self.type_name, "type"),
            (&self.typescript_parse, "validator"),
        ]
    }

    /// The names the catalog's zod module exports, with what they are.
    pub fn zod(&self) -> [(&str, &'static str); 1] {
        [(&self.typescript_schema, "zod schema")]
    }

    /// The names Python exports, with what they are.
    pub fn python(&self) -> [(&str, &'static str); 2] {
        [(&self.type_name, "type"), (&self.python_parse, "validator")]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idents(source: &str) -> (String, String, String) {
        let idents = derive_idents(source).unwrap();
        (idents.rust, idents.typescript, idents.python)
    }

    fn all(rust: &str, python: &str) -> (String, String, String) {
        (rust.to_owned(), rust.to_owned(), python.to_owned())
    }

    #[test]
    fn separators_dot_hyphen_underscore_space() {
        assert_eq!(
            idents("session.start"),
            all("SessionStart", "SESSION_START")
        );
        assert_eq!(
            idents("User-logged-in"),
            all("UserLoggedIn", "USER_LOGGED_IN")
        );
        assert_eq!(
            idents("api_client_created"),
            all("ApiClientCreated", "API_CLIENT_CREATED")
        );
        assert_eq!(
            idents("Scan Complete"),
            all("ScanComplete", "SCAN_COMPLETE")
        );
        assert_eq!(
            idents("db.session.sqlserver.rpc_request"),
            all(
                "DbSessionSqlserverRpcRequest",
                "DB_SESSION_SQLSERVER_RPC_REQUEST"
            )
        );
    }

    #[test]
    fn quirks_of_the_real_catalogs() {
        // Teleport: dots and underscores mixed in one value, a digit inside a word.
        assert_eq!(
            idents("trusted_cluster_token.create"),
            all("TrustedClusterTokenCreate", "TRUSTED_CLUSTER_TOKEN_CREATE")
        );
        assert_eq!(
            idents("windows.desktop.session.start"),
            all(
                "WindowsDesktopSessionStart",
                "WINDOWS_DESKTOP_SESSION_START"
            )
        );
        // CloudPassage: `re` and `oos` stay words of their own.
        assert_eq!(
            idents("fim_re_baseline"),
            all("FimReBaseline", "FIM_RE_BASELINE")
        );
        // Halo Security: long kebab-case keys.
        assert_eq!(
            idents("technology-add-first-scan"),
            all("TechnologyAddFirstScan", "TECHNOLOGY_ADD_FIRST_SCAN")
        );
        assert_eq!(
            idents("website-cookie-oos"),
            all("WebsiteCookieOos", "WEBSITE_COOKIE_OOS")
        );
        // PrivX: capitalised words and the one-word `Auditevent`.
        assert_eq!(idents("Disk-full"), all("DiskFull", "DISK_FULL"));
        assert_eq!(
            idents("Host-service-connection-re-established"),
            all(
                "HostServiceConnectionReEstablished",
                "HOST_SERVICE_CONNECTION_RE_ESTABLISHED"
            )
        );
    }

    #[test]
    fn acronyms_are_words() {
        assert_eq!(
            idents("User-MFA-challenge-sent"),
            all("UserMfaChallengeSent", "USER_MFA_CHALLENGE_SENT")
        );
        assert_eq!(
            idents("AWS-token-granted"),
            all("AwsTokenGranted", "AWS_TOKEN_GRANTED")
        );
        assert_eq!(
            idents("API-client-added"),
            all("ApiClientAdded", "API_CLIENT_ADDED")
        );
        assert_eq!(
            idents("CA-certificate-created"),
            all("CaCertificateCreated", "CA_CERTIFICATE_CREATED")
        );
        assert_eq!(
            idents("EE-certificate-revoked"),
            all("EeCertificateRevoked", "EE_CERTIFICATE_REVOKED")
        );
    }

    #[test]
    fn mixed_case_words_split_at_their_humps() {
        // The PrivX quirks: these are why privx.yaml spells out `ident` for OAuth and PrivX.
        assert_eq!(
            idents("OAuth-client-authenticated"),
            all("OAuthClientAuthenticated", "O_AUTH_CLIENT_AUTHENTICATED")
        );
        assert_eq!(
            idents("PrivX-restarted"),
            all("PrivXRestarted", "PRIV_X_RESTARTED")
        );
        assert_eq!(
            idents("oauth-client-authenticated"),
            all("OauthClientAuthenticated", "OAUTH_CLIENT_AUTHENTICATED")
        );
        assert_eq!(
            idents("privx-restarted"),
            all("PrivxRestarted", "PRIVX_RESTARTED")
        );
        assert_eq!(
            idents("LogConf-collector-created"),
            all("LogConfCollectorCreated", "LOG_CONF_COLLECTOR_CREATED")
        );
        assert_eq!(
            idents("RoleContext-role-blocked"),
            all("RoleContextRoleBlocked", "ROLE_CONTEXT_ROLE_BLOCKED")
        );
        assert_eq!(
            idents("Auditevent-removed"),
            all("AuditeventRemoved", "AUDITEVENT_REMOVED")
        );
    }

    #[test]
    fn digits_stay_in_their_word() {
        assert_eq!(idents("x11-forward"), all("X11Forward", "X11_FORWARD"));
        assert_eq!(idents("s3.upload"), all("S3Upload", "S3_UPLOAD"));
    }

    #[test]
    fn a_leading_digit_gets_a_prefix() {
        assert_eq!(
            idents("2fa-enabled"),
            all("Event2faEnabled", "EVENT_2FA_ENABLED")
        );
        assert_eq!(idents("100"), all("Event100", "EVENT_100"));
    }

    #[test]
    fn other_ascii_characters_separate_words() {
        // CloudPassage's footnote marker, had it stayed in the value.
        assert_eq!(
            idents("daemon_compromised*"),
            all("DaemonCompromised", "DAEMON_COMPROMISED")
        );
        assert_eq!(idents("a/b\"c{{d}}"), all("ABCD", "A_B_C_D"));
    }

    #[test]
    fn reserved_words() {
        assert_eq!(
            idents("self"),
            ("Self_".to_owned(), "Self".to_owned(), "SELF".to_owned())
        );
        for keyword in [
            "type", "class", "fn", "None", "True", "enum", "name", "value", "mro",
        ] {
            let idents = derive_idents(keyword).unwrap();
            assert_ne!(idents.rust, "Self");
            assert!(
                idents.python.chars().all(|c| !c.is_ascii_lowercase()),
                "{idents:?}"
            );
        }
        assert_eq!(idents("_missing_"), all("Missing", "MISSING"));
    }

    #[test]
    fn unknown_and_other_are_ordinary_names() {
        // Teleport has `unknown`; collisions with the catch-all are validation's business.
        assert_eq!(idents("unknown"), all("Unknown", "UNKNOWN"));
        assert_eq!(
            idents("Unknown-event"),
            all("UnknownEvent", "UNKNOWN_EVENT")
        );
    }

    #[test]
    fn underivable_names() {
        assert_eq!(derive_idents(""), Err(NamingError::NoWords));
        assert_eq!(derive_idents("-.-"), Err(NamingError::NoWords));
        assert_eq!(
            derive_idents("café.opened"),
            Err(NamingError::NonAscii('é'))
        );
        assert_eq!(derive_idents("日本"), Err(NamingError::NonAscii('日')));
    }

    #[test]
    fn derivation_is_case_and_separator_insensitive() {
        // Which is why validation checks identifier collisions, not just name duplicates.
        assert_eq!(derive_idents("a.b"), derive_idents("A-B"));
        assert_eq!(derive_idents("a__b"), derive_idents("a_b"));
    }

    #[test]
    fn catalog_ids() {
        for id in ["privx", "cloudpassage-halo", "halo-security", "x1", "a-1"] {
            assert!(is_catalog_id(id), "{id}");
        }
        for id in ["", "Privx", "1x", "-x", "x-", "a--b", "a_b", "a.b", "é"] {
            assert!(!is_catalog_id(id), "{id}");
        }
    }

    #[test]
    fn type_idents() {
        for name in ["PrivxEvent", "Other", "X1"] {
            assert!(is_type_ident(name), "{name}");
        }
        for name in ["", "privx", "Privx_Event", "1X", "Événement"] {
            assert!(!is_type_ident(name), "{name}");
        }
    }

    #[test]
    fn catalog_derived_names() {
        assert_eq!(default_type_name("privx"), "PrivxEvent");
        assert_eq!(
            default_type_name("cloudpassage-halo"),
            "CloudpassageHaloEvent"
        );
        assert_eq!(module_name("cloudpassage-halo"), "cloudpassage_halo");
    }

    #[test]
    fn typescript_names_derive_from_the_type() {
        let names = TypeScriptNames::new("PrivxEvent", true);
        let all: Vec<&str> = names.all().into_iter().map(|(name, _)| name).collect();
        assert_eq!(
            all,
            [
                "PrivxEvent",
                "AnyPrivxEvent",
                "PrivxEventInfo",
                "privxEventValues",
                "isPrivxEvent",
                "parsePrivxEvent",
                "privxEventInfo",
                "privxEventEndpoints",
                "privxEventFromCode",
            ]
        );
        assert_eq!(
            names.zod().map(|(name, _)| name),
            ["privxEventSchema", "anyPrivxEventSchema"]
        );
        assert_eq!(TypeScriptNames::new("TeleportEvent", false).all().len(), 8);
    }

    #[test]
    fn python_names_derive_from_the_type() {
        assert_eq!(
            PythonNames::new("PrivxEvent").all().map(|(name, _)| name),
            [
                "PrivxEvent",
                "PrivxEventInfo",
                "UnknownPrivxEvent",
                "AnyPrivxEvent",
                "PrivxEventEndpoints"
            ]
        );
    }

    proptest::proptest! {
        /// Ids hold no `_`: two ids never share a Rust or Python module.
        #[test]
        fn distinct_ids_have_distinct_modules(a in "[a-z][a-z0-9]{0,3}(-[a-z0-9]{1,3}){0,2}", b in "[a-z][a-z0-9]{0,3}(-[a-z0-9]{1,3}){0,2}") {
            proptest::prop_assume!(a != b && is_catalog_id(&a) && is_catalog_id(&b));
            proptest::prop_assert_ne!(module_name(&a), module_name(&b));
        }
    }
}

#[cfg(test)]
mod field_tests {
    use super::*;

    fn rust(key: &str) -> String {
        derive_field_idents(key, key).unwrap().rust
    }

    #[test]
    fn rust_fields_are_snake_case_and_never_keywords() {
        assert_eq!(rust("event_id"), "event_id");
        assert_eq!(rust("targetId"), "target_id");
        assert_eq!(rust("Target-Name"), "target_name");
        assert_eq!(rust("URL"), "url");
        assert_eq!(rust("type"), "r#type");
        assert_eq!(rust("match"), "r#match");
        assert_eq!(rust("gen"), "r#gen");
        assert_eq!(rust("self"), "self_");
        assert_eq!(rust("super"), "super_");
        assert_eq!(rust("crate"), "crate_");
        assert_eq!(rust("2fa"), "field_2fa");
        assert_eq!(rust("union"), "union");
        assert_eq!(
            derive_field_idents("-", "target-ref").unwrap().rust,
            "target_ref"
        );
    }

    #[test]
    fn keys_without_an_identifier_need_an_ident() {
        assert_eq!(derive_field_idents("-", "-"), Err(NamingError::NoWords));
        assert_eq!(derive_field_idents("", ""), Err(NamingError::NoWords));
        assert_eq!(
            derive_field_idents("café", "café"),
            Err(NamingError::NonAscii('é'))
        );
    }

    #[test]
    fn typescript_and_python_keep_the_key() {
        let bare = |key: &str| {
            let idents = derive_field_idents(key, "x").unwrap();
            (idents.typescript_bare, idents.python_bare)
        };
        assert_eq!(bare("event_id"), (true, true));
        assert_eq!(bare("class"), (true, false));
        assert_eq!(bare("None"), (true, false));
        assert_eq!(bare("match"), (true, true));
        assert_eq!(bare("$ref"), (true, false));
        assert_eq!(bare("a-b"), (false, false));
        assert_eq!(bare("2fa"), (false, false));
        assert_eq!(bare("__private"), (true, false));
        assert_eq!(bare("__dunder__"), (true, true));
        assert_eq!(bare("é"), (false, false));
    }

    #[test]
    fn query_and_record_names() {
        assert_eq!(
            default_query_name("HaloSecurityEvent", "list"),
            "HaloSecurityEventListQuery"
        );
        assert_eq!(
            default_query_name("DemoEvent", "user-search"),
            "DemoEventUserSearchQuery"
        );
        let names = RecordNames::new("HaloSecurityTarget");
        let all: Vec<&str> = names.all().into_iter().map(|(name, _)| name).collect();
        assert_eq!(
            all,
            [
                "HaloSecurityTarget",
                "parseHaloSecurityTarget",
                "parse_halo_security_target",
                "haloSecurityTargetSchema"
            ]
        );
    }
}
