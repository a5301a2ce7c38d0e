"""Is a visitor's message confidently NOT English? (lingua-language-detector, offline.)

    detect("¿Hablan español? Necesito una cita")   -> "es"
    detect("kan i buk onlien")                      -> None  (English, typos)
    detect("ok")                                    -> None  (too short to tell)

The detector is restricted to English and the languages visitors are likely to write,
so a short English message with typos is compared with a dozen languages, not seventy-five.
Its models ship inside the package and load lazily, per language, on first need.
"""

from __future__ import annotations

import importlib
import re
import threading
from functools import cache, lru_cache
from typing import FrozenSet, Optional

# ISO 639-1 codes the detector chooses among (English included).
LANGUAGES = (
    *("en", "es", "fr", "de", "pt", "it", "nl", "pl", "ro"),
    *("zh", "vi", "ar", "ru", "tl", "ko", "ja", "el", "hi", "uk", "he", "fa"),
)
# Non-English only when English is this unlikely: short English chat scores low on
# every language, so the winner's own score says little.
MAX_ENGLISH_CONFIDENCE = 0.1
# ... and the winner must stand out ("kan i buk onlien" spreads over German, Tagalog, ...).
MIN_CONFIDENCE = 0.33
# A Latin-script message needs this many words of 2+ letters: "hola", "si", "k thx" are
# not enough.
MIN_LATIN_WORDS = 2
# A short message this much made of English function words ("what are you, chatgpt?") is
# English, whatever an unknown name does to the scores. Words that are function words of
# the winning language too ("me", "no", "a") do not count.
MAX_FUNCTION_WORD_CHECK = 8  # words; longer messages are left to the detector
MIN_ENGLISH_FUNCTION_SHARE = 0.4
# Chat words count as English function words ("ok ttyl" is not Polish).
ENGLISH_CHAT_WORDS = frozenset(
    {"ok", "okay", "ttyl", "lol", "thx", "pls", "plz", "btw", "idk", "omg", "brb", "tbh",
     "kk", "ty", "np", "ya", "yea", "yeah", "nope", "yep", "hi", "hey", "bye", "thanks",
     "u", "ur", "r", "hii", "hiii", "heyy", "heyyy", "im", "dont", "cant", "wanna", "gonna"}
)  # fmt: skip
# Inverted marks are Spanish-only: such a message needs just to lean away from English.
SPANISH_MARKS = re.compile("[¿¡]")
MAX_ENGLISH_CONFIDENCE_MARKED = 0.5
# A message of a few words may keep some English likelihood ("Lymphdrainage", "massage"):
# it is still another language when that language stands this far above English.
MIN_WORDS_FOR_RATIO = 4
MIN_CONFIDENCE_FOR_RATIO = 0.5
MIN_RATIO_TO_ENGLISH = 2.5
# The therapist's accented name, which English visitors type (it reads as French).
_ENGLISH_CONTEXT_NAMES = re.compile(r"\bren[ée]e\b", re.IGNORECASE)
_UNACCENTED = str.maketrans("éÉ", "eE")
# Syndromes named after people, which read as the namer's language ("I have Sjögren's" as
# Swedish, "its ehlers-danlos, hypermobile type" as German): left out of what the detector
# reads.
_EPONYMS = re.compile(
    r"\b(ehlers|danlos|osgood|schlatter|scheuermann'?s?|dupuytren'?s?|raynaud'?s?|guillain|barr[ée]"
    r"|charcot|hashimoto'?s?|perthes|kienb[öo]ck'?s?|sj[öo]gren'?s?)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")

_lock = threading.Lock()
_detector = None


def _get_detector():
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

                languages = [
                    Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
                    for code in LANGUAGES
                ]
                _detector = LanguageDetectorBuilder.from_languages(*languages).build()
    return _detector


def detect(text: Optional[str]) -> Optional[str]:
    """The ISO 639-1 code of a message confidently not in English, else None."""
    if not isinstance(text, str):
        return None
    text = _prepared(text)
    words = _WORD.findall(text)
    if not words:
        return None
    latin = all(word.isascii() or _is_latin(word) for word in words)
    if latin and sum(len(word) > 1 for word in words) < MIN_LATIN_WORDS:
        return None
    values = _confidence_values(text)
    if not values:
        return None
    best = values[0]
    code = best.language.iso_code_639_1.name.lower()
    if code == "en" or best.value < MIN_CONFIDENCE:
        return None
    if latin and _mostly_english_function_words(words, code):
        return None
    english = _english(values)
    limit = MAX_ENGLISH_CONFIDENCE
    if code == "es" and SPANISH_MARKS.search(text):
        limit = MAX_ENGLISH_CONFIDENCE_MARKED
    if english <= limit:
        return code
    clear_winner = (
        sum(len(word) > 1 for word in words) >= MIN_WORDS_FOR_RATIO
        and best.value >= MIN_CONFIDENCE_FOR_RATIO
        and english * MIN_RATIO_TO_ENGLISH <= best.value
    )
    return code if clear_winner else None


def _prepared(text: str) -> str:
    text = _ENGLISH_CONTEXT_NAMES.sub(lambda m: m.group().translate(_UNACCENTED), text[:2000])
    return _EPONYMS.sub(" ", text)


# ``detect`` and then ``leaning`` read the same message, one after the other.
@lru_cache(maxsize=64)
def _confidence_values(text: str):
    return _get_detector().compute_language_confidence_values(text)


def _english(values) -> float:
    return next((v.value for v in values if v.language.iso_code_639_1.name == "EN"), 0.0)


def leaning(text: Optional[str]) -> Optional[str]:
    """The language a message ``detect`` did not name still leans to: one that stands
    ``MIN_RATIO_TO_ENGLISH`` times above English however low its own score, as Spanish
    mixed with English words does ("volví al cutting, ya no son rayitas, esta vez fue hondo y
    la neta no me importa"); else None."""
    if not isinstance(text, str) or not _WORD.search(text):
        return None
    values = _confidence_values(_prepared(text))
    if not values:
        return None
    best = values[0]
    code = best.language.iso_code_639_1.name.lower()
    if code == "en" or _english(values) * MIN_RATIO_TO_ENGLISH > best.value:
        return None
    return code


@cache
def _stop_words(code: str) -> FrozenSet[str]:
    """spaCy's stop-word list of a language (empty when spaCy has none)."""
    try:
        module = importlib.import_module(f"spacy.lang.{code}.stop_words")
    except ImportError:
        return frozenset()
    return frozenset(module.STOP_WORDS)


def _mostly_english_function_words(words, code: str) -> bool:
    if len(words) > MAX_FUNCTION_WORD_CHECK:
        return False
    english_only = (_stop_words("en") | ENGLISH_CHAT_WORDS) - _stop_words(code)
    share = sum(word.lower() in english_only for word in words) / len(words)
    return share >= MIN_ENGLISH_FUNCTION_SHARE


def _is_latin(word: str) -> bool:
    # Latin letters with diacritics ("está", "tiếng") stay below the Greek block.
    return all(ord(char) < 0x0370 or 0x1E00 <= ord(char) <= 0x1EFF for char in word)


# A close second: Spanish read as Portuguese ("ya no soporto el dolor de la fibromialgia,
# he pensado en acabar con mi vida" scores Portuguese 0.54, Spanish 0.41).
NEAR_TIE = 0.5


def could_be(text: Optional[str], code: str) -> bool:
    """Whether ``text`` is nearly as likely in ``code`` as in the language detected."""
    if not isinstance(text, str) or not text.strip():
        return False
    values = _get_detector().compute_language_confidence_values(text[:2000])
    if not values:
        return False
    scores = {v.language.iso_code_639_1.name.lower(): v.value for v in values}
    return scores.get(code, 0.0) >= NEAR_TIE * values[0].value
