"""Each custom action, run on a Tracker with a CollectingDispatcher."""

from typing import Any, Dict, List

import pytest
from rasa_sdk.events import SlotSet

from actions._turn import after_a_sure_emergency_number
from actions.conditions import ActionAcknowledge, ActionAnswerCondition
from actions.faq import ActionAnswerFaq
from actions.repeat import ActionRepeatAnswer
from actions.safety import (
    ActionContactTherapist,
    ActionCrisisFollowUp,
    ActionCrisisResponse,
    ActionEmergencyFollowUp,
    ActionEmergencyResponse,
    ActionLanguageNotice,
    ActionMedicalScope,
)
from actions.session import (
    ActionAnswerPrivacy,
    ActionFallback,
    ActionSayWhatIAm,
    ActionSessionStart,
)
from chatbot.nlu import dialogue
from chatbot.practice import wording
from chatbot.practice.knowledge import knowledge
from chatbot.practice.settings import settings
from tests.conftest import condition_entity


async def _run(action, tracker, dispatcher):
    return await action.run(dispatcher, tracker, domain={})


@pytest.mark.asyncio
async def test_condition_answer_for_a_listed_condition(make_tracker, dispatcher):
    tracker = make_tracker("ask_condition", [condition_entity("sciatic_pain")])
    events = await _run(ActionAnswerCondition(), tracker, dispatcher)
    assert events == [
        {"event": "slot", "timestamp": None, "name": "condition", "value": ["sciatic_pain"]},
        {"event": "slot", "timestamp": None, "name": "unlisted_condition", "value": None},
    ]
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
async def test_asked_whether_massage_cures_it_the_answer_says_it_is_not_medicine(make_tracker,
                                                                                  dispatcher):
    kb = knowledge()
    tracker = make_tracker("ask_condition", [condition_entity("parkinsons")],
                           text="parkinsons. can massage slow the disease down?")
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    text = dispatcher.messages[0]["text"]
    assert kb.facts["not_medicine"] in text and kb.facts["disclaimer"] not in text
    # ... and that whether it will slow it is the provider's to say
    assert wording.SCOPE_LINE in text
    dispatcher.messages.clear()
    plain = make_tracker("ask_condition", [condition_entity("parkinsons")], text="parkinsons")
    await _run(ActionAnswerCondition(), plain, dispatcher)
    assert kb.facts["disclaimer"] in dispatcher.messages[0]["text"]
    assert wording.SCOPE_LINE not in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_an_unlisted_symptom_of_a_named_condition_is_not_answered_apart(make_tracker,
                                                                              dispatcher):
    entities = [condition_entity("parkinsons"), condition_entity("tremor", "unlisted_condition")]
    events = await _run(ActionAnswerCondition(), make_tracker("ask_condition", entities),
                        dispatcher)
    assert [m["text"][:len("Yes: Parkinson's")] for m in dispatcher.messages] == [
        "Yes: Parkinson's"]
    assert events[1]["value"] is None  # no unlisted condition to follow up


@pytest.mark.asyncio
async def test_a_question_naming_no_condition_keeps_the_conversations(make_tracker, dispatcher):
    tracker = make_tracker("ask_condition", text="what causes the shaking in the morning",
                           slots={"condition": ["parkinsons"]})
    assert await _run(ActionAnswerCondition(), tracker, dispatcher) == []
    assert "couldn't match" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_unlisted_condition_is_answered_honestly(make_tracker, dispatcher):
    tracker = make_tracker("ask_condition", [condition_entity("plantar fasciitis", "unlisted_condition")])
    events = await _run(ActionAnswerCondition(), tracker, dispatcher)
    assert events[0]["value"] is None
    assert "Plantar fasciitis isn't one of" in dispatcher.messages[0]["text"]


    assert "Which condition or symptoms" not in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_a_body_part_that_hurts_is_unlisted_and_asks_which_condition(make_tracker, dispatcher):
    tracker = make_tracker("ask_condition", [condition_entity("knee pain", "unlisted_condition")])
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    text = dispatcher.messages[0]["text"]
    assert "Knee pain isn't one of" in text
    assert wording.ask_which_condition(knowledge()).text in text


@pytest.mark.asyncio
async def test_unknown_condition_value_is_ignored(make_tracker, dispatcher):
    tracker = make_tracker("ask_condition", [condition_entity("not_a_condition")])
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    assert "couldn't match that" in dispatcher.messages[0]["text"]
    assert wording.ask_which_condition(knowledge()).text in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_general_help_asks_which_condition(make_tracker, dispatcher):
    events = await _run(ActionAnswerCondition(), make_tracker("ask_help_general"), dispatcher)
    assert events == []  # what the conversation was about stays remembered
    assert "Which condition" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_a_safety_question_about_an_unnamed_condition_asks_which_and_gives_the_scope(
        make_tracker, dispatcher):
    ranking = [{"name": "ask_help_general", "confidence": 0.6},
               {"name": "medical_advice", "confidence": 0.3}]
    tracker = make_tracker("ask_help_general", text="is massage ok with my condition?",
                           intent_ranking=ranking)
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    text = dispatcher.messages[0]["text"]
    assert "Which condition" in text and wording.SCOPE_LINE in text
    # asked plainly, no scope line
    plain = make_tracker("ask_help_general", text="i have a condition",
                         intent_ranking=[{"name": "ask_help_general", "confidence": 0.9}])
    dispatcher.messages.clear()
    await _run(ActionAnswerCondition(), plain, dispatcher)
    assert wording.SCOPE_LINE not in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_an_unnamed_condition_after_a_named_one_is_that_one(make_tracker, dispatcher):
    tracker = make_tracker("ask_help_general", text="is massage safe with my condition?",
                           slots={"condition": ["migraine"]})
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    text = dispatcher.messages[0]["text"]
    assert "Migraine" in text and wording.SCOPE_LINE in text


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "intent, expected",
    [("faq_insurance", "not able to accept insurance"), ("faq_prescription", "You don't need a prescription"),
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
    assert await _run(ActionCrisisResponse(), make_tracker("crisis"), dispatcher) == [
        _line_given(True)
    ]
    message = dispatcher.messages[0]
    assert "988" in message["text"] and not message["buttons"]
    assert "book" not in message["text"].lower()


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "text",
    ["my family would be better off without me. anyway do you take insurance",
     "I'm going to kill myself tonight, where are you located?",
     "how many of my prescription sleeping pills would it take to not wake up?"],
)  # fmt: skip
async def test_a_sure_crisis_answer_is_the_line_alone_whatever_else_is_asked(
    make_tracker, dispatcher, text
):
    tracker = make_tracker("crisis", text=text)
    assert await _run(ActionCrisisResponse(), tracker, dispatcher) == [_line_given(True)]
    (line,) = dispatcher.messages
    assert "988" in line["text"] and not line["buttons"]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "action, intent, text, language, notice",
    [(ActionCrisisResponse, "crisis", "Je veux mourir. Je ne sais plus quoi faire.", "fr", True),
     (ActionEmergencyResponse, "emergency", "mon père n'arrive plus à respirer", "fr", True),
     (ActionCrisisResponse, "crisis", "ya no quiero vivir", "es", False),
     (ActionEmergencyResponse, "emergency", "my dad can't breathe", None, False)],
)  # fmt: skip
async def test_a_safety_answer_in_english_to_another_language_says_so(
    make_tracker, dispatcher, action, intent, text, language, notice
):
    tracker = make_tracker(intent, text=text, language=language, safety_rule="crisis:1")
    await _run(action(), tracker, dispatcher)
    assert ("988" in dispatcher.messages[0]["text"]) is (intent == "crisis")
    said = " ".join(m["text"] for m in dispatcher.messages[1:])
    assert ("I can only answer in English" in said) is notice
    assert not any(m["buttons"] for m in dispatcher.messages)


def _line_given(sure):
    return {"event": "slot", "timestamp": None, "name": "crisis_line_given", "value": sure}


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "intent, text, language, says",
    [("acknowledge", "no I'm not ok", None, "I'm still here"),
     ("nlu_fallback", "no sé qué hacer", "es", "Sigo aquí"),
     ("thank", "thanks for answering me", None, "You're welcome! Please take care"),
     ("thank", "thanks, I'll call them tomorrow", None, "You're welcome! Please take care"),
     ("goodbye", "bye", None, "Please take care")],
)  # fmt: skip
async def test_the_message_after_the_crisis_line_gets_it_again(
    make_tracker, dispatcher, intent, text, language, says
):
    tracker = make_tracker(intent, text=text, language=language)
    assert await _run(ActionCrisisFollowUp(), tracker, dispatcher) == []
    (message,) = dispatcher.messages
    assert message["text"].startswith(says) and "988" in message["text"]
    assert not message["buttons"]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "intent, text, language, says",
    [("thank", "thanks, I'll call them", None, "You're welcome! I'm glad you're reaching out"),
     ("acknowledge", "ok i'll text them", None, "I'm glad you're reaching out"),
     ("thank", "ok gracias, ya los llamo", "es", "¡De nada! Me alegra"),
     # help said to come is no call made: "they" may be anyone
     ("acknowledge", "they're coming to get me", None, "I'm still here")],
)  # fmt: skip
async def test_word_that_the_line_is_being_called_needs_it_no_more(
    make_tracker, dispatcher, intent, text, language, says
):
    tracker = make_tracker(intent, text=text, language=language)
    await _run(ActionCrisisFollowUp(), tracker, dispatcher)
    (message,) = dispatcher.messages
    assert message["text"].startswith(says)
    assert ("988" in message["text"]) is says.startswith("I'm still here")


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
@pytest.mark.parametrize("sure", [True, False])
async def test_an_emergency_right_after_the_crisis_line_keeps_the_line(make_tracker, dispatcher, sure):
    tracker = make_tracker("emergency", text="its still bleeding a lot and wont stop",
                           **_after_the_crisis_line(sure))
    await _run(ActionEmergencyResponse(), tracker, dispatcher)
    text = dispatcher.messages[0]["text"]
    assert "call 911" in text and ("988" in text) is sure


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
async def test_a_request_to_reach_renee_about_a_condition_answers_it_first(make_tracker,
                                                                          dispatcher):
    tracker = make_tracker("request_human", [condition_entity("tennis_golfers_elbow")],
                           text="can I send my client with golfer's elbow to Renée?")
    events = await _run(ActionContactTherapist(), tracker, dispatcher)
    texts = [m["text"] for m in dispatcher.messages]
    assert texts[0].startswith("Yes: Tennis") and "hello@example.com" in texts[1]
    assert events[0]["value"] == ["tennis_golfers_elbow"]


@pytest.mark.asyncio
async def test_a_privacy_question_is_answered_with_a_named_condition_first(make_tracker,
                                                                          dispatcher):
    plain = make_tracker("ask_privacy", text="is this chat private?")
    assert await _run(ActionAnswerPrivacy(), plain, dispatcher) == []
    assert [m["text"] for m in dispatcher.messages] == [wording.privacy_answer(settings()).text]
    dispatcher.messages.clear()
    tracker = make_tracker("ask_privacy", [condition_entity("abuse_survivor")],
                           text="is this private? I want to ask about my abuse history")
    events = await _run(ActionAnswerPrivacy(), tracker, dispatcher)
    texts = [m["text"] for m in dispatcher.messages]
    assert texts[0].startswith("Yes: Abuse") and wording.WHO_READS in texts[1]
    assert events[0]["value"] == ["abuse_survivor"]


def test_the_bot_says_what_it_is_in_the_same_words_everywhere():
    import yaml

    from tests.nlu_data import ROOT

    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    assert all(v["text"].startswith(wording.BOT_IDENTITY + " ")
               for v in domain["responses"]["utter_iamabot"])


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


@pytest.mark.asyncio
@pytest.mark.parametrize("asked, text, detail",
                         [("faq_booking", "Dana Whitfield", True),
                          ("faq_booking", "its under Kowalski", True),
                          ("faq_booking", "hmm I am not sure what you mean by all that", False),
                          ("faq_price", "Dana Whitfield", False)])  # fmt: skip
async def test_a_name_after_the_way_to_book_is_a_booking_she_makes_herself(
    make_tracker, dispatcher, asked, text, detail
):
    events = [{"event": "user", "text": "can I book thursday at 4",
               "parse_data": {"intent": {"name": asked}}},
              {"event": "action", "name": "action_answer_faq"},
              {"event": "user", "text": text}]  # fmt: skip
    await _run(ActionFallback(), make_tracker("nlu_fallback", text=text, events=events),
               dispatcher)
    reply = dispatcher.messages[0]["text"]
    booking = wording.faq_answer("booking", knowledge(), settings()).text
    assert (booking in reply and "can't make or look up bookings" in reply) is detail


# --- follow-ups: the conversation's condition answers a message that names none -------

REMEMBERED = {"condition": ["cancer"]}


@pytest.mark.asyncio
async def test_is_that_safe_after_a_condition_answers_that_condition(make_tracker, dispatcher):
    tracker = make_tracker("medical_advice", slots=REMEMBERED)
    await _run(ActionMedicalScope(), tracker, dispatcher)
    text = dispatcher.messages[0]["text"]
    assert "Cancer is a longer-term or chronic condition" in text
    assert "healthcare provider" in text and "oncology massage" in text


@pytest.mark.asyncio
async def test_can_she_diagnose_me_also_says_what_the_page_says_about_diagnosing(
    make_tracker, dispatcher
):
    tracker = make_tracker("medical_advice", text="can she diagnose what's wrong with my back?")
    await _run(ActionMedicalScope(), tracker, dispatcher)
    said = " ".join(m["text"] for m in dispatcher.messages)
    assert "healthcare provider" in said and "not the practice of medicine" in said


@pytest.mark.asyncio
async def test_a_named_condition_wins_over_the_remembered_one(make_tracker, dispatcher):
    tracker = make_tracker("medical_advice", [condition_entity("migraine")], slots=REMEMBERED)
    await _run(ActionMedicalScope(), tracker, dispatcher)
    text = dispatcher.messages[0]["text"]
    assert "Migraine is" in text and "Cancer" not in text


@pytest.mark.asyncio
async def test_safety_question_about_an_unlisted_condition_is_honest(make_tracker, dispatcher):
    entity = condition_entity("deep vein thrombosis", "unlisted_condition")
    tracker = make_tracker("medical_advice", [entity], slots=REMEMBERED)
    await _run(ActionMedicalScope(), tracker, dispatcher)
    text = dispatcher.messages[0]["text"]
    assert "Deep vein thrombosis isn't one of the conditions" in text
    assert "healthcare provider" in text and "Cancer" not in text


@pytest.mark.asyncio
async def test_are_you_trained_for_that_names_the_training_it_calls_for(make_tracker, dispatcher):
    await _run(ActionAnswerFaq(), make_tracker("faq_training", slots=REMEMBERED), dispatcher)
    text = dispatcher.messages[0]["text"]
    assert "Cancer is a longer-term" in text and "oncology massage" in text


@pytest.mark.parametrize(
    "action, intent, text, condition, first",
    [(ActionAnswerCondition, "ask_condition", "would she let me stop any time?",
      "abuse_survivor", "Abuse survivor"),
     # read as another topic: the remembered condition still says how she works with it
     (ActionAnswerFaq, "faq_what_is", "can I stop anytime?", "ptsd", "Medical Massage is"),
     (ActionAnswerFaq, "faq_training", "is she trained in this specifically?", "ptsd",
      "trained in all three"),
     (ActionMedicalScope, "medical_advice", "is massage safe with my PTSD? what if I freeze up?",
      "ptsd", wording.SCOPE_LINE)],
)  # fmt: skip
@pytest.mark.asyncio
async def test_how_she_works_with_a_trauma_condition_adds_trauma_touch_therapy(
    make_tracker, dispatcher, action, intent, text, condition, first
):
    tracker = make_tracker(intent, text=text, slots={"condition": [condition]})
    await _run(action(), tracker, dispatcher)
    texts = [m["text"] for m in dispatcher.messages]
    assert first in texts[0]
    assert any(t.startswith("Renée offers Trauma Touch Therapy™ services") for t in texts)


@pytest.mark.asyncio
async def test_booking_does_not_repeat_the_remembered_condition(make_tracker, dispatcher):
    await _run(ActionAnswerFaq(), make_tracker("faq_booking", slots=REMEMBERED), dispatcher)
    assert "Cancer" not in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_a_faq_question_naming_a_condition_names_it_too(make_tracker, dispatcher):
    tracker = make_tracker("faq_insurance", [condition_entity("sciatic_pain")])
    await _run(ActionAnswerFaq(), tracker, dispatcher)
    text = dispatcher.messages[0]["text"]
    assert "not able to accept insurance" in text and "Sciatic pain is generally" in text


@pytest.mark.parametrize(
    "service, named",
    [("prenatal", "Pregnancy is generally"), ("mld", "Lymphedema/lipedema is"),
     ("trauma_touch", None)],
)  # fmt: skip
@pytest.mark.asyncio
async def test_a_question_about_a_service_names_the_condition_it_is_for(
    make_tracker, dispatcher, service, named
):
    entity = {"entity": "service", "value": service, "start": 0, "end": 3}
    await _run(ActionAnswerFaq(), make_tracker("faq_training", [entity]), dispatcher)
    text = dispatcher.messages[0]["text"]
    assert "trained in all three" in text
    if named:
        assert named in text
    else:  # a service for several conditions names none of them
        assert "On Renée's list" not in text


@pytest.mark.asyncio
async def test_would_you_work_with_her_answers_the_remembered_condition(make_tracker, dispatcher):
    tracker = make_tracker("ask_help_general", text="would you work with her once she's ok?",
                           slots={"condition": ["assault_survivor"]})  # fmt: skip
    events = await _run(ActionAnswerCondition(), tracker, dispatcher)
    assert "Assault survivor" in dispatcher.messages[0]["text"]
    assert events[0]["value"] == ["assault_survivor"]


@pytest.mark.asyncio
async def test_sessions_for_all_that_names_every_condition_of_the_conversation(
    make_tracker, dispatcher
):
    events = [
        {"event": "user", "text": "I've got sciatica"},
        {"event": "slot", "name": "condition", "value": ["sciatic_pain"]},
        {"event": "user", "text": "and arthritis"},
        {"event": "slot", "name": "condition", "value": ["arthritis"]},
        {"event": "user", "text": "how many sessions for all that?"},
    ]
    tracker = make_tracker("faq_sessions", text="how many sessions for all that?",
                           events=events, slots={"condition": ["arthritis"]})  # fmt: skip
    await _run(ActionAnswerFaq(), tracker, dispatcher)
    text = dispatcher.messages[0]["text"]
    assert "Sciatic pain" in text and "Arthritis" in text


@pytest.mark.asyncio
async def test_an_unlisted_answer_forgets_the_listed_condition(make_tracker, dispatcher):
    entity = condition_entity("plantar fasciitis", "unlisted_condition")
    tracker = make_tracker("ask_condition", [entity], slots=REMEMBERED)
    events = await _run(ActionAnswerCondition(), tracker, dispatcher)
    assert "Cancer" not in dispatcher.messages[0]["text"]
    assert [e["value"] for e in events] == [None, ["plantar fasciitis"]]


@pytest.mark.asyncio
async def test_an_unlisted_answer_does_not_offer_back_what_the_visitor_ruled_out(
    make_tracker, dispatcher
):
    # "Mum has dementia. Not Alzheimer's, the neurologist was very clear."
    entity = condition_entity("dementia", "unlisted_condition")
    ruled_out = {dialogue.RULED_OUT_KEY: ["alzheimers"]}
    tracker = make_tracker("ask_condition", [entity], **ruled_out)
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    text = dispatcher.messages[0]["text"]
    assert "Dementia isn't one of the conditions" in text
    assert "Alzheimer's" not in text
    dispatcher.messages.clear()
    await _run(ActionAnswerCondition(), make_tracker("ask_condition", [entity]), dispatcher)
    assert "A related condition is on Renée's list: Alzheimer's" in dispatcher.messages[0]["text"]


# --- safety replies: how sure, which language ---------------------------------------


@pytest.mark.asyncio
async def test_an_unsure_classifier_crisis_keeps_the_line_and_says_what_else(make_tracker,
                                                                              dispatcher):
    await _run(ActionCrisisResponse(), make_tracker("crisis", confidence=0.35), dispatcher)
    text = dispatcher.messages[0]["text"]
    assert "988" in text and "misread" in text and "Medical Massage" in text


@pytest.mark.asyncio
async def test_an_unsure_crisis_guess_also_answers_the_condition_it_names(make_tracker,
                                                                          dispatcher):
    tracker = make_tracker("crisis", [condition_entity("crick_in_the_neck")], confidence=0.34,
                           text="I slept wrong and now I can't turn my head")
    events = await _run(ActionCrisisResponse(), tracker, dispatcher)
    crisis, answer = (m["text"] for m in dispatcher.messages)
    assert "988" in crisis and "misread" in crisis
    assert "Crick in the neck is on Renée's list" in answer
    assert events == [_line_given(False),
                      {"event": "slot", "timestamp": None, "name": "condition",
                       "value": ["crick_in_the_neck"]}]


@pytest.mark.asyncio
async def test_an_unsure_crisis_guess_also_answers_a_question_ranked_next(make_tracker,
                                                                         dispatcher):
    ranking = [{"name": "crisis", "confidence": 0.45}, {"name": "faq_booking", "confidence": 0.3}]
    tracker = make_tracker("crisis", confidence=0.45, intent_ranking=ranking,
                           text="I'm dying for a good massage honestly")
    await _run(ActionCrisisResponse(), tracker, dispatcher)
    assert len(dispatcher.messages) == 2
    assert "988" in dispatcher.messages[0]["text"]
    assert dispatcher.messages[1]["text"] == wording.faq_answer(
        "booking", knowledge(), settings()).text


@pytest.mark.asyncio
async def test_an_unsure_crisis_guess_answers_the_topic_it_names_before_the_next_guess(
    make_tracker, dispatcher
):
    ranking = [{"name": "crisis", "confidence": 0.45}, {"name": "faq_booking", "confidence": 0.3}]
    tracker = make_tracker("crisis", confidence=0.45, intent_ranking=ranking,
                           text="do I have to be totally naked")
    await _run(ActionCrisisResponse(), tracker, dispatcher)
    assert "988" in dispatcher.messages[0]["text"]
    assert dispatcher.messages[1]["text"] == wording.faq_answer(
        "visit", knowledge(), settings()).text


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "intent, text, scope",
    [("faq_medicine_chiro", "does medical massage cure fibromyalgia?", True),
     ("faq_what_is", "Can medical massage replace my physical therapy?", True),
     ("faq_what_is", "what is medical massage?", False),
     ("faq_price", "can massage cure it for less than physio costs?", False)],
)  # fmt: skip
async def test_whether_it_stands_in_for_care_adds_the_scope_line(make_tracker, dispatcher, intent,
                                                                 text, scope):
    await _run(ActionAnswerFaq(), make_tracker(intent, text=text), dispatcher)
    assert (wording.SCOPE_LINE in [m["text"] for m in dispatcher.messages]) is scope


@pytest.mark.asyncio
async def test_a_sure_crisis_answers_nothing_else(make_tracker, dispatcher):
    ranking = [{"name": "crisis", "confidence": 0.9}, {"name": "faq_booking", "confidence": 0.3}]
    tracker = make_tracker("crisis", [condition_entity("depression")], confidence=0.9,
                           intent_ranking=ranking)
    assert await _run(ActionCrisisResponse(), tracker, dispatcher) == [_line_given(True)]
    assert len(dispatcher.messages) == 1


@pytest.mark.asyncio
async def test_a_crisis_rule_is_sure_whatever_the_confidence(make_tracker, dispatcher):
    tracker = make_tracker("crisis", confidence=0.35, safety_rule="crisis:3")
    await _run(ActionCrisisResponse(), tracker, dispatcher)
    assert "misread" not in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_a_spanish_crisis_is_answered_in_spanish(make_tracker, dispatcher):
    tracker = make_tracker("crisis", safety_rule="crisis_es:1", language="es")
    await _run(ActionCrisisResponse(), tracker, dispatcher)
    text = dispatcher.messages[0]["text"]
    assert "988" in text and "oprima 2" in text and "911" in text


@pytest.mark.asyncio
async def test_a_spanish_emergency_is_answered_in_spanish(make_tracker, dispatcher):
    tracker = make_tracker("emergency", safety_rule="emergency_es:1", language="es")
    await _run(ActionEmergencyResponse(), tracker, dispatcher)
    assert "llame al 911" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
@pytest.mark.parametrize("language, hedge", [("es", "entendido mal"), ("fr", "misread")])
async def test_a_crisis_the_learned_model_alone_read_unsure_is_answered_as_maybe_wrong(
    make_tracker, dispatcher, language, hedge
):
    ranking = [{"name": "crisis", "confidence": 1.0}, {"name": "faq_booking", "confidence": 0.3}]
    tracker = make_tracker("crisis", safety_rule="learned model, unsure", language=language,
                           intent_ranking=ranking)
    assert await _run(ActionCrisisResponse(), tracker, dispatcher) == [_line_given(False)]
    # The line stays; no English guess at what a message in another language asks.
    assert len(dispatcher.messages) == 1
    text = dispatcher.messages[0]["text"]
    assert "988" in text and "911" in text and hedge in text


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "rule, language, hedge, sure",
    [("learned model, unsure", "es", "entendido mal", False),
     ("learned model", "es", "entendido mal", True),
     ("emergency_es:1", "es", "entendido mal", True),
     ("learned model, unsure", "de", "misread", False), (None, None, "misread", True)],
)
async def test_an_emergency_the_learned_model_alone_read_unsure_keeps_the_number_with_a_hedge(
    make_tracker, dispatcher, rule, language, hedge, sure
):
    tracker = make_tracker("emergency", safety_rule=rule, language=language)
    await _run(ActionEmergencyResponse(), tracker, dispatcher)
    text = dispatcher.messages[0]["text"]
    assert "911" in text and (hedge in text) is not sure


@pytest.mark.parametrize(
    "text, language, greeted",
    [("Bonjour !", "fr", True), ("Hi, ¿hablan español?", "es", True),
     ("¿Hablan español?", "es", False)],
)  # fmt: skip
@pytest.mark.asyncio
async def test_a_greeting_in_another_language_is_greeted_back_before_the_notice(
    make_tracker, dispatcher, text, language, greeted
):
    tracker = make_tracker("not_english", text=text, language=language)
    await _run(ActionLanguageNotice(), tracker, dispatcher)
    assert (dispatcher.messages[0]["text"] == wording.HELLO) is greeted
    assert "English" in dispatcher.messages[int(greeted)]["text"]


@pytest.mark.asyncio
async def test_another_language_gets_a_notice_in_it_and_in_english(make_tracker, dispatcher):
    await _run(ActionLanguageNotice(), make_tracker("not_english", language="de"), dispatcher)
    text = dispatcher.messages[0]["text"]
    assert "nur auf Englisch" in text and "only answer in English" in text
    assert text.count("hello@example.com") == 2


@pytest.mark.asyncio
async def test_another_language_then_gets_the_english_answer_to_what_it_names(
    make_tracker, dispatcher
):
    text = "¿Es peligroso el masaje con fibromialgia? ¿Cuánto cuesta?"
    tracker = make_tracker("not_english", text=text, language="es")
    events = await _run(ActionLanguageNotice(), tracker, dispatcher)
    notice, condition, price = (m["text"] for m in dispatcher.messages)
    assert "solo puedo responder en inglés" in notice
    # Unread, it may be a safety question: never "Yes", always the scope line.
    assert condition.startswith("Fibromyalgia is on Renée's list")
    assert wording.SCOPE_LINE in condition
    assert price.startswith("I don't have Renée's prices")
    assert events == [
        {"event": "slot", "timestamp": None, "name": "condition", "value": ["fibromyalgia"]}
    ]


@pytest.mark.asyncio
async def test_another_language_naming_a_condition_in_english_gets_its_answer(
    make_tracker, dispatcher
):
    text = "Désolée, je parle un peu anglais. Do you do massage for pregnant women?"
    written = {"entity": "condition", "value": "pregnancy", "method": "ruler"}
    near = {"entity": "condition", "value": "fibromyalgia", "method": "fuzzy"}
    tracker = make_tracker("not_english", [written, near], text=text, language="fr")
    events = await _run(ActionLanguageNotice(), tracker, dispatcher)
    notice, condition = (m["text"] for m in dispatcher.messages)
    assert "qu'en anglais" in notice
    assert condition.startswith("Pregnancy is on Renée's list") and "Fibromyalgia" not in condition
    assert events[0]["value"] == ["pregnancy"]


@pytest.mark.asyncio
async def test_another_language_naming_nothing_gets_the_notice_alone(make_tracker, dispatcher):
    tracker = make_tracker("not_english", text="Grazie mille, prego", language="it")
    assert await _run(ActionLanguageNotice(), tracker, dispatcher) == []
    assert len(dispatcher.messages) == 1


@pytest.mark.asyncio
async def test_an_unsure_classifier_offers_the_likely_topics(make_tracker, dispatcher):
    tracker = make_tracker("nlu_fallback", events=[{"event": "user", "text": "??"}])
    tracker.latest_message["intent_ranking"] = [
        {"name": "nlu_fallback", "confidence": 0.3},
        {"name": "faq_hours", "confidence": 0.25},
        {"name": "greet", "confidence": 0.2},
        {"name": "faq_booking", "confidence": 0.2},
        {"name": "crisis", "confidence": 0.1},
        {"name": "faq_price", "confidence": 0.01},
    ]
    await _run(ActionFallback(), tracker, dispatcher)
    titles = [b["title"] for b in dispatcher.messages[0]["buttons"]]
    assert titles == ["Hours", "Booking", "Contact Renée"]


@pytest.mark.asyncio
async def test_an_unsure_follow_up_stays_on_the_conversations_condition(make_tracker, dispatcher):
    tracker = make_tracker("nlu_fallback", events=[{"event": "user", "text": "??"}],
                           slots={"condition": ["surgery_recovery"]})  # fmt: skip
    tracker.latest_message["intent_ranking"] = [{"name": "nlu_fallback", "confidence": 0.3},
                                                {"name": "faq_booking", "confidence": 0.2}]
    await _run(ActionFallback(), tracker, dispatcher)
    message = dispatcher.messages[0]
    assert "If it's about Surgery recovery" in message["text"]
    assert "healthcare provider" in message["text"]
    assert [b["title"] for b in message["buttons"]] == ["Booking", "Contact Renée"]


@pytest.mark.asyncio
@pytest.mark.parametrize("text, asked", [("I zone out. Is that dissociation?", True),
                                         ("I zone out, does she work with dissociation?", False)])
async def test_whether_it_is_the_condition_is_left_to_the_provider(make_tracker, dispatcher, text,
                                                                  asked):
    start = text.index("dissociation")
    entity = {**condition_entity("dissociation"), "start": start, "end": start + 12}
    tracker = make_tracker("ask_condition", [entity], text=text)
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    reply = dispatcher.messages[0]["text"]
    assert "Dissociation is" in reply
    assert (wording.SCOPE_LINE in reply) is asked
    assert ("not intended to diagnose" in reply) is asked


@pytest.mark.asyncio
@pytest.mark.parametrize("advice, scoped", [(0.15, True), (0.04, False)])
async def test_a_condition_question_read_partly_as_a_safety_question_gets_the_scope_line(
    make_tracker, dispatcher, advice, scoped
):
    tracker = make_tracker("ask_condition", [condition_entity("pregnancy")])
    tracker.latest_message["intent_ranking"] = [{"name": "ask_condition", "confidence": 0.8},
                                                {"name": "medical_advice", "confidence": advice}]
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    text = dispatcher.messages[0]["text"]
    assert "Pregnancy is generally" in text
    assert ("healthcare provider whether massage is right for you now" in text) == scoped


@pytest.mark.asyncio
@pytest.mark.parametrize("language, line", [("es", "Si piensa en el suicidio"),
                                            ("ru", "If you are thinking"),
                                            ("de", "If you are thinking")])  # fmt: skip
async def test_every_notice_carries_the_numbers_in_spanish_or_english(
    make_tracker, dispatcher, language, line
):
    """The rules read only part of the safety wording of Spanish and none of other
    languages: a message they did not flag still gets the numbers."""
    await _run(ActionLanguageNotice(), make_tracker("not_english", language=language), dispatcher)
    text = dispatcher.messages[0]["text"]
    assert "911" in text and "988" in text and line in text
    assert ("oprima 2" in text) == (language == "es")


@pytest.mark.asyncio
async def test_a_button_click_is_a_fresh_question_not_a_follow_up(make_tracker, dispatcher):
    tracker = make_tracker("ask_help_general", text="/ask_help_general", slots=REMEMBERED)
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    assert "Which condition" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_a_safety_question_about_a_new_condition_becomes_the_conversations_condition(
    make_tracker, dispatcher
):
    entity = condition_entity("deep vein thrombosis", "unlisted_condition")
    tracker = make_tracker("medical_advice", [entity], slots=REMEMBERED)
    events = await _run(ActionMedicalScope(), tracker, dispatcher)
    assert [(e["name"], e["value"]) for e in events] == [
        ("condition", None), ("unlisted_condition", ["deep vein thrombosis"])
    ]  # fmt: skip


@pytest.mark.asyncio
async def test_contact_is_offered_once_even_when_it_is_a_likely_topic(make_tracker, dispatcher):
    tracker = make_tracker("nlu_fallback", events=[{"event": "user", "text": "??"}])
    tracker.latest_message["intent_ranking"] = [{"name": "nlu_fallback", "confidence": 0.3},
                                                {"name": "request_human", "confidence": 0.2}]
    await _run(ActionFallback(), tracker, dispatcher)
    payloads = [b["payload"] for b in dispatcher.messages[0]["buttons"]]
    assert payloads == ["/request_human"]


@pytest.mark.asyncio
async def test_can_massage_help_me_too_asks_afresh_after_a_condition(make_tracker, dispatcher):
    tracker = make_tracker("ask_help_general", text="can massage help me too?", slots=REMEMBERED)
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    assert "Which condition" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
@pytest.mark.parametrize("intent", ["ask_help_general", "ask_condition"])
@pytest.mark.parametrize("text", ["would massage help at all", "does massage help w cravings"])
async def test_whether_massage_would_help_is_asked_of_the_condition_told(
    make_tracker, dispatcher, intent, text
):
    told = _answered("depression has me in bed all day", "action_answer_condition", ["Depression."])
    tracker = make_tracker(intent, text=text, events=_then(told, text),
                           slots={"condition": ["depression"]})  # fmt: skip
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    assert "Depression is a mental health condition" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_whether_massage_would_help_asked_later_asks_afresh(make_tracker, dispatcher):
    # "thanks", answered, then "can massage help me?": which condition, not the one before
    text = "can massage help me?"
    tracker = make_tracker("ask_help_general", text=text,
                           events=_then(_answered("thanks", "utter_you_are_welcome", ["Welcome!"]), text),
                           slots={"condition": ["depression"]})  # fmt: skip
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    assert "Which condition" in dispatcher.messages[0]["text"]


def _ranking(*pairs):
    return [{"name": name, "confidence": confidence} for name, confidence in pairs]


@pytest.mark.asyncio
async def test_a_condition_answer_takes_up_a_second_topic(make_tracker, dispatcher):
    tracker = make_tracker(
        "ask_condition",
        [condition_entity("cancer")],
        text="radiation for prostate cancer, does Renée have oncology training?",
        intent_ranking=_ranking(("ask_condition", 0.55), ("faq_training", 0.41)),
    )
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    texts = [m["text"] for m in dispatcher.messages]
    assert "Cancer is on Renée's list" in texts[0]
    assert len(texts) == 2 and "trained in all three of those areas" in texts[1]


@pytest.mark.asyncio
async def test_a_weak_second_topic_is_left_alone(make_tracker, dispatcher):
    tracker = make_tracker(
        "ask_condition",
        [condition_entity("migraine")],
        text="migraines every week",
        intent_ranking=_ranking(("ask_condition", 0.9), ("faq_booking", 0.05)),
    )
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    assert len(dispatcher.messages) == 1


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "text",
    ["my fibro is bad today, when is your next opening?", "tennis elbow, can you fit me in on Saturday"],
)
async def test_a_condition_answer_with_a_request_for_a_visit_says_how_to_book(make_tracker, dispatcher, text):
    tracker = make_tracker("ask_condition", [condition_entity("fibromyalgia")], text=text)
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    assert "you can book a session with Renée online" in dispatcher.messages[-1]["text"]


@pytest.mark.asyncio
async def test_a_condition_answer_to_a_question_about_renee_says_who_she_is(make_tracker, dispatcher):
    tracker = make_tracker(
        "ask_condition", [condition_entity("cerebral_palsy")], text="has she worked with CP kids before?"
    )
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    assert "licensed massage therapist (LMT)" in dispatcher.messages[-1]["text"]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "entity, text",
    [
        (condition_entity("migraine"), "would massage be appropriate for a 15 year old with migraines?"),
        (condition_entity("whiplash", "unlisted_condition"), "whiplash from june, massage ok?"),
    ],
)
async def test_safety_words_add_the_scope_line(make_tracker, dispatcher, entity, text):
    await _run(ActionAnswerCondition(), make_tracker("ask_condition", [entity], text=text), dispatcher)
    assert "ask your healthcare provider" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_fallback_for_a_request_for_a_visit_says_how_to_book(make_tracker, dispatcher):
    tracker = make_tracker("nlu_fallback", text="unrelated, but what's your cancellation policy?")
    await _run(ActionFallback(), tracker, dispatcher)
    assert "you can book a session with Renée online" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_fallback_answers_every_question_it_names_outright(make_tracker, dispatcher):
    text = "this thing is useless. insurance yes or no, and what are your hours"
    await _run(ActionFallback(), make_tracker("nlu_fallback", text=text), dispatcher)
    kb, conf = knowledge(), settings()
    assert [m["text"] for m in dispatcher.messages] == [
        wording.faq_answer("insurance", kb, conf).text, wording.faq_answer("hours", kb, conf).text
    ]


@pytest.mark.asyncio
async def test_fallback_naming_renee_says_who_she_is(make_tracker, dispatcher):
    await _run(ActionFallback(), make_tracker("nlu_fallback", text="is Renée a woman?"), dispatcher)
    text = dispatcher.messages[0]["text"]
    assert "licensed massage therapist (LMT)" in text and "hello@example.com" in text


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "intent, text, second",
    [
        ("faq_price", "a friend gave me a gift card, how do I use it?", "you can book a session"),
        ("faq_hours", "any chance of Thursday around lunch? like 12:30", "you can book a session"),
        ("ask_help_general", "any openings this week?", "you can book a session"),
    ],
)
async def test_other_answers_with_a_request_for_a_visit_say_how_to_book(
    make_tracker, dispatcher, intent, text, second
):
    action = ActionAnswerFaq() if intent.startswith("faq_") else ActionAnswerCondition()
    await _run(action, make_tracker(intent, text=text), dispatcher)
    assert len(dispatcher.messages) == 2 and second in dispatcher.messages[1]["text"]


@pytest.mark.asyncio
async def test_a_topic_the_message_names_is_answered_too(make_tracker, dispatcher):
    tracker = make_tracker(
        "ask_condition", [condition_entity("trauma")], text="looking for trauma-informed massage"
    )
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    assert "Trauma Touch Therapy" in dispatcher.messages[-1]["text"] and len(dispatcher.messages) == 2


@pytest.mark.asyncio
async def test_a_second_topic_already_answered_is_not_repeated(make_tracker, dispatcher):
    # The insurance answer already gives the prescription fact.
    tracker = make_tracker(
        "faq_insurance",
        text="does insurance pay if I get a prescription?",
        intent_ranking=_ranking(("faq_insurance", 0.6), ("faq_prescription", 0.3)),
    )
    await _run(ActionAnswerFaq(), tracker, dispatcher)
    assert len(dispatcher.messages) == 1


@pytest.mark.asyncio
async def test_a_visit_question_beside_what_medical_massage_is_adds_only_what_is_new(
    make_tracker, dispatcher
):
    from chatbot.practice.knowledge import knowledge

    text = "what is medical massage exactly, and what should I wear?"
    await _run(ActionAnswerFaq(), make_tracker("faq_what_is", text=text), dispatcher)
    assert len(dispatcher.messages) == 2
    visit = dispatcher.messages[1]["text"]
    assert "doesn't cover" in visit and knowledge().facts["what_is"] not in visit


def _after(intent: str, text: str) -> List[Dict[str, Any]]:
    """A conversation whose previous message was read as ``intent``; then the latest."""
    return [
        {"event": "user", "text": text, "parse_data": {"intent": {"name": intent}}},
        {"event": "action", "name": "action_answer_faq"},
        {"event": "user", "text": "the latest"},
    ]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "previous, intent, text, again",
    [("faq_trauma_touch", "faq_price", "does that cost extra?", "Trauma Touch"),
     ("faq_trauma_touch", "faq_what_is", "how is that different from a normal medical massage?",
      "Trauma Touch"),
     ("faq_blog", "faq_what_is", "what's it called?", "Renée's Writings"),
     ("faq_trauma_touch", "faq_price", "how much is a session?", None),
     ("faq_booking", "faq_price", "does that cost extra?", None)],
)  # fmt: skip
async def test_a_question_pointing_back_to_a_service_answers_it_again(
    make_tracker, dispatcher, previous, intent, text, again
):
    events = _after(previous, "do you do trauma touch therapy?")
    await _run(ActionAnswerFaq(), make_tracker(intent, text=text, events=events), dispatcher)
    later = " ".join(m["text"] for m in dispatcher.messages[1:])
    assert (again in later) if again else not later


@pytest.mark.asyncio
async def test_the_service_pointed_back_to_is_answered_beside_the_conversations_condition(
    make_tracker, dispatcher
):
    events = _after("faq_trauma_touch", "what's trauma touch?")
    tracker = make_tracker(
        "faq_price", text="does that cost extra?", events=events, slots={"condition": ["ptsd"]}
    )
    await _run(ActionAnswerFaq(), tracker, dispatcher)
    assert "Trauma Touch" in " ".join(m["text"] for m in dispatcher.messages[1:])


def _right_after(said: str, action: str, slot: str, sure: bool) -> Dict[str, Any]:
    """The tracker arguments of a message right after a safety answer, sure or not."""
    events = [
        {"event": "user", "text": said},
        {"event": "action", "name": action},
        {"event": "slot", "name": slot, "value": sure},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "the latest"},
    ]
    return {"events": events, "slots": {slot: sure}}


def _after_the_crisis_line(sure: bool) -> Dict[str, Any]:
    return _right_after(
        "nobody would notice if I was gone", "action_crisis_response", "crisis_line_given", sure
    )


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "sure, text, again",
    [(True, "no one ever does", True),
     (True, "he's sitting in his car outside his house", True),
     (True, "he's talking to me through the door. what number", True),
     (True, "my anxiety is through the roof", True),  # the line, then the answer
     (True, "how many sessions would I need?", False),
     (True, "when's the soonest I can get in", False),
     (False, "no one ever does", False)],
)  # fmt: skip
async def test_a_topic_guessed_right_after_the_crisis_line_gets_the_line_again(
    make_tracker, dispatcher, sure, text, again
):
    entities = [condition_entity("anxiety")] if "anxiety" in text else []
    tracker = make_tracker("faq_sessions", entities, text=text, **_after_the_crisis_line(sure))
    await _run(ActionAnswerFaq(), tracker, dispatcher)
    follow_up = wording.crisis_follow_up(settings()).text
    assert (dispatcher.messages[0]["text"] == follow_up) == again


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "action, intent, text",
    [(ActionMedicalScope(), "medical_advice", "idk why I'm writing to a massage place"),
     (ActionAnswerPrivacy(), "ask_privacy", "i have my meds saved up")],
)  # fmt: skip
async def test_a_scope_or_privacy_guess_right_after_the_crisis_line_gets_the_line_again(
    make_tracker, dispatcher, action, intent, text
):
    tracker = make_tracker(intent, text=text, **_after_the_crisis_line(True))
    await _run(action, tracker, dispatcher)
    assert [m["text"] for m in dispatcher.messages] == [wording.crisis_follow_up(settings()).text]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "sure, text, again",
    [(True, "i don't know who to call", True), (False, "i don't know who to call", False),
     (True, "can I just talk to her first on the phone", False),
     (True, "i need to talk to someone now", True), (True, "hey i just need a person", True),
     (True, "can u just talk to me", True), (True, "she's not answering her phone now", True),
     (True, "does she have a number I can text?", False)],
)  # fmt: skip
async def test_who_to_call_right_after_the_crisis_line_gets_the_line_then_her_contact(
    make_tracker, dispatcher, sure, text, again
):
    tracker = make_tracker("request_human", text=text, **_after_the_crisis_line(sure))
    await _run(ActionContactTherapist(), tracker, dispatcher)
    texts = [m["text"] for m in dispatcher.messages if m["text"] != wording.HELLO]
    follow_up = wording.crisis_follow_up(settings()).text
    assert texts == ([follow_up] if again else []) + [wording.contact_reply(settings()).text]


def _after_the_emergency_number(sure: bool) -> Dict[str, Any]:
    return _right_after(
        "my dad collapsed and he's barely breathing", "action_emergency_response",
        "emergency_number_given", sure,
    )  # fmt: skip


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "action, intent, sure, text, again",
    [(ActionAnswerFaq(), "faq_visit", True, "what do i do", True),
     (ActionAnswerFaq(), "faq_visit", False, "what do i do", False),
     (ActionAnswerFaq(), "faq_price", True, "how much is a session?", False),
     (ActionMedicalScope(), "medical_advice", True, "should i just sleep it off", True),
     (ActionAnswerCondition(), "ask_condition", True, "should i just wait and see", True),
     (ActionAnswerCondition(), "ask_condition", True, "is heart disease on her list?", False)],
)  # fmt: skip
async def test_a_few_words_right_after_the_emergency_number_get_it_again(
    make_tracker, dispatcher, action, intent, sure, text, again
):
    entities = [condition_entity("heart_disease")] if "heart" in text else []
    tracker = make_tracker(intent, text=text, entities=entities, **_after_the_emergency_number(sure))
    await _run(action, tracker, dispatcher)
    follow_up = wording.emergency_follow_up(settings()).text
    texts = [m["text"] for m in dispatcher.messages]
    assert texts == [follow_up] if again else follow_up not in texts


@pytest.mark.asyncio
@pytest.mark.parametrize("sure, text, first", [(True, "he has heart disease", True),
                                               (False, "he has heart disease", False),
                                               (True, "does he need to tell her about his heart disease?", False),
                                               (True, "he has heart disease, does that matter??", True),
                                               (True, "is massage ok with heart disease?", False)])
async def test_a_condition_told_right_after_the_emergency_number_gets_it_then_the_answer(
    make_tracker, dispatcher, sure, text, first
):
    tracker = make_tracker("ask_condition", text=text, entities=[condition_entity("heart_disease")],
                           **_after_the_emergency_number(sure))
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    texts = [m["text"] for m in dispatcher.messages]
    assert (texts[0] == wording.emergency_follow_up(settings()).text) is first
    assert any("Heart disease is on Renée's list" in t for t in texts)


@pytest.mark.asyncio
async def test_a_call_for_someone_after_the_emergency_number_gets_it_then_her_contact(
    make_tracker, dispatcher
):
    text = "someones calling, should i do cpr"
    tracker = make_tracker("request_human", text=text, **_after_the_emergency_number(True))
    await _run(ActionContactTherapist(), tracker, dispatcher)
    texts = [m["text"] for m in dispatcher.messages]
    assert texts == [wording.emergency_follow_up(settings()).text,
                     wording.contact_reply(settings()).text]  # fmt: skip


@pytest.mark.asyncio
@pytest.mark.parametrize("both", [True, False])
async def test_after_both_numbers_the_follow_up_gives_both_again(make_tracker, dispatcher, both):
    """"thinking of overdosing tonight" gets the emergency number and the crisis line; "I
    don't know. maybe" gets both again, and the message after that still does."""
    conf = settings()
    first = wording.emergency_reply(conf, also_crisis=both).text
    events = [
        {"event": "user", "text": "thinking of overdosing tonight"},
        {"event": "action", "name": "action_emergency_response"},
        {"event": "bot", "text": first},
        {"event": "slot", "name": "emergency_number_given", "value": True},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "I don't know. maybe"},
    ]
    tracker = make_tracker("nlu_fallback", text="I don't know. maybe", events=events,
                           slots={"emergency_number_given": True})
    await _run(ActionEmergencyFollowUp(), tracker, dispatcher)
    again = dispatcher.messages[0]["text"]
    assert conf.crisis.emergency_number in again
    assert (conf.crisis.crisis_line in again) is both
    events += [{"event": "action", "name": "action_emergency_follow_up"},
               {"event": "bot", "text": again},
               {"event": "action", "name": "action_listen"},
               {"event": "user", "text": "she won't talk to me"}]  # fmt: skip
    tracker = make_tracker("nlu_fallback", text="she won't talk to me", events=events,
                           slots={"emergency_number_given": True})
    dispatcher.messages.clear()
    await _run(ActionEmergencyFollowUp(), tracker, dispatcher)
    assert (conf.crisis.crisis_line in dispatcher.messages[0]["text"]) is both
    assert after_a_sure_emergency_number(tracker)


@pytest.mark.asyncio
@pytest.mark.parametrize("both", [True, False])
async def test_an_emergency_right_after_both_numbers_gives_both(make_tracker, dispatcher, both):
    """"she took a whole bottle of pills on purpose" then "she's hardly breathing now"."""
    conf = settings()
    events = [
        {"event": "user", "text": "she took a whole bottle of pills on purpose"},
        {"event": "action", "name": "action_emergency_response"},
        {"event": "bot", "text": wording.emergency_reply(conf, also_crisis=both).text},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "she's hardly breathing now"},
    ]
    tracker = make_tracker("emergency", text="she's hardly breathing now", events=events)
    await _run(ActionEmergencyResponse(), tracker, dispatcher)
    assert (conf.crisis.crisis_line in dispatcher.messages[0]["text"]) is both


@pytest.mark.asyncio
async def test_word_that_all_is_well_after_an_overdose_keeps_the_line(make_tracker, dispatcher):
    """"she took a whole bottle" gets both numbers; "he's ok now." right after still gets the
    crisis line."""
    conf = settings()
    events = [
        {"event": "user", "text": "she took a whole bottle of pills"},
        {"event": "action", "name": "action_emergency_response"},
        {"event": "bot", "text": wording.emergency_reply(conf, also_crisis=True).text},
        {"event": "slot", "name": "emergency_number_given", "value": True},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "she's ok now."},
    ]
    tracker = make_tracker("acknowledge", text="she's ok now.", events=events,
                           slots={"emergency_number_given": True})
    await _run(ActionEmergencyFollowUp(), tracker, dispatcher)
    assert conf.crisis.crisis_line in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "text, rule, number",
    [("ambulance is here", "learned model", False), ("911 called", None, False),
     ("ok calling", "learned model, unsure", False),
     ("ambulance is here, he stopped breathing", "emergency/strong:0", True),
     ("ambulance is here but she is turning blue", "learned model", True)],
)  # fmt: skip
async def test_word_that_help_is_there_read_as_an_emergency_is_the_follow_up(
    make_tracker, dispatcher, text, rule, number
):
    """Right after the number, "ambulance is here" guessed an emergency by a learned model
    alone gets a word of care, not the whole answer again; a rule of the detector, or words
    taken back, keep the number."""
    conf = settings()
    events = [
        {"event": "user", "text": "my dad collapsed and isn't breathing"},
        {"event": "action", "name": "action_emergency_response"},
        {"event": "bot", "text": wording.emergency_reply(conf).text},
        {"event": "slot", "name": "emergency_number_given", "value": True},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text},
    ]
    tracker = make_tracker("emergency", text=text, events=events, safety_rule=rule,
                           slots={"emergency_number_given": True})
    await _run(ActionEmergencyResponse(), tracker, dispatcher)
    assert (conf.crisis.emergency_number in dispatcher.messages[0]["text"]) is number


@pytest.mark.asyncio
@pytest.mark.parametrize("rule, sure", [("emergency/strong:0", True), ("learned model, unsure", False)])
async def test_the_emergency_answer_remembers_whether_it_was_sure(make_tracker, dispatcher, rule, sure):
    tracker = make_tracker("emergency", text="he's not breathing", safety_rule=rule)
    events = await _run(ActionEmergencyResponse(), tracker, dispatcher)
    assert SlotSet("emergency_number_given", sure) in events


@pytest.mark.asyncio
@pytest.mark.parametrize("intent, opening", [("acknowledge", "Please call"), ("goodbye", "Please take care."),
                                             ("thank", "You're welcome! Please take care.")])
async def test_the_emergency_follow_up_says_the_number_and_takes_leave(
    make_tracker, dispatcher, intent, opening
):
    await _run(ActionEmergencyFollowUp(), make_tracker(intent, text="ok"), dispatcher)
    text = dispatcher.messages[0]["text"]
    assert settings().crisis.emergency_number in text
    assert text.startswith(opening)


@pytest.mark.asyncio
@pytest.mark.parametrize("intent, text, number", [("thank", "ok ambulance is on the way thank you", False),
                                                  ("thank", "ok thank you", True),
                                                  ("acknowledge", "ambulance is coming, what do i do", True),
                                                  ("acknowledge", "ok the ambulance is here, sorry", False),
                                                  ("acknowledge", "ambulance is coming but she looks worse", True),
                                                  ("acknowledge", "ok ok calling", False),
                                                  ("acknowledge", "911 called", False),
                                                  ("acknowledge", "police are here now", False),
                                                  ("acknowledge", "ok, i'll call my cardiologist", True),
                                                  ("acknowledge", "i can't call", True),
                                                  ("acknowledge", "he coughed it up, he's ok. that was scary", False),
                                                  ("acknowledge", "she's ok I think but so pale", True)])
async def test_word_that_help_is_coming_or_there_needs_the_number_no_more(
    make_tracker, dispatcher, intent, text, number
):
    await _run(ActionEmergencyFollowUp(), make_tracker(intent, text=text), dispatcher)
    assert (settings().crisis.emergency_number in dispatcher.messages[0]["text"]) is number


@pytest.mark.asyncio
async def test_a_second_miss_hands_over_even_with_a_request_for_a_visit(make_tracker, dispatcher):
    earlier = [
        {"event": "user", "text": "??"},
        {"event": "action", "name": "action_fallback"},
        {"event": "user", "text": "can I book next Monday?"},
    ]
    tracker = make_tracker("nlu_fallback", text="can I book next Monday?", events=earlier)
    await _run(ActionFallback(), tracker, dispatcher)
    assert "Renée can answer you directly" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "text, greeted",
    [("Hi! do you help with migraines?", True), ("good morning, migraines?", True),
     ("history of migraines, can massage help?", False), ("migraines?", False),
     ("good evening appointments for migraines?", False),
     ("sup, u do massages for migraines?", True), ("supposedly massage helps migraines?", False)],
)  # fmt: skip
async def test_a_greeting_with_a_question_is_greeted_back_first(
    make_tracker, dispatcher, text, greeted
):
    tracker = make_tracker("ask_condition", [condition_entity("migraine")], text=text)
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    texts = [m["text"] for m in dispatcher.messages]
    assert (texts[0] == wording.HELLO) is greeted
    assert "Migraine is on Renée's list" in texts[1 if greeted else 0]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "text, thanked",
    [("thanks! also do you do anything for migraines?", True),
     ("thank you. and migraines?", True), ("Thx, migraines too?", True),
     ("thanks for nothing, migraines?", False), ("thankfully my migraines are rare", False),
     ("I'd be grateful to know about migraines", False)],
)  # fmt: skip
async def test_thanks_before_a_question_is_answered_first(make_tracker, dispatcher, text, thanked):
    tracker = make_tracker("ask_condition", [condition_entity("migraine")], text=text)
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    texts = [m["text"] for m in dispatcher.messages]
    assert (texts[0] == wording.WELCOME) is thanked
    assert "Migraine is on Renée's list" in texts[1 if thanked else 0]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "text, identified",
    [("i want to talk to renee directly, not a bot", True), ("hi, is this Renée?", True),
     ("can I talk to Renée directly?", False), ("is this renee's number?", False)],
)  # fmt: skip
async def test_a_doubt_about_what_the_bot_is_is_answered_before_the_contact(
    make_tracker, dispatcher, text, identified
):
    await _run(ActionContactTherapist(), make_tracker("request_human", text=text), dispatcher)
    texts = [m["text"] for m in dispatcher.messages if m["text"] != wording.HELLO]
    assert (texts[0] == wording.BOT_IDENTITY) is identified
    assert wording.contact_details(settings()) in texts[-1]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "text, greeted",
    [("hello? is anybody there or is this automated", True), ("are you a bot?", False)],
)
async def test_what_the_bot_is_is_greeted_back_first(make_tracker, dispatcher, text, greeted):
    await _run(ActionSayWhatIAm(), make_tracker("bot_challenge", text=text), dispatcher)
    said = [m.get("text") or m.get("response") for m in dispatcher.messages]
    assert said == ([wording.HELLO] if greeted else []) + ["utter_iamabot"]


@pytest.mark.asyncio
async def test_the_privacy_answer_says_what_the_bot_is_once(make_tracker, dispatcher):
    tracker = make_tracker("ask_privacy", text="are you a bot? who reads this?")
    await _run(ActionAnswerPrivacy(), tracker, dispatcher)
    said = " ".join(m["text"] for m in dispatcher.messages)
    assert said.count(wording.BOT_IDENTITY) == 1


def test_the_greeting_back_opens_the_greeting():
    import yaml

    from tests.nlu_data import ROOT

    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    assert all(v["text"].startswith(wording.HELLO + " ") for v in domain["responses"]["utter_greet"])
    welcome = domain["responses"]["utter_you_are_welcome"]
    assert all(v["text"].startswith(wording.WELCOME + " ") for v in welcome)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "text, answered",
    [("also my shoulder is frozen up", ["diabetes", "frozen_shoulder"]),
     ("what about my frozen shoulder?", ["frozen_shoulder"])],
)  # fmt: skip
async def test_a_condition_named_as_one_more_is_answered_with_the_earlier_one(
    make_tracker, dispatcher, text, answered
):
    # As Rasa runs it: the slot already holds this message's entity, the events the
    # earlier answer's.
    events = [
        {"event": "user", "text": "I'm diabetic"},
        {"event": "slot", "name": "condition", "value": ["diabetes"]},
        {"event": "user", "text": text},
        {"event": "slot", "name": "condition", "value": ["frozen_shoulder"]},
    ]
    tracker = make_tracker("ask_condition", [condition_entity("frozen_shoulder")], text=text,
                           events=events, slots={"condition": ["frozen_shoulder"]})  # fmt: skip
    result = await _run(ActionAnswerCondition(), tracker, dispatcher)
    assert result[0]["value"] == answered


@pytest.mark.asyncio
async def test_a_condition_named_by_its_service_is_remembered_for_a_follow_up(
    make_tracker, dispatcher
):
    entity = {"entity": "service", "value": "prenatal", "start": 0, "end": 8}
    events = await _run(ActionAnswerFaq(), make_tracker("faq_training", [entity]), dispatcher)
    assert events == [SlotSet("condition", ["pregnancy"])]


@pytest.mark.parametrize(
    "text, hours", [("I'm 20 weeks", False), ("I'm 20 weeks. what are her hours?", True)]
)
@pytest.mark.asyncio
async def test_a_detail_gets_the_condition_answer_without_a_second_guess(
    make_tracker, dispatcher, text, hours
):
    ranking = [{"name": "ask_condition", "confidence": 0.5}, {"name": "faq_hours", "confidence": 0.4}]
    tracker = make_tracker("ask_condition", text=text, slots={"condition": ["pregnancy"]},
                           intent_ranking=ranking)  # fmt: skip
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    texts = [m["text"] for m in dispatcher.messages]
    assert "Pregnancy is" in texts[0]
    assert any("hours" in t for t in texts) == hours


@pytest.mark.parametrize(
    "intent, text",
    [("ask_condition", "does she work on that?"), ("ask_condition", "both feet, about 6 months"),
     ("ask_help_general", "can massage help with it at all?")],
)  # fmt: skip
@pytest.mark.asyncio
async def test_a_follow_up_after_an_unlisted_condition_is_about_it(
    make_tracker, dispatcher, intent, text
):
    tracker = make_tracker(intent, text=text, slots={"unlisted_condition": ["plantar fasciitis"]})
    events = await _run(ActionAnswerCondition(), tracker, dispatcher)
    assert "Plantar fasciitis isn't one of the conditions" in dispatcher.messages[0]["text"]
    assert SlotSet("unlisted_condition", ["plantar fasciitis"]) in events


@pytest.mark.asyncio
async def test_a_new_question_after_an_unlisted_condition_is_its_own(make_tracker, dispatcher):
    tracker = make_tracker("ask_help_general", text="can massage help me as well?",
                           slots={"unlisted_condition": ["plantar fasciitis"]})  # fmt: skip
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    assert "Plantar fasciitis" not in dispatcher.messages[0]["text"]


@pytest.mark.parametrize(
    "text, entities, slots",
    [("is the list complete? I have multiple sclerosis",
      [{"entity": "unlisted_condition", "value": "multiple sclerosis", "start": 33, "end": 51}], {}),
     ("so is that on the list or no?", [], {"unlisted_condition": ["multiple sclerosis"]})],
)  # fmt: skip
@pytest.mark.asyncio
async def test_a_question_about_the_list_for_an_unlisted_condition_says_it_is_not_on_it(
    make_tracker, dispatcher, text, entities, slots
):
    tracker = make_tracker("faq_conditions", entities, text=text, slots=slots)
    events = await _run(ActionAnswerFaq(), tracker, dispatcher)
    texts = [m["text"] for m in dispatcher.messages]
    assert texts[0].startswith("Renée's page lists these conditions")
    assert texts[1].startswith("Multiple sclerosis isn't one of the conditions")
    not_exhaustive = knowledge().facts["list_not_exhaustive"]
    assert not_exhaustive in texts[0] and not_exhaustive not in texts[1]
    assert "hello@example.com" in texts[1]
    assert SlotSet("unlisted_condition", ["multiple sclerosis"]) in events


@pytest.mark.asyncio
async def test_a_question_about_the_list_for_an_unlisted_condition_answers_the_rest_too(
    make_tracker, dispatcher
):
    entity = {"entity": "unlisted_condition", "value": "multiple sclerosis", "start": 3, "end": 21}
    tracker = make_tracker("faq_conditions", [entity],
                           text="is multiple sclerosis on your list? and how much is a session?")  # fmt: skip
    await _run(ActionAnswerFaq(), tracker, dispatcher)
    texts = [m["text"] for m in dispatcher.messages]
    assert texts[1].startswith("Multiple sclerosis isn't one of the conditions")
    assert any(t.startswith("I don't have Renée's prices") for t in texts[2:])


def _answered(text: str, action: str, said: List[str]) -> List[Dict[str, Any]]:
    return [{"event": "user", "text": text}, {"event": "action", "name": action},
            *({"event": "bot", "text": t, "data": {"buttons": []}} for t in said),
            {"event": "action", "name": "action_listen"}]  # fmt: skip


@pytest.mark.asyncio
async def test_say_that_again_repeats_the_last_answer_then_offers_renee(make_tracker, dispatcher):
    events = [
        *_answered("hi", "utter_greet", ["Hello!"]),
        *_answered("insurance?", "action_answer_faq", ["No insurance.", "Book here."]),
        {"event": "user", "text": "what? say that again"},
    ]
    tracker = make_tracker("ask_repeat", text="what? say that again", events=events)
    await _run(ActionRepeatAnswer(), tracker, dispatcher)
    texts = [m["text"] for m in dispatcher.messages]
    assert texts == ["No insurance.", "Book here.", wording.repeat_closing(settings()).text]


@pytest.mark.asyncio
async def test_a_second_request_repeats_the_answer_not_the_repeat(make_tracker, dispatcher):
    events = [
        *_answered("insurance?", "action_answer_faq", ["No insurance."]),
        *_answered("huh", "action_repeat_answer", ["No insurance.", "If any of that..."]),
        {"event": "user", "text": "simpler please"},
    ]
    tracker = make_tracker("ask_repeat", text="simpler please", events=events)
    await _run(ActionRepeatAnswer(), tracker, dispatcher)
    assert [m["text"] for m in dispatcher.messages][:-1] == ["No insurance."]


@pytest.mark.asyncio
async def test_the_crisis_line_is_said_again_alone(make_tracker, dispatcher):
    events = [
        *_answered("I want to die", "action_crisis_response", ["Please call 988."]),
        {"event": "user", "text": "what?"},
    ]
    await _run(ActionRepeatAnswer(), make_tracker("ask_repeat", text="what?", events=events),
               dispatcher)  # fmt: skip
    assert [m["text"] for m in dispatcher.messages] == ["Please call 988."]


@pytest.mark.asyncio
async def test_nothing_answered_yet_says_what_it_can_help_with(make_tracker, dispatcher):
    events = [{"event": "user", "text": "what?"}]
    await _run(ActionRepeatAnswer(), make_tracker("ask_repeat", text="what?", events=events),
               dispatcher)  # fmt: skip
    assert dispatcher.messages[0]["text"] == wording.nothing_to_repeat(settings()).text


@pytest.mark.asyncio
async def test_small_talk_after_an_answer_is_passed_over_for_the_answer(make_tracker, dispatcher):
    events = [
        *_answered("insurance?", "action_answer_faq", ["No insurance."]),
        *_answered("ok", "utter_anything_else", ["Anything else?"]),
        {"event": "user", "text": "wait, say that again"},
    ]
    tracker = make_tracker("ask_repeat", text="wait, say that again", events=events)
    await _run(ActionRepeatAnswer(), tracker, dispatcher)
    assert [m["text"] for m in dispatcher.messages][:-1] == ["No insurance."]


def _then(answer: List[Dict[str, Any]], text: str) -> List[Dict[str, Any]]:
    return [*answer, {"event": "user", "text": text}]


_MIGRAINE_ANSWERED = _answered("do you help migraines", "action_answer_condition", ["Migraine."])


@pytest.mark.asyncio
@pytest.mark.parametrize("text", ["yes she sees a neurologist", "no not yet", "yes", "so tired and sore"])
async def test_a_yes_or_a_detail_after_a_condition_answer_is_about_that_condition(
    make_tracker, dispatcher, text
):
    tracker = make_tracker("acknowledge", text=text, events=_then(_MIGRAINE_ANSWERED, text),
                           slots={"condition": ["migraine"]})  # fmt: skip
    await _run(ActionAcknowledge(), tracker, dispatcher)
    reply = dispatcher.messages[0]["text"]
    assert "Migraine is" in reply and settings().contact.email in reply


@pytest.mark.asyncio
@pytest.mark.parametrize("text", ["ok", "got it", "ok thanks", "ok when?", "fair enough lol"])
async def test_a_plain_ok_a_thanks_or_a_question_after_a_condition_answer_gets_anything_else(
    make_tracker, dispatcher, text
):
    tracker = make_tracker("acknowledge", text=text, events=_then(_MIGRAINE_ANSWERED, text),
                           slots={"condition": ["migraine"]})  # fmt: skip
    await _run(ActionAcknowledge(), tracker, dispatcher)
    assert [m.get("response") for m in dispatcher.messages] == ["utter_anything_else"]


@pytest.mark.asyncio
@pytest.mark.parametrize("text", ["ok perfect", "sounds good", "cool, got it"])
async def test_an_ok_pleased_with_the_answer_is_a_thanks(make_tracker, dispatcher, text):
    tracker = make_tracker("acknowledge", text=text, events=_then(_MIGRAINE_ANSWERED, text),
                           slots={"condition": ["migraine"]})  # fmt: skip
    await _run(ActionAcknowledge(), tracker, dispatcher)
    assert [m.get("response") for m in dispatcher.messages] == ["utter_you_are_welcome"]


@pytest.mark.asyncio
async def test_a_yes_after_another_answer_gets_anything_else(make_tracker, dispatcher):
    events = _then(
        [*_MIGRAINE_ANSWERED, *_answered("price?", "action_answer_faq", ["Prices."])], "yes"
    )
    tracker = make_tracker("acknowledge", text="yes", events=events,
                           slots={"condition": ["migraine"]})  # fmt: skip
    await _run(ActionAcknowledge(), tracker, dispatcher)
    assert dispatcher.messages[0].get("response") == "utter_anything_else"


@pytest.mark.asyncio
async def test_a_yes_after_which_condition_asks_which_again(make_tracker, dispatcher):
    asked = wording.ask_which_condition(knowledge()).text
    events = _then(_answered("can she help my condition", "action_answer_condition", [asked]), "yes")
    tracker = make_tracker("acknowledge", text="yes", events=events)
    await _run(ActionAcknowledge(), tracker, dispatcher)
    assert dispatcher.messages[0]["text"] == asked


@pytest.mark.asyncio
@pytest.mark.parametrize("text, again", [("should I take her to the ER", True), ("what do i do", True),
                                         ("what do I do at the first session?", False)])
async def test_what_to_do_asked_after_the_line_given_once_more_gets_it_again(
    make_tracker, dispatcher, text, again
):
    follow_up = wording.crisis_follow_up(settings()).text
    events = [
        *_answered("my daughter says she wants to die", "action_crisis_response", ["988."]),
        {"event": "slot", "name": "crisis_line_given", "value": True},
        *_answered("she's next to me right now", "action_answer_faq", [follow_up]),
        {"event": "user", "text": text},
    ]
    tracker = make_tracker("medical_advice", text=text, events=events,
                           slots={"crisis_line_given": True})  # fmt: skip
    await _run(ActionMedicalScope(), tracker, dispatcher)
    assert (dispatcher.messages[0]["text"] == follow_up) == again


@pytest.mark.asyncio
@pytest.mark.parametrize("sure, text, first", [(True, "he's 77, he has heart disease", True),
                                               (False, "he's 77, he has heart disease", False),
                                               (True, "is heart disease on her list?", False)])
async def test_a_condition_told_right_after_the_crisis_line_gets_it_then_the_answer(
    make_tracker, dispatcher, sure, text, first
):
    tracker = make_tracker("ask_condition", text=text, entities=[condition_entity("heart_disease")],
                           **_after_the_crisis_line(sure))
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    texts = [m["text"] for m in dispatcher.messages]
    assert (texts[0] == wording.crisis_follow_up(settings()).text) is first
    assert any("Heart disease is on Renée's list" in t for t in texts)


@pytest.mark.asyncio
async def test_the_disease_pointed_back_to_by_a_general_word_is_the_conversations(
    make_tracker, dispatcher
):
    text = "can massage slow the disease down?"
    events = _then(_answered("my dad has parkinsons", "action_answer_condition", ["Parkinson's."]), text)
    tracker = make_tracker("faq_medicine_chiro", text=text, events=events,
                           slots={"condition": ["parkinsons"]})  # fmt: skip
    await _run(ActionAnswerFaq(), tracker, dispatcher)
    said = " ".join(m["text"] for m in dispatcher.messages)
    assert "Parkinson" in said and wording.SCOPE_LINE in said


@pytest.mark.asyncio
@pytest.mark.parametrize("sure_before", [True, False])
async def test_an_unsure_crisis_guess_right_after_the_sure_line_is_as_sure(
    make_tracker, dispatcher, sure_before
):
    tracker = make_tracker("crisis", text="she's next to me right now", confidence=0.4,
                           safety_rule="learned model, unsure", **_after_the_crisis_line(sure_before))
    assert await _run(ActionCrisisResponse(), tracker, dispatcher) == [_line_given(sure_before)]
    assert ("misread" in dispatcher.messages[0]["text"]) is not sure_before


@pytest.mark.asyncio
@pytest.mark.parametrize("sure, first", [(True, True), (False, False)])
async def test_the_line_refused_right_after_it_gets_it_then_the_answer(make_tracker, dispatcher, sure, first):
    text = "no i don't want a hotline, i want a massage appointment"
    tracker = make_tracker("faq_booking", text=text, **_after_the_crisis_line(sure))
    await _run(ActionAnswerFaq(), tracker, dispatcher)
    texts = [m["text"] for m in dispatcher.messages]
    assert (texts[0] == wording.crisis_follow_up(settings()).text) is first
    booking = wording.faq_answer("booking", knowledge(), settings()).text
    assert any(t.startswith(booking.split(".")[0]) for t in texts)


@pytest.mark.asyncio
@pytest.mark.parametrize("sure, first", [(True, True), (False, False)])
@pytest.mark.parametrize("intent, text", [
    ("faq_booking", "just wanted to book one last nice thing"),
    ("faq_hours", "she lives 2 hours away"),
])  # fmt: skip
async def test_a_few_words_asking_nothing_right_after_the_line_get_it_before_the_answer(
    make_tracker, dispatcher, sure, first, intent, text
):
    tracker = make_tracker(intent, text=text, **_after_the_crisis_line(sure))
    await _run(ActionAnswerFaq(), tracker, dispatcher)
    texts = [m["text"] for m in dispatcher.messages]
    assert (wording.crisis_follow_up(settings()).text in texts) is first


@pytest.mark.asyncio
async def test_a_few_words_asking_nothing_after_the_line_said_again_get_the_answer_alone(
    make_tracker, dispatcher
):
    line_again = wording.crisis_follow_up(settings()).text
    events = [
        {"event": "user", "text": "nobody would notice if I was gone"},
        {"event": "action", "name": "action_crisis_response"},
        {"event": "slot", "name": "crisis_line_given", "value": True},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "she lives 2 hours away"},
        {"event": "action", "name": "action_crisis_follow_up"},
        {"event": "bot", "text": line_again},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "the latest"},
    ]
    text = "ok booked it online for thursday at 5"
    tracker = make_tracker("faq_booking", text=text, events=events, slots={"crisis_line_given": True})
    await _run(ActionAnswerFaq(), tracker, dispatcher)
    assert line_again not in [m["text"] for m in dispatcher.messages]


@pytest.mark.asyncio
@pytest.mark.parametrize("sure, again", [(True, True), (False, False)])
async def test_a_detail_read_as_a_condition_right_after_the_crisis_line_gets_it_again(
    make_tracker, dispatcher, sure, again
):
    tracker = make_tracker("ask_condition", text="he's 22, we're at home", **_after_the_crisis_line(sure))
    await _run(ActionAnswerCondition(), tracker, dispatcher)
    assert (dispatcher.messages[0]["text"] == wording.crisis_follow_up(settings()).text) is again


@pytest.mark.asyncio
async def test_an_unlisted_condition_told_beside_a_question_is_answered_too(make_tracker, dispatcher):
    # "car accident last month, got whiplash. will my insurance pay for massage"
    tracker = make_tracker("faq_insurance", [condition_entity("whiplash", "unlisted_condition")])
    events = await _run(ActionAnswerFaq(), tracker, dispatcher)
    texts = [m["text"] for m in dispatcher.messages]
    assert texts[0].startswith("Renée is not able to accept insurance")
    assert texts[1].startswith("Whiplash isn't one of the conditions Renée lists by name.")
    assert "list of symptoms and conditions" in texts[1]  # the list is not exhaustive
    assert SlotSet("unlisted_condition", ["whiplash"]) in events
