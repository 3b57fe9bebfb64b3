{{ header }}
{{ c.doc|jsdoc("") }}

import type { {% if c.view.coded %}CodedEventInfo{% else %}EventInfo{% endif %} } from "./{{ info_file }}.js";

{{ c.members_doc|jsdoc("") }}
export const {{ c.names.type_name }} = {
{%- for m in c.members %}
{{ m.doc|jsdoc("  ") }}
  {{ m.event.ident.typescript|ts_key }}: {{ m.event.name|ts_str }},
{%- endfor %}
} as const;
globalThis.Object.freeze({{ c.names.type_name }});

/** An event type the catalog lists: one of the values of {@link {{ c.names.type_name }}}. */
export type {{ c.names.type_name }} = (typeof {{ c.names.type_name }})[keyof typeof {{ c.names.type_name }}];

/**
 * An event type as received: one the catalog lists, or any other string. Editors still
 * suggest the catalog's values.
 */
export type {{ c.names.any_type }} = {{ c.names.type_name }} | (string & {});

/** What the catalog says about one of its event types. */
export type {{ c.names.info_type }} = {% if c.view.coded %}CodedEventInfo{% else %}EventInfo{% endif %}<{{ c.names.type_name }}, keyof typeof {{ c.names.type_name }}>;

const infos: readonly {{ c.names.info_type }}[] = [
{%- for m in c.members %}
  {
    name: {{ c.names.type_name }}.{{ m.event.ident.typescript }},
    key: {{ m.event.ident.typescript|ts_str }},
{%- if let Some(code) = m.event.code %}
    code: {{ code }},
{%- endif %}
{%- if let Some(label) = m.event.label %}
    label: {{ label|ts_str }},
{%- endif %}
{%- if let Some(description) = m.event.description %}
    description: {{ description|ts_str }},
{%- endif %}
{%- if let Some(category) = m.event.category %}
    category: {{ category|ts_str }},
{%- endif %}
    aliases: [{% for alias in m.event.aliases %}{{ alias|ts_str }}{% if !loop.last %}, {% endif %}{% endfor %}],
{%- if let Some(reason) = m.event.deprecated %}
    deprecated: {{ reason|ts_str }},
{%- endif %}
  },
{%- endfor %}
];
for (const info of infos) {
  globalThis.Object.freeze(info.aliases);
  globalThis.Object.freeze(info);
}
globalThis.Object.freeze(infos);

/** Every event type of the catalog, in the vendor document's order. Frozen. */
export const {{ c.names.values }}: readonly {{ c.names.type_name }}[] = globalThis.Object.freeze(infos.map((info) => info.name));

// Lookups are `Map`s and `Set`s: no value, not even `__proto__` or `toString`, reaches an
// object's prototype chain. Globals are named through `globalThis`, and module-private
// names end in no word an exported name can (`Values`, `Info`, `Code`, ...): a catalog's
// type may be named `Map`, `Object` or `By` without breaking its module.
const known: globalThis.ReadonlySet<string> = new globalThis.Set({{ c.names.values }});
const infoByName: globalThis.ReadonlyMap<string, {{ c.names.info_type }}> = new globalThis.Map(infos.map((info) => [info.name, info]));
{%- if c.view.case_insensitive %}

/** `value` with ASCII letters lowered and every other character kept, as the catalog matches. */
function matchKey(value: string): string {
  return value.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

const byMatchKey: globalThis.ReadonlyMap<string, {{ c.names.type_name }}> = new globalThis.Map(
  infos.flatMap((info) => [info.name, ...info.aliases].map((value): [string, {{ c.names.type_name }}] => [matchKey(value), info.name])),
);
{%- else %}
const byValue: globalThis.ReadonlyMap<string, {{ c.names.type_name }}> = new globalThis.Map(
  infos.flatMap((info) => [info.name, ...info.aliases].map((value): [string, {{ c.names.type_name }}] => [value, info.name])),
);
{%- endif %}
{%- if c.view.coded %}
const codeIndex: globalThis.ReadonlyMap<number, {{ c.names.type_name }}> = new globalThis.Map(infos.map((info) => [info.code, info.name]));
{%- endif %}

/**
 * Whether `value` is exactly one of the catalog's wire values (not an alias, nor another
 * case of one: {@link {{ c.names.parse }}} accepts those).
 */
export function {{ c.names.is }}(value: string): value is {{ c.names.type_name }} {
  return known.has(value);
}

/**
 * The catalog's wire value that `value` names: the value itself or one of its aliases,
{%- if c.view.case_insensitive %}
 * matched ignoring the case of ASCII letters (and only theirs); `undefined` when the
 * catalog does not list it.
{%- else %}
 * matched exactly; `undefined` when the catalog does not list it.
{%- endif %}
 */
export function {{ c.names.parse }}(value: string): {{ c.names.type_name }} | undefined {
{%- if c.view.case_insensitive %}
  return byMatchKey.get(matchKey(value));
{%- else %}
  return byValue.get(value);
{%- endif %}
}

/** What the catalog says about an event type; `undefined` for a value it does not list. */
export function {{ c.names.info }}(event: {{ c.names.type_name }}): {{ c.names.info_type }};
export function {{ c.names.info }}(event: string): {{ c.names.info_type }} | undefined;
export function {{ c.names.info }}(event: string): {{ c.names.info_type }} | undefined {
  return infoByName.get(event);
}

/** The event type's label in the vendor's user interface, if the catalog gives one. */
export function {{ c.names.label }}(event: string): string | undefined {
  return infoByName.get(event)?.label;
}

/** The event type's description, if the catalog gives one. */
export function {{ c.names.description }}(event: string): string | undefined {
  return infoByName.get(event)?.description;
}

/** The event type's category, if the catalog gives one. */
export function {{ c.names.category }}(event: string): string | undefined {
  return infoByName.get(event)?.category;
}
{%- if let Some(code) = c.names.code %}

/** The event type's numeric code; `undefined` for a value the catalog does not list. */
export function {{ code }}(event: {{ c.names.type_name }}): number;
export function {{ code }}(event: string): number | undefined;
export function {{ code }}(event: string): number | undefined {
  return infoByName.get(event)?.code;
}
{%- endif %}
{%- if let Some(from_code) = c.names.from_code %}

/** The event type with this numeric code; `undefined` when no event type has it. */
export function {{ from_code }}(code: number): {{ c.names.type_name }} | undefined {
  return codeIndex.get(code);
}
{%- endif %}
