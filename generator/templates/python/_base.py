{{ header }}
"""What every catalog's enum shares: the base class `EventType`, the `EventInfo` every
event's metadata provides, and `UnknownEvent`, the type of values a catalog does not list;
and what the records' validators and the endpoints share: `PayloadError`, the checks of
scalars and lists, `Endpoint`.

Nothing here imports pydantic: `ParsedBy` only tells pydantic, when it builds a model,
to ask `{{ pydantic }}` (which imports it) for a validator.
"""

from __future__ import annotations

import enum
import sys
import typing
from collections import abc

if typing.TYPE_CHECKING:
    from typing import TypedDict as TypedDict
else:

    def __getattr__(name: str) -> object:
        """`TypedDict`, the base of the records' `TypedDict`s, looked up by the modules of
        catalogs with records only. pydantic (the `pydantic` extra) reads a `TypedDict` of
        `typing` on Python 3.12 and later, and of `typing_extensions`, which it depends
        on, before: that one when it is installed (it imports `inspect`, which importing
        a catalog without records does not)."""
        if name != "TypedDict":
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        if sys.version_info < (3, 12):
            try:
                from typing_extensions import TypedDict
            except ImportError:
                from typing import TypedDict
        else:
            from typing import TypedDict
        globals()[name] = TypedDict
        return TypedDict

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

    @classmethod
    def from_payload(cls, value: object) -> typing.Self | UnknownEvent:
        """An event type in a payload, as the records' validators keep it: the member
        whose wire value is exactly `value`, which serialises back to it, else `value`
        itself (an alias, another case, a value the catalog does not list). Raises
        `PayloadError` when `value` is not a `str`."""
        if not isinstance(value, str):
            raise PayloadError.at("", "a string", value)
        event = cls._value2member_map_.get(value)
        if event is not None:
            return typing.cast(typing.Self, event)
        return UnknownEvent(value)


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


class _Missing(enum.Enum):
    MISSING = enum.auto()


MISSING: typing.Final = _Missing.MISSING
"""What a validator reads for a key the payload does not have."""

_IDENTIFIER_START: typing.Final = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$"
)
_IDENTIFIER_PART: typing.Final = _IDENTIFIER_START | frozenset("0123456789")


def _step(key: str) -> str:
    """`key` as a step of a path: `.key` when it is an identifier name, else `["a-b"]`."""
    if key[:1] in _IDENTIFIER_START and all(c in _IDENTIFIER_PART for c in key):
        return "." + key
    import json  # Only for an error: importing a catalog does not import it.

    return "[" + json.dumps(key, ensure_ascii=False) + "]"


def _shown(value: object) -> str:
    """A value as messages show it: a scalar as JSON, shortened; a list or an object by
    its kind."""
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    import json  # Only for an error: importing a catalog does not import it.

    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 40 else text[:40] + "\u2026"


class PayloadError(ValueError):
    """A payload that is not of its record: `path` names the first problem
    (`$.list[0].event.target.target_id`), `kind` what it is (`missing`, `type`, `null`,
    `extra`), and the message both: `$.list[0].event.target.target_id: expected an
    integer, got "1"`."""

    def __init__(self, kind: str, message: str, step: str = "") -> None:
        super().__init__(message)
        self.kind: typing.Final = kind
        self.message: typing.Final = message
        # The path's steps from the problem outwards, added as the validators return.
        self._steps: list[str] = [step] if step else []

    @classmethod
    def at(cls, step: str, expected: str, value: object) -> PayloadError:
        """The problem of `value` where `expected` is: absent, `null`, or another type."""
        if value is MISSING:
            return cls("missing", f"missing required field (expected {expected})", step)
        if value is None:
            return cls("null", f"expected {expected}, got null", step)
        return cls("type", f"expected {expected}, got {_shown(value)}", step)

    @classmethod
    def extra(cls, key: object, record: str) -> PayloadError:
        """A key that the record, which rejects the keys it does not list, does not list."""
        return cls("extra", f"unknown field: `{record}` does not list it", _step(str(key)))

    def within(self, step: str) -> PayloadError:
        """The same problem, its path under `step`."""
        self._steps.append(step)
        return self

    @property
    def path(self) -> str:
        return "$" + "".join(reversed(self._steps))

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


_T = typing.TypeVar("_T")


def check_string(value: object) -> str:
    if isinstance(value, str):
        return value
    raise PayloadError.at("", "a string", value)


def check_integer(value: object) -> int:
    # `bool` is an `int` to Python, not to JSON; a `float` is never an integer here,
    # since `json.loads` reads `1.0` as one.
    if type(value) is int:
        return value
    raise PayloadError.at("", "an integer", value)


def check_number(value: object) -> int | float:
    if type(value) is int or type(value) is float:
        return value
    raise PayloadError.at("", "a number", value)


def check_boolean(value: object) -> bool:
    if type(value) is bool:
        return value
    raise PayloadError.at("", "a boolean", value)


def check_list(value: object, item: abc.Callable[[object], _T]) -> list[_T]:
    """A list whose every item `item` checks (and converts), or the first problem."""
    if not isinstance(value, list):
        raise PayloadError.at("", "a list", value)
    try:
        return [item(element) for element in value]
    except PayloadError:
        pass
    # The first problem again, with its index: only a list that fails pays for this.
    for index, element in enumerate(value):
        try:
            item(element)
        except PayloadError as error:
            raise error.within(f"[{index}]") from None
    raise AssertionError("a check failed once only")


def list_of(item: abc.Callable[[object], _T]) -> abc.Callable[[object], list[_T]]:
    """The check of a list of `item`, for lists of lists."""
    return lambda value: check_list(value, item)


PYDANTIC_KEEP: typing.Final = {"extra": "allow", "strict": True}
"""pydantic's configuration of a record that keeps the keys it does not list: as the
validators check, strictly (`"1"` is no integer)."""

PYDANTIC_REJECT: typing.Final = {"extra": "forbid", "strict": True}
"""pydantic's configuration of a record that rejects the keys it does not list."""


class NoQuery(typing.TypedDict):
    """The query of an endpoint without parameters: empty."""


_Query = typing.TypeVar("_Query", bound=abc.Mapping[str, object])


class Endpoint(typing.Generic[_Query]):
    """An endpoint of a vendor's API: its id, HTTP method, URL and the URL's path, and
    the names of its query parameters, in the document's order."""

    __slots__ = ("name", "method", "url", "path", "parameters")

    def __init__(
        self, name: str, method: str, url: str, path: str, parameters: tuple[str, ...]
    ) -> None:
        self.name: typing.Final = name
        self.method: typing.Final = method
        self.url: typing.Final = url
        self.path: typing.Final = path
        self.parameters: typing.Final = parameters

    def __repr__(self) -> str:
        return f"Endpoint({self.name!r}, {self.method!r}, {self.url!r})"

    def query(self, query: _Query) -> list[tuple[str, str]]:
        """The `(name, value)` pairs of `query`'s parameters, in the document's order:
        those given (and not `None`), integers and numbers as `repr` writes them, booleans
        as `true` or `false`, strings (and event types) as they are."""
        pairs = []
        for name in self.parameters:
            value = query.get(name)
            if value is None:
                continue
            if isinstance(value, bool):
                text = "true" if value else "false"
            elif isinstance(value, str):
                text = str.__str__(value)
            else:
                text = repr(value)
            pairs.append((name, text))
        return pairs
