"""A real socket.io round trip with the python-socketio client (no browser needed).

Guards the pinned python-socketio / python-engineio pair and the web chat channel:
with session_persistence the reply must reach the visitor's room, sites that are not
allowed must not get a socket, and a bad or foreign session id is refused, never handled.
"""

from __future__ import annotations

import threading
import uuid

import pytest
import socketio

pytestmark = pytest.mark.e2e


def round_trip(base: str, origin: str, message: str):
    # The polling transport: the sync client's WebSocket needs websocket-client (not
    # installed), and the asyncio client needs a newer aiohttp than Rasa 3.6 allows.
    client = socketio.Client()
    confirmed, replied = threading.Event(), threading.Event()
    got = {"replies": []}
    client.on("session_confirm", lambda sid: (got.update(session=sid), confirmed.set()))
    client.on("bot_uttered", lambda m: (got["replies"].append(m), replied.set()))
    session = uuid.uuid4().hex
    client.connect(base, transports=["polling"], headers={"Origin": origin})
    try:
        client.emit("session_request", {"session_id": session})
        assert confirmed.wait(10), "no session_confirm"
        assert got["session"] == session  # the visitor keeps their id across page loads
        client.emit("user_uttered", {"message": message, "session_id": session})
        assert replied.wait(30), "no bot_uttered: the reply did not reach the session's room"
    finally:
        client.disconnect()
    return got["replies"]


def test_round_trip_with_session_persistence(bot):
    replies = round_trip(bot.base, "http://localhost:8000", "do you take insurance?")
    assert all(isinstance(r.get("text"), str) for r in replies)


def test_a_site_that_is_not_allowed_gets_no_socket(bot):
    with pytest.raises(socketio.exceptions.ConnectionError):
        round_trip(bot.base, "https://not-the-practice.example", "hi")


class Visitor:
    """One socket, recording what the server sent it."""

    def __init__(self, base: str) -> None:
        self.client = socketio.Client(reconnection=False)
        self.got = {}
        self.seen = {}
        for event in ("session_confirm", "bot_uttered", "refused", "disconnect"):
            self.seen[event] = threading.Event()
            self.client.on(event, self._keep(event))
        self.client.connect(base, transports=["polling"], headers={"Origin": ALLOWED})

    def _keep(self, event):
        def keep(*args):
            self.got.setdefault(event, []).append(args[0] if args else None)
            self.seen[event].set()

        return keep

    def session(self, session_id=None) -> str:
        self.client.emit("session_request", {"session_id": session_id})
        assert self.seen["session_confirm"].wait(10), "no session_confirm"
        return self.got["session_confirm"][0]

    def close(self) -> None:
        self.client.eio.disconnect(abort=True)  # no wait for the pending long-poll


ALLOWED = "http://localhost:8000"


@pytest.fixture
def visitor(bot):
    visitor = Visitor(bot.base)
    yield visitor
    visitor.close()


@pytest.mark.parametrize(
    "session_id",
    ["\udc00" * 10, "abc\x00defgh", "short", 12345678, ["a" * 10]],
    ids=["lone surrogates", "NUL", "too short", "a number", "a list"],
)
def test_a_bad_session_id_is_refused(visitor, session_id):
    visitor.client.emit("session_request", {"session_id": session_id})
    assert visitor.seen["refused"].wait(10), "no refused event"
    assert "session_id" in visitor.got["refused"][0]["error"]
    assert visitor.seen["disconnect"].wait(10), "the socket stayed open"
    assert "session_confirm" not in visitor.got


@pytest.mark.parametrize(
    "session_id", ["\udc00" * 10, uuid.uuid4().hex], ids=["lone surrogates", "another session"]
)
def test_a_message_for_any_other_session_is_refused(bot, visitor, session_id):
    visitor.session()
    visitor.client.emit("user_uttered", {"message": "hi", "session_id": session_id})
    assert visitor.seen["refused"].wait(10), "no refused event"
    assert visitor.seen["disconnect"].wait(10), "the socket stayed open"
    assert "bot_uttered" not in visitor.got
    assert round_trip(bot.base, ALLOWED, "hi")  # the channel still answers others


def test_a_message_that_is_not_text_is_refused(visitor):
    session = visitor.session()
    visitor.client.emit("user_uttered", {"message": {"a": 1}, "session_id": session})
    assert visitor.seen["refused"].wait(10), "no refused event"
    assert "message" in visitor.got["refused"][0]["error"]


def stored_user_events(bot, conversation: str, count: int) -> list:
    """The conversation's user events once ``count`` are stored (the store is written after
    the answer is sent, so it may lag behind ``bot_uttered`` a little)."""
    users = []
    for _ in range(100):
        path = f"/conversations/{conversation}/tracker?token={bot.token}"
        status, tracker = bot.request("GET", path)
        users = [e for e in tracker.get("events", []) if e.get("event") == "user"]
        if status == 200 and len(users) >= count:
            break
        threading.Event().wait(0.1)
    return users


@pytest.mark.parametrize(
    "typed, stored, intent",
    [("/faq_booking", "/faq_booking", "faq_booking"), ("/crisis", "crisis", None)],
    ids=["a button payload", "a typed intent"],
)
def test_only_button_payloads_are_intents(bot, visitor, typed, stored, intent):
    session = visitor.session()
    visitor.client.emit("user_uttered", {"message": typed, "session_id": session})
    assert visitor.seen["bot_uttered"].wait(30), "no answer"
    (event,) = stored_user_events(bot, f"socketio:{session}", 1)
    assert event["text"] == stored
    if intent:
        assert event["parse_data"]["intent"] == {"name": intent, "confidence": 1.0}
    else:
        assert event["parse_data"]["intent"]["name"] != "crisis"
