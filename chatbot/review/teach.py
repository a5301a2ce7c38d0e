""" "Teach the bot": which visitor messages need a correction, the choices offered (the
domain's intents, the knowledge's conditions) and the export as Rasa NLU training data.

The domain is ``chatbot.home.domain_path()``; the conditions come from ``chatbot.practice.knowledge.knowledge()``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Set, Tuple

import yaml

from chatbot import action_names
from chatbot.home import domain_path
from chatbot.nlu.dialogue import ASK_REPEAT
from chatbot.review.summary import FALLBACK_INTENT, LOW_CONFIDENCE

TEACH_BELOW = LOW_CONFIDENCE  # the same line as the "unsure" mark on a message
# Taught only with a confirmation: a wrong example makes the bot send crisis replies.
NEEDS_CONFIRMATION = ("crisis", "emergency")
# Never taught: the fallback, and the intent a rule sets on a message's words alone ("say
# that again").
NOT_TEACHABLE = (FALLBACK_INTENT, ASK_REPEAT)
FALLBACK_ACTIONS = (action_names.FALLBACK, action_names.RASA_DEFAULT_FALLBACK)


def intents(path: Optional[Path] = None) -> List[str]:
    """The domain's intents, as listed there (an entry may be a name or {name: {...}})."""
    raw = yaml.safe_load((path or domain_path()).read_text(encoding="utf-8")) or {}
    names = []
    for entry in raw.get("intents") or []:
        name = next(iter(entry)) if isinstance(entry, dict) else entry
        if isinstance(name, str) and name not in names:
            names.append(name)
    return names


def topic_choices(path: Optional[Path] = None) -> List[Tuple[str, str]]:
    """[(intent, plain topic name)] for the teach form, by name; crisis/emergency last."""
    from chatbot.review.plain import intent_name

    names = [(i, intent_name(i)) for i in intents(path) if i not in NOT_TEACHABLE]
    return sorted(names, key=lambda pair: (pair[0] in NEEDS_CONFIRMATION, pair[1].casefold()))


def named_conditions(text: str, terms: Optional[Dict] = None) -> List[Tuple[str, str]]:
    """[(condition id, name)] of the listed conditions whose name or alias is in the text:
    the only ones an example can be marked with."""
    terms = condition_terms() if terms is None else terms
    return [(cid, name) for cid, name in conditions() if annotate(text, cid, terms) != _clean(text)]


def check(
    text: str, intent: str, condition: str, confirmed: bool, path: Optional[Path] = None
) -> Optional[str]:
    """Why this correction cannot be stored (a sentence for the form), or None."""
    from chatbot.review.plain import intent_name

    if intent not in intents(path) or intent in NOT_TEACHABLE:
        return "Choose a topic from the list."
    if condition and condition not in {cid for cid, _ in named_conditions(text)}:
        return (
            "That condition is not named in this message: only conditions the visitor "
            "named can be marked."
        )
    if intent in NEEDS_CONFIRMATION and not confirmed:
        return (
            f"Teaching “{intent_name(intent)}” makes the bot answer messages like this one "
            "with the crisis reply. Tick the confirmation box to teach it."
        )
    return None


def conditions() -> List[Tuple[str, str]]:
    """[(condition id, name)] from the knowledge file."""
    from chatbot.practice.knowledge import knowledge

    return [(c.id, c.name) for c in knowledge().conditions]


def teachable(events: Iterable[Dict[str, Any]]) -> Set[int]:
    """Row ids (``_id``) of the visitor messages worth correcting: the fallback intent, a
    fallback action run after them, no confidence, or a confidence under ``TEACH_BELOW``."""
    found: Set[int] = set()
    last_user: Optional[int] = None
    for event in events:
        kind = event.get("event")
        if kind == "user":
            last_user = event.get("_id")
            intent = (event.get("parse_data") or {}).get("intent") or {}
            confidence = intent.get("confidence")
            if (
                intent.get("name") in (None, FALLBACK_INTENT)
                or not isinstance(confidence, (int, float))
                or confidence < TEACH_BELOW
            ) and last_user is not None:
                found.add(last_user)
        elif kind == "action" and event.get("name") in FALLBACK_ACTIONS:
            if last_user is not None:
                found.add(last_user)
    return found


def _clean(text: str) -> str:
    """One line, without the brackets Rasa's YAML reader would take for entity markup."""
    text = " ".join(str(text).split())
    return text.replace("[", "(").replace("]", ")").replace("{", "(").replace("}", ")")


def annotate(text: str, condition: Optional[str], terms: Dict[str, Tuple[str, ...]]) -> str:
    """The example line: the condition's name or alias in the text marked as the
    ``condition`` entity (longest match first); plain text when none of them appears."""
    text = _clean(text)
    if not condition:
        return text
    for term in sorted(terms.get(condition, ()), key=len, reverse=True):
        term = _clean(term)
        if not term:
            continue
        match = re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text, flags=re.IGNORECASE)
        if match:
            entity = f'{{"entity": "condition", "value": "{condition}"}}'
            return f"{text[: match.start()]}[{match.group(0)}]{entity}{text[match.end() :]}"
    return text


def condition_terms() -> Dict[str, Tuple[str, ...]]:
    from chatbot.practice.knowledge import knowledge

    return {c.id: c.terms for c in knowledge().conditions}


def nlu_yaml(rows: Iterable[Dict[str, Any]], terms: Optional[Dict] = None) -> str:
    """Rasa NLU training data (version 3.1) with one example per correction."""
    terms = condition_terms() if terms is None else terms
    by_intent: Dict[str, List[str]] = {}
    for row in rows:
        example = annotate(row.get("text") or "", row.get("condition"), terms)
        if example.strip() and example not in by_intent.setdefault(row["intent"], []):
            by_intent[row["intent"]].append(example)
    lines = ['version: "3.1"', "", "# Corrections from the review tool (teach the bot).", "nlu:"]
    for intent, examples in by_intent.items():
        if not examples:
            continue
        lines += [f"- intent: {intent}", "  examples: |"]
        lines += [f"    - {example}" for example in examples]
    if len(lines) == 4:
        lines[-1] = "nlu: []"
    return "\n".join(lines) + "\n"
