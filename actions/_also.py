"""What else a message asks, after its main answer: "... tennis elbow, can she see her on
Thursday?", "... radiation, does Renée have oncology training?"."""

from typing import Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import _turn
from actions._reply import send
from chatbot.nlu import dialogue
from chatbot.practice import wording
from chatbot.practice.knowledge import knowledge
from chatbot.practice.settings import settings

BOOKING = "booking"


def answer_the_rest(
    dispatcher: CollectingDispatcher, tracker: Tracker, answered: Optional[Text] = None
) -> None:
    """One more FAQ answer (a topic the classifier ranks second, or one the message names)
    and, for a question about Renée herself, who she is."""
    kb = knowledge()
    text = _turn.text(tracker)
    ranking = tracker.latest_message.get("intent_ranking") or []
    answered = answered or _turn.intent(tracker)
    done = answered[len(dialogue.FAQ_PREFIX) :] if answered.startswith(dialogue.FAQ_PREFIX) else ""
    said = set(kb.faq[done].facts) if done in kb.faq else set()
    ranked = dialogue.second_topic(ranking, answered, kb.faq)
    candidates = [ranked] if ranked else []
    candidates += dialogue.topics_named(text)
    # Not the topic just answered, nor one whose facts that answer already gave.
    topic = next(
        (
            t
            for t in candidates
            if t != done and t in kb.faq and not (kb.faq[t].facts and set(kb.faq[t].facts) <= said)
        ),
        None,
    )
    if topic:
        send(dispatcher, wording.faq_answer(topic, kb, settings()))
    if {topic, done}.isdisjoint(wording.TOPICS_ABOUT_RENEE) and dialogue.asks_about_renee(text):
        send(dispatcher, wording.about_renee(kb))
