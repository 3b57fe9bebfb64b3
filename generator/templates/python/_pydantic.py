{{ header }}
"""pydantic v2 support, imported only when pydantic builds a model with a field of a
catalog's `Any…` type (`AnyTeleportEvent`): install the package's `pydantic` extra.

The field takes a `str` only (strictly: not bytes, not a number), then `parse` gives the
catalog's member for a value it lists and the same string for any other. Models dump the
member as itself, and as its wire value in JSON.
"""

from __future__ import annotations

from typing import Any

from pydantic_core import core_schema as cs

from . import {{ base }}


def core_schema(catalog: type[{{ base }}.EventType]) -> cs.CoreSchema:
    """The validation and serialisation of a field of the catalog's `Any…` type."""
    return cs.chain_schema(
        [cs.str_schema(strict=True), cs.no_info_plain_validator_function(catalog.parse)],
        serialization=cs.plain_serializer_function_ser_schema(
            str, return_schema=cs.str_schema(), when_used="json"
        ),
    )


def json_schema(catalog: type[{{ base }}.EventType]) -> dict[str, Any]:
    """Any string, and the catalog's wire values as the known ones."""
    return {
        "anyOf": [
            {"type": "string", "enum": [member.value for member in catalog]},
            {"type": "string"},
        ],
    }
