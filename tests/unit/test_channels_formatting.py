"""Replies fitted to each platform: limits, quick replies, SMS menus and choices."""

from __future__ import annotations

import re

import pytest

from chatbot.channels import formatting as fmt
from chatbot.practice.wording import buttons as wording_buttons

BUTTONS = wording_buttons("booking", "what_is", "another")
URL = "https://example.org/book-a-session?with=renee"
LONG = ("Medical Massage can help. " * 40 + URL + "\n\n") * 12  # ~13 000 characters


@pytest.mark.parametrize("limit", [50, 160, 1600, 4096])
def test_split_respects_the_limit_and_keeps_every_word(limit):
    parts = fmt.split_text(LONG, limit)
    assert all(0 < len(p) <= limit for p in parts)
    assert " ".join(parts).split() == LONG.split()


def test_split_never_cuts_a_link():
    for part in fmt.split_text(LONG, 300):
        for token in part.split():
            assert token == URL or not token.startswith("http")


def test_split_prefers_paragraphs_and_leaves_short_text_alone():
    assert fmt.split_text("First paragraph.\n\nSecond one.", 25) == [
        "First paragraph.",
        "Second one.",
    ]
    assert fmt.split_text("  short  ", 10) == ["short"]
    assert fmt.split_text("", 10) == []
    assert fmt.split_text("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]


def test_telegram_long_answer_split_at_4096_with_keyboard_on_last_part():
    messages = fmt.telegram_messages(LONG, BUTTONS)
    assert len(messages) > 1 and all(len(m["text"]) <= 4096 for m in messages)
    assert "reply_markup" not in messages[0]
    rows = messages[-1]["reply_markup"]["inline_keyboard"]
    assert [r[0]["callback_data"] for r in rows] == [b["payload"] for b in BUTTONS]
    assert [r[0]["text"] for r in rows] == [b["title"] for b in BUTTONS]


def test_telegram_drops_buttons_whose_payload_is_too_long():
    long_payload = [{"title": "x", "payload": "/" + "a" * 64}]
    assert "reply_markup" not in fmt.telegram_messages("hi", long_payload)[0]


def test_messenger_quick_replies_fit_its_limits():
    many = [{"title": f"Option number {i} is long", "payload": f"/p{i}"} for i in range(20)]
    messages = fmt.messenger_messages(LONG, many)
    assert all(len(m["text"]) <= 2000 for m in messages)
    quick = messages[-1]["quick_replies"]
    assert len(quick) == 13
    assert all(len(q["title"]) <= 20 and q["content_type"] == "text" for q in quick)
    assert fmt.messenger_messages("hi", BUTTONS)[0]["quick_replies"][1]["title"] == (
        "What is Medical Mas…"
    )


def test_slack_sections_escaped_and_within_3000():
    messages = fmt.slack_messages("Tom & Jerry <3 " * 400 + URL, BUTTONS)
    blocks = [b for _, bs in messages for b in bs]
    sections = [b for b in blocks if b["type"] == "section"]
    assert all(len(s["text"]["text"]) <= 3000 for s in sections)
    assert all(s["text"]["type"] == "mrkdwn" for s in sections)
    assert "&amp;" in sections[0]["text"]["text"] and "<3" not in sections[0]["text"]["text"]
    assert URL in sections[-1]["text"]["text"]  # bare URL: Slack makes it a link
    actions = blocks[-1]
    assert actions["type"] == "actions"
    assert [e["value"] for e in actions["elements"]] == [b["payload"] for b in BUTTONS]


def test_sms_numbered_menu_and_choice():
    (body,) = fmt.sms_messages("Would you like to book?", BUTTONS)
    assert "1. Book a session\n2. What is Medical Massage?\n3. Ask another question" in body
    assert fmt.chosen_payload("2", BUTTONS) == "/faq_what_is"
    assert fmt.chosen_payload(" 3. ", BUTTONS) == "/ask_help_general"
    assert fmt.chosen_payload("#1", BUTTONS) == "/faq_booking"
    for reply in ("4", "0", "two", "12 sessions", ""):
        assert fmt.chosen_payload(reply, BUTTONS) is None
    assert fmt.chosen_payload("1", []) is None


def test_sms_long_answer_split_and_kept_in_gsm7():
    text = "Renée’s answer – with “quotes” • and ™. " * 100
    bodies = fmt.sms_messages(text, BUTTONS)
    assert len(bodies) > 1 and all(len(b) <= fmt.SMS_MAX for b in bodies)
    assert all(fmt.is_gsm7(b) for b in bodies)  # one curly quote would halve a segment
    assert re.search(r"1\. Book a session", bodies[-1])


@pytest.mark.parametrize(
    "text,segments",
    [("a" * 160, 1), ("a" * 161, 2), ("a" * 306, 2), ("a" * 307, 3), ("é" * 160, 1),
     ("€" * 80, 1), ("€" * 81, 2), ("ł" * 70, 1), ("ł" * 71, 2), ("😀" * 35, 1)],
)  # fmt: skip
def test_sms_segments(text, segments):
    assert fmt.sms_segments(text) == segments
