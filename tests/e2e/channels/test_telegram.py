"""Telegram: documented Update bodies posted to the running bot, replies read from the
fake Bot API (aiogram posts form fields; reply_markup is JSON in a field)."""

from __future__ import annotations

import itertools
import json
import random
import time

import pytest

from chatbot.channels.formatting import NOT_TEXT_REPLY
from tests.e2e.channels.conftest import API_TOKEN, SECRETS, TELEGRAM_TOKEN, conversation
from tests.e2e.channels.fake_api import field

pytestmark = [pytest.mark.e2e, pytest.mark.channels]


UPDATE_IDS = itertools.count(random.randint(1, 10**6))


def new_chat() -> int:
    return random.randint(10**8, 10**9)


def conv(chat: int) -> str:
    return conversation("telegram", chat)


def message_update(chat_id: int, text=None, **extra) -> dict:
    message = {
        "message_id": 1,
        "from": {"id": chat_id, "is_bot": False, "first_name": "Ada", "language_code": "en"},
        "chat": {"id": chat_id, "first_name": "Ada", "type": "private"},
        "date": int(time.time()),
        **extra,
    }
    if text is not None:
        message["text"] = text
    return {"update_id": next(UPDATE_IDS), "message": message}


def sent_to(bot, chat_id: int):
    return bot.fake.find(
        lambda c: c.path.endswith("/sendMessage") and str(field(c, "chat_id")) == str(chat_id)
    )


def test_webhook_registered_with_secret_at_start(channel_bot):
    calls = channel_bot.fake.wait(lambda c: c.path.endswith("/setWebhook"))
    assert calls, "no setWebhook call"
    assert calls[0].path == f"/telegram/bot{TELEGRAM_TOKEN}/setWebhook"
    assert field(calls[0], "secret_token") == SECRETS["TELEGRAM_SECRET_TOKEN"]
    assert field(calls[0], "url") == "https://bot.example.org/webhooks/telegram/webhook"


def test_signed_question_is_answered(channel_bot):
    chat = new_chat()
    status, _ = channel_bot.telegram(message_update(chat, "do you take insurance?"))
    assert status == 200
    texts = " ".join(field(c, "text") for c in sent_to(channel_bot, chat))
    assert "insurance" in texts.lower()
    assert channel_bot.user_texts(conv(chat)) == ["do you take insurance?"]


def test_start_greets_with_inline_buttons_and_a_tap_is_understood(channel_bot):
    chat = new_chat()
    assert channel_bot.telegram(message_update(chat, "/start"))[0] == 200
    keyboards = [
        json.loads(field(c, "reply_markup"))
        for c in sent_to(channel_bot, chat)
        if field(c, "reply_markup")
    ]
    assert keyboards, "greeting without buttons"
    button = keyboards[0]["inline_keyboard"][0][0]
    assert button["callback_data"].startswith("/")

    before = len(sent_to(channel_bot, chat))
    tap = {
        "update_id": next(UPDATE_IDS),
        "callback_query": {
            "id": "4382bfdwdsb323b2d9",
            "from": {"id": chat, "is_bot": False, "first_name": "Ada"},
            "message": message_update(chat, "Hello!")["message"],
            "chat_instance": "-1",
            "data": button["callback_data"],
        },
    }
    assert channel_bot.telegram(tap)[0] == 200
    assert len(sent_to(channel_bot, chat)) > before
    assert channel_bot.fake.find(
        lambda c: (
            c.path.endswith("/answerCallbackQuery")
            and field(c, "callback_query_id") == "4382bfdwdsb323b2d9"
        )
    )
    assert channel_bot.user_texts(conv(chat))[-1] == button["callback_data"]


@pytest.mark.parametrize("secret", [None, "wrong-secret", ""])
def test_forged_or_unsigned_update_is_refused_and_leaves_no_trace(channel_bot, secret):
    chat = new_chat()
    status, _ = channel_bot.telegram(message_update(chat, "hello"), secret=secret)
    assert status == 403
    assert channel_bot.events(conv(chat)) == []
    assert sent_to(channel_bot, chat) == []


@pytest.mark.parametrize(
    "extra",
    [
        {"sticker": {"file_id": "CAAD", "file_unique_id": "x", "width": 512, "height": 512}},
        {"photo": [{"file_id": "AgAD", "file_unique_id": "y", "width": 90, "height": 90}]},
        {"text": "   "},
        {"text": 42},
    ],
    ids=["sticker", "photo", "blank", "number"],
)
def test_non_text_message_gets_a_polite_reply(channel_bot, extra):
    chat = new_chat()
    update = message_update(chat)
    update["message"].update(extra)
    assert channel_bot.telegram(update)[0] == 200
    assert [field(c, "text") for c in sent_to(channel_bot, chat)] == [NOT_TEXT_REPLY]
    assert channel_bot.events(conv(chat)) == []


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[1, 2]",
        json.dumps({"update_id": 1, "message": {"text": "hi"}}).encode(),
        json.dumps({"update_id": 1, "message": {"chat": {"id": [1]}, "text": "hi"}}).encode(),
        json.dumps({"update_id": 1, "callback_query": {"data": "/greet"}}).encode(),
    ],
    ids=["not-json", "array", "no-chat", "chat-id-list", "callback-no-message"],
)
def test_malformed_update_is_a_clean_400(channel_bot, body):
    status, _ = channel_bot.telegram(body)
    assert status == 400


def test_other_update_kinds_are_acknowledged(channel_bot):
    edited = message_update(new_chat(), "typo fixed")
    edited["edited_message"] = edited.pop("message")
    assert channel_bot.telegram(edited)[0] == 200


def test_an_update_sent_again_is_answered_and_stored_once(channel_bot):
    chat = new_chat()
    update = message_update(chat, "do you take insurance?")
    assert channel_bot.telegram(update)[0] == 200
    answers = len(sent_to(channel_bot, chat))
    assert answers > 0
    assert channel_bot.telegram(update)[0] == 200  # Telegram's retry: same update_id
    assert len(sent_to(channel_bot, chat)) == answers
    assert channel_bot.user_texts(conv(chat)) == ["do you take insurance?"]
    # A new update with the same words is a new message: answered.
    assert channel_bot.telegram(message_update(chat, "do you take insurance?"))[0] == 200
    assert len(sent_to(channel_bot, chat)) > answers
    assert channel_bot.user_texts(conv(chat)) == ["do you take insurance?"] * 2


def test_a_tap_sent_again_is_answered_once(channel_bot):
    chat = new_chat()
    tap = {
        "update_id": next(UPDATE_IDS),
        "callback_query": {
            "id": f"cb{chat}",
            "from": {"id": chat, "is_bot": False, "first_name": "Ada"},
            "message": message_update(chat, "Hello!")["message"],
            "chat_instance": "-1",
            "data": "/faq_insurance",
        },
    }
    assert channel_bot.telegram(tap)[0] == 200
    answers = len(sent_to(channel_bot, chat))
    assert channel_bot.telegram(tap)[0] == 200
    assert len(sent_to(channel_bot, chat)) == answers > 0
    assert channel_bot.user_texts(conv(chat)) == ["/faq_insurance"]


@pytest.mark.parametrize(
    "chat_id", ["12\n34", "x" * 129, " 1234"], ids=["newline", "long", "space"]
)
def test_an_unacceptable_chat_id_is_a_clean_400(channel_bot, chat_id):
    update = message_update(1, "hello")
    update["message"]["chat"]["id"] = chat_id
    assert channel_bot.telegram(update)[0] == 400
    assert channel_bot.events(conv(chat_id)) == [] and sent_to(channel_bot, chat_id) == []


@pytest.mark.slow
def test_an_update_sent_again_after_a_restart_is_still_recognised(channel_bot):
    chat = new_chat()
    update = message_update(chat, "do you take insurance?")
    assert channel_bot.telegram(update)[0] == 200
    answers = len(sent_to(channel_bot, chat))
    assert answers > 0
    channel_bot.restart_rasa()
    assert channel_bot.telegram(update)[0] == 200
    assert len(sent_to(channel_bot, chat)) == answers
    assert channel_bot.user_texts(conv(chat)) == ["do you take insurance?"]
    assert channel_bot.telegram(message_update(chat, "and prescriptions?"))[0] == 200
    assert len(sent_to(channel_bot, chat)) > answers  # the restarted bot does answer


def test_the_api_speaks_to_a_telegram_chat_with_its_own_id(channel_bot):
    """trigger_intent with output_channel=telegram: the reply goes to the chat id, not to
    the stored conversation id; another channel's conversation is refused."""
    chat = new_chat()
    channel_bot.telegram(message_update(chat, "hi"))
    channel_bot.wait_idle(conv(chat))
    before = len(sent_to(channel_bot, chat))
    path = f"/conversations/{conv(chat)}/trigger_intent?output_channel=telegram"
    auth = {"Content-Type": "application/json", "Authorization": f"Bearer {API_TOKEN}"}
    body = json.dumps({"name": "greet"}).encode()
    status, text = channel_bot.post(path, body, auth)
    assert status == 200, text
    calls = channel_bot.fake.wait(
        lambda c: c.path.endswith("/sendMessage") and str(field(c, "chat_id")) == str(chat),
        count=before + 1,
    )
    assert len(calls) > before
    other = "/conversations/rest:someone/trigger_intent?output_channel=telegram"
    assert channel_bot.post(other, body, auth)[0] == 400
    assert channel_bot.post(path, body, {"Content-Type": "application/json"})[0] == 401
