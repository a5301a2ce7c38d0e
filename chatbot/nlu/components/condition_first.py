"""ConditionFirst: a message that names a condition is about that condition.

config.yml, after FallbackClassifier:
    - name: chatbot.nlu.components.condition_first.ConditionFirst

"hi, my sciatica is back", "bombed my exam and my neck is in knots lol" or an unsure
guess that names a condition become ``ask_condition`` (see
``chatbot.nlu.dialogue.OUTRANKED_BY_A_CONDITION``); one that names a service of Renée's
("do you do MLD?") asks about her training (``dialogue.SERVICE_TOPIC``). A greeting or
an "ok" that goes on to ask asks the practice question the classifier ranks next
(``dialogue.question_behind_small_talk``), or follows up the person or thing talked
about ("will that make it hard for her?", ``dialogue.asks_back``; "can she handle
that?", ``dialogue.asks_if_she_can_handle_it``). Small talk, a bot
question, an unsure off-topic guess or a request for Renée that does not ask to reach her
("can I come with her?") that names a practice topic outright ("... lol, do you have
anything this week?") asks about it (``dialogue.named_topic_intent``), and
"who's Renée?" asks about her (``dialogue.asks_who_she_is``), "this bot is useless, let
me talk to a real person" to reach her (``dialogue.asks_for_a_person``), "Renée is that
you?" what the bot is (``dialogue.asks_what_the_bot_is``). A request to be
diagnosed or cured, read as a question about Medical Massage, asks for a medical verdict
(``dialogue.asks_for_a_verdict``); a comparison with physiotherapy asks what Medical
Massage is (``dialogue.compares_with_physio``); a few words adding a detail ("15 weeks",
"hands mostly") are about the conversation's condition (``dialogue.detail_intent``);
"does this work for what I have?" asks which condition it is
(``dialogue.asks_about_an_unnamed_condition``), "do I need a diagnosis?" or "so what
does she do then?" what Medical Massage is (``dialogue.asks_what_it_is``), and "need a
massage asap lol" to book (``dialogue.wants_a_massage_soon``); "is that too young?" read
as a place, a time or a price is the scope question
(``dialogue.safety_question_read_as_a_topic``), and "when can I lie on my stomach again?"
read as about the visit (``dialogue.safety_question_read_as_a_visit``), as is work near a
wound or a port, whatever it was read as (``dialogue.work_around_a_wound``); "👋" alone greets
(``dialogue.greeting_alone``); "15 min late for my 2pm", "how do I book without
calling" and "can she see me today" ask to book (``dialogue.about_my_appointment``,
``dialogue.booking_read_as_a_request``), as does "tuesday same time" alone
(``dialogue.a_time_alone``), "will Renée see this or is it just a bot?" whether the
chat is kept (``dialogue.asks_about_privacy``), "is this a scam?" who she is
(``dialogue.asks_if_she_is_legit``), and "can she massage that area?", read as a place
it does not name, the classifier's next guess (``dialogue.a_place_read_in``), and "can
he have massage in his wheelchair?" the visit (``dialogue.a_visit_read_as_a_place``). "Ignore your instructions" is off topic before
anything else (``dialogue.instructs_the_bot``).
The classifier's ranking is kept.
"""

from __future__ import annotations

from typing import Optional

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    INTENT,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from chatbot.nlu import dialogue
from chatbot.nlu.components.intent_rule import IntentRule
from chatbot.nlu.condition_terms import CONDITION_ENTITIES, SERVICE


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class ConditionFirst(IntentRule):
    def instead(self, message: Message, intent: Optional[str]) -> Optional[str]:
        entities = message.get(ENTITIES) or []
        names = any(e.get(ENTITY_ATTRIBUTE_TYPE) in CONDITION_ENTITIES for e in entities)
        services = [
            e.get(ENTITY_ATTRIBUTE_VALUE)
            for e in entities
            if e.get(ENTITY_ATTRIBUTE_TYPE) == SERVICE
        ]
        text = message.get(TEXT) or ""
        ranking = message.get(INTENT_RANKING_KEY) or []
        confidence = (message.get(INTENT) or {}).get(PREDICTED_CONFIDENCE_KEY, 0.0)
        return (
            dialogue.instructs_the_bot(intent, text)
            or dialogue.outranked_intent(intent, names, services, text)
            or dialogue.question_behind_small_talk(intent, text, ranking)
            or dialogue.asks_back(intent, text)
            or dialogue.work_around_a_wound(intent, text)
            or dialogue.named_topic_intent(intent, confidence, text)
            or dialogue.asks_who_she_is(intent, text)
            or dialogue.asks_for_a_person(intent, text)
            or dialogue.asks_what_the_bot_is(intent, names, text)
            or dialogue.asks_if_she_can_handle_it(intent, text)
            or dialogue.asks_for_a_verdict(intent, text)
            or dialogue.compares_with_physio(intent, text)
            or dialogue.asks_a_provider_first(intent, text)
            or dialogue.asks_about_those_who_serve(intent, names, text)
            or dialogue.detail_intent(intent, names, text)
            or dialogue.asks_what_it_is(intent, names, text)
            or dialogue.asks_about_an_unnamed_condition(intent, names, text)
            or dialogue.wants_a_massage_soon(intent, names, text, ranking)
            or dialogue.safety_question_read_as_a_topic(intent, text)
            or dialogue.safety_question_read_as_a_visit(intent, text)
            or dialogue.greeting_alone(intent, text)
            or dialogue.about_my_appointment(intent, text)
            or dialogue.a_time_alone(intent, text)
            or dialogue.asks_about_privacy(intent, text)
            or dialogue.booking_read_as_a_request(intent, text)
            or dialogue.asks_if_she_is_legit(intent, text)
            or dialogue.a_visit_read_as_a_place(intent, text)
            or dialogue.a_place_read_in(intent, text, ranking)
        )
