{{ header }}
"""What every catalog's enum shares: the base class `EventType`, the `EventInfo` every
event's metadata provides, and `UnknownEvent`, the type of values a catalog does not list.

Nothing here imports pydantic: `ParsedBy` only tells pydantic, when it builds a model,
to ask `{{ pydantic }}` (which imports it) for a validator.
"""

from __future__ import annotations

import enum
import typing

UnknownEvent = typing.NewType("UnknownEvent", str)
"""A wire value that the catalog does not list, kept exactly as received; each catalog
has its own (`UnknownTeleportEvent`), so that a type checker keeps it apart from the
catalog's events."""


class EventInfo(typing.Protocol):
    """What a catalog says about one of its event types. Each catalog's own info type
    (`TeleportEventInfo`) has exactly the fields the catalog has."""

    @property
    def value(self) -> str:
        """The wire value."""
        ...


class EventType(enum.StrEnum):
    """The base class of every catalog's enum, whose members' values are the wire values.

    `{{ package.python_module() }}.CATALOGS` maps catalog ids to these, for code that handles any
    catalog: `CATALOGS["teleport"].parse(value)`.
    """

    @classmethod
    def lookup(cls, value: object) -> typing.Self | None:
        """The event that `value` names under the catalog's matching rule (its wire value
        or an alias), or `None`: for a value the catalog does not list, and for one that
        is not a `str`. (This base class lists no event.)"""
        return None

    @classmethod
    def parse(cls, value: object) -> typing.Self | UnknownEvent:
        """The event that `value` names, or `value` itself, unchanged, as an unknown event.

        Raises `TypeError` when `value` is not a `str`: only a string can be kept.
        """
        event = cls.lookup(value)
        if event is not None:
            return event
        if isinstance(value, str):
            return UnknownEvent(value)
        raise TypeError(f"{cls.__name__}.parse takes a str, not {type(value).__name__}")

    @classmethod
    def _missing_(cls, value: object) -> typing.Self | None:
        """Lets `Catalog(value)` take what `lookup` takes: aliases, and any ASCII case in
        a case-insensitive catalog."""
        return cls.lookup(value)

    @property
    def info(self) -> EventInfo:
        """Everything the catalog says about this event."""
        raise NotImplementedError


class ParsedBy:
    """In `typing.Annotated[…, ParsedBy(Catalog)]`: pydantic validates the field with
    `Catalog.parse`. A marker: pydantic, when it builds a model, asks it for the schema,
    and only then is pydantic support imported."""

    __slots__ = ("catalog",)

    def __init__(self, catalog: type[EventType]) -> None:
        self.catalog: typing.Final = catalog

    def __repr__(self) -> str:
        return f"ParsedBy({self.catalog.__name__})"

    def __get_pydantic_core_schema__(self, source: object, handler: object) -> object:
        from . import {{ pydantic }}

        return {{ pydantic }}.core_schema(self.catalog)

    def __get_pydantic_json_schema__(self, schema: object, handler: object) -> object:
        from . import {{ pydantic }}

        return {{ pydantic }}.json_schema(self.catalog)
