"""The integrations, against the pinned pydantic and msgspec, over every catalog's
conformance vectors: a catalogued value becomes the member (aliases, and any ASCII case
where the catalog ignores it), any other string is kept exactly, and a value that is not
a string is a validation error.

- pydantic: a model whose field is the catalog's `Any…` type (`AnyTeleportEvent`).
- msgspec: the README's recipe, a `str` field parsed in `__post_init__`.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import msgspec
import pydantic
import pytest

import support
import vendor_event_types

VECTOR_FILES = support.vector_files()


def catalog_of(vectors: support.Vectors) -> Any:
    catalog = vendor_event_types.CATALOGS[vectors["catalog"]]
    assert catalog.__name__ == vectors["type"]
    return catalog


def pydantic_model(vectors: support.Vectors) -> type[pydantic.BaseModel]:
    """`class Webhook(BaseModel): type: AnyT`, for the catalog of `vectors`."""
    any_type = getattr(vendor_event_types, f"Any{vectors['type']}")
    return pydantic.create_model("Webhook", type=(any_type, ...))


def msgspec_struct(catalog: Any) -> Any:
    """The README's recipe, for `catalog` (`Any`: its field is typed per catalog)."""

    class Webhook(msgspec.Struct):
        type: str

        def __post_init__(self) -> None:
            self.type = catalog.parse(self.type)

    return Webhook


def check(failures: list[str], what: str, value: str, result: object, expected: object) -> None:
    """`result` is the member `expected`, or, when it is `None`, the string `value`."""
    if expected is None:
        if result != value or type(result) is not str:
            failures.append(f"{what}({value!r}) = {result!r}, expected {value!r} kept")
    elif result is not expected:
        failures.append(f"{what}({value!r}) = {result!r}, expected {expected!r}")


@pytest.mark.parametrize("path", VECTOR_FILES, ids=lambda path: path.stem)
def test_pydantic(path: Path) -> None:
    vectors = support.load_vectors(path)
    catalog = catalog_of(vectors)
    model = pydantic_model(vectors)
    failures: list[str] = []
    for vector in vectors["parse"]:
        value, expected = vector["input"], vector["expected"]
        member = None if expected is None else catalog(expected)
        from_python = model.model_validate({"type": value})
        check(failures, "model_validate", value, from_python.__dict__["type"], member)
        from_json = model.model_validate_json(json.dumps({"type": value}))
        check(failures, "model_validate_json", value, from_json.__dict__["type"], member)
        # Dumped as JSON: the catalog's wire value, or the very value received.
        dumped = json.loads(from_json.model_dump_json())["type"]
        if dumped != (value if expected is None else expected):
            failures.append(f"model_dump_json of {value!r} gave {dumped!r}")
    for not_a_string in [*vectors["non_strings"], vectors["events"][0]["name"].encode()]:
        try:
            model.model_validate({"type": not_a_string})
        except pydantic.ValidationError as error:
            if error.errors()[0]["type"] != "string_type":
                failures.append(f"model_validate({not_a_string!r}) failed with {error}")
        else:
            failures.append(f"model_validate({not_a_string!r}) is valid, expected a ValidationError")
    assert not failures, "\n".join(failures[:40])


@pytest.mark.parametrize("path", VECTOR_FILES, ids=lambda path: path.stem)
def test_pydantic_json_schema(path: Path) -> None:
    vectors = support.load_vectors(path)
    schema = pydantic_model(vectors).model_json_schema()
    assert schema["properties"]["type"]["anyOf"] == [
        {"type": "string", "enum": [event["name"] for event in vectors["events"]]},
        {"type": "string"},
    ]
    assert schema["required"] == ["type"]


@pytest.mark.parametrize("path", VECTOR_FILES, ids=lambda path: path.stem)
def test_msgspec_recipe(path: Path) -> None:
    vectors = support.load_vectors(path)
    catalog = catalog_of(vectors)
    struct = msgspec_struct(catalog)
    failures: list[str] = []
    for vector in vectors["parse"]:
        value, expected = vector["input"], vector["expected"]
        member = None if expected is None else catalog(expected)
        decoded = msgspec.json.decode(json.dumps({"type": value}), type=struct)
        check(failures, "msgspec.json.decode", value, decoded.type, member)
        converted = msgspec.convert({"type": value}, type=struct)
        check(failures, "msgspec.convert", value, converted.type, member)
        encoded = json.loads(msgspec.json.encode(decoded))["type"]
        if encoded != (value if expected is None else expected):
            failures.append(f"msgspec.json.encode of {value!r} gave {encoded!r}")
    for not_a_string in vectors["non_strings"]:
        try:
            msgspec.json.decode(json.dumps({"type": not_a_string}), type=struct)
        except msgspec.ValidationError as error:
            if not str(error).startswith("Expected `str`"):
                failures.append(f"decoding {not_a_string!r} failed with {error}")
        else:
            failures.append(f"decoding {not_a_string!r} succeeded, expected a ValidationError")
    assert not failures, "\n".join(failures[:40])


def test_a_union_of_the_enum_and_str_gives_pydantic_a_plain_str() -> None:
    """Why the `Any…` type: with the obvious field type, pydantic's smart union takes the
    exact type, `str`, for every string, so a catalogued value never becomes the member."""
    catalog: Any = next(iter(vendor_event_types.CATALOGS.values()))
    member = next(iter(catalog))
    model = pydantic.create_model("Webhook", type=(catalog | str, ...))
    received = model.model_validate_json(json.dumps({"type": member.value})).__dict__["type"]
    assert received == member.value and type(received) is str


def test_a_union_of_the_enum_and_str_is_what_msgspec_rejects() -> None:
    """Why the recipe declares a `str`: the obvious field type does not work."""
    catalog = next(iter(vendor_event_types.CATALOGS.values()))
    Webhook = msgspec.defstruct("Webhook", [("type", catalog | str)])
    with pytest.raises(TypeError, match="more than one str-like type"):
        msgspec.json.decode(b'{"type": "x"}', type=Webhook)


def run(code: str) -> str:
    """`code` run by a fresh interpreter, for what importing loads."""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_pydantic_is_imported_only_for_a_model() -> None:
    catalog_id = next(iter(vendor_event_types.CATALOGS))
    type_name = vendor_event_types.CATALOGS[catalog_id].__name__
    loaded = run(
        "import sys, vendor_event_types as v\n"
        f"any_type = getattr(v, 'Any{type_name}')\n"
        "print(sorted(m for m in ('pydantic', 'pydantic_core', 'msgspec', 'vendor_event_types._pydantic') if m in sys.modules))\n"
        "import pydantic\n"
        "pydantic.create_model('Webhook', type=(any_type, ...))\n"
        "print('vendor_event_types._pydantic' in sys.modules)\n"
    )
    assert loaded.splitlines() == ["[]", "True"]
