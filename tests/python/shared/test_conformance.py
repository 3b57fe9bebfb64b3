"""The conformance vectors of every catalog (`<generated>/conformance/*.json`), which
the Rust and TypeScript bindings pass too: the same inputs, the same answers.

Each catalog's enum is found by the vectors' catalog id in `vendor_event_types.CATALOGS`
and its type name. Failures are collected per catalog and reported together. The
pydantic type and the msgspec recipe answer the same vectors in `test_integrations.py`.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Any, cast

import pytest

import support
import vendor_event_types
from vendor_event_types import EventType

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
        [
            "CATALOGS",
            "EventInfo",
            "EventType",
            "PayloadError",
            "UnknownEvent",
            *(
                name
                for vectors in support.all_vectors()
                for name in support.export_names(vectors["type"], vectors["catalog"])
            ),
        ]
    )


@pytest.mark.parametrize("path", VECTOR_FILES, ids=lambda path: path.stem)
def test_module(path: Path) -> None:
    vectors = support.load_vectors(path)
    catalog = catalog_of(vectors)
    assert issubclass(catalog, StrEnum) and issubclass(catalog, EventType)
    module = sys.modules[catalog.__module__]
    # The catalog id as a module name (no id is a keyword: the loader rejects those).
    assert module.__name__ == "vendor_event_types." + vectors["catalog"].replace("-", "_")
    assert module.CATALOG == vectors["catalog"]
    assert module.MATCH == vectors["match"]
    names = support.export_names(vectors["type"], vectors["catalog"])
    assert module.__all__ == ["CATALOG", "MATCH", *names]
    for exported in names:
        assert getattr(vendor_event_types, exported) is getattr(module, exported), exported


@pytest.mark.parametrize("path", VECTOR_FILES, ids=lambda path: path.stem)
def test_parse(path: Path) -> None:
    vectors = support.load_vectors(path)
    catalog = catalog_of(vectors)
    assert vectors["parse"]
    failures = []
    for vector in vectors["parse"]:
        value, expected = vector["input"], vector["expected"]
        result = catalog.parse(value)
        looked_up = catalog.lookup(value)
        if expected is None:
            # The very string given, not a copy and not a member.
            if result is not value or isinstance(result, catalog):
                failures.append(f"parse({value!r}) = {result!r}, expected {value!r} itself")
            if looked_up is not None:
                failures.append(f"lookup({value!r}) = {looked_up!r}, expected None")
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
            if looked_up is not member:
                failures.append(f"lookup({value!r}) = {looked_up!r}, expected {member!r}")
            # The constructor takes what `parse` takes (aliases, case), through `_missing_`.
            if catalog(value) is not member:
                failures.append(f"{catalog.__name__}({value!r}) is not {member!r}")
    report(failures)


@pytest.mark.parametrize("path", VECTOR_FILES, ids=lambda path: path.stem)
def test_non_strings(path: Path) -> None:
    """A value that is not a `str` is never an event: `lookup` says `None`, `parse`
    (which can keep only a string) raises `TypeError`, and the constructor `ValueError`."""
    vectors = support.load_vectors(path)
    catalog = catalog_of(vectors)
    first = vectors["events"][0]["name"]
    # JSON's, and what only Python has: bytes of a wire value, and objects that print as one.
    inputs = [*vectors["non_strings"], first.encode(), bytearray(first.encode()), [first], (first,)]
    inputs.append(type("Printable", (), {"__str__": lambda self: first})())
    assert vectors["non_strings"]
    failures = []
    for value in inputs:
        if catalog.lookup(value) is not None:
            failures.append(f"lookup({value!r}) = {catalog.lookup(value)!r}, expected None")
        try:
            result = catalog.parse(value)
        except TypeError as error:
            if f"{catalog.__name__}.parse takes a str, not {type(value).__name__}" != str(error):
                failures.append(f"parse({value!r}) raised {error!r}")
        else:
            failures.append(f"parse({value!r}) = {result!r}, expected TypeError")
        try:
            member = catalog(value)
        except ValueError:
            pass
        else:
            failures.append(f"{catalog.__name__}({value!r}) = {member!r}, expected ValueError")
    report(failures)


@pytest.mark.parametrize("path", VECTOR_FILES, ids=lambda path: path.stem)
def test_codes(path: Path) -> None:
    vectors = support.load_vectors(path)
    catalog = catalog_of(vectors)
    if not vectors["coded"]:
        assert vectors["codes"] == [] and vectors["non_codes"] == []
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
    assert vectors["non_codes"]
    for value in [*vectors["non_codes"], float(vectors["codes"][0]["code"])]:
        if catalog.from_code(value) is not None:
            failures.append(f"from_code({value!r}) = {catalog.from_code(value)!r}, expected None")
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
        # A NamedTuple of exactly the catalog's fields: those every event has first.
        info = member.info
        fields = support.catalog_fields(vectors)
        required = support.required_fields(vectors)
        optional = [field for field in fields if field not in required]
        if info._fields != ("value", *required, *optional):
            failures.append(f"{member!r}.info has the fields {info._fields}, expected {fields}")
        if info.value != event["name"] or type(info.value) is not str:
            failures.append(f"{member!r}.info.value = {info.value!r}")
        for field in support.FIELDS:
            if field not in fields:
                if hasattr(member, field) or hasattr(info, field):
                    failures.append(f"{member!r} has `{field}`, which the catalog has not")
                continue
            known = cast(dict[str, object], event)
            expected = tuple(event["aliases"]) if field == "aliases" else known[field]
            if getattr(info, field) != expected or getattr(member, field) != expected:
                failures.append(f"{member!r}.{field} = {getattr(member, field)!r}, expected {expected!r}")
    report(failures)
