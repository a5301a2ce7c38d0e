"""Conversations written by Rasa's own SQLTrackerStore (so the schema is the real one),
for the review tool's tests in both tiers, and a local SMTP server that keeps what it
receives. The review folders' conftests register the fixtures (``smtp``, ``sqlite_url``);
PostgreSQL is in tests/services.py."""

from __future__ import annotations

import asyncio
import time
from typing import Dict, Iterable, List, Optional

import pytest

from scripts import servers


# --- writing conversations the way the Rasa server does ---------------------------------
def user(
    text: str,
    intent: str,
    confidence: float = 0.95,
    conditions: Iterable[str] = (),
    unlisted: Iterable[str] = (),
    **parse_extra,
):
    """A visitor message; ``parse_extra``: more parse data keys (safety_rule, language)."""
    return ("user", text, intent, confidence, list(conditions), list(unlisted), parse_extra)


def bot_says(text: str):
    return ("bot", text)


def action(name: str):
    return ("action", name)


def write_conversation(
    url: str,
    sender_id: str,
    turns: List[tuple],
    start: Optional[float] = None,
    channel: str = "rest",
) -> None:
    """Saves a tracker through Rasa's SQLTrackerStore (one event per second from ``start``)."""
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    t = time.time() if start is None else start
    events = [ActionExecuted("action_session_start", timestamp=t)]
    for i, turn in enumerate(turns, start=1):
        ts = t + i
        if turn[0] == "user":
            _, text, intent, conf, conditions, unlisted, extra = turn
            entities = [
                {"entity": "condition", "value": c, "start": 0, "end": 1} for c in conditions
            ] + [
                {"entity": "unlisted_condition", "value": c, "start": 0, "end": 1} for c in unlisted
            ]
            parse = {
                "intent": {"name": intent, "confidence": conf},
                "entities": entities,
                "text": text,
                **extra,
            }
            events.append(
                UserUttered(
                    text, parse["intent"], entities, parse, timestamp=ts, input_channel=channel
                )
            )
        elif turn[0] == "bot":
            events.append(BotUttered(turn[1], timestamp=ts))
        else:
            events.append(ActionExecuted(turn[1], timestamp=ts))
    store = SQLTrackerStore(Domain.empty(), dialect=url.split(":")[0], host=url)

    async def save() -> None:  # appended to what is stored, as the server does
        old = await store.retrieve_full_tracker(sender_id)
        before = list(old.events) if old else []
        await store.save(DialogueStateTracker.from_events(sender_id, before + events))

    asyncio.run(save())
    store.engine.dispose()


SAMPLE = {
    "conv-sciatica": [
        user("can massage help with sciatica?", "ask_condition", 0.9, ["sciatic_pain"]),
        bot_says("Yes: Sciatic pain is on Renée's list."),
        user("and fibromyalgia or migraines?", "ask_condition", 0.8, ["fibromyalgia", "migraines"]),
    ],
    "conv-fallback": [
        user("asdf qwer", "nlu_fallback", 0.1),
        action("action_fallback"),
        bot_says("Could you say it another way?"),
    ],
    "conv-crisis": [user("I want to kill myself", "crisis", 1.0), action("action_crisis_response")],
    "conv-human": [user("I want to talk to a real person", "request_human", 0.97)],
    "conv-oos": [user("what's the weather", "out_of_scope", 0.88)],
}


def write_sample(url: str, start: Optional[float] = None) -> Dict[str, List[tuple]]:
    for sender_id, turns in SAMPLE.items():
        write_conversation(url, sender_id, turns, start=start)
    return SAMPLE


class SmtpInbox:
    """aiosmtpd handler: keeps every message received, as (recipients, message)."""

    def __init__(self) -> None:
        self.messages: list = []

    async def handle_DATA(self, server, session, envelope):
        import email
        import email.policy

        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((envelope.rcpt_tos, message))
        return "250 OK"


@pytest.fixture
def smtp():
    """A real SMTP server on 127.0.0.1 (aiosmtpd): (inbox, port)."""
    controller_module = pytest.importorskip("aiosmtpd.controller")
    inbox = SmtpInbox()
    port = servers.free_port()
    controller = controller_module.Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'conversations.db'}"
