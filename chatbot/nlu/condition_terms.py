"""The condition recogniser's vocabulary: every surface form it knows.

Listed conditions come from the knowledge file (name + ``aliases``); unlisted ones
from ``unlisted_conditions.yml``. Nothing here is a second list of listed conditions.
Both files may list look-alikes (``not``): phrases the recogniser reads as naming
nothing, so that "cubital tunnel" or "abused my knees" never become a listed condition.
A ``*`` in a phrase stands for any one word ("lost * to cancer").
"""

from __future__ import annotations

import gzip
import json
import logging
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import FrozenSet, List, Optional, Tuple

import yaml

from chatbot.home import home
from chatbot.practice.file_backed import FileBacked
from chatbot.practice.knowledge import (
    UNLISTED_PATH,
    Knowledge,
    load_related,
    load_unlisted,
    unlisted_entries,
)

logger = logging.getLogger(__name__)

CONDITION = "condition"
UNLISTED = "unlisted_condition"
CONDITION_ENTITIES = (CONDITION, UNLISTED)  # the entity types the recogniser sets
SERVICE = "service"  # one of Renée's services named ("prenatal massage", "MLD")
# How a mention was found, an entity attribute: FUZZY is near to a term, not as written.
METHOD_KEY = "method"
FUZZY = "fuzzy"
# A listed condition named in Spanish inside a message ("my ciática is back").
IN_SPANISH = "spanish"
LOOKALIKE = "lookalike"
WILDCARD = "*"

# Tokens that never carry meaning inside a condition name: possessive "'s", the
# apostrophe of "parkinsons'", hyphens ("post-op" == "post op").
SKIP_TOKENS = frozenset({"'s", "’s", "'", "’", "-", "–", "—"})
# "cant", "dont", "wont" split as "ca nt": their "nt" is the "n't" of "can't".
CONTRACTED = {"nt": "n't"}
# Determiners collapse to one slot so "down my leg" also matches "down her leg".
DETERMINER = "<det>"
DETERMINERS = frozenset({"my", "his", "her", "their", "your", "our", "the", "a", "an"})


def token_word(text: str) -> str:
    """A token as the vocabulary is keyed: lower case, straight apostrophes, "nt" as "n't"."""
    word = text.lower().replace("’", "'")
    return CONTRACTED.get(word, word)


def letters(term: str) -> str:
    return "".join(c for c in term if c.isalpha())


def is_abbreviation(term: str) -> bool:
    """All capitals, e.g. "RA", "C-PTSD", "ADD"."""
    chars = letters(term)
    return bool(chars) and chars.isupper() and len(chars) <= 6


def exact_case_only(term: str) -> bool:
    # Abbreviations of up to three letters collide with words and other
    # abbreviations ("add", "ra", "cp", "Ms"): only the exact capitals count.
    # Longer ones (PTSD, ADHD, ARFID) are unambiguous in any case.
    return is_abbreviation(term) and len(letters(term)) <= 3


@dataclass(frozen=True)
class Term:
    text: str  # as written in the file
    kind: str  # CONDITION or UNLISTED
    value: str  # condition id, or the lower-cased unlisted name

    @property
    def exact_case(self) -> bool:
        return exact_case_only(self.text)


@dataclass(frozen=True)
class Aches:
    """A body part said to hurt (``aches`` in unlisted_conditions.yml)."""

    words: FrozenSet[str]  # ways of saying it hurts
    parts: Tuple[Tuple[str, str], ...]  # (the part's words, the unlisted name), longest first
    reach: int


def load_aches(path: Optional[Path] = None) -> Aches:
    with Path(path or UNLISTED_PATH).open(encoding="utf-8") as handle:
        raw = (yaml.safe_load(handle) or {}).get("aches") or {}
    names = {name.lower() for name, _ in load_unlisted(path)}
    words = raw.get("words") or []
    parts = raw.get("parts") or {}
    reach = raw.get("reach")
    one_word = all(isinstance(w, str) and w.strip() and len(w.split()) == 1 for w in words)
    if not isinstance(words, list) or not one_word or not isinstance(parts, dict):
        raise ValueError("aches: `words` is a list of single words and `parts` maps names to words")
    if not isinstance(reach, int) or not 0 <= reach <= 6:
        raise ValueError("aches: `reach` is a number of words from 0 to 6")
    pairs = []
    for name, part_words in parts.items():
        if str(name).lower() not in names:
            raise ValueError(f"aches: {name!r} is not a name in the unlisted list")
        if not isinstance(part_words, list) or not all(
            isinstance(w, str) and w.replace(" ", "").isalpha() for w in part_words
        ):
            raise ValueError(f"aches: {name!r} needs a list of words (letters and spaces)")
        pairs += [(w.lower(), str(name).lower()) for w in part_words]
    pairs.sort(key=lambda pair: -len(pair[0].split()))
    return Aches(frozenset(w.lower() for w in words), tuple(pairs), reach)


ache_names = FileBacked(
    lambda: frozenset(name for _, name in load_aches().parts), lambda: (UNLISTED_PATH,)
)
"""The unlisted names a body part that hurts is read as ("knee pain")."""


def lookalikes(kb: Knowledge, unlisted_path: Optional[Path] = None) -> List[Term]:
    """Every look-alike phrase (value: the condition it must not be read as). A phrase
    that is also a term of the vocabulary stays that term (``vocabulary`` wins)."""
    terms = [Term(t, LOOKALIKE, c.id) for c in kb.conditions for t in c.not_terms]
    for entry in unlisted_entries(unlisted_path):
        terms += [
            Term(str(t), LOOKALIKE, str(entry["name"]).lower()) for t in entry.get("not") or ()
        ]
    return terms


def vocabulary(kb: Knowledge, unlisted_path: Optional[Path] = None) -> List[Term]:
    """Every term, listed first. A term naming both a listed and an unlisted
    condition would make the recogniser guess, so it is refused."""
    load_related(kb, unlisted_path)  # raises on a `related` id the knowledge file lacks
    terms = [Term(t, CONDITION, c.id) for c in kb.conditions for t in c.terms]
    listed = {t.text if t.exact_case else t.text.lower(): t.value for t in terms}
    for name, aliases in load_unlisted(unlisted_path):
        for text in dict.fromkeys((name,) + aliases):
            key = text if exact_case_only(text) else text.lower()
            if key in listed:
                raise ValueError(f"unlisted term {text!r} also names {listed[key]}")
            terms.append(Term(text, UNLISTED, name.lower()))
    return terms


def _lookups_file(name: str) -> str:
    import spacy_lookups_data

    return os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data", name)


@lru_cache(maxsize=4)
def common_words(min_log_prob: float, cache_dir: Optional[Path] = None) -> FrozenSet[str]:
    """Lower-case English words more frequent than ``min_log_prob`` (spacy-lookups-data
    word frequencies). Fuzzy matching never rewrites a real word ("dancer" is not a
    misspelt "cancer"). Reading the whole frequency table takes seconds at every start,
    so the chosen words are kept in ``cache_dir`` (build/cache), keyed by the table's
    size and time and the threshold; without a writable cache the table is read."""
    source = Path(_lookups_file("en_lexeme_prob.json.gz"))
    stat = source.stat()
    cache_dir = cache_dir or home() / "build" / "cache"
    cached = (
        cache_dir / f"common-words-logprob{min_log_prob:g}-{stat.st_size}-{stat.st_mtime_ns}.txt"
    )
    try:
        return frozenset(cached.read_text(encoding="utf-8").split())
    except OSError:
        pass
    with gzip.open(source, "rt", encoding="utf-8") as fh:
        probs = json.load(fh)
    words = frozenset(w.lower() for w, p in probs.items() if p > min_log_prob and w.isalpha())
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text("\n".join(sorted(words)), encoding="utf-8")
        os.replace(partial, cached)  # whole or absent, for a process reading at once
    except OSError:
        logger.info("No cache of common words (read-only %s)", cache_dir)
    return words
