"""The docstrings of the generated modules, read back from their source with `ast`:
every member has one, and it shows the spec's text exactly (quotes, backslashes,
`\"\"\"`, template syntax and non-ASCII text included), so the escaping round-trips, with
the characters no one could see, or that break lines, as `\\u{XXXX}`.

Member docstrings are string statements after the assignment, which `help()` does not
show but editors and documentation tools do; `ast` reads them as Python does.
"""

from __future__ import annotations

import ast
import inspect
import re
import sys
from enum import StrEnum
from pathlib import Path

import pytest

import support
import vendor_event_types

CATALOGS = sorted(vendor_event_types.CATALOGS.items())


def normalize(text: str) -> str:
    """Text as a docstring shows it: lines without trailing spaces, no run of blank
    lines (generated files have neither)."""
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


def member_docstrings(path: Path, type_name: str) -> dict[str, str]:
    """`{member name: docstring}` of the class `type_name` in the module at `path`."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    [cls] = [node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == type_name]
    docs: dict[str, str] = {}
    for statement, following in zip(cls.body, cls.body[1:]):
        if (
            isinstance(statement, ast.Assign)
            and isinstance(statement.targets[0], ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[statement.targets[0].id] = inspect.cleandoc(following.value.value)
    return docs


@pytest.mark.parametrize(("catalog_id", "catalog"), CATALOGS, ids=[c for c, _ in CATALOGS])
def test_docstrings_show_the_spec_text(catalog_id: str, catalog: type[StrEnum]) -> None:
    vectors = support.load_vectors(support.GENERATED / "conformance" / f"{catalog_id}.json")
    path = Path(sys.modules[catalog.__module__].__file__ or "")
    docs = member_docstrings(path, catalog.__name__)
    assert list(docs) == list(catalog.__members__)
    for event in vectors["events"]:
        doc = docs[event["ident"]["python"]]
        # Hidden characters (controls, invisible ones, line breaks) show as `\u{XXXX}`.
        expected = [f"Wire value: `{support.shown(event['name'])}`"]
        expected += [support.shown(text) for text in [event["label"], event["description"]] if text]
        if event["deprecated"]:
            expected.append(f"Deprecated: {support.shown(event['deprecated'])}")
        if event["code"] is not None:
            expected.append(f"code: `{event['code']}`")
        if event["category"]:
            expected.append(f"category: {support.shown(event['category'])}")
        expected += [f"`{support.shown(alias)}`" for alias in event["aliases"]]
        for text in expected:
            assert normalize(text) in doc, (event["name"], text, doc)
        assert doc == support.shown(doc), (event["name"], "a hidden character", doc)

    # The module's docstring starts with the catalog's title, and so does the enum's.
    module_doc = sys.modules[catalog.__module__].__doc__
    assert module_doc is not None and catalog.__doc__ is not None
    title = module_doc.partition("\n")[0]
    assert catalog.__doc__.startswith(f"{title}: every event type of the catalog.\n")
