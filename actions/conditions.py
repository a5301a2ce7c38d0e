"""Answers "can massage help with ...?" from the recogniser's entities."""

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions._reply import send
from chatbot import wording
from chatbot.knowledge import knowledge
from chatbot.settings import settings


def _entity_values(tracker: Tracker, entity: Text) -> List[Text]:
    # The latest message only: an earlier condition must not leak into this answer.
    values = [e.get("value") for e in tracker.latest_message.get("entities", [])
              if e.get("entity") == entity and e.get("value")]
    return list(dict.fromkeys(values))


class ActionAnswerCondition(Action):
    def name(self) -> Text:
        return "action_answer_condition"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        kb = knowledge()
        known = {c.id for c in kb.conditions}
        listed = [v for v in _entity_values(tracker, "condition") if v in known]
        unlisted = _entity_values(tracker, "unlisted_condition")
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if listed:
            send(dispatcher, wording.condition_answer(listed, kb, settings()))
            if unlisted:
                send(dispatcher, wording.unlisted_answer(unlisted, kb, settings()))
        elif unlisted or intent == "ask_condition":
            send(dispatcher, wording.unlisted_answer(unlisted, kb, settings()))
        else:
            send(dispatcher, wording.ask_which_condition(kb))
        return [SlotSet("condition", listed or None)]
