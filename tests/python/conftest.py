"""pytest configuration of the Python tests; helpers are in `support.py`, beside it.

This folder is put first on `sys.path` by pytest (as the folder of this file), so that
the tests in `shared/`, `catalogs/` and `fixtures/` can `import support`.
"""

from __future__ import annotations

import vendor_event_types

import support


def pytest_report_header() -> list[str]:
    return [
        f"vendor_event_types: {vendor_event_types.__file__}",
        f"generated output: {support.GENERATED}",
    ]
