"""The Python examples of the project's README run as written (the test script also
type-checks them with `mypy --strict`)."""

import pathlib
import re

import pytest

README = pathlib.Path(__file__).resolve().parents[3] / "README.md"


def examples() -> list[str]:
    text = README.read_text(encoding="utf-8")
    return re.findall(r"^```python\n(.*?)^```$", text, re.MULTILINE | re.DOTALL)


def test_the_readme_has_a_python_example() -> None:
    assert examples()


@pytest.mark.parametrize("example", examples())
def test_readme_example_runs(example: str) -> None:
    exec(compile(example, str(README), "exec"), {})
