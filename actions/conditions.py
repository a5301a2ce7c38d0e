"""Answers "can massage help with ...?" from the recogniser's entities, or, for a
follow-up that names none, from the conditions the conversation is about."""

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import _turn
from actions._reply import send
from chatbot import action_names
from chatbot.nlu import dialogue
from chatbot.practice import wording
from chatbot.practice.knowledge import knowledge
from chatbot.practice.settings import settings

BOOKING = "booking"


def answer_the_rest(
    dispatcher: CollectingDispatcher, tracker: Tracker, answered: Optional[Text] = None
) -> None:
    """After a condition answer, what else the same message asks: a second FAQ topic
    ("... can I come in today?") or Renée's own training ("has she worked with ...?")."""
    kb = knowledge()
    ranking = tracker.latest_message.get("intent_ranking") or []
    answered = answered or _turn.intent(tracker)
    topic = dialogue.second_topic(ranking, answered, kb.faq)
    if not topic and dialogue.asks_to_book(_turn.text(tracker)):
        topic = BOOKING
    if topic and dialogue.FAQ_PREFIX + topic != answered:
        send(dispatcher, wording.faq_answer(topic, kb, settings()))
    if topic not in wording.TOPICS_ABOUT_RENEE and dialogue.asks_about_renee(_turn.text(tracker)):
        send(dispatcher, wording.about_renee(kb))


class ActionAnswerCondition(Action):
    def name(self) -> Text:
        return action_names.ANSWER_CONDITION

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        kb = knowledge()
        intent = _turn.intent(tracker)
        named = _turn.named_conditions(tracker)
        unlisted = _turn.entity_values(tracker, _turn.UNLISTED)
        earlier = [] if unlisted else _turn.remembered(tracker, _turn.CONDITION)
        listed = dialogue.conditions_for_turn(named, earlier, intent, _turn.text(tracker))
        if listed:
            ranking = tracker.latest_message.get("intent_ranking") or []
            scope = dialogue.asks_about_safety(ranking, _turn.text(tracker))
            send(dispatcher, wording.condition_answer(listed, kb, settings(), scope))
            if unlisted:
                send(dispatcher, wording.unlisted_answer(unlisted, kb, settings()))
            answer_the_rest(dispatcher, tracker)
        elif unlisted or intent == dialogue.ASK_CONDITION:
            ranking = tracker.latest_message.get("intent_ranking") or []
            scope = bool(unlisted) and dialogue.asks_about_safety(ranking, _turn.text(tracker))
            send(dispatcher, wording.unlisted_answer(unlisted, kb, settings(), scope))
            answer_the_rest(dispatcher, tracker)
        else:
            send(dispatcher, wording.ask_which_condition(kb))
            return []
        # Remembered for follow-ups ("is that safe?"): the latest conditions answered.
        return [SlotSet(_turn.CONDITION, listed or None),
                SlotSet(_turn.UNLISTED, unlisted or None)]  # fmt: skip
