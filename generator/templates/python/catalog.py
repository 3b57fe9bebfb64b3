{{ header }}
{%- let c = catalog.view.catalog %}
{%- let n = catalog.names %}
{%- let t = n.type_name %}
{{ catalog.module_doc|py_doc("") }}

from __future__ import annotations

import builtins
import enum
import typing
from collections import abc

from . import {{ base }}

__all__ = [
    "CATALOG",
    "MATCH",
{%- for name in catalog.exports %}
    "{{ name }}",
{%- endfor %}
]

CATALOG: typing.Final = {{ c.id|py_str }}
"""The catalog's id."""

MATCH: typing.Final = "{{ catalog.view.match_mode }}"
"""How `parse` and `lookup` compare wire values: {{ catalog.match_modes }}."""

{{ n.unknown_type }} = typing.NewType("{{ n.unknown_type }}", {{ base }}.UnknownEvent)
"""A wire value that the catalog does not list, as `{{ t }}.parse` returns it: the very
string received. A type checker keeps it apart from the members: narrow with
`isinstance(event, {{ t }})`."""
{%- if catalog.view.case_insensitive %}

_ASCII_LOWER: typing.Final = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"
)


def _ascii_lower(value: str) -> str:
    """`value` with its ASCII letters lowered and every other character left as it is.

    `str.lower` would lower other letters too, and match values the catalog does not
    list: it lowers U+212A KELVIN SIGN to `k`.
    """
    return value.lower() if value.isascii() else value.translate(_ASCII_LOWER)
{%- endif %}


class {{ n.info_type }}(typing.NamedTuple):
    """What the catalog says about one of its event types: exactly the fields it has."""

    value: str
    """The wire value."""
{%- for field in catalog.info_fields %}
    {{ field.declaration }}
    {{ field.doc|py_doc("    ") }}
{%- endfor %}


@enum.unique
class {{ t }}({{ base }}.EventType):
    {{ catalog.class_doc|py_doc("    ") }}
{% for e in catalog.events %}
    {{ e.event.ident.python }} = {{ e.event.name|py_str }}
    {{ e.doc|py_doc("    ") }}
{% endfor %}
{#- `typing.Self`, not the class's name, in the class's own annotations: a member may be
    named like the class (`X.X`), and would stand for it there. #}
    @classmethod
    def lookup(cls, value: object) -> typing.Self | None:
        """The event whose wire value or alias is `value`, or `None`: for a value the
        catalog does not list, and for one that is not a `str`.
{%- if catalog.view.case_insensitive %}

        The case of ASCII letters does not matter; the case of other letters does.
{%- endif %}
        """
        if isinstance(value, str):
{%- if catalog.view.case_insensitive %}
            return _BY_KEY.get(_ascii_lower(value))
{%- else %}
            return _BY_KEY.get(value)
{%- endif %}
        return None

    @classmethod
    def parse(cls, value: object) -> {{ n.any_type }}:
        """The event whose wire value or alias is `value`, or `value` itself, unchanged,
        as an `{{ n.unknown_type }}`.
{%- if catalog.view.case_insensitive %}

        The case of ASCII letters does not matter; the case of other letters does.
{%- endif %}

        Raises `TypeError` when `value` is not a `str`: only a string can be kept.
        """
        if not isinstance(value, str):
            raise builtins.TypeError(f"{{ t }}.parse takes a str, not {type(value).__name__}")
{%- if catalog.view.case_insensitive %}
        event = _BY_KEY.get(_ascii_lower(value))
{%- else %}
        event = _BY_KEY.get(value)
{%- endif %}
        if event is None:
            return {{ n.unknown_type }}({{ base }}.UnknownEvent(value))
        return event
{%- if catalog.view.coded %}

    @classmethod
    def from_code(cls, code: object) -> typing.Self | None:
        """The event with this numeric code, or `None`: when no event has it, and when
        `code` is not an `int` (a `bool` is not one here)."""
        if type(code) is int:
            return _BY_CODE.get(code)
        return None
{%- endif %}

    @property
    def info(self) -> {{ n.info_type }}:
        """Everything the catalog says about this event."""
        return _INFO[self]
{%- for field in catalog.info_fields %}

    @property
    def {{ field.name }}(self) -> {{ field.type_name }}:
        {{ field.doc|py_doc("        ") }}
        return _INFO[self].{{ field.name }}
{%- endfor %}


{{ n.any_type }}: typing.TypeAlias = typing.Annotated[
    {{ t }} | {{ n.unknown_type }}, {{ base }}.ParsedBy({{ t }})
]
"""An event type as received: a member of `{{ t }}`, or an `{{ n.unknown_type }}`.

It is what `{{ t }}.parse` returns, and as the type of a pydantic model's field it
validates with `parse` (install the package's `pydantic` extra)."""

_BY_KEY: typing.Final[abc.Mapping[str, {{ t }}]] = {
{%- for (key, ident) in catalog.keys %}
    {{ key }}: {{ t }}.{{ ident }},
{%- endfor %}
}
{%- if catalog.view.coded %}

_BY_CODE: typing.Final[abc.Mapping[int, {{ t }}]] = {
{%- for (code, ident) in catalog.codes %}
    {{ code }}: {{ t }}.{{ ident }},
{%- endfor %}
}
{%- endif %}

_INFO: typing.Final[abc.Mapping[{{ t }}, {{ n.info_type }}]] = {
{%- for e in catalog.events %}
{%- if e.info_vertical %}
    {{ t }}.{{ e.event.ident.python }}: {{ n.info_type }}(
{%- for arg in e.info_args %}
        {{ arg }},
{%- endfor %}
    ),
{%- else %}
    {{ t }}.{{ e.event.ident.python }}: {{ n.info_type }}({{ e.info_args|join(", ") }}),
{%- endif %}
{%- endfor %}
}
{%- if !catalog.api.records.is_empty() %}

_MEMBERS: typing.Final[abc.Mapping[str, {{ t }}]] = {member.value: member for member in {{ t }}}
"""Every member by its wire value, exactly: the records' validators keep an event type
as the member whose value it is, which serialises back to the same JSON."""
{%- endif %}
{%- for td in catalog.api.queries %}


{% include "python/typed_dict.py" %}
{%- endfor %}
{%- for r in catalog.api.records %}
{%- let td = r.typed_dict %}


{% include "python/typed_dict.py" %}


setattr({{ td.name }}, "__pydantic_config__", {{ r.pydantic_config }})


def {{ r.parse }}(value: object) -> {{ td.name }}:
    {{ r.parse_doc|py_doc("    ") }}
    if not isinstance(value, dict):
        raise {{ base }}.PayloadError.at("", {{ r.expected }}, value)
    record = value.copy()
{%- for line in r.body %}
    {{ line }}
{%- endfor %}
    return typing.cast({{ td.name }}, record)
{%- endfor %}
{%- if !catalog.api.endpoints.is_empty() %}


class {{ n.endpoints }}:
    """The catalog's API endpoints: each one's HTTP method, URL, the URL's path, and `query`, which
    writes a query (a `TypedDict`) as the `(name, value)` pairs of a query string, in the
    document's order, for `urllib.parse.urlencode` or an HTTP client's `params`."""
{% for e in catalog.api.endpoints %}
    {{ e.ident }}: typing.Final = {{ e.value }}
    {{ e.doc|py_doc("    ") }}
{% endfor %}
{%- endif %}
