"""End-to-end: the action server goes down and comes back, under a real Rasa server.

Its own bot (the action server is stopped and started again here, which the shared `bot`
must never see), with REST and Telegram (outbound API: the local ``FakeAPI``) so the
apology is seen to go through a channel's output, not only into the REST response. A
phone number set in the environment proves the contact details come from settings.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import random
import time
import uuid
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional

import pytest

from chatbot.channels import credentials, ids
from chatbot.practice import wording
from chatbot.practice.knowledge import knowledge
from chatbot.practice.settings import load_settings
from scripts import servers
from tests.bot_fixture import READY_TIMEOUT, Bot, find_model
from tests.e2e.channels.fake_api import FakeAPI
from tests.e2e.channels.fake_api import field as form_field

pytestmark = pytest.mark.e2e

PHONE = "+1 555 0142"
TELEGRAM = {
    "TELEGRAM_TOKEN": "123456789:TEST-faults-token",
    "TELEGRAM_SECRET_TOKEN": "tg-faults-secret_0123",
    "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/webhooks/telegram/webhook",
}
UPDATE_IDS = itertools.count(random.randint(1, 10**6))


@dataclass
class FaultyBot(Bot):
    procs: List[servers.Proc] = field(default_factory=list)
    env: Dict[str, str] = field(default_factory=dict)
    action_port: int = 0
    fake: Optional[FakeAPI] = None

    @contextlib.contextmanager
    def action_server_down(self) -> Iterator[None]:
        """Stops the action server; starts it again on the same port on the way out."""
        actions = next(p for p in self.procs if p.name == "action server")
        servers.stop([actions])
        self.procs.remove(actions)
        try:
            yield
        finally:
            log = actions.log_path.with_name("actions-again.log")
            proc = servers.start(
                "action server", servers.action_server_cmd(self.action_port), self.env, log
            )
            self.procs.append(proc)
            url = f"http://127.0.0.1:{self.action_port}/health"
            servers.wait_ready([url], [proc], timeout=READY_TIMEOUT)

    def telegram(self, chat_id: int, text: str) -> str:
        """Posts a Telegram update; returns what the bot sent that chat in reply."""
        before = len(self._sent_to(chat_id))
        update = {
            "update_id": next(UPDATE_IDS),
            "message": {
                "message_id": 1,
                "from": {"id": chat_id, "is_bot": False, "first_name": "Ada"},
                "chat": {"id": chat_id, "first_name": "Ada", "type": "private"},
                "date": int(time.time()),
                "text": text,
            },
        }
        headers = {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM["TELEGRAM_SECRET_TOKEN"]}
        status, _ = self.request(
            "POST", "/webhooks/telegram/webhook", json.dumps(update).encode(), headers=headers
        )
        assert status == 200
        return " ".join(form_field(c, "text") for c in self._sent_to(chat_id)[before:])

    def _sent_to(self, chat_id: int):
        return self.fake.find(
            lambda c: (
                c.path.endswith("/sendMessage") and str(form_field(c, "chat_id")) == str(chat_id)
            )
        )

    def event_names(self, conversation_id: str) -> List[str]:
        status, tracker = self.api("GET", f"/conversations/{conversation_id}/tracker")
        assert status == 200, (status, tracker)
        return [e["event"] for e in tracker["events"]]


@pytest.fixture(scope="module")
def faulty_bot(tmp_path_factory) -> Iterator[FaultyBot]:
    model = find_model()
    tmp = tmp_path_factory.mktemp("faults")
    fake = FakeAPI()
    rasa_port, action_port = servers.free_port(), servers.free_port()
    endpoints = servers.write_endpoints(tmp / "endpoints.yml", action_port, tmp / "conv.db")
    token = uuid.uuid4().hex
    env = servers.child_env(
        api_token=token,
        PRACTICE_PHONE=PHONE,
        TELEGRAM_API_BASE=f"{fake.base}/telegram",
        **TELEGRAM,
    )
    result = credentials.write(tmp / "credentials.yml", env, servers.ROOT / "credentials.yml")
    assert "telegram" in result.enabled, result.summary()
    cmd = servers.rasa_server_cmd(
        str(model), rasa_port, endpoints=str(endpoints), credentials=str(tmp / "credentials.yml")
    )
    try:
        procs = servers.start_bot(cmd, rasa_port, action_port, env, tmp, timeout=READY_TIMEOUT)
    except (RuntimeError, TimeoutError) as err:
        fake.close()
        pytest.fail(f"the bot did not start: {err}", pytrace=False)
    bot = FaultyBot(f"http://127.0.0.1:{rasa_port}", token, tmp / "conv.db")
    bot.procs, bot.env, bot.action_port, bot.fake = procs, env, action_port, fake
    yield bot
    servers.stop(bot.procs)
    fake.close()


@pytest.fixture(scope="module")
def said(faulty_bot):
    """What the bot is expected to say, from the bot's own settings."""
    practice = load_settings(faulty_bot.env)
    return {
        "apology": wording.fault_apology(practice).text,
        "privacy": wording.privacy_notice(practice).text,
        "insurance": wording.faq_answer("insurance", knowledge(), practice).text,
    }


def _sender() -> str:
    return f"faults-{uuid.uuid4().hex[:10]}"


def test_outage_gets_an_apology_and_no_conversation_stays_stuck(faulty_bot, said):
    assert PHONE in said["apology"]
    existing, new = _sender(), _sender()
    assert said["insurance"] in faulty_bot.texts(existing, "do you take insurance?")

    with faulty_bot.action_server_down():
        first = faulty_bot.texts(new, "do you take insurance?")
        assert said["apology"] in first
        assert said["privacy"] in first  # the first message still says what the bot is
        assert said["apology"] in faulty_bot.texts(existing, "do you take insurance?")

    for sender in (new, existing):
        reply = faulty_bot.texts(sender, "do you take insurance?")
        assert said["insurance"] in reply
        assert said["apology"] not in reply
    assert "session_started" in faulty_bot.event_names(ids.conversation_id("rest", new))


def test_outage_apology_reaches_a_messaging_platform(faulty_bot, said):
    chat = random.randint(10**8, 10**9)
    with faulty_bot.action_server_down():
        first = faulty_bot.telegram(chat, "do you take insurance?")
        assert said["privacy"] in first
        assert said["apology"] in first
    assert said["insurance"] in faulty_bot.telegram(chat, "do you take insurance?")
