{{ header }}
/**
 * Every catalog of the package. Each is also a module of its own:
{%- for c in catalogs %}
 * `vendor-event-types/{{ c.file }}`{% if loop.last %}.{% else %},{% endif %}
{%- endfor %}
 * @module
 */

export type { CodedEventInfo, EventInfo } from "./{{ info_file }}.js";
{%- for c in catalogs %}
export * from "./{{ c.file }}.js";
{%- endfor %}
