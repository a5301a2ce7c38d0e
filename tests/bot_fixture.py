"""The `bot` session fixture: the real action server and Rasa server, started once.

Registered for the whole suite by tests/conftest.py (one bot per test session, shared by
everything under tests/e2e). The model is $CHATBOT_MODEL (set by
`make e2e`) or else the newest models/*.tar.gz. Conversations go to a temporary SQLite
file (``Bot.db``), and the HTTP API is protected by a random token, which reaches the
server through its environment (``Bot.api`` sends it as ``Authorization: Bearer``).
"""

from __future__ import annotations

import json
import os
import secrets
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Optional, Tuple

import pytest

from scripts import servers

READY_TIMEOUT = float(os.environ.get("E2E_READY_TIMEOUT", "180"))


def find_model() -> Path:
    explicit = os.environ.get("CHATBOT_MODEL")
    if explicit:
        path = Path(explicit)
        if not path.is_absolute():
            path = servers.ROOT / path
        if not path.is_file():
            pytest.fail(f"CHATBOT_MODEL={explicit} does not exist (run `make train`)")
        return path
    models = sorted((servers.ROOT / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not models:
        pytest.fail("no trained model in models/: run `make train` (or `make e2e`)")
    return models[-1]


@dataclass
class Bot:
    base: str
    token: str
    db: Optional[Path] = None  # the SQLite file its tracker store writes

    def request(
        self,
        method: str,
        path: str,
        body: Optional[bytes] = None,
        timeout: float = 60,
        headers: Optional[Dict[str, str]] = None,
    ) -> Tuple[int, Any]:
        """Returns (status, parsed JSON or raw text). Never raises on HTTP errors."""
        req = urllib.request.Request(
            self.base + path, data=body, method=method,
            headers={"Content-Type": "application/json", **(headers or {})},
        )  # fmt: skip
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                status, raw = resp.status, resp.read()
        except urllib.error.HTTPError as err:
            status, raw = err.code, err.read()
        text = raw.decode("utf-8", errors="replace")
        try:
            return status, json.loads(text)
        except ValueError:
            return status, text

    def api(self, method: str, path: str, payload: Any = None) -> Tuple[int, Any]:
        """A call of the HTTP API with the token (``payload`` is sent as JSON)."""
        body = None if payload is None else json.dumps(payload).encode("utf-8")
        auth = {"Authorization": f"Bearer {self.token}"}
        return self.request(method, path, body, headers=auth)

    def say(self, sender: str, message: Any) -> Tuple[int, Any]:
        body = json.dumps({"sender": sender, "message": message}).encode("utf-8")
        return self.request("POST", "/webhooks/rest/webhook", body)

    def texts(self, sender: str, message: str) -> str:
        status, messages = self.say(sender, message)
        assert status == 200, (status, messages)
        assert isinstance(messages, list) and messages, f"no reply to {message!r}"
        return " ".join(m.get("text") or "" for m in messages)


@pytest.fixture(scope="session")
def bot(tmp_path_factory) -> Bot:
    model = find_model()
    tmp = tmp_path_factory.mktemp("e2e")
    rasa_port, action_port = servers.free_port(), servers.free_port()
    endpoints = servers.write_endpoints(tmp / "endpoints.yml", action_port, tmp / "conv.db")
    token = secrets.token_hex(16)
    env = servers.child_env(api_token=token)
    cmd = servers.rasa_server_cmd(str(model), rasa_port, endpoints=str(endpoints))
    try:
        procs = servers.start_bot(cmd, rasa_port, action_port, env, tmp, timeout=READY_TIMEOUT)
    except (RuntimeError, TimeoutError) as err:
        pytest.fail(f"the bot did not start: {err}", pytrace=False)
    yield Bot(f"http://127.0.0.1:{rasa_port}", token, tmp / "conv.db")
    servers.stop(procs)
    # Surface server-side errors that the HTTP answers may have hidden.
    for proc in procs:
        log = proc.log_path.read_text(encoding="utf-8", errors="replace")
        if "Traceback" in log:
            print(f"\n--- {proc.name} logged a traceback ---\n{proc.tail(80)}")
