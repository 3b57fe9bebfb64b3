"""The conformance vectors of every catalog (`<generated>/conformance/*.json`), which
the Rust and TypeScript bindings pass too: the same inputs, the same answers.

Each catalog's enum is found by the vectors' catalog id in `vendor_event_types.CATALOGS`
and its type name. Failures are collected per catalog and reported together.
"""

from __future__ import annotations

import keyword
import sys
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest

import support
import vendor_event_types
from vendor_event_types import EventInfo

VECTOR_FILES = support.vector_files()


def catalog_of(vectors: support.Vectors) -> Any:
    """The enum of the catalog: `Any`, since its `parse` and properties are per catalog."""
    catalog = vendor_event_types.CATALOGS[vectors["catalog"]]
    assert catalog.__name__ == vectors["type"]
    assert getattr(vendor_event_types, vectors["type"]) is catalog
    return catalog


def report(failures: list[str]) -> None:
    shown = "\n".join(failures[:40])
    more = f"\n… and {len(failures) - 40} more" if len(failures) > 40 else ""
    assert not failures, f"{len(failures)} failures:\n{shown}{more}"


def test_the_package_has_exactly_the_catalogs_of_the_vectors() -> None:
    assert sorted(vendor_event_types.CATALOGS) == sorted(
        vectors["catalog"] for vectors in support.all_vectors()
    )
    assert sorted(vendor_event_types.__all__) == sorted(
        ["CATALOGS", "EventInfo", *(vectors["type"] for vectors in support.all_vectors())]
    )


@pytest.mark.parametrize("path", VECTOR_FILES, ids=lambda path: path.stem)
def test_module(path: Path) -> None:
    vectors = support.load_vectors(path)
    catalog = catalog_of(vectors)
    assert issubclass(catalog, StrEnum)
    module = sys.modules[catalog.__module__]
    # The catalog id as a module name; a keyword gets a `_` (PEP 8).
    name = vectors["catalog"].replace("-", "_")
    assert module.__name__ == "vendor_event_types." + (name + "_" if keyword.iskeyword(name) else name)
    assert module.CATALOG == vectors["catalog"]
    assert module.MATCH == vectors["match"]
    assert module.__all__ == ["CATALOG", "MATCH", vectors["type"]]


@pytest.mark.parametrize("path", VECTOR_FILES, ids=lambda path: path.stem)
def test_parse(path: Path) -> None:
    vectors = support.load_vectors(path)
    catalog = catalog_of(vectors)
    assert vectors["parse"]
    failures = []
    for vector in vectors["parse"]:
        value, expected = vector["input"], vector["expected"]
        result = catalog.parse(value)
        if expected is None:
            # The very string given, not a copy and not a member.
            if result is not value or isinstance(result, catalog):
                failures.append(f"parse({value!r}) = {result!r}, expected {value!r} itself")
            try:
                member = catalog(value)
            except ValueError:
                pass
            else:
                failures.append(f"{catalog.__name__}({value!r}) = {member!r}, expected ValueError")
        else:
            member = catalog(expected)
            if result is not member or type(result) is not catalog or result.value != expected:
                failures.append(f"parse({value!r}) = {result!r}, expected {member!r}")
            # The constructor takes what `parse` takes (aliases, case), through `_missing_`.
            if catalog(value) is not member:
                failures.append(f"{catalog.__name__}({value!r}) is not {member!r}")
    report(failures)


@pytest.mark.parametrize("path", VECTOR_FILES, ids=lambda path: path.stem)
def test_codes(path: Path) -> None:
    vectors = support.load_vectors(path)
    catalog = catalog_of(vectors)
    if not vectors["coded"]:
        assert vectors["codes"] == []
        assert not hasattr(catalog, "from_code")
        assert all(not hasattr(member, "code") for member in catalog)
        return
    assert vectors["codes"]
    failures = []
    for vector in vectors["codes"]:
        code, expected = vector["code"], vector["expected"]
        result = catalog.from_code(code)
        if expected is None:
            if result is not None:
                failures.append(f"from_code({code}) = {result!r}, expected None")
        else:
            member = catalog(expected)
            if result is not member:
                failures.append(f"from_code({code}) = {result!r}, expected {member!r}")
            elif member.code != code:
                failures.append(f"{member!r}.code = {member.code!r}, expected {code}")
    report(failures)


@pytest.mark.parametrize("path", VECTOR_FILES, ids=lambda path: path.stem)
def test_events(path: Path) -> None:
    vectors = support.load_vectors(path)
    catalog = catalog_of(vectors)
    members = list(catalog)
    events = vectors["events"]
    # Every event is a member of its own (no value shared), in the document's order.
    assert [member.value for member in members] == [event["name"] for event in events]
    assert list(catalog.__members__) == [event["ident"]["python"] for event in events]
    failures = []
    for member, event in zip(members, events, strict=True):
        ident = event["ident"]["python"]
        if member.name != ident or catalog[ident] is not member:
            failures.append(f"{member!r}: name {member.name!r}, expected {ident!r}")
        if getattr(catalog, ident) is not member:
            failures.append(f"{catalog.__name__}.{ident} is not {member!r}")
        if not (str(member) == f"{member}" == format(member) == event["name"]):
            failures.append(f"{member!r} prints as {str(member)!r}, expected {event['name']!r}")
        if member != event["name"] or hash(member) != hash(event["name"]):
            failures.append(f"{member!r} is not equal to its wire value")
        info = EventInfo(
            event["name"],
            code=event["code"],
            label=event["label"],
            description=event["description"],
            category=event["category"],
            aliases=tuple(event["aliases"]),
            deprecated=event["deprecated"],
        )
        if member.info != info:
            failures.append(f"{member!r}.info = {member.info!r}, expected {info!r}")
        for field, text in [
            ("label", event["label"]),
            ("description", event["description"]),
            ("category", event["category"]),
            ("deprecated", event["deprecated"]),
        ]:
            if getattr(member, field) != text:
                failures.append(f"{member!r}.{field} = {getattr(member, field)!r}, expected {text!r}")
        if member.aliases != tuple(event["aliases"]):
            failures.append(f"{member!r}.aliases = {member.aliases!r}")
        if vectors["coded"] and member.code != event["code"]:
            failures.append(f"{member!r}.code = {member.code!r}, expected {event['code']}")
    report(failures)
