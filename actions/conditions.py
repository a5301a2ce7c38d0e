"""Answers "can massage help with ...?" from the recogniser's entities, or, for a
follow-up that names none, from the conditions the conversation is about."""

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import _turn
from actions._also import answer_the_rest, greet_back
from actions._reply import send
from actions.safety import (
    crisis_follow_up,
    emergency_follow_up,
    still_about_the_crisis,
    still_about_the_emergency,
    told_of_the_crisis,
    told_of_the_emergency,
)
from chatbot import action_names
from chatbot.nlu import condition_terms, dialogue
from chatbot.practice import wording
from chatbot.practice.knowledge import knowledge
from chatbot.practice.settings import settings


class ActionAcknowledge(Action):
    """An "ok": anything else? ("ok perfect": you're welcome, anything else?) A yes, a no
    or a few words told back ("yes she sees a neurologist", "no not yet") answer the
    answer right before: after a condition answer they are about its conditions, after
    "which condition?" they name none yet."""

    def name(self) -> Text:
        return action_names.ACKNOWLEDGE

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        if dialogue.answers_back(_turn.text(tracker)) and not _turn.clicked(tracker):
            actions, said = _turn.answer_just_before(tracker)
            kb = knowledge()
            asked = wording.ask_which_condition(kb).text
            if any(str(m.get("text") or "").startswith(asked) for m in said):
                send(dispatcher, wording.ask_which_condition(kb))
                return []
            earlier = _turn.remembered(tracker, _turn.CONDITION)
            if action_names.ANSWER_CONDITION in actions and earlier:
                send(dispatcher, wording.condition_follow_up(earlier, kb, settings()))
                return []
        if dialogue.pleased(_turn.text(tracker)):  # "ok perfect": as a thanks
            dispatcher.utter_message(response="utter_you_are_welcome")
            return []
        dispatcher.utter_message(response="utter_anything_else")
        return []


class ActionAnswerCondition(Action):
    def name(self) -> Text:
        return action_names.ANSWER_CONDITION

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        if still_about_the_emergency(tracker):  # "should i just wait and see"
            send(dispatcher, emergency_follow_up(tracker))
            return []
        if still_about_the_crisis(tracker):  # "he's 22, we're at home", read as a detail
            send(dispatcher, crisis_follow_up(tracker))
            return []
        if told_of_the_emergency(tracker):  # "he has heart disease": the number first
            send(dispatcher, emergency_follow_up(tracker))
        elif told_of_the_crisis(tracker):  # "he's 77, my mom died in may": the line first
            send(dispatcher, crisis_follow_up(tracker))
        greet_back(dispatcher, tracker)
        kb = knowledge()
        intent = _turn.intent(tracker)
        said = _turn.text(tracker)
        ranking = tracker.latest_message.get("intent_ranking") or []
        named = _turn.named_conditions(tracker)
        unlisted = _turn.entity_values(tracker, _turn.UNLISTED)
        earlier = [] if unlisted else _turn.remembered(tracker, _turn.CONDITION)
        listed = _turn.conditions_for_turn(tracker, named, earlier)
        unlisted = _turn.unlisted_beside(tracker, listed)
        # "I'm 20 weeks" adds to the answer: only a topic it names outright, not the
        # classifier's second guess (the hours), is answered beside it.
        detail = not named and dialogue.adds_a_detail(said)
        if not (named or listed or unlisted):
            # "does she work on that?", "both feet, about 6 months" after an unlisted one
            unlisted = _turn.conditions_for_turn(
                tracker, [], _turn.remembered(tracker, _turn.UNLISTED)
            )
        # "is that tennis elbow?": the answer says Medical Massage does not diagnose.
        diagnosis = dialogue.asks_for_a_diagnosis(said, _turn.condition_spans(tracker))
        if listed:
            cure = diagnosis or dialogue.asks_for_a_cure(said)
            # whether it will cure or slow it is the provider's to say, as is the diagnosis
            scope = cure or dialogue.asks_about_safety(ranking, said)
            send(dispatcher, wording.condition_answer(listed, kb, settings(), scope, cure))
            if unlisted:
                send(dispatcher, wording.unlisted_answer(unlisted, kb, settings(), answered=listed))
            answer_the_rest(dispatcher, tracker, named_only=detail, conditions=listed)
        elif unlisted or intent == dialogue.ASK_CONDITION:
            scope = bool(unlisted) and (diagnosis or dialogue.asks_about_safety(ranking, said))
            # Nothing matched, or only a body part that hurts: which condition is it?
            suggest = set(unlisted) <= condition_terms.ache_names()
            send(dispatcher, wording.unlisted_answer(
                unlisted, kb, settings(), scope, suggest, ruled_out=_turn.ruled_out(tracker)
            ))  # fmt: skip
            answer_the_rest(dispatcher, tracker, named_only=detail)
            if not unlisted:  # nothing recognised: the conversation's condition stays
                return []
        else:
            send(
                dispatcher,
                wording.ask_which_condition(kb, dialogue.asks_about_safety(ranking, said)),
            )
            answer_the_rest(dispatcher, tracker)
            return []
        # Remembered for follow-ups ("is that safe?"): the latest conditions answered.
        return [SlotSet(_turn.CONDITION, listed or None),
                SlotSet(_turn.UNLISTED, unlisted or None)]  # fmt: skip
