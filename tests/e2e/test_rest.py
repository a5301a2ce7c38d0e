"""End-to-end: real servers, real model, over the REST channel."""

from __future__ import annotations

import json
import uuid

import pytest

pytestmark = pytest.mark.e2e

# credentials.yml names chatbot.channels.rest.GuardedRestInput: a malformed request
# gets a 400, odd text is cleaned before the NLU pipeline sees it.


def new_sender() -> str:
    return f"e2e-{uuid.uuid4().hex[:10]}"


def test_greeting_gets_an_answer(bot):
    status, messages = bot.say(new_sender(), "hi")
    assert status == 200
    assert isinstance(messages, list) and messages
    assert all(m.get("recipient_id") for m in messages)


def test_insurance_question_gets_the_insurance_answer(bot):
    assert "not able to accept insurance" in bot.texts(new_sender(), "do you take insurance?")


def test_listed_condition_is_named(bot):
    assert "Sciatic pain" in bot.texts(new_sender(), "can massage help with sciatica?")


BAD_BODIES = {
    "missing sender": b'{"message": "hi"}',
    "empty message": b'{"sender": "bad-1", "message": ""}',
    "10 kB message": ('{"sender": "bad-2", "message": "%s"}' % ("massage " * 1280)).encode(),
    "emoji and control characters": '{"sender": "bad-3", "message": "💆\\u0000\\u202e\\ud83d ∑ \\t\\n"}'.encode(),
    "binary bytes": b'{"sender": "bad-4", "message": "\xff\xfe\x00\x80"}',
    "malformed JSON": b'{"sender": "bad-5", "message": ',
    "missing message": b'{"sender": "bad-6"}',
    "message not a string": b'{"sender": "bad-7", "message": {"a": 1}}',
    "not an object": b'["hi"]',
    "no body": b"",
}


@pytest.mark.parametrize("body", [pytest.param(b, id=name) for name, b in BAD_BODIES.items()])
def test_bad_input_is_never_a_server_error(bot, body):
    status, _ = bot.request("POST", "/webhooks/rest/webhook", body)
    assert status < 500, f"HTTP {status}"
    # ...and the bot keeps answering afterwards.
    assert bot.texts(new_sender(), "hi")


ODD_TEXT = {
    "10 kB": "can massage help with sciatica? " * 320,
    "emoji": "💆‍♀️ can massage help with sciatica? 🙏",
    "lone surrogate and NUL": "\ud83d can massage help \x00 with sciatica?",
    "right-to-left override": "\u202e?acitaics htiw pleh egassam nac",
}


@pytest.mark.parametrize("text", [pytest.param(t, id=k) for k, t in ODD_TEXT.items()])
def test_odd_text_still_gets_an_answer(bot, text):
    assert bot.texts(new_sender(), text).strip()


@pytest.mark.parametrize(
    "body, expected",
    [
        (b'{"message": "hi"}', "sender"),
        (b'{"sender": "x", "message": 3}', "message"),
        (b'["hi"]', "JSON object"),
    ],
)
def test_malformed_requests_are_explained(bot, body, expected):
    status, answer = bot.request("POST", "/webhooks/rest/webhook", body)
    assert status == 400 and expected in answer


def user_events(bot, sender: str) -> list:
    """The stored user events of a REST visitor (conversation id "rest:<sender>")."""
    status, tracker = bot.request("GET", f"/conversations/rest:{sender}/tracker?token={bot.token}")
    assert status == 200, tracker
    return [e for e in tracker["events"] if e.get("event") == "user"]


def test_conversation_is_persisted(bot):
    sender = new_sender()
    bot.texts(sender, "hi")
    bot.texts(sender, "do you take insurance?")
    assert [e.get("text") for e in user_events(bot, sender)] == ["hi", "do you take insurance?"]


BAD_SENDERS = {
    "lone surrogate": "a\udc00",
    "NUL": "x\u0000y",
    "line break": "a\nb",
    "129 characters": "s" * 129,
    "surrounding space": " me",
    "empty": "",
    "a number": 12,
}


@pytest.mark.parametrize("sender", [pytest.param(s, id=name) for name, s in BAD_SENDERS.items()])
def test_a_bad_sender_is_refused_and_named(bot, sender):
    body = json.dumps({"sender": sender, "message": "hi"}).encode()  # JSON escapes surrogates
    status, answer = bot.request("POST", "/webhooks/rest/webhook", body)
    assert status == 400 and "'sender'" in answer, (status, answer)
    assert bot.texts(new_sender(), "hi")


@pytest.mark.parametrize(
    "metadata",
    ["text", [1], {"a": [[[[[1]]]]]}, {"a": "m" * 3000}, {"a": "\udc00"}],
    ids=["a string", "a list", "deep", "3 kB", "lone surrogate"],
)
def test_bad_metadata_is_refused_and_named(bot, metadata):
    body = json.dumps({"sender": new_sender(), "message": "hi", "metadata": metadata})
    status, answer = bot.request("POST", "/webhooks/rest/webhook", body.encode())
    assert status == 400 and "'metadata'" in answer, (status, answer)


def test_small_metadata_is_accepted(bot):
    body = {"sender": new_sender(), "message": "hi", "metadata": {"page": "/contact"}}
    status, _ = bot.request("POST", "/webhooks/rest/webhook", json.dumps(body).encode())
    assert status == 200


# Rasa reads "/intent" as that intent, skipping the classifier and the safety detector:
# only the bot's own button payloads may do that.
@pytest.mark.parametrize("typed", ["/crisis", " //crisis", '/crisis{"condition": "x"}'])
def test_a_typed_intent_is_read_as_words(bot, typed):
    sender = new_sender()
    bot.texts(sender, typed)
    (event,) = user_events(bot, sender)
    assert not event["text"].startswith("/"), event["text"]
    assert event["parse_data"]["intent"]["name"] != "crisis", event["parse_data"]["intent"]


def test_a_button_payload_is_still_an_intent(bot):
    sender = new_sender()
    assert "book" in bot.texts(sender, "/faq_booking").lower()
    (event,) = user_events(bot, sender)
    assert event["parse_data"]["intent"] == {"name": "faq_booking", "confidence": 1.0}


def test_api_needs_the_token(bot):
    status, _ = bot.request("GET", f"/conversations/{new_sender()}/tracker")
    assert status == 401
