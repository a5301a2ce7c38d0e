"""Says the last answer again ("say that again", "simpler please", intent ask_repeat)."""

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import _turn
from actions._reply import send
from chatbot import action_names
from chatbot.practice import wording
from chatbot.practice.settings import settings

# Said again as they were, without a word about Renée after them.
SAFETY_ANSWERS = frozenset({action_names.CRISIS, action_names.CRISIS_FOLLOW_UP, action_names.EMERGENCY})


class ActionRepeatAnswer(Action):
    """The last answer's messages once more, as they were: its words are the page's, the
    only ones the bot has for those facts; then the way to ask Renée for a plainer telling."""

    def name(self) -> Text:
        return action_names.REPEAT_ANSWER

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        actions, said = _turn.last_answer(tracker)
        if not said:
            send(dispatcher, wording.nothing_to_repeat(settings()))
            return []
        for message in said:
            data = message.get("data") or {}
            dispatcher.utter_message(
                text=message.get("text"), buttons=data.get("buttons") or None
            )
        if not SAFETY_ANSWERS & set(actions):
            send(dispatcher, wording.repeat_closing(settings()))
        return []
