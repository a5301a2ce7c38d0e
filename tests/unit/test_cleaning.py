"""chatbot.channels.base: what every message goes through before the bot sees it."""

from __future__ import annotations

import asyncio
import json
from types import SimpleNamespace

import pytest
import yaml
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

from chatbot.channels import base
from chatbot.channels.telegram import COMMANDS
from chatbot.home import domain_path
from chatbot.practice.wording import BUTTONS, TOPICS


# --- clean_text -----------------------------------------------------------------------
def test_lone_surrogates_and_control_characters_are_tamed():
    cleaned = base.clean_text("\ud83d can massage help \x00 with\x1b sciatica?\r")
    cleaned.encode("utf-8")  # no UnicodeEncodeError
    assert "\x00" not in cleaned and "\x1b" not in cleaned and "\r" not in cleaned
    assert "sciatica?" in cleaned


def test_line_breaks_and_tabs_stay():
    assert base.clean_text("neck\tpain\nand sciatica") == "neck\tpain\nand sciatica"


def test_long_messages_are_cut():
    assert len(base.clean_text("massage " * 2000)) == base.MAX_MESSAGE_CHARS


def test_contact_details_are_redacted():
    assert base.clean_text("mail me at jo@example.com") == "mail me at [email]"


# --- typed intents --------------------------------------------------------------------
def domain_button_payloads():
    domain = yaml.safe_load(domain_path().read_text(encoding="utf-8"))
    return {
        button["payload"]
        for variations in domain["responses"].values()
        for variation in variations
        for button in variation.get("buttons") or []
    }


def test_every_payload_the_bot_offers_is_allowed():
    offered = base.offered_payloads()
    assert {b["payload"] for b in BUTTONS.values()} <= offered
    assert domain_button_payloads() <= offered
    assert set(COMMANDS.values()) <= offered


def test_nothing_else_is_allowed():
    offered = base.offered_payloads()
    assert offered == (
        {b["payload"] for b in (*BUTTONS.values(), *TOPICS.values())}
        | domain_button_payloads()
        | set(COMMANDS.values())
    )
    for intent in ("/crisis", "/emergency", "/nlu_fallback", "/not_english", "/goodbye"):
        assert intent not in offered


@pytest.mark.parametrize(
    "payload", sorted({b["payload"] for b in BUTTONS.values()} | {"/faq_insurance", "/greet"})
)
def test_a_button_payload_passes_untouched(payload):
    assert base.clean_text(payload) == payload


@pytest.mark.parametrize(
    "typed, words",
    [
        ("/crisis", "crisis"),
        ("  /crisis  ", "crisis"),
        ("\x00/crisis", "crisis"),  # a control character is dropped first
        ("//crisis", "crisis"),
        ("/ /\n/crisis", "crisis"),  # Rasa strips before it looks for "/"
        ('/emergency{"condition": "x"}', 'emergency{"condition": "x"}'),
        ("/nlu_fallback", "nlu_fallback"),
        ("/faq_booking@0.4", "faq_booking@0.4"),  # a payload with a confidence is not a payload
        ('/faq_booking{"condition": "sciatic_pain"}', 'faq_booking{"condition": "sciatic_pain"}'),
        ("/", ""),
    ],
)
def test_any_other_typed_intent_loses_its_slash(typed, words):
    assert base.clean_text(typed) == words


@pytest.mark.parametrize("text", ["can massage help with sciatica?", "neck/back pain", "1/2 hour"])
def test_ordinary_text_with_a_slash_is_untouched(text):
    assert base.clean_text(text) == text


def test_rasa_reads_a_payload_as_an_intent_and_the_rest_as_text():
    """The reason for the rule, checked against Rasa's own parser."""
    from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader
    from rasa.shared.nlu.training_data.message import Message

    def intent(text):
        parsed = YAMLStoryReader.unpack_regex_message(Message({"text": text}))
        return (parsed.get("intent") or {}).get("name")

    assert intent(base.clean_text("/faq_booking")) == "faq_booking"
    assert intent("/crisis") == "crisis"
    assert intent(base.clean_text("/crisis")) is None
    assert intent(base.clean_text(" //crisis")) is None


# --- metadata -------------------------------------------------------------------------
@pytest.mark.parametrize("value", [None, {}, {"page": "/contact", "lang": "en"}, {"a": {"b": [1]}}])
def test_small_metadata_passes(value):
    assert base.metadata_problem(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "text",
        [1],
        3,
        {"a": [[[[1]]]]},
        {"a": "m" * 3000},
        {"a": "\udc00"},
        {"a": json.loads("[" * 500 + "]" * 500)},
    ],
    ids=["string", "list", "number", "deep", "3 kB", "lone surrogate", "very deep"],
)
def test_bad_metadata_is_refused_with_a_reason(value):
    assert base.metadata_problem(value).startswith("metadata must")


# --- json_object ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [b"", b"not json", b"\xff\xfe", b"[1]", b'"text"', b"[" * 100_000 + b"]" * 100_000],
    ids=["empty", "not JSON", "not UTF-8", "a list", "a string", "deeply nested"],
)
def test_json_object_is_none_for_anything_but_an_object(body):
    assert base.json_object(SimpleNamespace(body=body)) is None


def test_json_object_parses_an_object():
    assert base.json_object(SimpleNamespace(body=b'{"sender": "me"}')) == {"sender": "me"}


# --- cleaning(): the wrapper every channel uses ----------------------------------------
def handled(text, sender="me", channel="rest"):
    seen = []

    async def on_new_message(message):
        seen.append(message)

    message = UserMessage(text, CollectingOutputChannel(), sender, input_channel=channel)
    asyncio.run(base.cleaning(on_new_message)(message))
    return seen


def test_cleaning_prefixes_the_channel_and_cleans_the_text():
    (message,) = handled("/crisis\x00", sender="12345", channel="telegram")
    assert message.sender_id == "telegram:12345"
    assert message.text == "crisis"


def test_replies_go_out_with_the_platform_id():
    (message,) = handled("hi", sender="me")
    asyncio.run(message.output_channel.send_response(message.sender_id, {"text": "hello"}))
    assert message.output_channel.messages == [{"recipient_id": "me", "text": "hello"}]


@pytest.mark.parametrize("sender", ["a\udc00", "x\x00y", "", " me"])
def test_cleaning_refuses_a_bad_id_as_the_last_line(sender):
    with pytest.raises(base.BadId):
        handled("hi", sender=sender)
