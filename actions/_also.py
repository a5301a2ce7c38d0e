"""What else a message says besides its main question: a greeting before the answer
("Hi! ..."); after it, another question ("... tennis elbow, can she see her this
Thursday?", "... radiation, does Renée have oncology training?")."""

from typing import List, Optional, Sequence, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import _turn
from actions._reply import send
from chatbot.nlu import dialogue, other_languages
from chatbot.nlu.condition_terms import SERVICE
from chatbot.practice import wording
from chatbot.practice.knowledge import knowledge
from chatbot.practice.settings import settings

BOOKING = "booking"


def answer_the_rest(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    answered: Optional[Text] = None,
    named_only: bool = False,
    conditions: Sequence[Text] = (),
) -> None:
    """``named_only``: only a topic the message names outright, not the classifier's
    second guess; ``conditions``: the listed conditions the turn is about, whose
    specialty says how Renée works with them."""
    kb = knowledge()
    text = _turn.text(tracker)
    rest = dialogue.the_rest(
        [] if named_only else tracker.latest_message.get("intent_ranking") or [],
        answered or _turn.intent(tracker),
        text,
        {topic: faq.says for topic, faq in kb.faq.items()},
        wording.THERAPIST_FACTS,
        _turn.entity_values(tracker, SERVICE),
        dialogue.approach_topics(text, kb.specialties_of(conditions)),
    )
    main = kb.faq.get(dialogue.faq_topic(answered or _turn.intent(tracker) or ""))
    said = set(main.facts) if main else set()
    for topic in rest.topics:
        send(dispatcher, wording.faq_answer(topic, kb, settings(), omit=said))
        said |= set(kb.faq[topic].facts)
    if rest.renee:
        send(dispatcher, wording.about_renee(kb))


def answer_named_conditions(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[Text]:
    """The listed conditions the message names, answered (with the scope line when it asks
    about safety) as text alone, beside another reply; returns them."""
    named = _turn.named_conditions(tracker)
    if named:
        ranking = tracker.latest_message.get("intent_ranking") or []
        scope = dialogue.asks_about_safety(ranking, _turn.text(tracker))
        answer = wording.condition_answer(named, knowledge(), settings(), scope)
        send(dispatcher, wording.Reply(answer.text))
    return named


def greet_back(
    dispatcher: CollectingDispatcher, tracker: Tracker, say_what_i_am: bool = True
) -> None:
    """Greets back a message that opens with a greeting ("Hello!", or one of its own
    language's: "Bonjour !") and thanks back one that opens with thanks ("You're
    welcome!"), then says what the bot is if the message asks or doubts it ("you're a
    bot, aren't you? does she take insurance"), before the answer to its question."""
    text = _turn.text(tracker)
    language = _turn.language(tracker)
    if dialogue.greets(text) or (language and other_languages.greets(text, language, knowledge())):
        dispatcher.utter_message(text=wording.HELLO)
    elif dialogue.thanks_first(text):
        dispatcher.utter_message(text=wording.WELCOME)
    if say_what_i_am and dialogue.doubts_the_bot(text):
        dispatcher.utter_message(text=wording.BOT_IDENTITY)
