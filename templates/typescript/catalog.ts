{{ header }}
{{ c.doc|jsdoc("") }}
{%- let t = c.names.type_name %}

{{ c.members_doc|jsdoc("") }}
export const {{ t }} = {
{%- for m in c.members %}
{{ m.doc|jsdoc("  ") }}
  {{ m.event.ident.typescript|ts_key }}: {{ m.event.name|ts_str }},
{%- endfor %}
} as const;
globalThis.Object.freeze({{ t }});

/** An event type the catalog lists: one of the values of {@link {{ t }}}. */
export type {{ t }} = (typeof {{ t }})[keyof typeof {{ t }}];

{{ c.namespace_doc|jsdoc("") }}
export namespace {{ t }} {
{%- for m in c.members %}
{{ m.doc|jsdoc("  ") }}
  export type {{ m.event.ident.typescript }} = typeof {{ t }}.{{ m.event.ident.typescript }};
{%- endfor %}
}

/**
 * An event type as received: one the catalog lists, or any other string. Editors still
 * suggest the catalog's values.
 */
export type {{ c.names.any_type }} = {{ t }} | (string & {});

/**
 * Every event type of the catalog, in the vendor document's order. Frozen. A non-empty
 * tuple, so that `z.enum({{ c.names.values }})` takes it.
 */
export const {{ c.names.values }}: readonly [{{ t }}, ...{{ t }}[]] = /* @__PURE__ */ globalThis.Object.freeze(
  /* @__PURE__ */ globalThis.Object.values({{ t }}),
) as readonly [{{ t }}, ...{{ t }}[]];

// Lookups are built on first use, so that a bundler leaves out those a program never
// calls. They are `Set`s and `Map`s: no value, not even `__proto__` or `toString`, reaches
// an object's prototype chain, and a value that is not a string is in none of them.
let known: globalThis.ReadonlySet<unknown> | undefined;
{%- if !c.aliases.is_empty() %}

/** `[alias, the wire value it means]`: other values that parse to an event type. */
const aliases: readonly (readonly [string, {{ t }}])[] = [
{%- for (alias, value) in c.aliases %}
  [{{ alias }}, {{ value }}],
{%- endfor %}
];
{%- endif %}
{%- if c.view.case_insensitive %}

/** `value` with ASCII letters lowered and every other character kept, as the catalog matches. */
function matchKey(value: string): string {
  return value.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

let byMatchKey: globalThis.ReadonlyMap<string, {{ t }}> | undefined;
{%- else if !c.aliases.is_empty() %}

let byValue: globalThis.ReadonlyMap<unknown, {{ t }}> | undefined;
{%- endif %}

/**
 * Whether `value` is exactly one of the catalog's wire values (not an alias, nor another
 * case of one: {@link {{ c.names.parse }}} accepts those). Any value may be given: one that
 * is not a string is not an event type.
 */
export function {{ c.names.is }}(value: unknown): value is {{ t }} {
  known ??= new globalThis.Set<unknown>({{ c.names.values }});
  return known.has(value);
}

/**
 * The catalog's wire value that `value` names: the value itself or one of its aliases,
{%- if c.view.case_insensitive %}
 * matched ignoring the case of ASCII letters (and only theirs); `undefined` when the
 * catalog does not list it, or when `value` is not a string.
{%- else %}
 * matched exactly; `undefined` when the catalog does not list it, or when `value` is not a
 * string.
{%- endif %}
 */
export function {{ c.names.parse }}(value: unknown): {{ t }} | undefined {
{%- if c.view.case_insensitive %}
  if (typeof value !== "string") {
    return undefined;
  }
  byMatchKey ??= new globalThis.Map<string, {{ t }}>([
    ...{{ c.names.values }}.map((event): [string, {{ t }}] => [matchKey(event), event]),
{%- if !c.aliases.is_empty() %}
    ...aliases.map(([alias, event]): [string, {{ t }}] => [matchKey(alias), event]),
{%- endif %}
  ]);
  return byMatchKey.get(matchKey(value));
{%- else if !c.aliases.is_empty() %}
  byValue ??= new globalThis.Map<unknown, {{ t }}>([...{{ c.names.values }}.map((event): [string, {{ t }}] => [event, event]), ...aliases]);
  return byValue.get(value);
{%- else %}
  return {{ c.names.is }}(value) ? value : undefined;
{%- endif %}
}

/** What the catalog says about one of its event types: exactly the fields it has. */
export interface {{ c.names.info_type }} {
  /** The wire value. */
  readonly value: {{ t }};
  /** The event type's key in {@link {{ t }}}, whose value is {@link {{ c.names.info_type }}.value}. */
  readonly key: keyof typeof {{ t }};
{%- for field in c.info_fields %}
  /** {{ field.doc }} */
  {{ field.declaration }};
{%- endfor %}
}

// The metadata, in the document's order; frozen when first looked up.
const infos: readonly {{ c.names.info_type }}[] = [
{%- for m in c.members %}
  {
    value: {{ m.event.name|ts_str }},
    key: {{ m.event.ident.typescript|ts_str }},
{%- for property in m.info %}
    {{ property }},
{%- endfor %}
  },
{%- endfor %}
];

let infoByValue: globalThis.ReadonlyMap<unknown, {{ c.names.info_type }}> | undefined;

/**
 * What the catalog says about an event type, by its wire value (parse first to look up an
 * alias{% if c.view.case_insensitive %} or another case{% endif %}); `undefined` for any other value.
 */
export function {{ c.names.info }}(event: {{ t }}): {{ c.names.info_type }};
export function {{ c.names.info }}(event: unknown): {{ c.names.info_type }} | undefined;
export function {{ c.names.info }}(event: unknown): {{ c.names.info_type }} | undefined {
  infoByValue ??= new globalThis.Map<unknown, {{ c.names.info_type }}>(
    infos.map((info) => {
{%- if !c.aliases.is_empty() %}
      globalThis.Object.freeze(info.aliases);
{%- endif %}
      return [info.value, globalThis.Object.freeze(info)];
    }),
  );
  return infoByValue.get(event);
}
{%- if let Some(from_code) = c.names.from_code %}

/** Every event type's code, in the order of {@link {{ c.names.values }}}. */
const codes: readonly number[] = [
{%- for m in c.members %}
{%- if let Some(code) = m.event.code %}
  {{ code }},
{%- endif %}
{%- endfor %}
];

let byCode: globalThis.ReadonlyMap<unknown, {{ t }}> | undefined;

/**
 * The event type with this numeric code; `undefined` when no event type has it, or when
 * `code` is not a number.
 */
export function {{ from_code }}(code: unknown): {{ t }} | undefined {
  byCode ??= new globalThis.Map<unknown, {{ t }}>({{ c.names.values }}.map((event, index) => [codes[index], event]));
  return byCode.get(code);
}
{%- endif %}
