"""chatbot.channels.ids: which ids a door accepts, and the channel each conversation id carries."""

from __future__ import annotations

import pytest

from chatbot.channels import ids
from chatbot.channels.webchat import session_id_problem

GOOD = [
    "me",
    "e2e-0123456789",
    "123456789",
    "whatsapp:+15551234567",
    "U012AB3CD",
    "Renée ✓",
    "s" * 128,
]
BAD = {
    "lone surrogate": "a\udc00",
    "high surrogate": "\ud83d",
    "NUL": "x\x00y",
    "escape": "a\x1bb",
    "line break": "a\nb",
    "tab": "a\tb",
    "line separator": "a\u2028b",
    "byte order mark": "\ufeffme",
    "right-to-left override": "\u202eme",
    "129 characters": "s" * 129,
    "leading space": " me",
    "trailing space": "me ",
    "empty": "",
    "None": None,
    "a number": 12,
    "a list": ["me"],
}


@pytest.mark.parametrize("value", GOOD)
def test_good_ids_pass(value):
    assert ids.problem(value) is None


@pytest.mark.parametrize("value", [pytest.param(v, id=k) for k, v in BAD.items()])
def test_bad_ids_are_refused_with_a_reason(value):
    why = ids.problem(value)
    assert isinstance(why, str) and why.startswith("the id must")


def test_conversation_ids_carry_their_channel():
    conversation = ids.conversation_id("twilio", "whatsapp:+15551234567")
    assert conversation == "twilio:whatsapp:+15551234567"
    assert ids.split(conversation) == ("twilio", "whatsapp:+15551234567")
    assert ids.platform_id(conversation) == "whatsapp:+15551234567"


def test_an_id_without_a_channel_splits_to_none():
    assert ids.split("me") == (None, "me")
    assert ids.split(":me") == (None, ":me")
    assert ids.split("rest:") == (None, "rest:")


def test_a_rest_sender_cannot_reach_another_channels_conversation():
    assert ids.conversation_id("rest", "telegram:123") == "rest:telegram:123"
    assert ids.split("rest:telegram:123")[0] == "rest"


@pytest.mark.parametrize("value", ["0123456789abcdef0123456789abcdef", "a" * 8, "a" * 64])
def test_widget_session_ids_pass(value):
    assert session_id_problem(value) is None


@pytest.mark.parametrize(
    "value", ["short", "a" * 65, "\udc00" * 10, "abc\x00defgh", 12345678, None]
)
def test_bad_widget_session_ids_are_refused(value):
    assert session_id_problem(value)
