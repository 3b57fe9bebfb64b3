"""The package as installed by `pip install <generated>/python`: its metadata and files,
the examples of its README, and the properties every catalog's enum must have whatever
its values: valid member names that shadow nothing, and lookups that attribute names and
other tricky inputs cannot fool.
"""

from __future__ import annotations

import copy
import importlib.metadata
import importlib.resources
import json
import keyword
import pickle
import re
import subprocess
import sys
import tomllib
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

import support
import vendor_event_types

SOURCE = support.PACKAGE_DIR / "src" / "vendor_event_types"
CATALOGS = sorted(vendor_event_types.CATALOGS.items())
CATALOG_IDS = [catalog_id for catalog_id, _ in CATALOGS]


def test_the_installed_package_is_tested_not_the_source() -> None:
    installed = Path(vendor_event_types.__file__).resolve()
    assert "site-packages" in installed.parts, installed
    assert not installed.is_relative_to(support.ROOT / "generated")


def test_metadata() -> None:
    project = tomllib.loads((support.PACKAGE_DIR / "pyproject.toml").read_text())["project"]
    assert project["requires-python"] == ">=3.11"
    # No dependency; pydantic only for its types, as an extra.
    assert project["dependencies"] == []
    assert project["optional-dependencies"] == {"pydantic": ["pydantic>=2,<3"]}
    distribution = importlib.metadata.distribution("vendor-event-types")
    assert distribution.version == project["version"]
    [requirement] = map(Requirement, distribution.requires or [])
    assert (requirement.name, requirement.specifier) == ("pydantic", SpecifierSet(">=2,<3"))
    assert str(requirement.marker) == 'extra == "pydantic"'
    assert distribution.metadata.get_all("Provides-Extra") == ["pydantic"]
    assert distribution.metadata["Requires-Python"] == ">=3.11"


def test_the_installed_files_are_the_generated_ones() -> None:
    installed = importlib.resources.files("vendor_event_types")
    generated = sorted(path.name for path in SOURCE.iterdir())
    assert "py.typed" in generated
    for name in generated:
        assert installed.joinpath(name).read_bytes() == (SOURCE / name).read_bytes(), name


def test_generated_files_are_tidy() -> None:
    files = sorted(path for path in support.PACKAGE_DIR.rglob("*") if path.is_file())
    assert len(files) >= 6
    for path in files:
        text = path.read_bytes().decode("utf-8")
        first_line = text.partition("\n")[0]
        assert support.MARKER in first_line, path
        assert "\r" not in text and "\t" not in text, path
        assert text.endswith("\n") and not text.endswith("\n\n"), path
        assert not re.search(r"[ \t]$", text, re.MULTILINE), path


def test_a_catalog_per_spec() -> None:
    # The generator writes one conformance file per spec: the package has each catalog.
    assert sorted(CATALOG_IDS) == sorted(vectors["catalog"] for vectors in support.all_vectors())


def test_every_module_is_exported() -> None:
    modules = sorted(path.stem for path in SOURCE.glob("*.py") if not path.stem.startswith("_"))
    assert modules == sorted(catalog.__module__.rpartition(".")[2] for _, catalog in CATALOGS)
    for name in vendor_event_types.__all__:
        assert hasattr(vendor_event_types, name), name


def run(code: str) -> list[str]:
    """`code` run by a fresh interpreter (for what importing loads), its output's lines."""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return result.stdout.splitlines()


LOADED = "print(sorted(m for m in sys.modules if m.startswith('vendor_event_types.')))"


def test_the_package_imports_catalogs_when_first_used() -> None:
    modules = sorted(f"vendor_event_types.{catalog.__module__.rpartition('.')[2]}" for _, catalog in CATALOGS)
    first_id, first = CATALOGS[0]
    first_module = first.__module__
    output = run(
        "import sys\n"
        "import vendor_event_types\n"
        f"{LOADED}\n"
        f"vendor_event_types.{first.__name__}\n"
        f"{LOADED}\n"
        f"print('{first.__name__}' in vars(vendor_event_types))\n"
        f"vendor_event_types.CATALOGS[{first_id!r}]\n"
        "print(len(vendor_event_types.CATALOGS), sorted(vendor_event_types.CATALOGS))\n"
        f"{LOADED}\n"
        "from vendor_event_types import *\n"
        f"{LOADED}\n"
    )
    assert output == [
        "['vendor_event_types._base']",
        str(sorted(["vendor_event_types._base", first_module])),
        "True",
        f"{len(CATALOGS)} {CATALOG_IDS}",
        str(sorted(["vendor_event_types._base", first_module])),
        str(sorted(["vendor_event_types._base", *modules])),
    ]


def test_the_base_class_is_a_catalog_without_events() -> None:
    base = vendor_event_types.EventType
    assert list(base) == [] and base.lookup("x") is None
    assert base.parse("x") == "x"
    with pytest.raises(TypeError, match="EventType.parse takes a str, not int"):
        base.parse(1)


def test_unknown_names_of_the_package_are_attribute_errors() -> None:
    # Every catalog's names first, some of which may be named like a builtin the package's
    # root uses (a catalog type `AttributeError`).
    for name in vendor_event_types.__all__:
        getattr(vendor_event_types, name)
    with pytest.raises(AttributeError, match="has no attribute 'NoSuchEvent'"):
        getattr(vendor_event_types, "NoSuchEvent")
    assert set(vendor_event_types.__all__) <= set(dir(vendor_event_types))
    with pytest.raises(KeyError):
        vendor_event_types.CATALOGS["no-such-catalog"]


def test_importing_one_catalog_imports_no_other_module() -> None:
    """What `import vendor_event_types.<catalog>` costs: the package, its base, the catalog,
    and nothing beyond what Python itself imports at start-up (no `dataclasses`, no
    `inspect`, no pydantic)."""
    # A catalog with records imports, on Python 3.11, `typing_extensions` when it is
    # installed (pydantic reads only its `TypedDict` there), which imports `inspect`.
    without_records = [
        (catalog, enum) for catalog, enum in CATALOGS if support.load_payloads(catalog) is None
    ]
    catalog, first = (without_records or CATALOGS)[0]
    forbidden = {"dataclasses", "inspect", "pydantic", "pydantic_core", "msgspec"}
    if support.load_payloads(catalog) is not None and sys.version_info < (3, 12):
        forbidden.discard("inspect")
    baseline = set(run("import sys; print(*sorted(sys.modules))")[0].split())
    after = set(run(f"import sys, {first.__module__}; print(*sorted(sys.modules))")[0].split())
    added = after - baseline
    assert {name for name in added if name.startswith("vendor_event_types")} == {
        "vendor_event_types",
        "vendor_event_types._base",
        first.__module__,
    }
    assert not added & forbidden, added


def readme_examples() -> list[str]:
    readme = (support.PACKAGE_DIR / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^```python\n(.*?)^```$", readme, re.MULTILINE | re.DOTALL)


def test_readme_has_an_example_per_catalog() -> None:
    # Receiving events (plain, pydantic, msgspec), narrowing `parse`, exhaustive handling;
    # with records: a webhook receiver, an API client, msgspec, pydantic.
    with_records = any(support.load_payloads(catalog) is not None for catalog, _ in CATALOGS)
    assert len(readme_examples()) == 5 + len(CATALOGS) + (4 if with_records else 0)


@pytest.mark.parametrize("example", readme_examples())
def test_readme_examples_run(example: str) -> None:
    exec(compile(example, "README.md", "exec"), {})


# The attributes every enum has: a member must shadow none of them.
RESERVED = set(dir(StrEnum)) | set(dir(str)) | {"_missing_", "_generate_next_value_", "mro"}


@pytest.mark.parametrize(("catalog_id", "catalog"), CATALOGS, ids=CATALOG_IDS)
def test_member_names_are_valid_and_shadow_nothing(
    catalog_id: str, catalog: type[StrEnum]
) -> None:
    # Every name the enum defines, members and methods, through the class dict.
    methods = {name for name in vars(catalog) if name not in catalog.__members__}
    assert {"parse", "lookup", "info"} <= methods
    for name, member in catalog.__members__.items():
        assert name.isidentifier() and not keyword.iskeyword(name), name
        assert not keyword.issoftkeyword(name), name
        assert re.fullmatch(r"[A-Z][A-Z0-9_]*", name), name
        assert name not in RESERVED and name not in methods, name
        assert member.name == name
    # No two names for one member (an alias member would hide an event).
    assert len(catalog.__members__) == len(list(catalog))


def tricky_inputs(catalog: type[StrEnum]) -> list[str]:
    """Attribute names of the enum, its members and `str`, member names, and values
    near the catalog's own: none of them may be found unless the catalog lists it."""
    inputs = set(dir(catalog)) | set(dir(next(iter(catalog)))) | set(dir(str))
    inputs |= {"__class__", "__dict__", "__proto__", "constructor", "toString", "None", "lookup"}
    for member in catalog:
        inputs |= {member.name, member.name.lower(), member.value + "\0", "\0" + member.value}
        # Letters that `str.lower` / `str.upper` would turn into ASCII ones.
        inputs.add(member.value.replace("k", "\u212a").replace("K", "\u212a"))
        inputs.add(member.value.replace("s", "\u017f"))
        inputs.add(member.value.replace("i", "\u0130"))
    return sorted(inputs)


@pytest.mark.parametrize(("catalog_id", "catalog"), CATALOGS, ids=CATALOG_IDS)
def test_lookups_are_not_fooled(catalog_id: str, catalog: type[StrEnum]) -> None:
    vectors = support.load_vectors(support.GENERATED / "conformance" / f"{catalog_id}.json")
    parse: Any = getattr(catalog, "parse")
    for value in tricky_inputs(catalog):
        expected = support.reference_find(vectors, value)
        result = parse(value)
        if expected is None:
            assert result is value, (value, result)
        else:
            assert result is catalog(expected), (value, result)


@pytest.mark.parametrize(("catalog_id", "catalog"), CATALOGS, ids=CATALOG_IDS)
def test_members_behave_as_their_wire_values(catalog_id: str, catalog: type[StrEnum]) -> None:
    for member in catalog:
        value = member.value
        assert isinstance(member, str)
        assert member == value and {value: 1}[member] == 1
        assert json.dumps(member) == json.dumps(value)
        assert json.dumps({member: [member]}) == json.dumps({value: [value]})
        assert pickle.loads(pickle.dumps(member)) is member
        assert copy.copy(member) is member and copy.deepcopy(member) is member
        assert repr(member) == f"<{catalog.__name__}.{member.name}: {value!r}>"
    # Members are read-only.
    member = next(iter(catalog))
    with pytest.raises(AttributeError):
        setattr(catalog, member.name, "x")
    with pytest.raises(AttributeError):
        setattr(member, "info", "x")

