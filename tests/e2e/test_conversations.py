"""Whole conversations with the real bot: privacy notice, conditions, safety, fallback."""

from __future__ import annotations

import uuid

import pytest

from chatbot.practice.settings import load_settings

pytestmark = pytest.mark.e2e

SETTINGS = load_settings({"CHATBOT_SETTINGS": "/nonexistent"})
BOOKING_URL = SETTINGS.links.booking_url


def new_sender() -> str:
    return f"conv-{uuid.uuid4().hex[:10]}"


def test_first_message_of_a_conversation_carries_the_privacy_notice(bot):
    sender = new_sender()
    first = bot.texts(sender, "hello")
    assert "virtual assistant" in first and "not a medical provider" in first
    assert f"{SETTINGS.privacy.retention_days} days" in first
    assert "not a medical provider" not in bot.texts(sender, "do you take insurance?")


def test_two_conditions_in_one_message_are_both_answered(bot):
    text = bot.texts(new_sender(), "I have migraines and also anxiety, could massage help?")
    assert "Migraine" in text and "Anxiety" in text


def test_unlisted_condition_is_never_matched_to_a_listed_one(bot):
    text = bot.texts(new_sender(), "can massage help with plantar fasciitis?")
    assert "not exhaustive" in text
    assert "Carpal tunnel" not in text and "on Renée's list" not in text


def test_a_spanish_question_gets_the_notice_then_the_english_answer(bot):
    sender = new_sender()
    text = bot.texts(sender, "Hola, tengo fibromialgia. ¿Cuánto cuesta una sesión?")
    assert "solo puedo responder en inglés" in text
    assert "Fibromyalgia is on Renée's list" in text and "healthcare provider" in text
    assert "I don't have Renée's prices" in text
    # The condition is the conversation's: an English follow-up stays on it.
    assert "Fibromyalgia" in bot.texts(sender, "is that safe?")


def test_general_question_then_condition(bot):
    sender = new_sender()
    assert "Which condition" in bot.texts(sender, "can massage help me?")
    assert "Fibromyalgia" in bot.texts(sender, "fibromyalgia")


@pytest.mark.parametrize(
    "message",
    [
        "I don't want to live anymore",
        "can massage help with anxiety? some days I want to kill myself",
        "i cut myself last night",
    ],
)
def test_crisis_gets_the_crisis_line_and_no_booking(bot, message):
    sender = new_sender()
    bot.texts(sender, "hi")  # mid-conversation
    status, messages = bot.say(sender, message)
    assert status == 200
    text = " ".join(m.get("text") or "" for m in messages)
    assert "988" in text
    assert BOOKING_URL not in text and not any(m.get("buttons") for m in messages)


def test_emergency_says_call_now(bot):
    assert "911" in bot.texts(new_sender(), "my husband has chest pain and can't breathe")


@pytest.mark.parametrize("then", ["what do i do", "ok"])
def test_a_few_words_after_the_emergency_number_get_it_again(bot, then):
    sender = new_sender()
    assert "911" in bot.texts(sender, "my husband has chest pain and can't breathe")
    assert "911" in bot.texts(sender, then)


def test_a_greeting_with_the_bot_question_is_greeted_back(bot):
    sender = new_sender()
    bot.texts(sender, "do you take insurance?")  # the privacy notice comes first in a new one
    said = bot.texts(sender, "hello? is anybody there or is this automated")
    assert said.startswith("Hello!") and "virtual assistant" in said


def test_two_fallbacks_in_a_row_offer_renee(bot):
    sender = new_sender()
    bot.texts(sender, "hi")
    bot.texts(sender, "qwzx vbnm plk")
    assert SETTINGS.contact.email in bot.texts(sender, "zzkq jjxw rrtv")


def test_any_answer_can_be_followed_by_another_question(bot):
    sender = new_sender()
    bot.texts(sender, "do you need a prescription?")
    assert "Sciatic pain" in bot.texts(sender, "can massage help with sciatica")
    assert "insurance" in bot.texts(sender, "and do you take insurance").lower()


def test_a_long_conversation_keeps_working_and_loses_nothing(bot):
    """Past the store's read window (chatbot/server/tracker_store.py) the multi-turn paths still
    work, the earlier turns are all stored, and the session is not started again."""
    import sqlalchemy as sa

    sender = new_sender()
    questions = ["do you take insurance?", "can massage help with sciatica?", "hi", "thanks"]
    for i in range(20):  # about a hundred events, twice the window
        bot.texts(sender, questions[i % len(questions)])
    assert "Which condition" in bot.texts(sender, "can massage help me?")
    assert "Fibromyalgia" in bot.texts(sender, "fibromyalgia")
    bot.texts(sender, "qwzx vbnm plk")
    assert SETTINGS.contact.email in bot.texts(sender, "zzkq jjxw rrtv")
    engine = sa.create_engine(f"sqlite:///{bot.db}")
    with engine.connect() as db:
        rows = db.execute(
            sa.text(
                "SELECT type_name, count(*) FROM events WHERE sender_id = :s GROUP BY type_name"
            ),
            {"s": f"rest:{sender}"},
        ).all()
    engine.dispose()
    counts = dict(rows)
    assert counts["user"] == 24 and counts["session_started"] == 1


def test_twenty_messages_at_once_from_one_visitor_take_turns(bot):
    """All answered, all stored, each its own turn (chatbot.server.lock_store.InProcessLockStore)."""
    import json
    from concurrent.futures import ThreadPoolExecutor

    import sqlalchemy as sa

    sender = new_sender()
    questions = [f"do you take insurance? ({n})" for n in range(20)]
    with ThreadPoolExecutor(max_workers=20) as pool:
        answers = list(pool.map(lambda q: bot.say(sender, q), questions))
    assert all(status == 200 and messages for status, messages in answers)
    engine = sa.create_engine(f"sqlite:///{bot.db}")
    with engine.connect() as db:
        rows = db.execute(
            sa.text("SELECT data FROM events WHERE sender_id = :s ORDER BY id"),
            {"s": f"rest:{sender}"},
        ).all()
    engine.dispose()
    events = [json.loads(row.data) for row in rows]
    turns, current = [], None
    for event in events:
        if event["event"] == "user":
            assert current is None or current[-1] == "action_listen", "a turn was cut into"
            current = [event["text"]]
            turns.append(current)
        elif current is not None and event["event"] == "action":
            current.append(event["name"])
    assert sorted(turn[0] for turn in turns) == sorted(questions)
    assert all(turn[-1] == "action_listen" for turn in turns)
