"""Recognises listed and unlisted conditions in a visitor's message (no Rasa needed).

    matcher = ConditionMatcher(knowledge())          # or ConditionMatcher(kb, nlp)
    matcher.find("my mom has parkinsens and a bad back")
    -> [Match(kind="condition", value="parkinsons", method="fuzzy", ...),
        Match(kind="unlisted_condition", value="back pain", method="lemma", ...)]

Passes, in order of trust (a later pass never claims tokens an earlier one took):
  ruler        - spans the spaCy entity_ruler labelled (patterns from the vocabulary)
  lemma        - the vocabulary matched token by token on lower case or lemma,
                 ignoring possessive "'s", hyphens and which determiner is used
  counted      - a number of a unit that names a condition (``counted`` in knowledge.yml:
                 "I'm 38 weeks" is pregnancy), unless a word beside it makes it a
                 duration, an age or a wait ("for 20 weeks", "16 weeks old", "ago")
  abbreviation - short abbreviations (CP, RA, ADD, MS) in their exact capitals only
  fuzzy        - misspellings: windows of 1-3 tokens holding an uncommon word, scored
                 with rapidfuzz against listed AND unlisted terms; an unlisted best
                 match wins, so "plantar fascitis" never becomes a listed condition
  spanish      - (with lemma) a listed condition named in Spanish (``other_languages`` in
                 knowledge.yml) where no English term claims the words: visitors in
                 the US mix the two ("my ciática is back", "túnel carpiano in my hand")
  ache         - only when nothing above named a condition: a body part said to hurt
                 ("my feet are killing me") is that part's pain, an unlisted condition
                 (``aches`` in unlisted_conditions.yml)
Longer spans win overlaps ("diabetic neuropathy" is diabetes, not neuropathy).
Look-alikes (the ``not`` lists: "cubital tunnel", "abused my knees") and service names
("prenatal massage", "MLD") claim their span like a term and are then dropped: they
name no condition. Services are returned on request (``services=True``).
Finally mentions inside a negation scope are dropped (chatbot/nlu/negation.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple, Union

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein
from spacy.language import Language
from spacy.tokens import Doc

from chatbot.folding import fold
from chatbot.limits import MAX_MESSAGE_CHARS
from chatbot.nlu.condition_terms import (
    CONDITION,
    DETERMINER,
    DETERMINERS,
    FUZZY,
    IN_SPANISH,
    LOOKALIKE,
    SERVICE,
    SKIP_TOKENS,
    UNLISTED,
    WILDCARD,
    Term,
    common_words,
    load_aches,
    lookalikes,
    token_word,
    vocabulary,
)
from chatbot.nlu.negation import is_negated
from chatbot.practice.knowledge import Knowledge

# Chosen with `python -m tools.threshold_sweep` (eval set split into dev/held-out
# halves; misspellings there are not in the aliases). On dev, recall is flat from 75
# to 86 and drops from 88 (two-edit typos such as "parkinsens"); false matches are 0
# from 75 up (2 at 70). Held-out agrees: spurious matches fall to 1 from 78, recall
# drops from 82. 80 sits inside both flat regions with margin on each side.
FUZZY_THRESHOLD = 80.0
# Words more frequent than this (natural-log probability, spacy-lookups-data) are real
# words and never fuzzy-matched ("dancer" is not a misspelt "cancer"). Dev recall is
# the same from -12 to -15 and drops at -16 (typos like "migrains" count as words);
# -14.5 is the most protective value before that drop (~25k words: "dancer",
# "static", "drama" are in; "carpel" -16.6 and "migrane" -17.2 are out).
COMMON_WORD_LOG_PROB = -14.5
FUZZY_MAX_TOKENS = 3
FUZZY_MIN_CHARS = 5
# Chat messages are short; a pasted document is only searched in its first part so
# that one message can never stall the pipeline.

# Only Spanish is read inside English: another language's words may be English ones.
MIXED_INTO_ENGLISH = "es"
RULER_LABELS = {"CONDITION": CONDITION, "UNLISTED_CONDITION": UNLISTED}
SIDES = frozenset({"left", "right"})
# Before a body part, what makes it somebody's ("my knees", "her lower back"); between
# it and the ache word, what breaks the link (a new sentence, a "not").
OWNERS = frozenset({"my", "his", "her", "their", "your", "our", "the", "both"})
PART_SIDES = frozenset({"left", "right", "lower", "upper"})
BREAKS = frozenset({".", ",", "!", "?", ";", "not", "n't", "no", "never", "without", "but"})
_PRIORITY = {"ruler": 0, "lemma": 1, IN_SPANISH: 1, "counted": 2, "abbreviation": 3}
# Words beside a count that make it a duration, an age, a plan or a wait, not how far
# along someone is: "for 20 weeks", "the last 16 weeks", "it's been 14 weeks", "my baby
# is 16 weeks", "wait 12 weeks"; "20 weeks ago", "16 weeks old", "14 weeks post-op".
NOT_COUNTED_BEFORE = frozenset({
    "for", "past", "last", "over", "than", "within", "every", "after", "another", "next",
    "few", "of", "the", "those", "these", "first", "been", "in", "wait", "waited", "take",
    "takes", "took", "per", "baby", "son", "daughter", "newborn", "he", "it", "twins",
    "kid", "puppy", "since", "only", "till", "until", "by", "before", "x", "grandson",
    "granddaughter", "waitlist", "spent", "recovery", "training", "plan", "program", "sober",
    "clean", "off", "book", "discount", "payment", "doing",
})  # fmt: skip
# A pregnancy ended or a birth told ("I miscarried at 14 weeks", "born at 28 weeks", "lost
# the pregnancy at 20 weeks"): the count is no pregnancy now.
ENDED_BEFORE_COUNT = frozenset({
    "born", "came", "delivered", "induced", "miscarried", "miscarriage", "lost", "loss",
    "stillbirth", "stillborn", "arrived", "premature", "preemie", "passed", "died", "early",
})  # fmt: skip
ENDED_REACH = 4  # words back from the count
NOT_COUNTED_AFTER = frozenset({
    "ago", "old", "post", "postpartum", "pp", "out", "since", "after", "of", "later",
    "left", "until", "till", "to", "straight", "from", "before", "clean", "sober",
    "running", "in", "off", "into", "postop", "apart", "away", "each", "per", "long",
    "without", "a", "on", "back", "program", "programme", "plan", "course", "training",
})  # fmt: skip
CLAUSE_ENDS = frozenset({",", ".", "!", "?", ";", ":", "(", ")"})
_COUNT_UNIT = re.compile(r"(\d{1,3})([a-z]*)")
_END = object()  # trie key holding the term that ends at this node


@dataclass(frozen=True)
class Match:
    kind: str  # CONDITION, UNLISTED or SERVICE
    value: str  # condition id, lower-cased unlisted name, or specialty id
    start: int  # character offsets into the text
    end: int
    text: str
    method: str  # ruler | lemma | spanish | counted | abbreviation | fuzzy | ache
    score: float  # 1.0 for exact passes, the fuzzy similarity (0-1) otherwise
    negated: bool = False

    @property
    def condition_id(self) -> Optional[str]:
        return self.value if self.kind == CONDITION else None


@dataclass
class _Span:
    start: int  # token offsets
    end: int
    term: Term
    method: str
    score: float = 1.0


def _term_tokens(nlp: Language, text: str) -> List[str]:
    tokens = []
    for tok in nlp.make_doc(text):
        word = token_word(tok.text)
        if word in SKIP_TOKENS:
            continue
        tokens.append(DETERMINER if word in DETERMINERS else word)
    return tokens


class ConditionMatcher:
    def __init__(
        self,
        kb: Knowledge,
        nlp: Optional[Language] = None,
        unlisted_path: Optional[Path] = None,
        fuzzy_threshold: float = FUZZY_THRESHOLD,
        common_log_prob: float = COMMON_WORD_LOG_PROB,
        max_chars: int = MAX_MESSAGE_CHARS,
    ) -> None:
        if nlp is None:
            from chatbot.nlu.spacy_model import build_nlp

            nlp = build_nlp(kb)
        self.nlp = nlp
        self.fuzzy_threshold = fuzzy_threshold
        self.max_chars = max_chars
        self.terms = vocabulary(kb, unlisted_path)
        self._aches = load_aches(unlisted_path)
        self._lemmas = self._lemma_table(nlp)
        self._common = common_words(common_log_prob)
        self._stop = nlp.Defaults.stop_words
        self._trie: Dict = {}
        self._fuzzy: Dict[str, Dict[str, Term]] = {}  # first letter -> key -> term
        exact: Dict[str, Term] = {}
        for term in self.terms:
            if term.exact_case:
                exact.setdefault(term.text, term)
                continue
            tokens = _term_tokens(nlp, term.text)
            if tokens:
                self._add_to_trie(tokens, term)
                self._add_fuzzy_target(tokens, term)
        # Service names ("Trauma Touch Therapy", "oncology massage") are questions
        # about the practice, not condition mentions: they claim their span and
        # are dropped from the output.
        for specialty in kb.specialties.values():
            name = re.sub(r"\(.*?\)|™", "", specialty.name).strip()
            tokens = _term_tokens(nlp, name)
            self._add_to_trie(tokens, Term(name, SERVICE, specialty.id))
            if len(tokens) > 2 and tokens[-1] == "therapy":  # "trauma touch" for short
                self._add_to_trie(tokens[:-1], Term(name, SERVICE, specialty.id))
            for alias in specialty.aliases:
                self._add_to_trie(_term_tokens(nlp, alias), Term(alias, SERVICE, specialty.id))
        for lookalike in lookalikes(kb, unlisted_path):
            self._add_to_trie(_term_tokens(nlp, lookalike.text), lookalike)
        self._in_spanish = self._add_spanish_words(kb)
        self._common_by_letter = self._other_common_words()
        # (term as written, the condition it names) -> the condition it names too
        self._operations = {
            (phrase.lower(), other): condition.id
            for condition in kb.conditions
            for other, phrases in condition.operations
            for phrase in phrases
        }
        self._counted = [(c.counted, c.id) for c in kb.conditions if c.counted]
        self._exact = exact
        alternation = "|".join(re.escape(t) for t in sorted(exact, key=len, reverse=True))
        self._exact_re = re.compile(rf"(?<![A-Za-z0-9])(?:{alternation})(?![A-Za-z0-9])")

    # -- building --------------------------------------------------------------------
    @staticmethod
    def _lemma_table(nlp: Language):
        if "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups
            if lookups.has_table("lemma_lookup"):
                return lookups.get_table("lemma_lookup")
        return {}

    def _other_common_words(self) -> Dict[str, List[str]]:
        """Common words that are not a fuzzy target or a form of one ("seizure"),
        by first letter like the targets: what a one-word typo may really be."""
        keys = {key for bucket in self._fuzzy.values() for key in bucket}
        keys |= {self._lemmas.get(key, key) for key in keys}  # "seizures" -> "seizure"
        by_letter: Dict[str, List[str]] = {}
        for word in sorted(self._common):
            if len(word) < FUZZY_MIN_CHARS - 1 or word in keys or self._lemmas.get(word) in keys:
                continue
            by_letter.setdefault(word[0], []).append(word)
        return by_letter

    def _add_to_trie(self, tokens: Sequence[str], term: Term) -> None:
        if not tokens:
            return
        node = self._trie
        for tok in tokens:
            node = node.setdefault(tok, {})
        known = node.get(_END)
        if known is not None and term.kind == LOOKALIKE:
            return  # also a term ("substance abuse" is addiction, not abuse): the term wins
        if known is not None and known.value != term.value:
            raise ValueError(f"{term.text!r} names both {known.value} and {term.value}")
        node.setdefault(_END, term)

    def _add_spanish_words(self, kb: Knowledge) -> frozenset:
        """The Spanish names of listed conditions, without accents (a message's words are
        read without them too), and a one-word name's plural ("migrañas"), each where no
        English term, look-alike or service already ends ("lupus", "prenatal" are English
        names as well); never fuzzy targets."""
        words = kb.other_languages.get(MIXED_INTO_ENGLISH)
        added = set()
        for condition_id, phrases in (words.conditions if words else {}).items():
            for phrase in phrases:
                written = fold(phrase)
                tokens = _term_tokens(self.nlp, written)
                if not tokens or not self._free(tokens):
                    continue
                plural = written + ("s" if written[-1] in "aeiou" else "es")
                for form in [written, plural] if len(tokens) == 1 else [written]:
                    form_tokens = _term_tokens(self.nlp, form)
                    if self._free(form_tokens):
                        term = Term(form, CONDITION, condition_id)
                        self._add_to_trie(form_tokens, term)
                        added.add(term)
        return frozenset(added)

    def _free(self, tokens: Sequence[str]) -> bool:
        node = self._trie
        for tok in tokens:
            node = node.get(tok)
            if node is None:
                return True
        return _END not in node

    def _add_fuzzy_target(self, tokens: Sequence[str], term: Term) -> None:
        # Only names and short aliases are misspelt; lay phrases ("pain down my leg")
        # are not fuzzy targets.
        if len(tokens) > FUZZY_MAX_TOKENS or DETERMINER in tokens:
            return
        key = "".join(tokens)
        if len(key) >= FUZZY_MIN_CHARS and key.isalpha():
            self._fuzzy.setdefault(key[0], {}).setdefault(key, term)

    # -- matching --------------------------------------------------------------------
    def find(
        self,
        doc_or_text: Union[Doc, str],
        text: Optional[str] = None,
        keep_negated: bool = False,
        services: bool = False,
    ) -> List[Match]:
        """Condition mentions in a message, in text order (with ``services``, the
        services it names too).

        ``doc_or_text`` is a spaCy Doc (e.g. the one Rasa's SpacyNLP made, which may be
        lower-cased) or a string; ``text`` is the original message, used for the
        exact-case abbreviations and for the returned ``Match.text``.
        """
        doc, text = self._doc_and_text(doc_or_text, text)
        if not text.strip():
            return []
        spans = self._select(
            self._ruler_spans(doc) + self._lemma_spans(doc) + self._counted_spans(doc)
        )
        spans = self._select(spans + self._exact_spans(doc, text))
        spans = self._select(spans + self._fuzzy_spans(doc, spans), keep_order=True)
        if not any(s.term.kind in (CONDITION, UNLISTED) for s in spans):
            spans += self._ache_spans(doc, spans)
        dropped = {LOOKALIKE} if services else {LOOKALIKE, SERVICE}
        spans = [s for s in spans if s.term.kind not in dropped]
        matches = self._negate(doc, sorted(spans, key=lambda s: s.start))
        found = []
        for s, negated in matches:
            if negated and not keep_negated:
                continue
            start, end = doc[s.start].idx, doc[s.end - 1].idx + len(doc[s.end - 1])
            also = self._operations.get((s.term.text.lower(), s.term.value))
            for value in [s.term.value] + ([also] if also else []):
                found.append(
                    Match(s.term.kind, value, start, end, text[start:end], s.method,
                          round(s.score, 3), negated)
                )  # fmt: skip
        return found

    def _doc_and_text(self, doc_or_text, text) -> Tuple[Doc, str]:
        if isinstance(doc_or_text, Doc):
            doc = doc_or_text
            text = doc.text if text is None else text
            # Offsets must line up with the original text (lower() can change length).
            if len(doc.text) != len(text) or len(text) > self.max_chars:
                doc = self.nlp(text[: self.max_chars])
        else:
            text = doc_or_text if text is None else text
            doc = self.nlp(text[: self.max_chars])
        return doc, text[: self.max_chars]

    def _ruler_spans(self, doc: Doc) -> List[_Span]:
        spans = []
        for ent in doc.ents:
            kind = RULER_LABELS.get(ent.label_)
            # Short abbreviations are left to the abbreviation pass (case, shouting).
            if kind and ent.ent_id_ and ent.text not in self._exact:
                spans.append(_Span(ent.start, ent.end, Term(ent.text, kind, ent.ent_id_), "ruler"))
        return spans

    def _forms(self, doc: Doc) -> List[Optional[Tuple[str, ...]]]:
        forms: List[Optional[Tuple[str, ...]]] = []
        for tok in doc:
            word = token_word(tok.text)
            if word in SKIP_TOKENS:
                forms.append(None)
            elif word in DETERMINERS:
                forms.append((DETERMINER,))
            elif word in SIDES and forms and forms[-1] == (DETERMINER,):
                forms.append(None)  # "down my left leg" is "down my leg"
            else:
                lemma = self._lemmas.get(word, word)
                # without accents too: the Spanish names are kept so ("ciática", "ciatica")
                plain = fold(word)
                forms.append(tuple(dict.fromkeys(
                    (word, lemma) + ((plain,) if plain.isalpha() else ())
                )))
        return forms

    def _lemma_spans(self, doc: Doc) -> List[_Span]:
        forms = self._forms(doc)
        spans = []
        for start, first in enumerate(forms):
            if first is None:
                continue
            best: Optional[Tuple[int, Term]] = None
            frontier = [(self._trie, start)]
            while frontier:
                node, i = frontier.pop()
                while i < len(forms) and forms[i] is None:
                    i += 1  # "golfer's elbow": skip the "'s"
                if i >= len(forms):
                    continue
                wildcard = node.get(WILDCARD) if node is not self._trie else None
                for child in [node.get(form) for form in forms[i]] + [wildcard]:
                    if child is None:
                        continue
                    term = child.get(_END)
                    if term is not None and (
                        best is None
                        or i + 1 > best[0]
                        or (i + 1 == best[0] and term.kind == LOOKALIKE)  # a "*" may tie
                    ):
                        best = (i + 1, term)
                    frontier.append((child, i + 1))
            if best is not None:
                method = IN_SPANISH if best[1] in self._in_spanish else "lemma"
                spans.append(_Span(start, best[0], best[1], method))
        return spans

    def _counted_spans(self, doc: Doc) -> List[_Span]:
        """ "38 weeks" or "38wks" naming a condition, with no word beside it that makes
        it a duration, an age or a wait."""
        words = [t.lower_ for t in doc]
        spans = []
        for i, word in enumerate(words):
            m = _COUNT_UNIT.fullmatch(word)
            if not m:
                continue
            end = i + 1
            unit = m.group(2)
            if not unit and end < len(words):
                unit, end = words[end], end + 1
            if not unit:
                continue
            before: set = set()
            for prior in words[max(0, i - 4) : i][::-1]:
                if prior in CLAUSE_ENDS or len(before) == 2:
                    break  # "first baby, 14 weeks": the baby is another sentence
                if prior.isalpha():
                    before.add(prior)  # past "'s" and "12-": "the baby's 16 weeks", "takes 12-16"
            if before & NOT_COUNTED_BEFORE or (end < len(words) and words[end] in NOT_COUNTED_AFTER):
                continue
            if set(words[max(0, i - ENDED_REACH) : i]) & ENDED_BEFORE_COUNT:
                continue
            for counted, condition_id in self._counted:
                if counted.names(int(m.group(1)), unit):
                    term = Term(doc[i:end].text, CONDITION, condition_id)
                    spans.append(_Span(i, end, term, "counted"))
                    break
        return spans

    def _exact_spans(self, doc: Doc, text: str) -> List[_Span]:
        shouting = self._is_shouting(text)
        spans = []
        for m in self._exact_re.finditer(text):
            term = self._exact[m.group(0)]
            if shouting and term.text.lower() in self._common:
                continue  # "PLEASE ADD ME": in all-caps text "ADD" is just a word
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and len(span):
                spans.append(_Span(span.start, span.end, term, "abbreviation"))
        return spans

    @staticmethod
    def _is_shouting(text: str) -> bool:
        chars = [c for c in text if c.isalpha()]
        return len(chars) >= 12 and sum(c.isupper() for c in chars) > 0.8 * len(chars)

    def _fuzzy_spans(self, doc: Doc, taken: List[_Span]) -> List[_Span]:
        used = {i for s in taken for i in range(s.start, s.end)}
        words = [i for i, tok in enumerate(doc) if tok.lower_ not in SKIP_TOKENS]
        found = []
        for pos in range(len(words)):
            for size in range(1, FUZZY_MAX_TOKENS + 1):
                window = words[pos : pos + size]
                if len(window) < size or any(i in used for i in window):
                    break
                if window[-1] - window[0] + 1 > 2 * size:
                    break  # too much punctuation/skipped material in between
                span = self._fuzzy_window(doc, window)
                if span is not None:
                    found.append(span)
        return sorted(found, key=lambda s: (-s.score, -(s.end - s.start), s.start))

    def _ache_spans(self, doc: Doc, taken: List[_Span]) -> List[_Span]:
        """A body part said to hurt, from the part to the ache word (either order)."""
        used = {i for s in taken for i in range(s.start, s.end)}
        words = [t.lower_.replace("’", "'") for t in doc]
        hurts = [i for i, w in enumerate(words) if w in self._aches.words and i not in used]
        found: List[_Span] = []
        for part, name in self._aches.parts if hurts else ():
            size = len(part.split())
            for i in range(len(words) - size + 1):
                end = i + size
                if " ".join(words[i:end]) != part or used & set(range(i, end)):
                    continue
                before = i - 1
                while before >= 0 and words[before] in PART_SIDES:
                    before -= 1
                if before < 0 or not (words[before] in OWNERS or before in hurts):
                    continue  # "came back", "back then": nobody's back
                for at in sorted(hurts, key=lambda a: abs(a - i)):
                    lo, hi = (end, at) if at >= end else (at + 1, i)
                    if hi - lo > self._aches.reach or used & set(range(lo, hi + 1)):
                        continue
                    if any(w in BREAKS for w in words[lo:hi]):
                        continue
                    span = _Span(min(i, at), max(end, at + 1), Term(part, UNLISTED, name), "ache")
                    found.append(span)
                    used |= set(range(span.start, span.end))
                    break
        return found

    def _fuzzy_window(self, doc: Doc, window: List[int]) -> Optional[_Span]:
        toks = [doc[i] for i in window]
        words = [t.lower_ for t in toks]
        if not all(t.is_alpha for t in toks) or words[0] in self._stop or words[-1] in self._stop:
            return None
        if len(words[0]) == 1 or len(words[-1]) == 1:
            return None  # a contraction's end: "whats renees" is no "sore knees"
        if not any(len(w) >= 4 and w not in self._common for w in words):
            return None  # only real words: a different word, not a typo
        key = "".join(words)
        targets = self._fuzzy.get(key[0])
        if len(key) < FUZZY_MIN_CHARS or not targets:
            return None
        # Real words in a window must appear as they are in the target: "lymph edema"
        # may be "lymphedema", "lymph nodes" may not.
        common = [w for w in words if w in self._common]
        candidates = [
            (k, score)
            for k, score, _ in process.extract(
                key, targets.keys(), scorer=fuzz.ratio, score_cutoff=self.fuzzy_threshold, limit=8
            )
            if all(w in k for w in common)
        ]
        if not candidates:
            return None
        best = candidates[0]
        if len(words) == 1 and self._misspelt_common_word(words[0], best[0]):
            return None
        # An unlisted term scoring as well as the best listed one wins: never guess a
        # listed condition for something we know is not on the page.
        tied = [targets[k] for k, score in candidates if score >= best[1]]
        term = next((t for t in tied if t.kind == UNLISTED), targets[best[0]])
        return _Span(window[0], window[-1] + 1, term, FUZZY, best[1] / 100.0)

    def _misspelt_common_word(self, word: str, target: str) -> bool:
        """True when another common word is fewer edits from ``word`` than the target:
        "mornin" is a misspelt "morning" (1 edit), not "mourning" (2). On a tie
        ("concusions": "conclusions" or "concusion", 1 each) the condition stands."""
        forms = {target, self._lemmas.get(target, target)}  # "seizue": 1 from "seizure"
        edits = min(Levenshtein.distance(word, form) for form in forms)
        if edits <= 1:
            return False
        near = process.extractOne(
            word,
            self._common_by_letter.get(word[0], ()),
            scorer=Levenshtein.distance,
            score_cutoff=edits - 1,
        )
        return near is not None

    @staticmethod
    def _select(spans: List[_Span], keep_order: bool = False) -> List[_Span]:
        """Non-overlapping spans: longer first, then the more trusted method (or, for
        fuzzy candidates already ranked by score, their given order after exact ones)."""
        if keep_order:
            ordered = [s for s in spans if s.method != FUZZY] + [
                s for s in spans if s.method == FUZZY
            ]
        else:
            # A look-alike was written to overrule the terms it resembles: it wins ties.
            ordered = sorted(
                spans,
                key=lambda s: (
                    -(s.end - s.start),
                    s.term.kind != LOOKALIKE,
                    _PRIORITY.get(s.method, 9),
                    s.start,
                ),
            )
        chosen: List[_Span] = []
        used = set()
        for span in ordered:
            tokens = set(range(span.start, span.end))
            if tokens & used:
                continue
            chosen.append(span)
            used |= tokens
        return chosen

    @staticmethod
    def _negate(doc: Doc, spans: List[_Span]) -> List[Tuple[_Span, bool]]:
        negated_spans: List[Tuple[int, int]] = []
        out = []
        for span in spans:
            negated = is_negated(doc, span.start, negated_spans)
            if negated:
                negated_spans.append((span.start, span.end))
            out.append((span, negated))
        return out
