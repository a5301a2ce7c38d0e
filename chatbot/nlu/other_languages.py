"""What a message in a language the bot does not speak names that it can answer in
English: listed conditions and question topics, from the knowledge file's words.

    find("¿Cuánto cuesta una sesión?", "es", kb)   -> Named(conditions=(), topics=("price",))
    find("Tengo fibromialgia y ansiedad", "es", kb) -> Named(("fibromyalgia", "anxiety"), ())

Words match whole, in lower case and without accents (``safety.fold``), with a plural
"s"/"es" and a hyphen or a space between words alike; "*" stands for any one word. No
English vocabulary is used: "prego" is Italian for "you're welcome", not pregnancy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import List, Optional, Tuple

from chatbot.nlu.safety import fold
from chatbot.practice.knowledge import Knowledge, OtherLanguage

# A message naming more than this many topics is answered for the first ones only.
MAX_TOPICS = 2


@dataclass(frozen=True)
class Named:
    conditions: Tuple[str, ...] = ()  # condition ids, in the order the message names them
    topics: Tuple[str, ...] = ()  # FAQ topic ids, likewise

    def __bool__(self) -> bool:
        return bool(self.conditions or self.topics)


def _normal(text: str) -> str:
    """Folded, with typographic apostrophes as "'" ("cos’è" as typed on a phone)."""
    return fold(text.replace("’", "'").replace("‘", "'"))


def _pattern(phrase: str) -> str:
    # A hyphen is a space: "post-traumatique", "post traumatique" and the like.
    parts = _normal(phrase).replace("-", " ").split()
    words = [r"\w+" if w == "*" else re.escape(w) for w in parts]
    return r"(?<!\w)" + r"[\s-]+".join(words) + r"(?:e?s)?(?!\w)"


@lru_cache(maxsize=16)  # a reloaded knowledge file brings new words
def _compiled(words: OtherLanguage) -> Tuple[Tuple[str, str, re.Pattern], ...]:
    return tuple(
        (part, key, re.compile("|".join(_pattern(p) for p in phrases)))
        for part, table in (("conditions", words.conditions), ("faq", words.faq))
        for key, phrases in table.items()
        if phrases
    )


def find(text: Optional[str], language: Optional[str], kb: Knowledge) -> Named:
    """The listed conditions and FAQ topics a message in ``language`` names."""
    words = kb.other_languages.get(language or "")
    if words is None or not isinstance(text, str) or not text.strip():
        return Named()
    folded = _normal(text)
    found: List[Tuple[int, str, str]] = []
    for part, key, pattern in _compiled(words):
        match = pattern.search(folded)
        if match:
            found.append((match.start(), part, key))
    found.sort()
    return Named(
        conditions=tuple(key for _, part, key in found if part == "conditions"),
        topics=tuple(key for _, part, key in found if part == "faq")[:MAX_TOPICS],
    )
