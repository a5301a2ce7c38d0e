"""Headless Chromium (Debian's /usr/bin/chromium, driven by Playwright) against the real bot.

The `bot` fixture (real action server + Rasa server) comes from tests/bot_fixture.py.
Without Chromium or Playwright the browser tests are skipped locally but fail in CI
(CI=true), where .ci/run installs Chromium.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List

import pytest

from tests import needs
from tests.e2e.browser.site import Site

SCREENSHOTS = Path(__file__).resolve().parents[3] / "results" / "screenshots"
METRICS: List[Dict[str, str]] = []  # printed at the end of the run (page weight, timing)


def pytest_terminal_summary(terminalreporter):
    if METRICS:
        terminalreporter.section("web chat widget")
        for row in METRICS:
            terminalreporter.write_line(", ".join(f"{k}: {v}" for k, v in row.items()))


@pytest.fixture(scope="module")
def chromium():
    # Per module: Playwright's sync API keeps an event loop running in this thread while
    # it is open, and later tests of the session (asyncio.run) need the thread free.
    with needs.chromium() as browser:
        yield browser


@pytest.fixture
def page(chromium):
    """A fresh visitor: new context (empty localStorage), desktop size, no dialogs allowed."""
    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.dialogs = []  # any alert() is a failed XSS test
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    yield page
    context.close()


@pytest.fixture
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture(scope="session")
def site_server():
    """A practice's site on its own local origin (see tests/e2e/browser/site.py)."""
    server = Site()
    yield server
    server.close()
