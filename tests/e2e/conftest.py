"""Every test under tests/e2e talks to the real servers (the `bot` fixture,
tests/bot_fixture.py), so each is marked `e2e`."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items):
    # Everything in tests/e2e is an e2e test, marked or not, so that
    # `pytest -m "not e2e"` (make unit) and `-m e2e` (make e2e) split cleanly.
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.e2e)
