"""What a turn is about beyond its intent: the conditions it concerns (named now, or
earlier for a follow-up), the intents a named condition outranks, and the likely topics
to offer when the classifier is unsure. Pure functions: the Rasa component and the
actions only pass in what the tracker holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import FrozenSet, Iterable, List, Mapping, Optional, Sequence

ASK_CONDITION = "ask_condition"
FALLBACK = "nlu_fallback"
NOT_ENGLISH = "not_english"
MEDICAL_ADVICE = "medical_advice"

# Languages whose crisis and emergency wording the safety detector knows in full
# (chatbot/nlu/safety.yml, safety_es.yml). A message in any other language gets the crisis
# and emergency numbers with its language notice: the bot cannot rule danger out.
SAFETY_LANGUAGES = frozenset({"en", "es"})

# Keys the NLU pipeline adds to a message's parse data, read by the actions.
LANGUAGE_KEY = "language"  # ISO 639-1 code of a message not in English
SAFETY_RULE_KEY = "safety_rule"  # the safety rule that fired, when one did

# A message that names a condition is about that condition, whatever these intents say:
# "hi, my sciatica is back" or "my neck is in knots lol" (read as out of scope).
OUTRANKED_BY_A_CONDITION = frozenset(
    {"greet", "acknowledge", "out_of_scope", "bot_challenge", FALLBACK, "ask_help_general"}
)

# Intents whose answer concerns the conversation's condition when the message names
# none: "is that safe?", "are you trained for that?", "how many sessions would I need?",
# "would you work with her?", "would that be covered?".
FOLLOW_UPS = frozenset(
    {ASK_CONDITION, "ask_help_general", MEDICAL_ADVICE, "faq_training", "faq_sessions",
     "faq_insurance", "faq_prescription"}
)  # fmt: skip

# Never offered as a guess: they need no button, or must never be a guess.
NOT_SUGGESTED = frozenset(
    {
        FALLBACK, "crisis", "emergency", "greet", "goodbye", "thank", "thank_and_goodbye",
        "acknowledge", "out_of_scope", "bot_challenge", NOT_ENGLISH,
    }
)  # fmt: skip
SUGGESTION_FLOOR = 0.05  # below this a guess is noise, not a likely topic
# A condition question the classifier also reads this much as medical advice ("... is
# that ok?", "would it be triggering?") is answered with the scope line too.
SAFETY_QUESTION_HINT = 0.1
MAX_SUGGESTIONS = 3


# A message naming one of Renée's services ("do you do MLD?", "prenatal massage?") that
# the classifier did not place asks about her training, or about Trauma Touch Therapy.
SERVICE_TOPICS = {"trauma_touch": "faq_trauma_touch"}
SERVICE_TOPIC = "faq_training"


def outranked_intent(
    intent: Optional[str], names_a_condition: bool, services: Sequence[str] = ()
) -> Optional[str]:
    """The intent to use instead of ``intent``, or None to keep it."""
    if intent not in OUTRANKED_BY_A_CONDITION:
        return None
    if names_a_condition:
        return ASK_CONDITION
    if services:
        return SERVICE_TOPICS.get(services[0], SERVICE_TOPIC)
    return None


# A thanks or a goodbye that also says the other ("thanks so much, have a good night") is
# answered both: the classifier reads such a message as either one as often as both.
# Never a question ("thanks, can I see you saturday?"), and never the other way round: a
# goodbye said in words these do not know is still a goodbye.
THANKS = re.compile(
    r"\b(thanks?|thank\s*(you|u)|thx|thnx|thanx|tnx|ty|tysm|tyvm|cheers|appreciated?|grateful)\b"
)
GOODBYE = re.compile(
    r"\b(bye|goodbye|farewell|see\s+(you|ya|u)|cya|later|ttyl|talk\s+(soon|tomorrow)"
    r"|speak\s+(soon|later|tomorrow)|catch\s+(you|ya|u)|signing\s+off|gotta\s+(go|run)|gtg"
    r"|take\s+care(?!\s+of)|good\s*night(?!\s*'?s)|night\s+night|g?nite|gnight"
    r"|good\s+(day|morning|afternoon|evening)|enjoy\s+(your|the\s+rest)"
    r"|have\s+a\s+(\w+\s+)?(day|night|evening|afternoon|morning|weekend|week|one))\b"
)


def thanks_or_goodbye(intent: Optional[str], text: str) -> Optional[str]:
    """``thank_and_goodbye`` for a thanks or a goodbye that says both, else None."""
    if intent not in ("thank", "goodbye") or "?" in text:
        return None
    lowered = text.lower()
    if THANKS.search(lowered) and GOODBYE.search(lowered):
        return "thank_and_goodbye"
    return None


# A general "can you help?" is a follow-up only when it points back ("would you see
# her?", "can you help with that too?"); "can massage help me?" asks afresh. So is an
# insurance or prescription question, at a thing only ("is that covered?"): "does she
# take insurance?" is about Renée.
POINTING_AT_IT = frozenset({"that", "it", "this", "those", "these", "both", "either"})
POINTING_BACK = POINTING_AT_IT | {"her", "him", "them", "she", "he", "they"}
NEEDS_POINTING_BACK = {
    ASK_CONDITION: POINTING_BACK,
    "ask_help_general": POINTING_BACK,
    "faq_insurance": POINTING_AT_IT,
    "faq_prescription": POINTING_AT_IT,
}


def points_back(text: str, words: FrozenSet[str] = POINTING_BACK) -> bool:
    return bool(words & set(re.findall(r"[a-z]+", text.lower())))


def conditions_for_turn(
    named: Sequence[str],
    remembered: Optional[Iterable[str]],
    intent: Optional[str],
    text: str = "",
) -> List[str]:
    """The listed conditions this turn's answer is about."""
    if named:
        return list(dict.fromkeys(named))
    if intent not in FOLLOW_UPS or not remembered:
        return []
    if intent in NEEDS_POINTING_BACK and not points_back(text, NEEDS_POINTING_BACK[intent]):
        return []
    return list(dict.fromkeys(remembered))


def likely_topics(ranking: Sequence[Mapping[str, object]], offered: Iterable[str]) -> List[str]:
    """Up to three intents worth offering as "Did you mean ...?" buttons, best first.

    ``offered`` are the intents a topic button exists for.
    """
    offered = set(offered)
    topics: List[str] = []
    for entry in ranking:
        name = str(entry.get("name") or "")
        confidence = float(entry.get("confidence") or 0.0)  # type: ignore[arg-type]
        if confidence < SUGGESTION_FLOOR:
            break  # the ranking is sorted
        if name in NOT_SUGGESTED or name not in offered or name in topics:
            continue
        topics.append(name)
        if len(topics) == MAX_SUGGESTIONS:
            break
    return topics


# Words that make a question about a condition a safety question the classifier may not
# see: "would massage be appropriate for a 15 year old?", "would it make that worse?",
# "massage ok?". Not "I hurt my back lifting": an injury is no safety question.
SAFETY_WORDS = re.compile(
    r"\b(safe|safely|unsafe|risky|risks?|dangerous|danger|appropriate|contraindicat\w*"
    r"|harmful|worse|worsen|aggravate|flare\s+up|(massage|it|that|this|pressure)\s+hurt)\b"
    r"|\b(ok|okay|alright|fine)\s*\?"
)


def asks_about_safety(ranking: Sequence[Mapping[str, object]], text: str = "") -> bool:
    """Whether the message is a safety question: the classifier reads it so, even as a
    second guess, or its words say so."""
    return bool(SAFETY_WORDS.search(text.lower())) or any(
        entry.get("name") == MEDICAL_ADVICE
        and float(entry.get("confidence") or 0.0) >= SAFETY_QUESTION_HINT  # type: ignore[arg-type]
        for entry in ranking
    )


FAQ_PREFIX = "faq_"


def faq_topic(intent: str) -> str:
    """The knowledge file's FAQ id of an intent ("faq_booking" -> "booking"), or ""."""
    return intent[len(FAQ_PREFIX) :] if intent.startswith(FAQ_PREFIX) else ""


# An answer also takes up a second question of the same message when the classifier
# ranks its topic at least this high ("... tennis elbow, she'd like to book", "...
# radiation, does Renée have oncology training?").
SECOND_TOPIC_FLOOR = 0.15
# Overviews, never a second answer: a condition answer already says what the list and
# Medical Massage are about.
NOT_A_SECOND_TOPIC = frozenset({"conditions", "what_is"})

# A message that asks for a visit also wants the way to book, whatever else it says
# ("... when is your next opening?", "can you fit me in", "any chance of Thursday?").
# "book" only as a verb: "I read a book about fibromyalgia" asks nothing.
BOOKING_WORDS = re.compile(
    r"(?<!\ba )(?<!\bthe )(?<!\bthis )(?<!\bmy )(?<!\bher )(?<!\bhis )(?<!\byour )"
    r"\b(book|booking)\b(?!\s+(about|on|by|club))"
    r"|\b(appointments?|appt|slots?|openings?|availability|fit (me|him|her|us|them) in"
    r"|come in|see me|same[- ]day|reschedule|cancellation|gift (cards?|certificates?|vouchers?)"
    r"|(this|next|for|of|any) (mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)
# Words that name a FAQ topic outright, for a second question the classifier ranks low
# ("... looking for trauma-informed massage", "... do you do packages?").
TOPIC_WORDS = {
    "booking": BOOKING_WORDS,
    "trauma_touch": re.compile(r"\btrauma[- ]informed\b|\btrauma touch\b"),
    "insurance": re.compile(r"\b(insurance|insurer|hsa|fsa|reimburs\w*|out of pocket)\b"),
    "sessions": re.compile(r"\b(packages?|how many sessions|series of sessions)\b"),
}


def asks_to_book(text: str) -> bool:
    return bool(BOOKING_WORDS.search(text.lower()))


def topics_named(text: str) -> List[str]:
    """FAQ topics (knowledge file ids) the message names outright."""
    lowered = text.lower()
    return [topic for topic, words in TOPIC_WORDS.items() if words.search(lowered)]


def names_renee(text: str) -> bool:
    return bool(re.search(r"\bren[ée]e\b", text.lower()))


# "has she worked with CP kids before?", "is Renée familiar with DID?", "would Renée be
# sensitive about weight talk": a question about Renée herself. Not "my mom is sensitive
# to pressure, can she come?" or "I had a bad experience with my last therapist".
ASKS_HER = re.compile(r"\b(does|has|is|would|will|can|did|could)\s+(she|ren[ée]e|the therapist)\b")
HER_EXPERIENCE = re.compile(
    r"\b(experience|experienced|familiar|worked|trained|training|qualified|certified"
    r"|comfortable|sensitive|knows?\s+(about|how)|understands?|background|speciali[sz]e[sd]?"
    r"|credentials?|licen[sc]ed)\b"
)


def asks_about_renee(text: str) -> bool:
    lowered = text.lower()
    return bool(ASKS_HER.search(lowered) and HER_EXPERIENCE.search(lowered))


def second_topic(
    ranking: Sequence[Mapping[str, object]], answered: Optional[str], topics: Iterable[str]
) -> Optional[str]:
    """The FAQ topic (knowledge file id) the classifier ranks second, if high enough;
    ``topics`` are the knowledge file's FAQ ids."""
    topics = set(topics)
    for entry in ranking:
        name = str(entry.get("name") or "")
        if float(entry.get("confidence") or 0.0) < SECOND_TOPIC_FLOOR:  # type: ignore[arg-type]
            break  # the ranking is sorted
        topic = faq_topic(name)
        if name != answered and topic in topics:
            return topic
    return None


@dataclass(frozen=True)
class Rest:
    """What else a message asks, after the answer to its intent."""

    topic: Optional[str] = None  # one more FAQ topic (knowledge file id) to answer
    renee: bool = False  # also say who Renée is


def the_rest(
    ranking: Sequence[Mapping[str, object]],
    answered: str,
    text: str,
    faq_facts: Mapping[str, Sequence[str]],
    therapist_facts: Iterable[str],
) -> Rest:
    """One more FAQ topic: ranked second, or named outright; never the one answered, an
    overview, or one whose facts the answer already gave. ``faq_facts``: each FAQ topic's
    fact keys; ``therapist_facts``: the keys that say who Renée is."""
    done = faq_topic(answered)
    said = set(faq_facts.get(done, ()))
    ranked = second_topic(ranking, answered, faq_facts)
    topic = None
    for candidate in ([ranked] if ranked else []) + topics_named(text):
        facts = set(faq_facts.get(candidate, ()))
        if candidate == done or candidate not in faq_facts or candidate in NOT_A_SECOND_TOPIC:
            continue
        if not (facts and facts <= said):
            topic = candidate
            break
    said |= set(faq_facts.get(topic, ())) if topic else set()
    renee = asks_about_renee(text) and not (said & set(therapist_facts))
    return Rest(topic, renee)
