"""Facebook Messenger: documented webhook bodies signed with X-Hub-Signature-256,
replies read from the fake Send API."""

from __future__ import annotations

import hashlib
import hmac
import json
import random
import time
import uuid

import pytest

from chatbot.channels.formatting import NOT_TEXT_REPLY
from tests.e2e.channels.conftest import SECRETS, conversation

pytestmark = [pytest.mark.e2e, pytest.mark.channels]

PAGE_ID = "1029384756"


def new_psid() -> str:
    return str(random.randint(10**15, 10**16))


def webhook(psid: str, **event) -> dict:
    messaging = {
        "sender": {"id": psid},
        "recipient": {"id": PAGE_ID},
        "timestamp": int(time.time() * 1000),
        **event,
    }
    return {"object": "page", "entry": [{"id": PAGE_ID, "time": 1, "messaging": [messaging]}]}


def new_mid() -> str:
    return "m_" + uuid.uuid4().hex


def conv(psid: str) -> str:
    return conversation("facebook", psid)


def text_event(psid: str, text: str) -> dict:
    return webhook(psid, message={"mid": new_mid(), "text": text})


def sent_to(bot, psid: str):
    calls = bot.fake.find(lambda c: c.path == "/facebook/v19.0/me/messages")
    return [  # messages only, not the typing indicators (sender actions)
        c.body["message"]
        for c in calls
        if c.body["recipient"]["id"] == psid and "message" in c.body
    ]


def test_subscription_handshake(channel_bot):
    ok = "/webhooks/facebook/webhook?hub.mode=subscribe&hub.challenge=1158201444"
    status, body = channel_bot.post(
        ok + f"&hub.verify_token={SECRETS['FACEBOOK_VERIFY_TOKEN']}", b"", {}, method="GET"
    )
    assert (status, body) == (200, "1158201444")
    assert channel_bot.post(ok + "&hub.verify_token=guess", b"", {}, method="GET")[0] == 403


def test_signed_message_is_answered(channel_bot):
    psid = new_psid()
    status, _ = channel_bot.facebook(text_event(psid, "do you take insurance?"))
    assert status == 200
    messages = sent_to(channel_bot, psid)
    assert "insurance" in " ".join(m.get("text", "") for m in messages).lower()
    assert channel_bot.fake.find(lambda c: c.query.get("access_token") == ["fb-page-token"])
    assert channel_bot.user_texts(conv(psid)) == ["do you take insurance?"]


def test_buttons_become_quick_replies_and_a_tap_is_understood(channel_bot):
    psid = new_psid()
    assert channel_bot.facebook(text_event(psid, "hi"))[0] == 200
    quick = [q for m in sent_to(channel_bot, psid) for q in m.get("quick_replies", [])]
    assert quick and all(len(q["title"]) <= 20 for q in quick)
    tap = webhook(
        psid,
        message={
            "mid": new_mid(),
            "text": quick[0]["title"],
            "quick_reply": {"payload": quick[0]["payload"]},
        },
    )
    assert channel_bot.facebook(tap)[0] == 200
    assert channel_bot.user_texts(conv(psid))[-1] == quick[0]["payload"]


@pytest.mark.parametrize("secret", [None, "wrong-secret"])
def test_forged_or_unsigned_message_is_refused_and_leaves_no_trace(channel_bot, secret):
    psid = new_psid()
    assert channel_bot.facebook(text_event(psid, "hello"), secret=secret)[0] == 403
    assert channel_bot.events(conv(psid)) == [] and sent_to(channel_bot, psid) == []


def test_legacy_sha1_signature_alone_is_refused(channel_bot):
    psid = new_psid()
    body = json.dumps(text_event(psid, "hello")).encode()
    sha1 = hmac.new(SECRETS["FACEBOOK_APP_SECRET"].encode(), body, hashlib.sha1).hexdigest()
    status, _ = channel_bot.post(
        "/webhooks/facebook/webhook",
        body,
        {"Content-Type": "application/json", "X-Hub-Signature": "sha1=" + sha1},
    )
    assert status == 403 and channel_bot.events(conv(psid)) == []


def test_image_without_text_gets_a_polite_reply(channel_bot):
    psid = new_psid()
    image = {"type": "image", "payload": {"url": "https://scontent.xx.fbcdn.net/v/t1.jpg"}}
    assert (
        channel_bot.facebook(webhook(psid, message={"mid": new_mid(), "attachments": [image]}))[0]
        == 200
    )
    assert sent_to(channel_bot, psid) == [{"text": NOT_TEXT_REPLY}]
    assert channel_bot.events(conv(psid)) == []


def test_echo_and_delivery_events_are_acknowledged_silently(channel_bot):
    psid = new_psid()
    echo = webhook(psid, message={"mid": new_mid(), "is_echo": True, "text": "from the page"})
    delivery = webhook(psid, delivery={"mids": ["m_4"], "watermark": 1})
    assert channel_bot.facebook(echo)[0] == 200
    assert channel_bot.facebook(delivery)[0] == 200
    assert sent_to(channel_bot, psid) == [] and channel_bot.events(conv(psid)) == []


@pytest.mark.parametrize(
    "payload",
    [
        b"{not json",
        {"object": "page", "entry": "x"},
        {"object": "page", "entry": [{"messaging": [{"message": {"text": "hi"}}]}]},
        {"object": "page", "entry": [{"messaging": [{"sender": {"id": "1"}, "message": "hi"}]}]},
    ],
    ids=["not-json", "entry-not-list", "no-sender", "message-not-object"],
)
def test_malformed_body_is_a_clean_400(channel_bot, payload):
    assert channel_bot.facebook(payload)[0] == 400


def test_a_message_sent_again_is_answered_and_stored_once(channel_bot):
    psid = new_psid()
    event = text_event(psid, "do you take insurance?")
    assert channel_bot.facebook(event)[0] == 200
    answers = len(sent_to(channel_bot, psid))
    assert answers > 0
    assert channel_bot.facebook(event)[0] == 200  # Meta's retry: same mid
    assert len(sent_to(channel_bot, psid)) == answers
    assert channel_bot.user_texts(conv(psid)) == ["do you take insurance?"]


def test_a_postback_sent_again_is_answered_once(channel_bot):
    psid = new_psid()
    postback = webhook(
        psid, postback={"mid": new_mid(), "title": "Insurance?", "payload": "/faq_insurance"}
    )
    assert channel_bot.facebook(postback)[0] == 200
    answers = len(sent_to(channel_bot, psid))
    assert channel_bot.facebook(postback)[0] == 200
    assert len(sent_to(channel_bot, psid)) == answers > 0
    assert channel_bot.user_texts(conv(psid)) == ["/faq_insurance"]


@pytest.mark.parametrize("psid", ["12\u000034", "9" * 129, "123 "], ids=["nul", "long", "space"])
def test_an_unacceptable_psid_is_a_clean_400(channel_bot, psid):
    assert channel_bot.facebook(text_event(psid, "hello"))[0] == 400
    assert channel_bot.events(conv(psid)) == [] and sent_to(channel_bot, psid) == []
