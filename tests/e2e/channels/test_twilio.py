"""Twilio SMS / WhatsApp: documented form bodies signed with X-Twilio-Signature, replies
read from the fake Messages API."""

from __future__ import annotations

import random
import uuid

import pytest

from chatbot.channels.formatting import NOT_TEXT_REPLY
from tests.e2e.channels.conftest import SECRETS, conversation
from tests.e2e.channels.fake_api import field

pytestmark = [pytest.mark.e2e, pytest.mark.channels]

MESSAGES_PATH = f"/twilio/2010-04-01/Accounts/{SECRETS['TWILIO_ACCOUNT_SID']}/Messages.json"


def new_number() -> str:
    return f"+1555{random.randint(10**6, 10**7 - 1)}"


def conv(number: str) -> str:
    return conversation("twilio", number)


def sms(sender: str, body: str = "", **extra: str) -> dict:
    sid = "SM" + uuid.uuid4().hex  # one per message, as Twilio's
    return {
        "ToCountry": "US",
        "SmsMessageSid": sid,
        "NumMedia": "0",
        "SmsSid": sid,
        "SmsStatus": "received",
        "Body": body,
        "To": SECRETS["TWILIO_NUMBER"],
        "NumSegments": "1",
        "MessageSid": sid,
        "AccountSid": SECRETS["TWILIO_ACCOUNT_SID"],
        "From": sender,
        "ApiVersion": "2010-04-01",
        **extra,
    }


def sent_to(bot, number: str):
    return bot.fake.find(lambda c: c.path == MESSAGES_PATH and field(c, "To") == number)


def test_signed_sms_is_answered_through_the_messages_api(channel_bot):
    number = new_number()
    status, body = channel_bot.twilio(sms(number, "do you take insurance?"))
    assert status == 200 and "<Response>" in body
    calls = sent_to(channel_bot, number)
    assert calls
    assert all(field(c, "From") == SECRETS["TWILIO_NUMBER"] for c in calls)
    assert "insurance" in " ".join(field(c, "Body") for c in calls).lower()
    assert calls[0].headers.get("Authorization", "").startswith("Basic ")
    assert channel_bot.user_texts(conv(number)) == ["do you take insurance?"]


def test_buttons_become_a_numbered_menu_and_a_number_picks_one(channel_bot):
    number = new_number()
    assert channel_bot.twilio(sms(number, "hi"))[0] == 200
    bodies = [field(c, "Body") for c in sent_to(channel_bot, number)]
    menu = next(b for b in bodies if "Reply with a number" in b)
    assert "1. Can massage help me?" in menu

    assert channel_bot.twilio(sms(number, "1"))[0] == 200
    user_events = [e for e in channel_bot.events(conv(number)) if e["event"] == "user"]
    assert user_events[-1]["parse_data"]["intent"]["name"] == "ask_help_general"


def test_whatsapp_reply_comes_from_the_whatsapp_sender(channel_bot):
    number = "whatsapp:" + new_number()
    assert channel_bot.twilio(sms(number, "where are you located?"))[0] == 200
    calls = sent_to(channel_bot, number)
    assert calls and field(calls[0], "From") == "whatsapp:" + SECRETS["TWILIO_NUMBER"]


def test_forged_or_unsigned_sms_is_refused_and_leaves_no_trace(channel_bot):
    number = new_number()
    assert channel_bot.twilio(sms(number, "hello"), sign=False)[0] == 403
    assert channel_bot.twilio(sms(number, "hello"), token="not-the-token")[0] == 403
    assert channel_bot.events(conv(number)) == []
    assert sent_to(channel_bot, number) == []


def test_signature_over_different_params_is_refused(channel_bot):
    """A valid signature for one body does not authorise another (tampered Body)."""
    from chatbot.channels import signatures

    number = new_number()
    path = "/webhooks/twilio/webhook"
    signed = signatures.twilio_signature(
        SECRETS["TWILIO_AUTH_TOKEN"], channel_bot.base + path, sms(number, "hello")
    )
    import urllib.parse

    status, _ = channel_bot.post(
        path,
        urllib.parse.urlencode(sms(number, "tampered")).encode(),
        {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signed},
    )
    assert status == 403 and channel_bot.events(conv(number)) == []


def test_picture_without_text_gets_a_polite_reply(channel_bot):
    number = new_number()
    mms = sms(
        number,
        "",
        NumMedia="1",
        MediaContentType0="image/jpeg",
        MediaUrl0="https://api.twilio.com/2010-04-01/Accounts/AC/Messages/MM/Media/ME",
    )
    assert channel_bot.twilio(mms)[0] == 200
    assert [field(c, "Body") for c in sent_to(channel_bot, number)] == [NOT_TEXT_REPLY]


def test_signed_form_without_sender_is_a_clean_400(channel_bot):
    form = sms("", "hello")
    del form["From"]
    assert channel_bot.twilio(form)[0] == 400


def test_a_message_sent_again_is_answered_and_stored_once(channel_bot):
    number = new_number()
    message = sms(number, "do you take insurance?")
    assert channel_bot.twilio(message)[0] == 200
    answers = len(sent_to(channel_bot, number))
    assert answers > 0
    assert channel_bot.twilio(message)[0] == 200  # Twilio's retry: same MessageSid
    assert len(sent_to(channel_bot, number)) == answers
    assert channel_bot.user_texts(conv(number)) == ["do you take insurance?"]


@pytest.mark.parametrize(
    "sender", ["+1555\n1234", "+1" + "5" * 128, " +15551234"], ids=["newline", "long", "space"]
)
def test_an_unacceptable_sender_is_a_clean_400(channel_bot, sender):
    assert channel_bot.twilio(sms(sender, "hello"))[0] == 400
    assert channel_bot.events(conv(sender)) == [] and sent_to(channel_bot, sender) == []


def test_no_other_door_writes_into_a_whatsapp_conversation(channel_bot):
    """The REST channel needs no signature: a sender that names a WhatsApp number (with or
    without the channel) is its own conversation, and nothing is sent to that number."""
    import json

    number = "whatsapp:" + new_number()
    channel_bot.twilio(sms(number, "do you take insurance?"))
    sent = len(sent_to(channel_bot, number))
    for sender in (number, conv(number)):
        body = json.dumps({"sender": sender, "message": "I want to kill myself"}).encode()
        status, _ = channel_bot.post(
            "/webhooks/rest/webhook", body, {"Content-Type": "application/json"}
        )
        assert status == 200
    assert channel_bot.user_texts(conv(number)) == ["do you take insurance?"]
    assert channel_bot.user_texts(f"rest:{number}") == ["I want to kill myself"]
    assert len(sent_to(channel_bot, number)) == sent
