"""What a message in a language the bot does not speak names that it can answer in
English: listed conditions and question topics, from the knowledge file's words.

    find("¿Cuánto cuesta una sesión?", "es", kb)   -> Named(conditions=(), topics=("price",))
    find("Tengo fibromialgia y ansiedad", "es", kb) -> Named(("fibromyalgia", "anxiety"), ())
    greeting_language("Bom dia!", kb)             -> "pt"  (too short for the detector)
    courtesies("Merci, au revoir !", kb)          -> {"thanks", "goodbyes"}

Words match whole, in lower case and without accents (``chatbot.folding.fold``), with a plural
"s"/"es" and a hyphen or a space between words alike; "*" stands for any one word. No
English vocabulary is used: "prego" is Italian for "you're welcome", not pregnancy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import FrozenSet, List, Optional, Tuple

from chatbot.folding import fold
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


# A greeting alone, or with Renée's name ("Hola Renée"), is too short for the detector but
# plainly its language; not one that goes on ("hola, how much is it?", "Salut, ça va?").


@lru_cache(maxsize=64)
def _greeting(greetings: Tuple[str, ...]) -> Optional[re.Pattern]:
    if not greetings:
        return None
    # Whole words, longest first ("buenas tardes" before "buenas"); no plural "s": "Chaos!"
    # is not "chào".
    words = sorted((_normal(g).replace("-", " ").split() for g in greetings), key=len, reverse=True)
    alternatives = "|".join(r"\W+".join(map(re.escape, w)) for w in words)
    return re.compile(rf"\W*(?:{alternatives})(?!\w)")


def _after_greeting(folded: str, greetings: Tuple[str, ...]) -> Optional[List[str]]:
    """The words after a greeting a (folded) message opens with; None when it opens with
    none."""
    pattern = _greeting(greetings)
    match = pattern.match(folded) if pattern else None
    return re.findall(r"\w+", folded[match.end() :]) if match else None


def greets(text: Optional[str], code: Optional[str], kb: Knowledge) -> bool:
    """Whether a message in language ``code`` opens with one of its greetings."""
    words = kb.other_languages.get(code or "")
    if not (words and isinstance(text, str)):
        return False
    return _after_greeting(_normal(text), words.greetings) is not None


def greeting_language(text: Optional[str], kb: Knowledge) -> Optional[str]:
    """The language of a message that is one of its greetings alone ("Bom dia!")."""
    if not isinstance(text, str):
        return None
    folded = _normal(text)
    name = _name_words(kb)
    for code, words in kb.other_languages.items():
        rest = _after_greeting(folded, words.greetings)
        if rest is not None and set(rest) <= name:
            return code
    return None


def _name_words(kb: Knowledge) -> set:
    """Renée's name, folded: said beside a greeting or a thanks ("Gracias Renée")."""
    return set(_normal(kb.therapist["name"]).split())


# English (or everyone's) words said beside them: "gracias! bye", "grazie, ciao". Alone,
# they are the classifier's to read ("ciao" may greet).
BESIDE: Tuple[Tuple[Tuple[str, ...], str], ...] = (
    (("thank", "you"), "thanks"), (("thanks",), "thanks"), (("thx",), "thanks"),
    (("bye",), "goodbyes"), (("ciao",), "goodbyes"),
)  # fmt: skip

_Phrases = Tuple[Tuple[Tuple[str, ...], str, bool], ...]


@lru_cache(maxsize=16)
def _courtesy_phrases(words: OtherLanguage) -> _Phrases:
    """(folded words, kind, the language's own) of its thanks and goodbyes and of
    ``BESIDE``, longest first."""
    own = [
        (tuple(re.findall(r"\w+", _normal(phrase))), kind, True)
        for kind, table in (("thanks", words.thanks), ("goodbyes", words.goodbyes))
        for phrase in table
    ]
    beside = [(said, kind, False) for said, kind in BESIDE]
    return tuple(sorted(own + beside, key=lambda p: len(p[0]), reverse=True))


def courtesies(text: Optional[str], kb: Knowledge) -> FrozenSet[str]:
    """What a message that is only one language's thanks and goodbyes says ("thanks",
    "goodbyes" or both: "merci, au revoir"), Renée's name aside; empty for any other
    message ("gracias, ¿y los precios?")."""
    if not isinstance(text, str):
        return frozenset()
    said = re.findall(r"\w+", _normal(text))
    name = _name_words(kb)
    for words in kb.other_languages.values():
        kinds = _said_only(said, _courtesy_phrases(words), name)
        if kinds:
            return kinds
    return frozenset()


def _said_only(said: List[str], phrases: _Phrases, name: set) -> FrozenSet[str]:
    kinds, own, i = set(), False, 0
    while i < len(said):
        if said[i] in name:
            i += 1
            continue
        for words, kind, its_own in phrases:
            if tuple(said[i : i + len(words)]) == words:
                kinds.add(kind)
                own = own or its_own
                i += len(words)
                break
        else:
            return frozenset()
    return frozenset(kinds) if own else frozenset()
