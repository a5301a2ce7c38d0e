"""Headless Chromium (Debian's /usr/bin/chromium, driven by Playwright) against the real bot.

The `bot` fixture (real action server + Rasa server) comes from tests/bot_fixture.py.
Without Chromium or Playwright the browser tests are skipped locally but fail in CI
(CI=true), where .ci/run installs Chromium.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Dict, List

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "results" / "screenshots"
METRICS: List[Dict[str, str]] = []  # printed at the end of the run (page weight, timing)


def pytest_terminal_summary(terminalreporter):
    if METRICS:
        terminalreporter.section("web chat widget")
        for row in METRICS:
            terminalreporter.write_line(", ".join(f"{k}: {v}" for k, v in row.items()))


def _unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI must install it: see .ci/run)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed")
    if not shutil.which(CHROMIUM):
        _unavailable(f"no Chromium at {CHROMIUM}")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


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
