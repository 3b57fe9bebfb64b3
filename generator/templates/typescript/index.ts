{{ header }}
/**
 * Every catalog of the package. Each is also a module of its own:
{%- for c in catalogs %}
 * `{{ package.name }}/{{ c.file }}`{% if loop.last %}.{% else %},{% endif %}
{%- endfor %}
 *
 * The zod schemas are not here: they are in `{{ package.name }}/<catalog>/{{ zod_module }}`, so
 * that only programs that use zod need it.
 * @module
 */
{% for c in catalogs %}
export * from "./{{ c.file }}.js";
{%- endfor %}
