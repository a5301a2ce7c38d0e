"""Crisis, emergencies, medical scope and reaching a person."""

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions._reply import send
from chatbot import wording
from chatbot.knowledge import knowledge
from chatbot.settings import settings


class ActionCrisisResponse(Action):
    def name(self) -> Text:
        return "action_crisis_response"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        send(dispatcher, wording.crisis_reply(settings()))
        return []


class ActionEmergencyResponse(Action):
    def name(self) -> Text:
        return "action_emergency_response"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        # The safety detector ranks crisis at 1.0 too when a message is both.
        also_crisis = any(
            r.get("name") == "crisis" and r.get("confidence", 0) >= 1.0
            for r in tracker.latest_message.get("intent_ranking") or []
        )
        send(dispatcher, wording.emergency_reply(settings(), also_crisis))
        return []


class ActionMedicalScope(Action):
    def name(self) -> Text:
        return "action_medical_scope"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        kb = knowledge()
        known = {c.id for c in kb.conditions}
        conditions = [e.get("value") for e in tracker.latest_message.get("entities", [])
                      if e.get("entity") == "condition" and e.get("value") in known]
        send(dispatcher, wording.medical_scope_reply(conditions, kb, settings()))
        return []


class ActionContactTherapist(Action):
    def name(self) -> Text:
        return "action_contact_therapist"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        send(dispatcher, wording.contact_reply(settings()))
        return []
