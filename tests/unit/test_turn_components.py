"""ConditionFirst, ThanksAndGoodbye and LanguageGate, the NLU components between the classifier and
SafetyOverride, run on Rasa Messages (no trained model)."""

import pytest
from rasa.shared.nlu.training_data.message import Message

from chatbot.nlu.components.condition_first import ConditionFirst
from chatbot.nlu.components.language_gate import LanguageGate
from chatbot.nlu.components.thanks_and_goodbye import ThanksAndGoodbye


def _message(text="", intent="greet", entities=(), confidence=0.6):
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": confidence}, add_to_output=True)
    message.set("entities", list(entities), add_to_output=True)
    return message


def _entity(value, entity="condition"):
    return {"entity": entity, "value": value, "start": 0, "end": 1}


@pytest.mark.parametrize(
    "text, intent, becomes",
    [("do I need a diagnosis?", "faq_conditions", "faq_what_is"),
     ("so it's only for people with a diagnosis?", "nlu_fallback", "faq_what_is"),
     ("does this work for what I have?", "nlu_fallback", "ask_help_general"),
     ("need a massage asap lol", "out_of_scope", "faq_booking"),
     ("my port is on the right side, is that a problem", "faq_location", "medical_advice"),
     ("👋", "nlu_fallback", "greet"),
     ("ugh traffic, 15 min late for my 2pm", "out_of_scope", "faq_booking"),
     ("how do i book without calling", "request_human", "faq_booking"),
     ("is this a scam", "bot_challenge", "faq_training"),
     ("is massage safe with my condition?", "medical_advice", "medical_advice"),
     ("can she massage feet with the sores on them", "request_human", "medical_advice"),
     ("can renee massage around the wound", "request_human", "medical_advice"),
     ("can he have massage in wheelchair", "faq_location", "faq_visit"),
     ("and can I drive home after", "faq_location", "faq_visit"),
     ("is there parking for a wheelchair van", "faq_location", "faq_location")],
)  # fmt: skip
def test_the_rules_in_their_order(text, intent, becomes):
    message = _message(text, intent)
    ConditionFirst().process([message])
    assert message.get("intent")["name"] == becomes


@pytest.mark.parametrize("entity", ["condition", "unlisted_condition"])
def test_a_greeting_that_names_a_condition_is_about_the_condition(entity):
    message = _message("hi, my sciatica is back", "greet", [_entity("sciatic_pain", entity)])
    ConditionFirst().process([message])
    assert message.get("intent") == {"name": "ask_condition", "confidence": 0.6}
    assert message.as_dict(only_output_properties=True)["intent"]["name"] == "ask_condition"


def test_a_condition_named_comes_before_a_topic_named():
    text = "my neck is stuck lol, any openings this week?"
    named = _message(text, "bot_challenge", [_entity("crick_in_the_neck")])
    unnamed = _message(text, "bot_challenge")
    ConditionFirst().process([named, unnamed])
    assert named.get("intent")["name"] == "ask_condition"
    assert unnamed.get("intent") == {"name": "faq_booking", "confidence": 0.6}


def test_a_question_with_its_own_answer_keeps_its_intent():
    message = _message("insurance for sciatica?", "faq_insurance", [_entity("sciatic_pain")])
    ConditionFirst().process([message])
    assert message.get("intent")["name"] == "faq_insurance"


def test_an_unplaced_question_naming_a_service_is_about_her_training():
    message = _message("do you do MLD", "nlu_fallback", [_entity("mld", "service")])
    ConditionFirst().process([message])
    assert message.get("intent")["name"] == "faq_training"


def test_a_request_to_be_diagnosed_read_as_about_medical_massage_asks_for_a_verdict():
    message = _message("can you diagnose me", "faq_medicine_chiro")
    ConditionFirst().process([message])
    assert message.get("intent")["name"] == "medical_advice"


def test_asking_whether_to_check_with_ones_surgeon_first_is_the_scope_question():
    message = _message("Should I ask my surgeon first?", intent="faq_visit")
    ConditionFirst().process([message])
    assert message.get("intent")["name"] == "medical_advice"


def test_no_condition_no_change():
    message = _message("hello", "greet")
    ConditionFirst().process([message])
    assert message.get("intent")["name"] == "greet"


def test_thanks_and_goodbye_in_one_message_get_both():
    message = _message("thanks so much, have a good night", "goodbye", confidence=0.7)
    ThanksAndGoodbye().process([message])
    out = message.as_dict(only_output_properties=True)
    assert out["intent"] == {"name": "thank_and_goodbye", "confidence": 0.7}


def test_a_message_in_another_language_gets_the_notice_intent_and_its_code():
    message = _message("¿Tienen citas disponibles el sábado por la mañana?", "nlu_fallback")
    LanguageGate().process([message])
    out = message.as_dict(only_output_properties=True)
    assert out["intent"] == {"name": "not_english", "confidence": 1.0}
    assert out["language"] == "es"


def test_a_greeting_too_short_for_the_detector_is_its_language():
    message = _message("Bom dia!", "greet")
    LanguageGate().process([message])
    assert message.get("intent")["name"] == "not_english" and message.get("language") == "pt"


def test_a_classifier_guess_gives_way_to_the_notice_and_the_rules_still_decide():
    from chatbot.nlu.components.safety_override import SafetyOverride

    override = SafetyOverride.create(SafetyOverride.get_default_config(), None, None, None)
    guessed = _message("Wie viel kostet eine Massage bei Ihnen am Wochenende?", "emergency")
    crisis = _message("je veux mourir, tout est trop lourd pour moi", "greet")
    for message in (guessed, crisis):
        LanguageGate().process([message])
        override.process([message])
    assert guessed.get("intent")["name"] == "not_english" and guessed.get("language") == "de"
    assert crisis.get("intent")["name"] == "crisis" and crisis.get("language") == "fr"


@pytest.mark.parametrize(
    "text, intent",
    [("obrigada!", "thank"), ("Merci beaucoup Renée", "thank"), ("salamat po", "thank"),
     ("tschüss", "goodbye"), ("gracias, adiós", "thank_and_goodbye")],
)  # fmt: skip
def test_a_thanks_or_goodbye_alone_in_another_language_is_answered_as_its_english(text, intent):
    message = _message(text, "nlu_fallback")
    LanguageGate().process([message])
    assert message.get("intent") == {"name": intent, "confidence": 1.0}
    assert message.get("language") is None


def test_a_thanks_that_goes_on_asking_gets_the_notice():
    message = _message("muchas gracias, ¿y cuánto cuesta una sesión de una hora?", "faq_price")
    LanguageGate().process([message])
    assert message.get("intent")["name"] == "not_english" and message.get("language") == "es"


@pytest.mark.parametrize(
    "text, condition, method, code",
    [("sinusitus sux", "sinusitis", "ruler", None), ("loopus flare", "lupus", "ruler", None),
     ("tengo lupus ahora", "lupus", "ruler", "es"),
     ("mi sinusitus crónica", "sinusitis", "fuzzy", "es"),
     ("tengo un stent en el corazón", "heart_disease", "ruler", "es"),
     # a name matched as Spanish is no English word ("tenho leucemia" is Portuguese)
     ("tenho leucemia", "cancer", "spanish", "pt")],
)  # fmt: skip
def test_a_short_message_naming_a_condition_in_english_words_is_english(
    text, condition, method, code
):
    entity = {"entity": "condition", "value": condition, "start": 0, "end": 6, "method": method}
    message = _message(text, "ask_condition", [entity])
    LanguageGate().process([message])
    assert message.get("language") == code
    assert (message.get("intent")["name"] == "not_english") == (code is not None)


@pytest.mark.parametrize(
    "text, entity, code",
    [("Ehlers-Danlos", "unlisted_condition", None), ("book appt", None, None),
     ("Ehlers-Danlos Syndrom, bitte helfen Sie", "unlisted_condition", "de"),
     ("tengo psoriasis severa", "unlisted_condition", "es"),
     ("Termin buchen bitte", None, "de")],
)  # fmt: skip
def test_a_short_message_naming_an_unlisted_condition_or_a_topic_in_english_is_english(
    text, entity, code
):
    start = 6 if text.startswith("tengo") else 0
    end = start + (len("psoriasis") if start else len("Ehlers-Danlos"))
    entities = [{"entity": entity, "value": "x", "start": start, "end": end, "method": "ruler"}]
    message = _message(text, "ask_condition", entities if entity else [])
    LanguageGate().process([message])
    assert message.get("language") == code


@pytest.mark.parametrize(
    "text",
    ["can massage help my sciatica", "kan i buk onlien", "si", "Hola, massage prices?", "", "👍"],
)
def test_english_short_or_unsure_messages_pass_unchanged(text):
    message = _message(text, "faq_booking")
    LanguageGate().process([message])
    assert message.get("intent")["name"] == "faq_booking"
    assert message.get("language") is None


def test_safety_override_names_the_rule_that_fired_not_the_words():
    from chatbot.nlu.components.safety_override import SafetyOverride

    override = SafetyOverride.create(SafetyOverride.get_default_config(), None, None, None)
    message = _message("I want to end it all", "greet")
    override.process([message])
    out = message.as_dict(only_output_properties=True)
    assert out["intent"]["name"] == "crisis"
    assert out["safety_rule"].startswith("crisis") and "end" not in out["safety_rule"]
