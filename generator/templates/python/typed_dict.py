{%- if let Some(fields) = td.class_fields -%}
class {{ td.name }}({{ base }}.TypedDict{% if !td.total %}, total=False{% endif %}):
    {{ td.doc|py_doc("    ") }}
{% for (field, doc) in fields %}
    {{ field }}
{%- if let Some(doc) = doc %}
    {{ doc|py_doc("    ") }}
{%- endif %}
{%- endfor %}
{%- else -%}
{{ td.name }} = {{ base }}.TypedDict(
    {{ td.name|py_str }},
    {
{%- for field in td.functional_fields %}
        {{ field }},
{%- endfor %}
    },
{%- if !td.total %}
    total=False,
{%- endif %}
)
{{ td.doc|py_doc("") }}
{%- endif %}
