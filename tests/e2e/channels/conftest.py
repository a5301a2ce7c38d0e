"""Starts the bot with all four messaging channels enabled, their outbound APIs pointed
at a local fake (``FakeAPI``), and helpers that post signed, real-shaped webhooks.

The credentials file is generated exactly as in production (chatbot.channels.credentials)
from a test environment; conversations go to a temporary SQLite file, read directly to
prove that a refused request left nothing behind. Conversations are stored under
"<channel>:<platform id>" (``conversation``).
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

import pytest

from chatbot.channels import credentials, ids, signatures
from scripts import servers
from tests.bot_fixture import READY_TIMEOUT, find_model
from tests.e2e.channels.fake_api import FakeAPI

TELEGRAM_TOKEN = "123456789:TEST-telegram-token"
SECRETS = {
    "TELEGRAM_SECRET_TOKEN": "tg-secret_0123456789",
    "TWILIO_ACCOUNT_SID": "AC" + "1" * 32,
    "TWILIO_AUTH_TOKEN": "twilio-auth-token",
    "TWILIO_NUMBER": "+15550001111",
    "FACEBOOK_VERIFY_TOKEN": "fb-verify-token",
    "FACEBOOK_APP_SECRET": "fb-app-secret",
    "FACEBOOK_PAGE_ACCESS_TOKEN": "fb-page-token",
    "SLACK_TOKEN": "xoxb-test-token",
    "SLACK_SIGNING_SECRET": "slack-signing-secret",
}


API_TOKEN = os.urandom(8).hex()


def conversation(channel: str, platform_id: Any) -> str:
    """The id the bot stores a platform's conversation under."""
    return ids.conversation_id(channel, str(platform_id))


@dataclass
class ChannelBot:
    base: str
    db: Path
    fake: FakeAPI
    log: Path
    procs: List[servers.Proc] = field(default_factory=list)
    rasa_cmd: Sequence[str] = ()
    env: Dict[str, str] = field(default_factory=dict)
    restarts: int = 0

    def restart_rasa(self) -> None:
        """Stops the Rasa server and starts it again on the same port and database."""
        rasa = next(p for p in self.procs if p.name == "rasa server")
        servers.stop([rasa])
        self.procs.remove(rasa)
        self.restarts += 1
        self.log = self.db.parent / f"rasa-{self.restarts}.log"
        proc = servers.start("rasa server", self.rasa_cmd, self.env, self.log)
        self.procs.append(proc)
        servers.wait_ready([self.base + "/"], [proc], timeout=READY_TIMEOUT)

    def post(
        self, path: str, body: bytes, headers: Mapping[str, str], method: str = "POST"
    ) -> Tuple[int, str]:
        req = urllib.request.Request(
            self.base + path, data=body if method == "POST" else None, method=method
        )
        for key, value in headers.items():
            req.add_header(key, value)
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                return resp.status, resp.read().decode("utf-8", errors="replace")
        except urllib.error.HTTPError as err:
            return err.code, err.read().decode("utf-8", errors="replace")

    # --- one signed (or deliberately mis-signed) request per platform ------------------

    def telegram(self, update: Any, secret: Optional[str] = SECRETS["TELEGRAM_SECRET_TOKEN"]):
        body = update if isinstance(update, bytes) else json.dumps(update).encode()
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        return self.post("/webhooks/telegram/webhook", body, headers)

    def twilio(self, form: Dict[str, str], token: str = SECRETS["TWILIO_AUTH_TOKEN"], sign=True):
        path = "/webhooks/twilio/webhook"
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if sign:
            headers["X-Twilio-Signature"] = signatures.twilio_signature(
                token, self.base + path, form
            )
        return self.post(path, urllib.parse.urlencode(form).encode(), headers)

    def facebook(self, payload: Any, secret: Optional[str] = SECRETS["FACEBOOK_APP_SECRET"]):
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers["X-Hub-Signature-256"] = signatures.hub_signature_256(secret, body)
        return self.post("/webhooks/facebook/webhook", body, headers)

    def slack(
        self,
        body: bytes,
        content_type: str = "application/json",
        secret: str = SECRETS["SLACK_SIGNING_SECRET"],
        timestamp: Optional[int] = None,
        extra: Optional[Dict[str, str]] = None,
    ):
        ts = str(int(time.time()) if timestamp is None else timestamp)
        headers = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": signatures.slack_signature(secret, ts, body),
            **(extra or {}),
        }
        return self.post("/webhooks/slack/webhook", body, headers)

    # --- the conversation store -----------------------------------------------------------

    def events(self, sender_id: str) -> List[Dict[str, Any]]:
        if not self.db.exists():
            return []
        with sqlite3.connect(self.db) as conn:
            try:
                rows = conn.execute(
                    "SELECT data FROM events WHERE sender_id = ? ORDER BY id", (sender_id,)
                ).fetchall()
            except sqlite3.OperationalError:  # no conversation stored yet: no table
                return []
        return [json.loads(r[0]) for r in rows]

    def wait_idle(self, sender_id: str, users: int = 1, timeout: float = 30) -> None:
        """Until ``users`` messages were handled (for Slack, which answers in background).

        The tracker is saved after the replies are sent, so they are all out by then.
        """
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            events = self.events(sender_id)
            handled = [e for e in events if e.get("event") == "user"]
            if len(handled) >= users and events[-1].get("name") == "action_listen":
                return
            time.sleep(0.2)
        raise AssertionError(f"{sender_id}: {users} message(s) not handled in {timeout} s")

    def user_texts(self, sender_id: str) -> List[str]:
        return [e.get("text") for e in self.events(sender_id) if e.get("event") == "user"]


@pytest.fixture(scope="session")
def fake_api():
    fake = FakeAPI()
    yield fake
    fake.close()


@pytest.fixture(scope="session")
def channel_bot(tmp_path_factory, fake_api) -> ChannelBot:
    model = find_model()
    tmp = tmp_path_factory.mktemp("channels")
    rasa_port, action_port = servers.free_port(), servers.free_port()
    endpoints = servers.write_endpoints(tmp / "endpoints.yml", action_port, tmp / "conv.db")
    env = servers.child_env(
        api_token=API_TOKEN,
        TELEGRAM_TOKEN=TELEGRAM_TOKEN,
        TELEGRAM_WEBHOOK_URL="https://bot.example.org/webhooks/telegram/webhook",
        TELEGRAM_API_BASE=f"{fake_api.base}/telegram",
        TWILIO_API_BASE=f"{fake_api.base}/twilio",
        FACEBOOK_API_BASE=f"{fake_api.base}/facebook/v19.0",
        SLACK_API_BASE=f"{fake_api.base}/slack/api/",
        **SECRETS,
    )
    result = credentials.write(tmp / "credentials.yml", env, servers.ROOT / "credentials.yml")
    assert result.enabled == ["telegram", "twilio", "facebook", "slack"], result.summary()
    cmd = servers.rasa_server_cmd(
        str(model),
        rasa_port,
        endpoints=str(endpoints),
        credentials=str(tmp / "credentials.yml"),
    )
    try:
        procs = servers.start_bot(cmd, rasa_port, action_port, env, tmp, timeout=READY_TIMEOUT)
    except (RuntimeError, TimeoutError) as err:
        pytest.fail(f"the bot did not start: {err}", pytrace=False)
    bot = ChannelBot(
        f"http://127.0.0.1:{rasa_port}",
        tmp / "conv.db",
        fake_api,
        tmp / "rasa.log",
        procs,
        cmd,
        env,
    )
    yield bot
    servers.stop(bot.procs)
    for proc in bot.procs:
        log = proc.log_path.read_text(encoding="utf-8", errors="replace")
        if "Traceback" in log:
            print(f"\n--- {proc.name} logged a traceback ---\n{proc.tail(80)}")
