{{ header }}
{%- let c = catalog.view.catalog %}
{%- let t = c.type_name %}
{{ catalog.module_doc|py_doc("") }}

from __future__ import annotations

import enum
import typing
from collections import abc

from . import _info

__all__ = ["CATALOG", "MATCH", "{{ t }}"]

CATALOG: typing.Final = {{ c.id|py_str }}
"""The catalog's id."""

MATCH: typing.Final = "{{ catalog.view.match_mode }}"
"""How `parse` compares wire values: {{ catalog.match_modes }}."""
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


@enum.unique
class {{ t }}(enum.StrEnum):
    {{ catalog.class_doc|py_doc("    ") }}
{% for e in catalog.events %}
    {{ e.event.ident.python }} = {{ e.event.name|py_str }}
    {{ e.doc|py_doc("    ") }}
{% endfor %}
    @classmethod
    def parse(cls, value: str) -> {{ t }} | str:
{%- if catalog.view.case_insensitive %}
        """The event whose wire value or alias is `value`, or `value` itself, unchanged.

        The case of ASCII letters does not matter; the case of other letters does.
        """
{%- else %}
        """The event whose wire value or alias is `value`, or `value` itself, unchanged."""
{%- endif %}
{%- if catalog.view.case_insensitive %}
        return _BY_KEY.get(_ascii_lower(value), value)
{%- else %}
        return _BY_KEY.get(value, value)
{%- endif %}
{%- if catalog.view.coded %}

    @classmethod
    def from_code(cls, code: int) -> {{ t }} | None:
        """The event with this numeric code, or `None` when no event has it."""
        return _BY_CODE.get(code)
{%- endif %}

    @classmethod
    def _missing_(cls, value: object) -> {{ t }} | None:
        """Lets `{{ t }}(value)` take aliases{% if catalog.view.case_insensitive %} and any ASCII case{% endif %}, as `parse` does."""
        if isinstance(value, str):
{%- if catalog.view.case_insensitive %}
            return _BY_KEY.get(_ascii_lower(value))
{%- else %}
            return _BY_KEY.get(value)
{%- endif %}
        return None

    @property
    def info(self) -> _info.EventInfo:
        """Everything the catalog says about this event."""
        return _INFO[self]
{%- if catalog.view.coded %}

    @property
    def code(self) -> int:
        """The event's numeric code."""
        code = _INFO[self].code
        assert code is not None  # every event of the catalog has one
        return code
{%- endif %}

    @property
    def label(self) -> str | None:
        """The vendor's display name of the event, if the catalog gives one."""
        return _INFO[self].label

    @property
    def description(self) -> str | None:
        """The vendor's description of the event, if the catalog gives one."""
        return _INFO[self].description

    @property
    def category(self) -> str | None:
        """The vendor's category of the event, if the catalog gives one."""
        return _INFO[self].category

    @property
    def aliases(self) -> tuple[str, ...]:
        """Other wire values that mean this event."""
        return _INFO[self].aliases

    @property
    def deprecated(self) -> str | None:
        """Why the event is deprecated, or `None` when it is not."""
        return _INFO[self].deprecated


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

_INFO: typing.Final[abc.Mapping[{{ t }}, _info.EventInfo]] = {
{%- for e in catalog.events %}
{%- if e.info_vertical %}
    {{ t }}.{{ e.event.ident.python }}: _info.EventInfo(
{%- for arg in e.info_args %}
        {{ arg }},
{%- endfor %}
    ),
{%- else %}
    {{ t }}.{{ e.event.ident.python }}: _info.EventInfo({{ e.info_args|join(", ") }}),
{%- endif %}
{%- endfor %}
}
