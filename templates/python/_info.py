{{ header }}
"""What a catalog says about one event type, beside its wire value."""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True, slots=True)
class EventInfo:
    """One event type of a catalog, as its spec describes it."""

    name: str
    """The wire value."""
    _: dataclasses.KW_ONLY
    code: int | None = None
    """The numeric code, in catalogs whose events have codes."""
    label: str | None = None
    """The vendor's display name."""
    description: str | None = None
    category: str | None = None
    aliases: tuple[str, ...] = ()
    """Other wire values that mean this event."""
    deprecated: str | None = None
    """Why the event is deprecated, when it is."""
