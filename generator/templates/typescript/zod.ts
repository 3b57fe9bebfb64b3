{{ header }}
{{ c.zod_doc|jsdoc("") }}

import * as z from "zod";

import {
  type {{ c.names.any_type }},
  type {{ c.names.type_name }},
  {{ c.names.parse }},
{%- for r in c.api.records %}
  type {{ r.names.type_name }},
{%- endfor %}
} from "../{{ c.file }}.js";

/**
 * An event type the catalog lists: a string that {@link {{ c.names.parse }}} finds (the wire
 * value, an alias{% if c.view.case_insensitive %}, in any ASCII case{% endif %}), output as the catalog's wire value. Any other
 * string, and any value that is not a string, is an issue.
 */
export const {{ c.names.schema }}: z.ZodType<{{ c.names.type_name }}, string> = /* @__PURE__ */ z.string().transform((value, context): {{ c.names.type_name }} => {
  const event = {{ c.names.parse }}(value);
  if (event === undefined) {
    context.issues.push({ code: "custom", input: value, message: {{ c.zod_issue|ts_str }} });
    return z.NEVER;
  }
  return event;
});

/**
 * An event type as received: the catalog's wire value for a string that
 * {@link {{ c.names.parse }}} finds, and any other string kept exactly as it is. A value
 * that is not a string is an issue.
 */
export const {{ c.names.any_schema }}: z.ZodType<{{ c.names.any_type }}, string> = /* @__PURE__ */ z
  .string()
  .transform((value): {{ c.names.any_type }} => {{ c.names.parse }}(value) ?? value);
{%- if c.api.zod_own %}

/**
 * A plain object's own properties, copied onto an object without a prototype, for the
 * schemas of records with a field named like a property of `Object.prototype`, which zod
 * would otherwise read from the prototype where the payload lacks it.
 */
function ownProperties(value: unknown): unknown {
  if (typeof value !== "object" || value === null || globalThis.Array.isArray(value)) {
    return value;
  }
  const own: { [key: string]: unknown } = globalThis.Object.create(null) as { [key: string]: unknown };
  for (const key of globalThis.Object.keys(value)) {
    globalThis.Object.defineProperty(own, key, {
      value: (value as { readonly [key: string]: unknown })[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return own;
}
{%- endif %}
{%- for r in c.api.records %}

/**
 * {@link {{ r.names.type_name }}} as a zod schema: {% if r.keep %}keys the record does not list are kept
 * (`z.looseObject`){% else %}a key the record does not list is an issue (`z.strictObject`){% endif %}, and event types are output as
 * {@link {{ c.names.any_schema }}} outputs them.
 */
export const {{ r.names.typescript_schema }}: z.ZodType<{{ r.names.type_name }}, unknown> = /* @__PURE__ */ {% if r.zod_own %}z.preprocess(ownProperties, {% endif %}z.{% if r.keep %}looseObject{% else %}strictObject{% endif %}({
{%- for property in r.zod %}
  {{ property }},
{%- endfor %}
}){% if r.zod_own %}){% endif %};
{%- endfor %}
