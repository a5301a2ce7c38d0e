"""The top level of tests/ is the tier: pytest's own collection finds no e2e test under
tests/unit or tests/eval, and nothing but e2e tests under tests/e2e (tests/conftest.py)."""

import subprocess
import sys

import pytest

from scripts import servers

NO_TESTS = 5  # pytest's exit code when the selection is empty


@pytest.mark.parametrize(
    "paths, wrong",
    [(["tests/unit", "tests/eval"], "e2e"), (["tests/e2e"], "not e2e")],
    ids=["unit-and-eval-start-nothing", "e2e-only-e2e"],
)
def test_each_tier_holds_only_its_own_tests(paths, wrong):
    cmd = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
           "-m", wrong, *paths]  # fmt: skip
    done = subprocess.run(
        cmd, cwd=servers.ROOT, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == NO_TESTS, f"{' '.join(cmd)}:\n{done.stdout[-3000:]}{done.stderr}"
