"""What a person sees around the answers: Slack answers a mention in its thread, a message
cut to 4,000 characters says so, and Telegram and Messenger show that the bot is typing."""

from __future__ import annotations

import json
import time

import pytest

from chatbot.channels.base import MAX_MESSAGE_CHARS, SHORTENED_NOTE
from tests.e2e.channels import test_facebook as facebook
from tests.e2e.channels import test_slack as slack
from tests.e2e.channels import test_telegram as telegram
from tests.e2e.channels.fake_api import field

pytestmark = [pytest.mark.e2e, pytest.mark.channels]

LONG = ("do you take insurance? " * 250).strip()  # well past the 4,000 characters kept


def mention_body(user: str, channel: str, text: str, **extra) -> bytes:
    body = json.loads(slack.event_body(user, channel, text, **extra))
    body["event"]["type"] = "app_mention"
    del body["event"]["channel_type"]  # app_mention events carry none
    return json.dumps(body).encode()


def test_slack_answers_a_mention_in_its_thread(channel_bot):
    user, _ = slack.new_ids()
    channel = "C" + user[1:]
    ts = f"{time.time():.6f}"
    body = mention_body(user, channel, "<@UBOT> do you take insurance?", ts=ts)
    assert channel_bot.slack(body)[0] == 200
    channel_bot.wait_idle(slack.conv(user))
    replies = slack.posted(channel_bot, channel, timeout=0)
    assert replies and "insurance" in " ".join(r["text"] for r in replies).lower()
    assert {r.get("thread_ts") for r in replies} == {ts}


def test_slack_answers_in_the_thread_written_in(channel_bot):
    user, channel = slack.new_ids()
    parent = "1700000000.000100"
    body = slack.event_body(user, channel, "do you take insurance?", thread_ts=parent)
    assert channel_bot.slack(body)[0] == 200
    channel_bot.wait_idle(slack.conv(user))
    replies = slack.posted(channel_bot, channel, timeout=0)
    assert replies and {r.get("thread_ts") for r in replies} == {parent}


def test_slack_answers_a_direct_message_in_the_conversation(channel_bot):
    user, channel = slack.new_ids()
    assert channel_bot.slack(slack.event_body(user, channel, "do you take insurance?"))[0] == 200
    channel_bot.wait_idle(slack.conv(user))
    replies = slack.posted(channel_bot, channel, timeout=0)
    assert replies and all("thread_ts" not in r for r in replies)


def test_a_shortened_message_is_said_to_be_shortened(channel_bot):
    chat = telegram.new_chat()
    assert channel_bot.telegram(telegram.message_update(chat, LONG))[0] == 200
    texts = [field(c, "text") for c in telegram.sent_to(channel_bot, chat)]
    assert texts[0] == SHORTENED_NOTE
    assert len(texts) > 1  # and the answer follows
    stored = channel_bot.user_texts(telegram.conv(chat))
    assert [len(t) for t in stored] == [MAX_MESSAGE_CHARS]


def test_a_short_message_gets_no_note(channel_bot):
    chat = telegram.new_chat()
    assert channel_bot.telegram(telegram.message_update(chat, LONG[:MAX_MESSAGE_CHARS]))[0] == 200
    texts = [field(c, "text") for c in telegram.sent_to(channel_bot, chat)]
    assert texts and SHORTENED_NOTE not in texts


def test_slack_says_so_in_the_thread(channel_bot):
    user, _ = slack.new_ids()
    channel = "C" + user[1:]
    ts = f"{time.time():.6f}"
    assert channel_bot.slack(mention_body(user, channel, "<@UBOT> " + LONG, ts=ts))[0] == 200
    channel_bot.wait_idle(slack.conv(user))
    replies = slack.posted(channel_bot, channel, timeout=0)
    assert replies[0]["text"] == SHORTENED_NOTE and replies[0]["thread_ts"] == ts


def test_telegram_shows_typing_before_the_answer(channel_bot):
    chat = telegram.new_chat()
    assert channel_bot.telegram(telegram.message_update(chat, "do you take insurance?"))[0] == 200
    calls = channel_bot.fake.find(
        lambda c: c.path.startswith("/telegram/") and str(field(c, "chat_id")) == str(chat)
    )
    kinds = [c.path.rsplit("/", 1)[1] for c in calls]
    assert kinds[0] == "sendChatAction" and "sendMessage" in kinds
    assert field(calls[0], "action") == "typing"


def test_messenger_marks_seen_and_shows_typing_before_the_answer(channel_bot):
    psid = facebook.new_psid()
    assert channel_bot.facebook(facebook.text_event(psid, "do you take insurance?"))[0] == 200
    calls = channel_bot.fake.find(
        lambda c: c.path == "/facebook/v19.0/me/messages" and c.body["recipient"]["id"] == psid
    )
    steps = [c.body.get("sender_action") or "message" for c in calls]
    assert steps[:3] == ["mark_seen", "typing_on", "message"]
    assert "typing_on" not in steps[3:]
