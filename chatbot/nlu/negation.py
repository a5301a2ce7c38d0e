"""Negation scope: the one rule for condition mentions ("I don't have cancer, it's
arthritis") and for the safety detector's negatable patterns ("I don't want to die").

Rule (token based, deliberately narrow): a span is negated when a negation cue comes
before it in the same clause and every token between cue and span is a "filler" (have,
had, need, any, a, my, of, history, diagnosed, ...) or another negated mention joined by
"or"/"nor". Anything else ends the scope: punctuation (so also a sentence end), "but",
"it's", a verb like "help" ("nothing helps my migraines" stays a migraine mention),
"sure" ("not sure if it's sciatica"), "longer" ("no longer have cancer": history still
matters), "just"/"only". The cue must lie within ``max_scope`` tokens of the span.

The cue words belong to the caller, per language: the recogniser's ``CUES`` below, and
each safety file's ``NEG`` class (``safety*.yml``). So does the reach: ``MAX_SCOPE`` for a
condition, ``chatbot.nlu.safety.NEGATION_WINDOW`` (shorter) for a safety pattern, where a
wrongly negated crisis costs far more than a wrongly kept condition. The fillers are
English; in another language only a cue right before the span negates it.
"""

from __future__ import annotations

from typing import Callable, FrozenSet, Iterable, Sequence, Tuple

from spacy.tokens import Doc

MAX_SCOPE = 6
CUES = frozenset({"no", "not", "n't", "never", "without", "nor", "neither", "nt"})
FILLERS = frozenset(
    """have has had having get got gotten suffer suffers suffered suffering from with
    any a an the my his her their our your its it i he she they we you is was be been
    being am are were 's 're 'm 've do does did diagnosed diagnosis of history sign signs
    symptom symptoms actually really personally officially think believe even currently
    yet dealing deal struggle struggling living live need needs needed""".split()
)
COORDINATORS = frozenset({"or", "nor"})
NO_WORDS: FrozenSet[str] = frozenset()


def _norm(text: str) -> str:
    return text.lower().replace("’", "'")


def scope_words(language: str) -> Tuple[FrozenSet[str], FrozenSet[str]]:
    """(fillers, coordinators) a scope may cross in ``language``."""
    return (FILLERS, COORDINATORS) if language == "en" else (NO_WORDS, NO_WORDS)


def is_negated(doc: Doc, start: int, negated_spans: Iterable[Tuple[int, int]] = ()) -> bool:
    """Whether the condition mention starting at token ``start`` is negated.

    ``negated_spans`` are earlier mentions already found negated (token start, end),
    which the scope may cross: "I don't have cancer or diabetes".
    """
    return in_scope(doc, start, lambda i: _is_cue(doc, i), MAX_SCOPE, negated_spans=negated_spans)


# A choice, not a negation: "yes or no, do you do sciatica?", "whether or not it's sciatica".
CHOICE = frozenset({"no", "not"})


def _is_cue(doc: Doc, i: int) -> bool:
    word = _norm(doc[i].text)
    return word in CUES and not (word in CHOICE and i > 0 and _norm(doc[i - 1].text) == "or")


def in_scope(
    doc: Doc,
    start: int,
    is_cue: Callable[[int], bool],
    max_scope: int,
    fillers: FrozenSet[str] = FILLERS,
    coordinators: FrozenSet[str] = COORDINATORS,
    negated_spans: Iterable[Tuple[int, int]] = (),
) -> bool:
    """Whether the span starting at token ``start`` lies in the scope of a token for which
    ``is_cue(index)`` holds."""
    crossable = sorted(negated_spans)
    i = start - 1
    steps = 0
    after_coordinator = False
    while i >= 0 and steps < max_scope:
        if is_cue(i):
            return True
        span = _span_ending_at(crossable, i) if after_coordinator else None
        if span is not None:
            i = span[0] - 1
            after_coordinator = False
            continue
        word = _norm(doc[i].text)
        if word not in fillers and word not in coordinators:
            return False
        after_coordinator = word in coordinators
        i -= 1
        steps += 1
    return False


def _span_ending_at(spans: Sequence[Tuple[int, int]], token: int):
    for span in spans:
        if span[0] <= token < span[1]:
            return span
    return None
