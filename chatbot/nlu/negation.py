"""Negation scope for condition mentions ("I don't have cancer, it's arthritis").

Rule (token based, deliberately narrow): a mention is negated when a negation cue
(no, not, n't, never, without, nor, neither) comes before it in the same clause and
every token between cue and mention is a "filler" (have, had, need, any, a, my, of,
history, diagnosed, ...) or another negated mention joined by "or"/"nor".
Anything else ends the scope: punctuation, "but", "it's", a verb like "help"
("nothing helps my migraines" stays a migraine mention), "sure" ("not sure if it's
sciatica"), "longer" ("no longer have cancer": history still matters), "just"/"only".
The cue must lie within MAX_SCOPE tokens of the mention.
"""

from __future__ import annotations

from typing import Iterable, Sequence, Tuple

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


def _norm(text: str) -> str:
    return text.lower().replace("’", "'")


def is_negated(doc: Doc, start: int, negated_spans: Iterable[Tuple[int, int]] = ()) -> bool:
    """Whether the mention starting at token ``start`` is inside a negation scope.

    ``negated_spans`` are earlier mentions already found negated (token start, end),
    which the scope may cross: "I don't have cancer or diabetes".
    """
    crossable = sorted(negated_spans)
    i = start - 1
    steps = 0
    after_coordinator = False
    while i >= 0 and steps < MAX_SCOPE:
        word = _norm(doc[i].text)
        if word in CUES:
            return True
        span = _span_ending_at(crossable, i) if after_coordinator else None
        if span is not None:
            i = span[0] - 1
            after_coordinator = False
            continue
        if word not in FILLERS and word not in COORDINATORS:
            return False
        after_coordinator = word in COORDINATORS
        i -= 1
        steps += 1
    return False


def _span_ending_at(spans: Sequence[Tuple[int, int]], token: int):
    for span in spans:
        if span[0] <= token < span[1]:
            return span
    return None
