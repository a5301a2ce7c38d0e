"""What the latest message and the conversation say, read from the tracker once."""

from typing import Any, Dict, List, Optional, Text, Tuple

from rasa_sdk import Tracker

from chatbot import action_names
from chatbot.nlu import dialogue
from chatbot.nlu.condition_terms import FUZZY, METHOD_KEY, SERVICE
from chatbot.nlu.dialogue import LANGUAGE_KEY, RULED_OUT_KEY
from chatbot.practice import wording
from chatbot.practice.knowledge import knowledge, related_conditions
from chatbot.practice.settings import settings

CONDITION = "condition"
UNLISTED = "unlisted_condition"
# Whether the latest crisis answer was sure: only then does the next message get the line
# again (data/rules.yml); after a guess, "no, I meant my neck" is answered as itself.
CRISIS_LINE_GIVEN = "crisis_line_given"
EMERGENCY_NUMBER_GIVEN = "emergency_number_given"


def intent(tracker: Tracker) -> Text:
    return (tracker.latest_message.get("intent") or {}).get("name") or ""


def text(tracker: Tracker) -> Text:
    return str(tracker.latest_message.get("text") or "")


def clicked(tracker: Tracker) -> bool:
    """A button of the bot's own ("/ask_help_general"), not words the visitor typed: a
    fresh question, never a follow-up of the previous answer."""
    return text(tracker).startswith("/")


def language(tracker: Tracker) -> Optional[Text]:
    """The language the NLU pipeline found the message to be in (None: English/unknown)."""
    return tracker.latest_message.get(LANGUAGE_KEY)


def entity_values(tracker: Tracker, entity: Text) -> List[Text]:
    """Values of ``entity`` in the latest message only, in order, once each."""
    values = [e.get("value") for e in tracker.latest_message.get("entities", [])
              if e.get("entity") == entity and e.get("value")]  # fmt: skip
    return list(dict.fromkeys(values))


def condition_spans(tracker: Tracker) -> List[Tuple[int, int]]:
    """Where the latest message names a condition, listed or not (start, end)."""
    return [(int(e["start"]), int(e["end"])) for e in tracker.latest_message.get("entities", [])
            if e.get("entity") in (CONDITION, UNLISTED) and e.get("end") is not None]  # fmt: skip


def names_any_condition(tracker: Tracker) -> bool:
    """Whether the message names a condition, listed or not."""
    return bool(named_conditions(tracker) or entity_values(tracker, UNLISTED))


def named_conditions(tracker: Tracker) -> List[Text]:
    known = {c.id for c in knowledge().conditions}
    return [v for v in entity_values(tracker, CONDITION) if v in known]


def conditions_as_written(tracker: Tracker) -> List[Text]:
    """The listed conditions the latest message names in the knowledge file's own words,
    not as near matches ("pregnant" in a French message, not "fibromialgię" in a Polish
    one: a near match in another language may be a word of that language)."""
    near = {e.get("value") for e in tracker.latest_message.get("entities", [])
            if e.get("entity") == CONDITION and e.get(METHOD_KEY) == FUZZY}  # fmt: skip
    return [c for c in named_conditions(tracker) if c not in near]


def ruled_out(tracker: Tracker) -> List[Text]:
    """Listed conditions the latest message says it is not ("No diabetes, they don't know
    why")."""
    return list(tracker.latest_message.get(RULED_OUT_KEY) or [])


def unlisted_beside(tracker: Tracker, listed: List[Text]) -> List[Text]:
    """The latest message's unlisted conditions, less those a listed one answered covers
    ("Parkinson's, the tremor is worse": the tremor is the Parkinson's)."""
    related = related_conditions()
    return [
        u
        for u in entity_values(tracker, UNLISTED)
        if not set(related.get(u.lower(), ())) & set(listed)
    ]


def service_conditions(tracker: Tracker) -> List[Text]:
    """The listed condition each named service is for, when it is for one: "do you do
    prenatal massage?" is about pregnancy; Trauma Touch Therapy, for several, names none."""
    kb = knowledge()
    found = []
    for service in entity_values(tracker, SERVICE):
        ids = [c.id for c in kb.conditions if c.specialty == service]
        if len(ids) == 1:
            found.extend(ids)
    return found


def remembered(tracker: Tracker, slot: Text) -> List[Text]:
    """The conditions the conversation was last answered about (kept in a slot), for a
    follow-up; none for a button click."""
    if clicked(tracker):
        return []
    value = tracker.get_slot(slot)
    if entity_values(tracker, slot):  # the slot holds this message's own already
        value = _before_this_message(tracker, slot)
    if isinstance(value, str):
        value = [value]
    values = [v for v in value or [] if isinstance(v, str)]
    if slot == CONDITION:
        known = {c.id for c in knowledge().conditions}
        values = [v for v in values if v in known]
    return values


def conditions_for_turn(tracker: Tracker, named: List[Text], earlier: List[Text]) -> List[Text]:
    """The listed conditions this turn's answer is about (``dialogue.conditions_for_turn``);
    the whole conversation is read only for "all of that"."""
    return dialogue.conditions_for_turn(
        named, earlier, intent(tracker), text(tracker), lambda: all_conditions(tracker),
        lambda: action_names.ANSWER_CONDITION in answer_just_before(tracker)[0],
    )


def all_conditions(tracker: Tracker) -> List[Text]:
    """Every condition this conversation was answered about before the latest message,
    oldest first ("how many sessions for all that?")."""
    values: List[Text] = []
    for event in _events_before_this_message(tracker):
        if event.get("event") == "slot" and event.get("name") == CONDITION:
            value = event.get("value")
            values.extend([value] if isinstance(value, str) else value or [])
        elif event.get("event") in ("restart", "session_started", "reset_slots"):
            values = []
    known = {c.id for c in knowledge().conditions}
    return [v for v in dict.fromkeys(values) if isinstance(v, str) and v in known]


def safety_language(tracker: Tracker) -> Text:
    """The language of a safety reply: they are worded in English and Spanish only."""
    return "es" if language(tracker) == "es" else "en"


def after_a_sure_crisis_line(tracker: Tracker) -> bool:
    """Whether the answer right before this message gave the crisis line, sure of it, or
    gave it once more ("she's next to me right now", then "should I take her to the ER")."""
    return _last_answer_was(tracker, action_names.CRISIS, CRISIS_LINE_GIVEN, wording.crisis_follow_up)


def after_a_sure_emergency_number(tracker: Tracker) -> bool:
    """Whether the answer right before this message gave the emergency number, sure of it,
    or gave it once more."""
    return _last_answer_was(
        tracker, action_names.EMERGENCY, EMERGENCY_NUMBER_GIVEN, wording.emergency_follow_up
    )


def right_after_the_sure_crisis_answer(tracker: Tracker) -> bool:
    """Whether the answer right before this message was the crisis answer itself, sure of
    it (not the line given once more after it)."""
    return _last_answer_was(tracker, action_names.CRISIS, CRISIS_LINE_GIVEN, None)


def _last_answer_was(tracker: Tracker, action: Text, sure_slot: Text, again: Any) -> bool:
    if not tracker.get_slot(sure_slot):  # the usual case, read without the events
        return False
    for event in reversed(_events_before_this_message(tracker)):
        if event.get("event") == "action" and event.get("name") != "action_listen":
            if event.get("name") == action:
                return True
            break
    if again is None:
        return False
    # ... or its line once more, the crisis line after it or not
    said_again = tuple(again(settings(), language).text for language in ("en", "es"))
    return any(str(m.get("text") or "").startswith(said_again) for m in answer_just_before(tracker)[1])


# Small talk said after an answer, passed over for the answer ("ok" -> "Is there anything
# else you'd like to know?" -> "wait, say that again").
SMALL_TALK_ANSWERS = frozenset(
    {"utter_anything_else", action_names.ACKNOWLEDGE, "utter_you_are_welcome", "utter_greet", "utter_goodbye",
     "utter_welcome_and_goodbye", "action_listen"}
)  # fmt: skip


Answer = Tuple[List[Text], List[Dict[Text, Any]]]  # the actions run, the bot messages


def _answers_before_this_message(tracker: Tracker) -> List[Answer]:
    """The bot's answer to each visitor message before the latest one, oldest first."""
    turns: List[Answer] = []
    for event in _events_before_this_message(tracker):
        kind = event.get("event")
        if kind == "user":
            turns.append(([], []))
        elif kind in ("restart", "session_started"):
            turns = []
        elif turns and kind == "action":
            turns[-1][0].append(str(event.get("name") or ""))
        elif turns and kind == "bot":
            turns[-1][1].append(event)
    return turns


def last_answer(tracker: Tracker) -> Answer:
    """The actions and the bot messages of the latest answer before this message that was
    not itself one said again (a second "simpler please" gets the answer, not the repeat)
    nor small talk; none before the first answer of the session."""
    for actions, said in reversed(_answers_before_this_message(tracker)):
        if said and action_names.REPEAT_ANSWER not in actions and not set(actions) <= SMALL_TALK_ANSWERS:
            return actions, said
    return [], []


def answer_just_before(tracker: Tracker) -> Answer:
    """The answer to the message right before this one; none at the start of a session."""
    answers = _answers_before_this_message(tracker)
    return answers[-1] if answers else ([], [])


def line_given_just_before(tracker: Tracker) -> bool:
    """Whether the answer right before this message gave the crisis line (beside the
    emergency number, for an overdose taken)."""
    crisis = settings().crisis
    lines = (crisis.crisis_line, crisis.crisis_line_es)
    _, said = answer_just_before(tracker)
    return any(line in str(event.get("text") or "") for event in said for line in lines)


def previous_intent(tracker: Tracker) -> Text:
    """The intent of the visitor's message before the latest one, in this conversation."""
    for event in reversed(_events_before_this_message(tracker)):
        if event.get("event") == "user":
            return ((event.get("parse_data") or {}).get("intent") or {}).get("name") or ""
        if event.get("event") in ("restart", "session_started"):
            break
    return ""


def _events_before_this_message(tracker: Tracker) -> List[Dict[Text, Any]]:
    events = list(tracker.events or [])
    users = [i for i, event in enumerate(events) if event.get("event") == "user"]
    return events[: users[-1] if users else 0]


def _before_this_message(tracker: Tracker, slot: Text) -> object:
    """A slot's value before the latest message: the domain fills the condition slots from
    the message's entities as it arrives."""
    value = None
    for event in _events_before_this_message(tracker):
        if event.get("event") == "slot" and event.get("name") == slot:
            value = event.get("value")
        elif event.get("event") in ("restart", "session_started", "reset_slots"):
            value = None
    return value
