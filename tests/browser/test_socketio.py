"""A real socket.io round trip with the python-socketio client (no browser needed).

Guards the pinned python-socketio / python-engineio pair and the web chat channel:
with session_persistence the reply must reach the visitor's room, and sites that are not
allowed must not get a socket.
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
