"""Answers the practice FAQs (insurance, prescription, booking, ...) from the knowledge
file, naming any listed condition the question is about."""

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import _turn
from actions._also import answer_the_rest, greet_back
from actions._reply import send
from actions.safety import (
    crisis_follow_up,
    emergency_follow_up,
    said_after_the_line,
    still_about_the_crisis,
    still_about_the_emergency,
)
from chatbot import action_names
from chatbot.nlu import dialogue
from chatbot.practice import wording
from chatbot.practice.knowledge import knowledge
from chatbot.practice.settings import settings


class ActionAnswerFaq(Action):
    def name(self) -> Text:
        return action_names.ANSWER_FAQ

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        if still_about_the_crisis(tracker):
            send(dispatcher, crisis_follow_up(tracker))
            return []
        if still_about_the_emergency(tracker):  # "what do i do", read as about the visit
            send(dispatcher, emergency_follow_up(tracker))
            return []
        if said_after_the_line(tracker):  # "no i don't want a hotline", "she lives 2 hours away"
            send(dispatcher, crisis_follow_up(tracker))
        greet_back(dispatcher, tracker)
        kb = knowledge()
        intent = _turn.intent(tracker)
        topic = dialogue.faq_topic(intent)
        if topic not in kb.faq:
            send(dispatcher, wording.fallback_reply(1, settings()))
            return []
        named = _turn.named_conditions(tracker) or _turn.service_conditions(tracker)
        earlier = _turn.remembered(tracker, _turn.CONDITION)
        conditions = _turn.conditions_for_turn(tracker, named, earlier)
        send(dispatcher, wording.faq_answer(topic, kb, settings(), conditions))
        # "does medical massage cure fibromyalgia?", "can it replace my PT?": whether it is
        # right for them is their provider's call too.
        text = _turn.text(tracker)
        if (topic in dialogue.WHAT_IT_IS_TOPICS and dialogue.asks_about_care(text)) or (
            topic == "prescription" and dialogue.asks_for_clearance(text)
        ):
            send(dispatcher, wording.Reply(wording.SCOPE_LINE))
        # "that" is the service just answered, whatever condition the conversation is about.
        service = self.service_pointed_back_to(tracker, topic)
        if service in kb.faq:
            said = kb.faq[topic].facts
            send(dispatcher, wording.faq_answer(service, kb, settings(), omit=said))
        unlisted = [] if conditions else self.unlisted_asked_about(tracker, topic)
        if unlisted:
            listed = topic == "conditions"
            reply = wording.unlisted_answer(
                unlisted, kb, settings(), after_the_list=listed, ruled_out=_turn.ruled_out(tracker)
            )
            send(dispatcher, reply)
        # "can I stop anytime?" after PTSD: how she works with it, whatever the answer named.
        answer_the_rest(dispatcher, tracker, conditions=conditions or earlier)
        if unlisted:
            return [SlotSet(_turn.CONDITION, None), SlotSet(_turn.UNLISTED, unlisted)]
        # Remembered like a condition answer's: "prenatal massage?" names pregnancy by its
        # service, which the slot's entity mapping does not read, and "I'm 20 weeks" follows.
        return [SlotSet(_turn.CONDITION, conditions)] if conditions else []

    @staticmethod
    def service_pointed_back_to(tracker: Tracker, topic: Text) -> Optional[Text]:
        """The service answered before that this question points back to ("does that cost
        extra?" after Trauma Touch Therapy), answered again beside it."""
        if _turn.clicked(tracker):
            return None
        return dialogue.service_followed_up(
            _turn.previous_intent(tracker), topic, _turn.text(tracker)
        )

    @staticmethod
    def unlisted_asked_about(tracker: Tracker, topic: Text) -> List[Text]:
        """The unlisted conditions a question names ("is EDS on your list?", "I have
        whiplash, will my insurance pay?", told beside any topic) or, about the list, points
        back to ("so is that on the list or no?" after one was answered)."""
        named = _turn.unlisted_beside(tracker, [])
        if named or topic != "conditions":
            return named
        return _turn.conditions_for_turn(tracker, [], _turn.remembered(tracker, _turn.UNLISTED))
