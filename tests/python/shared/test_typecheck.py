"""Type checks that must pass and type checks that must fail, with the pinned mypy
(`--strict`) against the installed package, for every catalog:

- a `match` on `lookup` with `case None`, a `case` per member and `assert_never` passes;
  the same without one member fails, and mypy names that member;
- `parse` is typed `T | UnknownT`, which `isinstance` narrows both ways;
- each metadata field the catalog has is typed exactly (optional only where some events
  lack it), and a field it does not have is an error;
- `CATALOGS` gives the base class, with `lookup` and `parse`.

The modules are written from the conformance vectors into a temporary folder.
"""

from __future__ import annotations

import re
from pathlib import Path

import mypy.api

import support

FIELD_TYPES = {"code": "int", "aliases": "tuple[str, ...]"}


def exhaustive(vectors: support.Vectors, left_out: str | None) -> str:
    """A `match` on `lookup` handling every member but the one named `left_out`."""
    t = vectors["type"]
    lines = [
        "from typing import assert_never",
        "",
        f"from vendor_event_types import {t}",
        "",
        "",
        "def handle(raw: object) -> int:",
        f"    match {t}.lookup(raw):",
        "        case None:",
        "            return -1",
    ]
    for index, event in enumerate(vectors["events"]):
        if event["name"] != left_out:
            lines += [f"        case {t}.{event['ident']['python']}:", f"            return {index}"]
    lines += ["        case unhandled:", "            assert_never(unhandled)", ""]
    return "\n".join(lines)


def typed(vectors: support.Vectors) -> str:
    """Uses of the catalog's API whose types mypy must see exactly."""
    t = vectors["type"]
    member = f"{t}.{vectors['events'][0]['ident']['python']}"
    required = support.required_fields(vectors)
    lines = [
        "from typing import assert_type",
        "",
        "from vendor_event_types import (",
        f"    CATALOGS, EventType, UnknownEvent, Any{t}, {t}, {t}Info, Unknown{t}",
        ")",
        "",
        f"event = {t}.parse('received')",
        f"assert_type(event, {t} | Unknown{t})",
        f"assert_type(event, Any{t})",
        f"if isinstance(event, {t}):",
        f"    assert_type(event, {t})",
        "else:",
        f"    assert_type(event, Unknown{t})",
        f"assert_type({t}.lookup(42), {t} | None)",
        f"assert_type({member}.info, {t}Info)",
        f"assert_type({member}.info.value, str)",
        f"assert_type(CATALOGS[{vectors['catalog']!r}].parse('x'), EventType | UnknownEvent)",
        f"assert_type(CATALOGS[{vectors['catalog']!r}].lookup('x'), EventType | None)",
    ]
    for field in support.catalog_fields(vectors):
        type_name = FIELD_TYPES.get(field, "str")
        if field not in required and field != "aliases":
            type_name += " | None"
        lines += [
            f"assert_type({member}.{field}, {type_name})",
            f"assert_type({member}.info.{field}, {type_name})",
        ]
    if vectors["coded"]:
        lines.append(f"assert_type({t}.from_code(0), {t} | None)")
    return "\n".join([*lines, ""])


def missing_fields(vectors: support.Vectors) -> tuple[str, list[str]]:
    """Uses of the fields the catalog does not have, and the errors mypy must report."""
    t = vectors["type"]
    member = f"{t}.{vectors['events'][0]['ident']['python']}"
    absent = [field for field in support.FIELDS if field not in support.catalog_fields(vectors)]
    lines = [f"from vendor_event_types import {t}", ""]
    errors = []
    for number, field in enumerate(absent, start=len(lines) + 1):
        lines.append(f"print({member}.{field})")
        errors.append(f"{number}: error: \"{t}\" has no attribute \"{field}\"  [attr-defined]")
    if not vectors["coded"]:
        lines.append(f"print({t}.from_code(0))")
        errors.append(
            f"{len(lines)}: error: \"type[{t}]\" has no attribute \"from_code\"  [attr-defined]"
        )
    return "\n".join([*lines, ""]), errors


def run_mypy(folder: Path) -> dict[str, list[str]]:
    """mypy's errors, by file name (`line: error: message  [code]`)."""
    cache = support.ROOT / "target/python/mypy-cache" / f"typecheck-{support.GENERATED.name}"
    stdout, stderr, _ = mypy.api.run(
        ["--strict", "--no-error-summary", "--cache-dir", str(cache), str(folder)]
    )
    assert stderr == "", stderr
    errors: dict[str, list[str]] = {path.name: [] for path in folder.glob("*.py")}
    for line in stdout.splitlines():
        match = re.fullmatch(r"(?:.*/)?([^/]+\.py):(\d+: error: .*)", line)
        assert match, f"unexpected output of mypy: {line}"
        # mypy names a type by its module where the short name is ambiguous (a catalog
        # type `Union`, beside `typing.Union`): the messages are compared without it.
        errors[match[1]].append(re.sub(r"\bvendor_event_types\.\w+\.", "", match[2]))
    return errors


def test_mypy_reports_what_it_must_and_nothing_else(tmp_path: Path) -> None:
    expected: dict[str, list[str]] = {}
    for vectors in support.all_vectors():
        name = vectors["catalog"].replace("-", "_")
        t = vectors["type"]
        last = vectors["events"][-1]
        (tmp_path / f"{name}_complete.py").write_text(exhaustive(vectors, None))
        expected[f"{name}_complete.py"] = []
        incomplete = exhaustive(vectors, last["name"])
        (tmp_path / f"{name}_incomplete.py").write_text(incomplete)
        line = incomplete.splitlines().index("            assert_never(unhandled)") + 1
        expected[f"{name}_incomplete.py"] = [
            f"{line}: error: Argument 1 to \"assert_never\" has incompatible type "
            f"\"Literal[{t}.{last['ident']['python']}]\"; expected \"Never\"  [arg-type]"
        ]
        (tmp_path / f"{name}_typed.py").write_text(typed(vectors))
        expected[f"{name}_typed.py"] = []
        source, errors = missing_fields(vectors)
        (tmp_path / f"{name}_missing_fields.py").write_text(source)
        expected[f"{name}_missing_fields.py"] = errors
    assert run_mypy(tmp_path) == expected
