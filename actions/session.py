"""Session start (privacy notice), what the bot is, questions about privacy and the
low-confidence fallback."""

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import _turn
from actions._also import answer_named_conditions, greet_back
from actions._reply import send
from actions.safety import crisis_follow_up, still_about_the_crisis
from chatbot import action_names
from chatbot.nlu import dialogue
from chatbot.practice import wording
from chatbot.practice.knowledge import knowledge
from chatbot.practice.settings import settings

FALLBACK_ACTION = action_names.FALLBACK


class ActionSessionStart(Action):
    """Rasa's default session start, plus the privacy notice as the first message."""

    def name(self) -> Text:
        return action_names.SESSION_START

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        send(dispatcher, wording.privacy_notice(settings()))
        return [SessionStarted(), ActionExecuted("action_listen")]


class ActionAnswerPrivacy(Action):
    """Answers "is this chat private?": who reads it, how long it is kept, how to have it
    deleted."""

    def name(self) -> Text:
        return action_names.ANSWER_PRIVACY

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        if still_about_the_crisis(tracker):  # "i have my meds saved up"
            send(dispatcher, crisis_follow_up(tracker))
            return []
        greet_back(dispatcher, tracker, say_what_i_am=False)  # the answer opens with it
        # "Is this private? I want to ask about my abuse history": the condition too.
        named = answer_named_conditions(dispatcher, tracker)
        send(dispatcher, wording.privacy_answer(settings()))
        return [SlotSet(_turn.CONDITION, named)] if named else []


class ActionSayWhatIAm(Action):
    """"Are you a bot?": what the bot is, greeted back first ("hello? is anybody there or
    is this automated")."""

    def name(self) -> Text:
        return action_names.SAY_WHAT_I_AM

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        greet_back(dispatcher, tracker, say_what_i_am=False)  # the answer is what it is
        dispatcher.utter_message(response="utter_iamabot")
        return []


def failures_in_a_row(tracker: Tracker) -> int:
    """How many user turns in a row, this one included, the fallback has answered."""
    turns: List[List[Dict[Text, Any]]] = []
    for event in tracker.events:
        if event.get("event") == "user":
            turns.append([])
        elif turns:
            turns[-1].append(event)
    count = 1
    for turn in reversed(turns[:-1]):
        if not any(e.get("event") == "action" and e.get("name") == FALLBACK_ACTION for e in turn):
            break
        count += 1
    return count


class ActionFallback(Action):
    def name(self) -> Text:
        return FALLBACK_ACTION

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        said = _turn.text(tracker)
        misses = failures_in_a_row(tracker)
        if misses == 1 and not _turn.clicked(tracker):
            # Unsure what else it says, but it names questions outright ("this bot is
            # useless, do you take insurance or not"), or Renée; a second miss in a row
            # hands over to her instead.
            named = dialogue.topics_named(said)
            if named:
                for topic in named:
                    send(dispatcher, wording.faq_answer(topic, knowledge(), settings()))
                return []
            if dialogue.names_renee(said):
                send(dispatcher, wording.about_renee(knowledge(), settings()))
                return []
            # "Dana Whitfield" after the way to book: a booking she has to make herself.
            if dialogue.a_booking_detail(_turn.previous_intent(tracker), said):
                send(dispatcher, wording.booking_detail_reply(knowledge(), settings()))
                return []
        ranking = tracker.latest_message.get("intent_ranking") or []
        topics = dialogue.likely_topics(ranking, wording.TOPICS)
        about = _turn.remembered(tracker, _turn.CONDITION)
        reply = wording.fallback_reply(misses, settings(), topics, about, knowledge())
        send(dispatcher, reply)
        return []
