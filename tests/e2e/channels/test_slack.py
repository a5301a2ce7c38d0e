"""Slack: Events API and Interactivity bodies signed with the signing secret, replies
read from the fake Web API (they are sent in the background, hence ``wait``)."""

from __future__ import annotations

import json
import random
import time
import urllib.parse

import pytest

from chatbot.channels.formatting import NOT_TEXT_REPLY
from tests.e2e.channels.conftest import SECRETS, conversation

pytestmark = [pytest.mark.e2e, pytest.mark.channels]


def new_ids():
    n = random.randint(10**6, 10**7)
    return f"U{n}", f"D{n}"


def conv(user: str) -> str:
    return conversation("slack", user)


def event_body(user: str, channel: str, text=None, **extra) -> bytes:
    event = {
        "type": "message",
        "channel": channel,
        "user": user,
        "ts": f"{time.time():.6f}",
        "event_ts": f"{time.time():.6f}",
        "channel_type": "im",
        **extra,
    }
    if text is not None:
        event["text"] = text
    return json.dumps(
        {
            "token": "verification-token",
            "team_id": "T061EG9R6",
            "api_app_id": "A0PNCHHK2",
            "event": event,
            "type": "event_callback",
            "event_id": f"Ev{random.randint(10**8, 10**9)}",
            "event_time": int(time.time()),
            "authorizations": [{"user_id": "UBOT", "is_bot": True, "team_id": "T061EG9R6"}],
        }
    ).encode()


def posted(bot, channel: str, count: int = 1, timeout: float = 30):
    calls = bot.fake.wait(
        lambda c: c.path == "/slack/api/chat.postMessage" and c.body.get("channel") == channel,
        count,
        timeout,
    )
    return [c.body for c in calls]


def click_body(user: str, channel: str, value: str, text: dict, action_ts: str) -> bytes:
    """A signed-form Interactivity payload: the person clicked one button."""
    click = {
        "type": "block_actions",
        "user": {"id": user, "username": "ada", "team_id": "T061EG9R6"},
        "channel": {"id": channel, "name": "directmessage"},
        "message": {"ts": "1548261231.000200", "text": "Hello"},
        "actions": [
            {
                "type": "button",
                "action_id": "a1",
                "block_id": "b1",
                "value": value,
                "text": text,
                "action_ts": action_ts,
            }
        ],
    }
    return urllib.parse.urlencode({"payload": json.dumps(click)}).encode()


def test_url_verification_challenge(channel_bot):
    body = json.dumps(
        {
            "token": "t",
            "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
            "type": "url_verification",
        }
    ).encode()
    status, text = channel_bot.slack(body)
    assert status == 200
    assert json.loads(text) == {"challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}


def test_signed_direct_message_is_answered(channel_bot):
    user, channel = new_ids()
    assert channel_bot.slack(event_body(user, channel, "do you take insurance?"))[0] == 200
    channel_bot.wait_idle(conv(user))
    messages = posted(channel_bot, channel, timeout=0)
    assert messages
    assert messages[0]["blocks"][0]["text"]["type"] == "mrkdwn"
    assert "insurance" in " ".join(m["text"] for m in messages).lower()
    assert channel_bot.fake.find(
        lambda c: c.headers.get("Authorization") == f"Bearer {SECRETS['SLACK_TOKEN']}"
    )
    assert channel_bot.user_texts(conv(user)) == ["do you take insurance?"]


def test_buttons_become_an_actions_block_and_a_click_is_understood(channel_bot):
    user, channel = new_ids()
    assert channel_bot.slack(event_body(user, channel, "hi"))[0] == 200
    channel_bot.wait_idle(conv(user))
    messages = posted(channel_bot, channel, timeout=0)
    actions = [b for m in messages for b in m.get("blocks", []) if b["type"] == "actions"]
    assert actions, messages
    button = actions[0]["elements"][0]
    body = click_body(user, channel, button["value"], button["text"], "1548426417.840180")
    assert channel_bot.slack(body, "application/x-www-form-urlencoded")[0] == 200
    channel_bot.wait_idle(conv(user), users=2)
    assert channel_bot.user_texts(conv(user))[-1] == button["value"]
    assert len(posted(channel_bot, channel, timeout=0)) > len(messages)


@pytest.mark.parametrize("how", ["wrong-secret", "stale-timestamp", "no-signature"])
def test_forged_stale_or_unsigned_event_is_refused_and_leaves_no_trace(channel_bot, how):
    user, channel = new_ids()
    body = event_body(user, channel, "hello")
    if how == "wrong-secret":
        status, _ = channel_bot.slack(body, secret="guessed")
    elif how == "stale-timestamp":  # correctly signed, but replayed 10 minutes later
        status, _ = channel_bot.slack(body, timestamp=int(time.time()) - 600)
    else:
        status, _ = channel_bot.post(
            "/webhooks/slack/webhook", body, {"Content-Type": "application/json"}
        )
    assert status == 403
    time.sleep(1)  # replies would be sent in the background
    assert channel_bot.events(conv(user)) == [] and posted(channel_bot, channel, timeout=0) == []


def test_file_without_text_gets_a_polite_reply(channel_bot):
    user, channel = new_ids()
    body = event_body(
        user, channel, "", subtype="file_share", files=[{"id": "F1", "name": "x.png"}]
    )
    assert channel_bot.slack(body)[0] == 200
    assert [m["text"] for m in posted(channel_bot, channel)] == [NOT_TEXT_REPLY]
    assert channel_bot.events(conv(user)) == []


RETRY = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}


def test_an_event_sent_again_is_answered_and_stored_once(channel_bot):
    user, channel = new_ids()
    body = event_body(user, channel, "do you take insurance?")
    assert channel_bot.slack(body)[0] == 200
    channel_bot.wait_idle(conv(user))
    answers = insurance_answers(channel_bot, channel)
    assert answers
    assert channel_bot.slack(body, extra=RETRY)[0] == 200  # Slack's retry: same event_id
    assert channel_bot.slack(body)[0] == 200  # and a plain second delivery
    # Messages of one conversation are handled in order: once this one is, a duplicate
    # that had been let through would have been handled (and stored) before it.
    assert channel_bot.slack(event_body(user, channel, "thanks"))[0] == 200
    channel_bot.wait_idle(conv(user), users=2)
    assert channel_bot.user_texts(conv(user)) == ["do you take insurance?", "thanks"]
    assert insurance_answers(channel_bot, channel) == answers


def insurance_answers(bot, channel: str):
    return [m for m in posted(bot, channel, timeout=0) if "insurance" in m["text"].lower()]


def test_a_retry_of_an_event_never_received_is_answered(channel_bot):
    user, channel = new_ids()
    body = event_body(user, channel, "do you take insurance?")
    assert channel_bot.slack(body, extra={**RETRY, "X-Slack-Retry-Num": "2"})[0] == 200
    channel_bot.wait_idle(conv(user))
    assert channel_bot.user_texts(conv(user)) == ["do you take insurance?"]
    assert "insurance" in " ".join(m["text"] for m in posted(channel_bot, channel)).lower()


def test_a_click_sent_again_is_answered_once(channel_bot):
    user, channel = new_ids()
    text = {"type": "plain_text", "text": "Insurance?"}
    body = click_body(user, channel, "/faq_insurance", text, f"{time.time():.6f}")
    form = "application/x-www-form-urlencoded"
    assert channel_bot.slack(body, form)[0] == 200
    # Slack answers at once and handles in the background: while the click is still being
    # handled, a second delivery is asked to come back later (503); once handled, it is a
    # duplicate, acknowledged.
    assert channel_bot.slack(body, form)[0] in (200, 503)
    channel_bot.wait_idle(conv(user), users=1)
    assert channel_bot.slack(body, form)[0] == 200
    assert channel_bot.slack(event_body(user, channel, "thanks"))[0] == 200
    channel_bot.wait_idle(conv(user), users=2)
    assert channel_bot.user_texts(conv(user)) == ["/faq_insurance", "thanks"]


def test_bot_messages_are_not_handled(channel_bot):
    user, channel = new_ids()
    own = channel_bot.slack(event_body(user, channel, "bot says", bot_id="B1"))
    assert own[0] == 200
    time.sleep(1)
    assert channel_bot.events(conv(user)) == [] and posted(channel_bot, channel, timeout=0) == []


@pytest.mark.parametrize("user", ["U1\n2", "U" * 129, "U12 "], ids=["newline", "long", "space"])
def test_an_unacceptable_user_id_is_a_clean_400(channel_bot, user):
    channel = new_ids()[1]
    assert channel_bot.slack(event_body(user, channel, "hello"))[0] == 400
    time.sleep(1)
    assert channel_bot.events(conv(user)) == [] and posted(channel_bot, channel, timeout=0) == []


@pytest.mark.parametrize(
    "body,kind",
    [
        (b"{oops", "application/json"),
        (json.dumps({"type": "event_callback"}).encode(), "application/json"),
        (
            json.dumps(
                {"type": "event_callback", "event": {"type": "message", "text": "hi"}}
            ).encode(),
            "application/json",
        ),
        (b"payload=%7Bnot+json", "application/x-www-form-urlencoded"),
        (b"nothing=here", "application/x-www-form-urlencoded"),
    ],
    ids=["not-json", "no-event", "no-user", "payload-not-json", "no-payload"],
)
def test_malformed_body_is_a_clean_400(channel_bot, body, kind):
    assert channel_bot.slack(body, kind)[0] == 400
