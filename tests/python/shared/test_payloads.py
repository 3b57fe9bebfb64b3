"""The records' validators, their pydantic types and the msgspec recipe, and the
endpoints, against the payload vectors (`<generated>/conformance/payloads/<id>.json`)
of every catalog with records, which the Rust and TypeScript bindings pass too.

A valid payload parses to a copy whose event types are the catalog's members (or the
strings received, for values it does not list) and whose `json.dumps` is the JSON
received, unknown keys included; an invalid one raises `PayloadError`, a `ValueError`,
whose path is exactly the vector's.
"""

from __future__ import annotations

import json
import sys
import urllib.parse
from typing import Any

import msgspec
import pydantic
import pytest

import support
import vendor_event_types
from vendor_event_types import EventType, PayloadError

CATALOGS = [
    payloads
    for path in support.vector_files()
    if (payloads := support.load_payloads(path.stem)) is not None
]

# How each kind of problem's message starts, after the path.
MESSAGE_START = {
    "missing": "missing required field",
    "type": "expected ",
    "null": "expected ",
    "extra": "unknown field",
}


def module_of(payloads: support.Payloads) -> Any:
    catalog = vendor_event_types.CATALOGS[payloads["catalog"]]
    return sys.modules[catalog.__module__]


def validator(payloads: support.Payloads, record: str) -> Any:
    return getattr(module_of(payloads), "parse_" + support.snake_case(record))


def report(failures: list[str]) -> None:
    shown = "\n".join(failures[:40])
    assert not failures, f"{len(failures)} failures:\n{shown}"


def test_every_validator_has_payload_vectors() -> None:
    # A module's validators are exactly those of the records its vectors list (none for
    # a catalog without records, which has no vectors).
    for catalog, enum in vendor_event_types.CATALOGS.items():
        module = sys.modules[enum.__module__]
        payloads = support.load_payloads(catalog)
        records = payloads["records"] if payloads is not None else []
        assert [name for name in module.__all__ if name.startswith("parse_")] == sorted(
            "parse_" + support.snake_case(record) for record in records
        ), catalog


def at_path(value: object, path: str) -> object:
    """The value at a vector's path (`$.list[0].event.key`, `$["a-b"]`)."""
    for step in support.path_steps(path):
        if isinstance(step, int):
            assert isinstance(value, list)
            value = value[step]
        else:
            assert isinstance(value, dict)
            value = value[step]
    return value


@pytest.mark.parametrize("payloads", CATALOGS, ids=lambda payloads: payloads["catalog"])
def test_valid_payloads(payloads: support.Payloads) -> None:
    catalog = vendor_event_types.CATALOGS[payloads["catalog"]]
    failures = []
    for vector in payloads["valid"]:
        what = f"{vector['type']}: {vector['name']}"
        received = json.loads(vector["json"])
        parsed = validator(payloads, vector["type"])(received)
        if parsed is received:
            failures.append(f"{what}: the payload itself, not a copy")
        if json.dumps(parsed) != json.dumps(json.loads(vector["json"])):
            failures.append(f"{what}: {json.dumps(parsed)} is not the JSON received")
        if json.loads(json.dumps(parsed)) != vector["expected"]:
            failures.append(f"{what}: {parsed!r} != {vector['expected']!r}")
        for event in vector["events"]:
            # The member when the value is exactly its wire value; any other string kept
            # as received, which `parse` turns into the vector's event.
            value = at_path(parsed, str(event["path"]))
            if event["event"] is not None and event["event"] == event["value"]:
                if value is not catalog(event["event"]):
                    failures.append(f"{what}: {event['path']} is {value!r}, not the member")
            elif isinstance(value, EventType) or value != event["value"]:
                failures.append(f"{what}: {event['path']} is {value!r}, not kept")
            elif event["event"] is not None and catalog.parse(value) is not catalog(event["event"]):
                failures.append(f"{what}: {event['path']}: parse({value!r}) is not {event['event']}")
    report(failures)


@pytest.mark.parametrize("payloads", CATALOGS, ids=lambda payloads: payloads["catalog"])
def test_invalid_payloads(payloads: support.Payloads) -> None:
    failures = []
    for vector in payloads["invalid"]:
        what = f"{vector['type']}: {vector['name']}"
        error = vector["error"]
        try:
            validator(payloads, vector["type"])(json.loads(vector["json"]))
        except PayloadError as raised:
            assert isinstance(raised, ValueError)
            message = str(raised)
            if raised.path != error["path"] or raised.kind != error["kind"]:
                failures.append(f"{what}: {raised.kind} at {raised.path}")
            if not message.startswith(f"{error['path']}: {MESSAGE_START[error['kind']]}"):
                failures.append(f"{what}: {message}")
        else:
            failures.append(f"{what}: accepted")
    report(failures)


def pydantic_path(location: tuple[int | str, ...]) -> str:
    """A pydantic error's location written as the vectors write paths."""
    return "$" + "".join(
        f"[{step}]" if isinstance(step, int) else support.key_step(step) for step in location
    )


@pytest.mark.parametrize("payloads", CATALOGS, ids=lambda payloads: payloads["catalog"])
def test_pydantic_type_adapters(payloads: support.Payloads) -> None:
    """Each record's `TypedDict` as a pydantic `TypeAdapter`: the same payloads valid,
    unknown keys kept, and the same first problem among pydantic's."""
    module = module_of(payloads)
    adapters = {
        record: pydantic.TypeAdapter(getattr(module, record)) for record in payloads["records"]
    }
    failures = []
    for vector in payloads["valid"]:
        try:
            parsed = adapters[vector["type"]].validate_json(vector["json"])
        except pydantic.ValidationError as error:
            failures.append(f"{vector['type']}: {vector['name']}: {error}")
            continue
        dumped = adapters[vector["type"]].dump_python(parsed, mode="json")
        canonical = all(event["event"] in (None, event["value"]) for event in vector["events"])
        if canonical and dumped != vector["expected"]:
            failures.append(f"{vector['type']}: {vector['name']}: {dumped!r}")
    for invalid in payloads["invalid"]:
        try:
            adapters[invalid["type"]].validate_json(invalid["json"])
        except pydantic.ValidationError as error:
            paths = [pydantic_path(tuple(item["loc"])) for item in error.errors()]
            if invalid["error"]["path"] not in paths:
                failures.append(f"{invalid['type']}: {invalid['name']}: {paths}")
        else:
            failures.append(f"{invalid['type']}: {invalid['name']}: accepted")
    report(failures)


@pytest.mark.parametrize("payloads", CATALOGS, ids=lambda payloads: payloads["catalog"])
def test_msgspec_recipe(payloads: support.Payloads) -> None:
    """The README's recipe: msgspec decodes the JSON, the validator checks it."""
    failures = []
    for vector in payloads["valid"]:
        parse = validator(payloads, vector["type"])
        decoded = parse(msgspec.json.decode(vector["json"]))
        if decoded != parse(json.loads(vector["json"])):
            failures.append(f"{vector['type']}: {vector['name']}")
        if msgspec.json.decode(msgspec.json.encode(decoded)) != vector["expected"]:
            failures.append(f"{vector['type']}: {vector['name']}: encoded back")
    for invalid in payloads["invalid"]:
        try:
            validator(payloads, invalid["type"])(msgspec.json.decode(invalid["json"]))
        except PayloadError as error:
            if error.path != invalid["error"]["path"]:
                failures.append(f"{invalid['type']}: {invalid['name']}: {error}")
        else:
            failures.append(f"{invalid['type']}: {invalid['name']}: accepted")
    report(failures)


def sample(parameter_type: str, event: str) -> tuple[object, str]:
    """A value of a parameter's type, and how a query string writes it."""
    samples: dict[str, tuple[object, str]] = {
        "string": ("a b&c=d", "a b&c=d"),
        "integer": (-7, "-7"),
        "number": (0.5, "0.5"),
        "boolean": (True, "true"),
    }
    return samples.get(parameter_type, (event, event))


@pytest.mark.parametrize("payloads", CATALOGS, ids=lambda payloads: payloads["catalog"])
def test_endpoints(payloads: support.Payloads) -> None:
    module = module_of(payloads)
    catalog = vendor_event_types.CATALOGS[payloads["catalog"]]
    name = f"{payloads['type']}Endpoints"
    if not payloads["endpoints"]:
        assert not hasattr(module, name)
        return
    endpoints = getattr(module, name)
    event = next(iter(catalog))
    for endpoint in payloads["endpoints"]:
        api = getattr(endpoints, endpoint["ident"]["python"])
        assert (api.name, api.method, api.url, api.path) == (
            endpoint["name"],
            endpoint["method"],
            endpoint["url"],
            endpoint["path"],
        )
        assert api.path == (urllib.parse.urlsplit(api.url).path or "/")
        assert api.parameters == tuple(parameter["name"] for parameter in endpoint["parameters"])
        query: dict[str, object] = {}
        pairs = []
        for parameter in endpoint["parameters"]:
            value, written = sample(parameter["type"], event)
            query[parameter["name"]] = value
            pairs.append((parameter["name"], written))
        assert api.query(query) == pairs
        required = {p["name"] for p in endpoint["parameters"] if p["required"]}
        assert api.query({k: v for k, v in query.items() if k in required}) == [
            pair for pair in pairs if pair[0] in required
        ]
        if endpoint["query"] is not None:
            assert getattr(module, endpoint["query"]).__total__ is False


def test_readme_recipes_are_in_the_readme() -> None:
    # The README shows the recipes the tests above run: msgspec, pydantic, the endpoints.
    readme = (support.PACKAGE_DIR / "README.md").read_text(encoding="utf-8")
    if CATALOGS:
        for text in ("msgspec.json.decode", "TypeAdapter", "Endpoints"):
            assert text in readme, text
