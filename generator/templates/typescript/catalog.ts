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
{%- if !c.api.records.is_empty() %}

// Records: the JSON the vendor's webhooks and API send. Each validator checks a parsed
// value against a row of `payloadRecords` and returns the value itself, so that nothing
// is copied and every key the payload has is kept.

/** How a value is checked: a scalar, a list of values, or a record (its row in `payloadRecords`). */
type PayloadRule = "string" | "integer" | "number" | "boolean" | number | { readonly list: PayloadRule };

/** A record's field: its JSON key, the key as a step of a path (`.key`, `["a-b"]`), its rule. */
interface PayloadField {
  readonly key: string;
  readonly step: string;
  readonly rule: PayloadRule;
  readonly optional: boolean;
  readonly nullable: boolean;
}

/** A record: its name, its fields in the spec's order, and whether it rejects other keys. */
interface PayloadRecord {
  readonly name: string;
  readonly fields: readonly PayloadField[];
  readonly reject: boolean;
}

const payloadRecords: readonly PayloadRecord[] = [
{%- for r in c.api.records %}
  {
    name: {{ r.names.type_name|ts_str }},
    fields: [
{%- for rule in r.rules %}
      {{ rule }},
{%- endfor %}
    ],
    reject: {{ !r.keep }},
  },
{%- endfor %}
];

/** Throws the error of a problem at the path `steps` (a number is a list index). */
function payloadFail(steps: readonly (string | number)[], message: string): never {
  let path = "$";
  for (const step of steps) {
    path += typeof step === "number" ? `[${step}]` : step;
  }
  throw new globalThis.TypeError(`${path}: ${message}`);
}

/** How messages name the values a rule accepts: "an integer", "an object (`Target`)". */
function payloadExpected(rule: PayloadRule): string {
  if (typeof rule === "number") {
    return `an object (\`${payloadRecords[rule]?.name ?? ""}\`)`;
  }
  if (typeof rule === "object") {
    return "a list";
  }
  return rule === "integer" ? "an integer" : `a ${rule}`;
}

/** A value as messages show it: a scalar as JSON, shortened; a list or an object by its kind. */
function payloadShown(value: unknown): string {
  if (globalThis.Array.isArray(value)) {
    return "a list";
  }
  if (typeof value === "object" && value !== null) {
    return "an object";
  }
  const text = globalThis.JSON.stringify(value) ?? globalThis.String(value);
  const chars = globalThis.Array.from(text);
  return chars.length > 40 ? `${chars.slice(0, 40).join("")}…` : text;
}

/** `key` as a step of a path: `.key` when it is an identifier name, else `["a-b"]`. */
function payloadStep(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `.${key}` : `[${globalThis.JSON.stringify(key)}]`;
}

/** Checks `value` against `rule`, or throws the first problem, its path after `steps`. */
function checkPayload(rule: PayloadRule, value: unknown, steps: (string | number)[]): void {
  if (value === null) {
    payloadFail(steps, `expected ${payloadExpected(rule)}, got null`);
  }
  if (typeof rule === "number") {
    const record = payloadRecords[rule];
    if (record !== undefined) {
      checkPayloadRecord(record, value, steps);
    }
    return;
  }
  if (typeof rule === "object") {
    if (!globalThis.Array.isArray(value)) {
      payloadFail(steps, `expected a list, got ${payloadShown(value)}`);
    }
    const items: readonly unknown[] = value;
    for (let index = 0; index < items.length; index++) {
      steps.push(index);
      checkPayload(rule.list, items[index], steps);
      steps.pop();
    }
    return;
  }
  const fits =
    rule === "integer"
      ? typeof value === "number" && globalThis.Number.isInteger(value)
      : typeof value === rule;
  if (!fits) {
    payloadFail(steps, `expected ${payloadExpected(rule)}, got ${payloadShown(value)}`);
  }
}

/** Checks that `value` is an object of `record`, or throws the first problem. */
function checkPayloadRecord(record: PayloadRecord, value: unknown, steps: (string | number)[]): void {
  if (typeof value !== "object" || value === null || globalThis.Array.isArray(value)) {
    payloadFail(steps, `expected an object (\`${record.name}\`), got ${payloadShown(value)}`);
  }
  const object = value as { readonly [key: string]: unknown };
  for (const field of record.fields) {
    if (!globalThis.Object.hasOwn(object, field.key)) {
      if (field.optional) {
        continue;
      }
      steps.push(field.step);
      payloadFail(steps, `missing required field (expected ${payloadExpected(field.rule)})`);
    }
    const member = object[field.key];
    if (member === null && field.nullable) {
      continue;
    }
    steps.push(field.step);
    checkPayload(field.rule, member, steps);
    steps.pop();
  }
  if (record.reject) {
    for (const key of globalThis.Object.keys(object)) {
      if (!record.fields.some((field) => field.key === key)) {
        steps.push(payloadStep(key));
        payloadFail(steps, `unknown field: \`${record.name}\` does not list it`);
      }
    }
  }
}
{%- for r in c.api.records %}

{{ r.doc|jsdoc("") }}
export interface {{ r.names.type_name }} {
{%- for field in r.fields %}
{%- if let Some(doc) = field.doc %}
{{ doc|jsdoc("  ") }}
{%- endif %}
  {{ field.declaration }};
{%- endfor %}
{%- if r.keep %}
  /** Keys the record does not list, kept as received. */
  readonly [key: string]: unknown;
{%- endif %}
}

{{ r.parse_doc|jsdoc("") }}
export function {{ r.names.typescript_parse }}(value: unknown): {{ r.names.type_name }} {
  checkPayload({{ r.index }}, value, []);
  return value as {{ r.names.type_name }};
}
{%- endfor %}
{%- endif %}
{%- if !c.api.endpoints.is_empty() %}

// Endpoints: the requests the vendor's API takes.
{%- for q in c.api.queries %}

{{ q.doc|jsdoc("") }}
export interface {{ q.name }} {
{%- for field in q.fields %}
{%- if let Some(doc) = field.doc %}
{{ doc|jsdoc("  ") }}
{%- endif %}
  {{ field.declaration }};
{%- endfor %}
}
{%- endfor %}

/**
 * A query as its parameters' `[name, value]` pairs, in the document's order: those given
 * (not `undefined`), numbers and booleans written as JavaScript writes them (`1`, `true`).
 * `new URLSearchParams(pairs)` takes them.
 */
function queryPairs(query: object, names: readonly string[]): [string, string][] {
  const values = query as { readonly [name: string]: unknown };
  const pairs: [string, string][] = [];
  for (const name of names) {
    // Own properties only: a query without `constructor` has none.
    const value = globalThis.Object.hasOwn(values, name) ? values[name] : undefined;
    if (value !== undefined) {
      pairs.push([name, globalThis.String(value)]);
    }
  }
  return pairs;
}

/**
 * The catalog's API endpoints, by id: each one's HTTP method, URL, the URL's path, and, for those that take
 * parameters, `query`, which writes a typed query as the pairs of a query string.
 */
export const {{ c.names.endpoints }} = {
{%- for e in c.api.endpoints %}
{{ e.doc|jsdoc("  ") }}
  {{ e.key }}: {
    method: {{ e.method|ts_str }},
    url: {{ e.url }},
    path: {{ e.path }},
{%- if let Some((query, parameters)) = e.query %}
    query: (query: {{ query }}): [string, string][] => queryPairs(query, [{% for p in parameters %}{{ p }}{% if !loop.last %}, {% endif %}{% endfor %}]),
{%- endif %}
  },
{%- endfor %}
} as const;
globalThis.Object.freeze({{ c.names.endpoints }});
{%- endif %}
