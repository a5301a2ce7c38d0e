"""The systemd units of deploy/systemd pass `systemd-analyze verify` (package `systemd`)."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

from tests import needs

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "deploy" / "systemd"
SERVERS = ("chatbot-rasa.service", "chatbot-actions.service", "chatbot-review.service")
INSTALL_DIR = "/srv/chatbot"  # where the README puts the checkout


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(UNITS / name, encoding="utf-8")
    return parser


def test_systemd_analyze_verify(tmp_path):
    if not shutil.which("systemd-analyze"):
        needs.unavailable("no systemd-analyze (apt-get install systemd)")
    # verify checks that each command exists: point the units at this checkout.
    for path in UNITS.iterdir():
        text = path.read_text(encoding="utf-8").replace(INSTALL_DIR, str(ROOT))
        (tmp_path / path.name).write_text(text, encoding="utf-8")
    done = subprocess.run(
        ["systemd-analyze", "verify", *sorted(str(p) for p in tmp_path.iterdir())],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    # A wrong setting is only a warning (exit 0): any output is a failure.
    assert done.returncode == 0 and not (done.stdout + done.stderr).strip(), done.stderr


@pytest.mark.parametrize("name", SERVERS)
def test_each_server_restarts_runs_unprivileged_and_writes_only_var(name):
    service = unit(name)["Service"]
    assert service["Restart"] == "on-failure"
    assert service["User"] == "chatbot" and service["NoNewPrivileges"] == "yes"
    assert service["ProtectSystem"] == "strict"
    assert service["ReadWritePaths"] == f"{INSTALL_DIR}/var"
    assert service["StandardOutput"] == service["StandardError"] == "journal"
    assert unit(name)["Install"]["WantedBy"] == "multi-user.target"


def test_the_rasa_server_listens_on_loopback_only():
    assert "-i 127.0.0.1 " in unit("chatbot-rasa.service")["Service"]["ExecStart"]
    assert "SANIC_HOST=127.0.0.1" in unit("chatbot-actions.service")["Service"]["Environment"]


def test_the_retention_and_backup_timers_run_daily():
    for name in ("chatbot-purge", "chatbot-backup"):
        assert unit(f"{name}.timer")["Timer"]["Persistent"] == "true"
        assert unit(f"{name}.service")["Service"]["Type"] == "oneshot"


def test_a_reload_switches_to_the_model_a_restart_would_load():
    service = unit("chatbot-rasa.service")["Service"]
    start, reload = service["ExecStart"].split(), service["ExecReload"].split()
    assert reload[1:4] == ["-m", "chatbot.server.reload", "--model"]
    assert reload[4] == start[start.index("-m", 3) + 1] == "models"  # the newest model in models/


def test_the_steps_before_the_rasa_server_write_its_files(tmp_path):
    """Each ExecStartPre of chatbot-rasa.service, run in a copy of the install directory."""
    import os
    import shlex
    import sys

    (tmp_path / "var").mkdir()
    for name in ("endpoints.yml", "credentials.yml"):
        (tmp_path / name).write_text((ROOT / name).read_text(encoding="utf-8"), encoding="utf-8")
    steps = [line.split("=", 1)[1] for line in (UNITS / "chatbot-rasa.service").read_text().splitlines()
             if line.startswith("ExecStartPre=")]  # fmt: skip
    assert len(steps) == 2
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for step in steps:
        cmd = shlex.split(step)
        assert cmd[0] == f"{INSTALL_DIR}/.venv/bin/python"
        done = subprocess.run([sys.executable, *cmd[1:]], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=120)  # fmt: skip
        assert done.returncode == 0, done.stderr
    endpoints = (tmp_path / "var" / "endpoints.yml").read_text(encoding="utf-8")
    assert "RecentEventsSQLTrackerStore" in endpoints and str(tmp_path / "var") in endpoints
    assert (tmp_path / "var" / "credentials.yml").is_file()
