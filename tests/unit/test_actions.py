"""Each custom action, run on a Tracker with a CollectingDispatcher."""

import pytest

from actions.conditions import ActionAnswerCondition
from actions.faq import ActionAnswerFaq
from actions.safety import (
    ActionContactTherapist,
    ActionCrisisResponse,
    ActionEmergencyResponse,
    ActionMedicalScope,
)
from actions.session import ActionFallback, ActionSessionStart
from tests.conftest import condition_entity


async def _run(action, tracker, dispatcher):
    return await action.run(dispatcher, tracker, domain={})


@pytest.mark.asyncio
async def test_condition_answer_for_a_listed_condition(make_tracker, dispatcher):
    tracker = make_tracker("ask_condition", [condition_entity("sciatic_pain")])
    events = await _run(ActionAnswerCondition(), tracker, dispatcher)
    assert events == [{"event": "slot", "timestamp": None, "name": "condition",
                       "value": ["sciatic_pain"]}]
    assert len(dispatcher.messages) == 1
    assert "Sciatic pain" in dispatcher.messages[0]["text"]
    assert dispatcher.messages[0]["buttons"]


@pytest.mark.asyncio
async def test_condition_answer_for_two_conditions(make_tracker, dispatcher):
    tracker = make_tracker("ask_condition", [condition_entity("cancer"), condition_entity("anxiety")])
    events = await _run(ActionAnswerCondition(), tracker, dispatcher)
    assert events[0]["value"] == ["cancer", "anxiety"]
    text = dispatcher.messages[0]["text"]
    assert "Cancer" in text and "Anxiety" in text and "oncology massage" in text


@pytest.mark.asyncio
async def test_unlisted_condition_is_answered_honestly(make_tracker, dispatcher):
    tracker = make_tracker("ask_condition", [condition_entity("plantar fasciitis", "unlisted_condition")])
    events = await _run(ActionAnswerCondition(), tracker, dispatcher)
    assert events[0]["value"] is None
    assert "Plantar fasciitis isn't one of" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_unknown_condition_value_is_ignored(make_tracker, dispatcher):
    tracker = make_tracker("ask_condition", [condition_entity("not_a_condition")])
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    assert "couldn't match that" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_general_help_asks_which_condition(make_tracker, dispatcher):
    events = await _run(ActionAnswerCondition(), make_tracker("ask_help_general"), dispatcher)
    assert events[0]["value"] is None
    assert "Which condition" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "intent, expected",
    [("faq_insurance", "not able to accept insurance"), ("faq_prescription", "prescription"),
     ("faq_blog", "https://example.com/blog"), ("faq_price", "I don't have"),
     ("faq_conditions", "Crick in the neck")],
)
async def test_faq_answers(make_tracker, dispatcher, intent, expected):
    assert await _run(ActionAnswerFaq(), make_tracker(intent), dispatcher) == []
    assert expected in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_faq_with_unknown_topic_asks_to_rephrase(make_tracker, dispatcher):
    await _run(ActionAnswerFaq(), make_tracker("faq_nonsense"), dispatcher)
    assert "another way" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_crisis_response_has_no_booking(make_tracker, dispatcher):
    assert await _run(ActionCrisisResponse(), make_tracker("crisis"), dispatcher) == []
    message = dispatcher.messages[0]
    assert "988" in message["text"] and not message["buttons"]
    assert "book" not in message["text"].lower()


@pytest.mark.asyncio
async def test_emergency_response_says_call_now(make_tracker, dispatcher):
    await _run(ActionEmergencyResponse(), make_tracker("emergency"), dispatcher)
    assert "call 911" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_emergency_that_is_also_a_crisis_adds_the_crisis_line(make_tracker, dispatcher):
    tracker = make_tracker("emergency")
    tracker.latest_message["intent_ranking"] = [{"name": "emergency", "confidence": 1.0},
                                                {"name": "crisis", "confidence": 1.0}]
    await _run(ActionEmergencyResponse(), tracker, dispatcher)
    assert "call 911" in dispatcher.messages[0]["text"] and "988" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_medical_scope_names_specialty_and_does_not_decide(make_tracker, dispatcher):
    await _run(ActionMedicalScope(), make_tracker("medical_advice", [condition_entity("cancer")]), dispatcher)
    text = dispatcher.messages[0]["text"]
    assert "healthcare provider" in text and "oncology massage" in text


@pytest.mark.asyncio
async def test_contact_therapist(make_tracker, dispatcher):
    await _run(ActionContactTherapist(), make_tracker("request_human"), dispatcher)
    assert "hello@example.com" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_session_start_shows_privacy_notice(make_tracker, dispatcher):
    events = await _run(ActionSessionStart(), make_tracker(), dispatcher)
    assert [e["event"] for e in events] == ["session_started", "action"]
    assert "virtual assistant" in dispatcher.messages[0]["text"]


def _turn(action):
    return [{"event": "user", "text": "??"}, {"event": "action", "name": action}]


@pytest.mark.asyncio
async def test_fallback_first_asks_to_rephrase(make_tracker, dispatcher):
    events = _turn("action_answer_faq") + [{"event": "user", "text": "??"}]
    await _run(ActionFallback(), make_tracker("nlu_fallback", events=events), dispatcher)
    assert "another way" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_fallback_twice_in_a_row_offers_renee(make_tracker, dispatcher):
    events = _turn("action_fallback") + [{"event": "user", "text": "??"}]
    await _run(ActionFallback(), make_tracker("nlu_fallback", events=events), dispatcher)
    assert "hello@example.com" in dispatcher.messages[0]["text"]
