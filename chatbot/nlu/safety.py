"""Rule-based crisis / medical-emergency detector (pure Python + spaCy, no Rasa).

    detector = SafetyDetector.load()          # chatbot/nlu/safety.yml, built once
    signal = detector.detect("I want to end it all")   # or a spaCy Doc
    signal.kind  -> "crisis" | "emergency"
    signal.language -> "en" | "es"   (whose patterns fired: answer in that language)
    detector.assess(doc).cleared -> "figurative" | "negated" | "recovered" | "past" | None
        (no signal, and the message reads as past, recovered or figurative: why)

Phrases and patterns are configuration (``safety.yml``, which documents the pattern
syntax and the decision order); this module only compiles and applies them.
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, FrozenSet, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

import yaml
from rapidfuzz.distance import OSA
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from chatbot.folding import fold
from chatbot.limits import MAX_MESSAGE_CHARS
from chatbot.nlu import negation

logger = logging.getLogger(__name__)

CONFIG_PATH = Path(__file__).parent / "safety.yml"
CRISIS = "crisis"
EMERGENCY = "emergency"
# Emergency first: with both (e.g. pills taken + can't breathe) the danger is physical now.
PRECEDENCE = (EMERGENCY, CRISIS)
# How far back a negation reaches a negatable pattern (chatbot/nlu/negation.py's rule, with
# the `NEG` class as cue words): shorter than for a condition, since a crisis wrongly read
# as negated goes unanswered.
NEGATION_WINDOW = 3
SENTENCE_ENDS = {".", "!", "?", ";", "\n"}
# Where a clause ends inside a sentence, in the languages the rules read.
CLAUSE_BREAKS = frozenset(
    {",", "-", "--", "\u2014", "and", "but", "so", "then", "y", "pero", "e", "luego"}
)

CUE_GROUPS = (
    "now",
    "past",
    "chronic",
    "hypothetical",
    "cause",
    "question",
    "recovered",
    "ongoing",
    "intent",
    "minor",
    "everyday",
    "long_ago",
    "not_now",
    "not_past",
    "present",
)
# A cue that says the moment is not now ("not right now, just in general"): the `now`
# inside it is not read; nor the `past` inside a `not_past` one ("took them all at once").
NOT_NOW = "not_now"
NOT_PAST = "not_past"
# Told in the present in its own clause ("... but I'm having crushing chest pain"): a
# `past` cue in another clause of the sentence is about something else.
PRESENT = "present"
ENCLOSING = ("recovered", NOT_NOW, NOT_PAST)
# Which cues cancel which emergency level (a `now` cue in the sentence overrides; see
# SafetyDetector._cancelled for a match its own clause puts long ago).
CANCELLED_BY = {
    "strong": {"past", "chronic", "recovered"},
    "symptom": {"past", "chronic", "hypothetical", "cause", "question", "recovered"},
}
# ... except these, said of the symptom itself ("hit my head, no big deal, now ...").
CANCELLED_EVEN_NOW = {"symptom": {"minor"}}
# Crisis words are cancelled only by a past AND a recovered cue in the message, and
# never with an `intent` or `ongoing` cue ("years ago, in recovery now" vs "... but
# again tonight", "... and I want to again").
CRISIS_CANCELLED_BY = {"past", "recovered"}


@dataclass(frozen=True)
class SafetySignal:
    kind: str  # "crisis" or "emergency" (the one to act on)
    rule: str  # label of the rule that fired, for logs and tests
    text: str  # the matched words
    kinds: Tuple[str, ...] = ()  # every kind that fired, in precedence order
    language: str = "en"  # ISO 639-1 code of the patterns that fired: reply in it


# Why no crisis signal although the message touches on one (SafetyAssessment.cleared).
FIGURATIVE = "figurative"  # a crisis exception overlapped a crisis match ("rather die
# than..."), or a figure of speech stands without one ("dying to try it")
NEGATED = "negated"  # a negatable crisis match had a negation before it
RECOVERED = "recovered"  # past + recovered cues, nothing now: crisis words (if any) are over
PAST = "past"  # no crisis match; past or recovered cues and nothing ongoing
LONG_AGO = "long_ago"  # a past cue that also bounds a `now` cue to its own clause
CLEARED_ORDER = (RECOVERED, FIGURATIVE, NEGATED, PAST)
FIGURE = "crisis_exception/figure"  # rule label of `figures`: an exception too


@dataclass(frozen=True)
class SafetyAssessment:
    signal: Optional[SafetySignal]
    cleared: Optional[str] = None  # set only without a signal: one of CLEARED_ORDER
    # A cue of time now outside a phrase that holds one ("fine now", "not right now"): a
    # past event told with it ("fell yesterday and now he's confused") may be going on.
    now: bool = False


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a typo: one letter added, dropped, changed or two
    neighbours swapped); ``limit + 1`` when above ``limit``."""
    return OSA.distance(a, b, score_cutoff=limit)


def _shorthands(table: Optional[Mapping[str, Any]]) -> Dict[str, List[str]]:
    """word -> the ways it is texted ("que" -> ["q", "k"]), checked at load."""
    checked: Dict[str, List[str]] = {}
    for word, forms in (table or {}).items():
        if not (
            isinstance(word, str)
            and isinstance(forms, list)
            and forms
            and all(isinstance(f, str) and f and " " not in f for f in forms)
        ):
            raise ValueError(f"shorthands: {word!r} needs a list of single words")
        checked[word] = list(forms)
    return checked


class PatternCompiler:
    """Compiles the compact syntax of safety.yml into spaCy Matcher patterns."""

    def __init__(
        self, classes: Mapping[str, str], shorthands: Optional[Mapping[str, Any]] = None
    ) -> None:
        self.classes = dict(classes or {})
        self.shorthands = _shorthands(shorthands)

    def _alternatives(self, spec: str) -> List[str]:
        words: List[str] = []
        for alt in spec.split("|"):
            if alt.startswith("$"):
                words.extend(self._alternatives(self.classes[alt[1:]]))
            else:
                words.append(alt)
                words.extend(self.shorthands.get(alt, ()))
        return words

    def _token(self, spec: str) -> List[Dict[str, Any]]:
        """One token spec -> alternative token dicts (one per attribute used)."""
        optional = len(spec) > 1 and spec.endswith("?")
        spec = spec[:-1] if optional else spec
        if spec == "_":
            return [{"OP": "?"}]
        by_attr: Dict[str, List[str]] = {}
        numbers = False
        for alt in self._alternatives(spec):
            if alt == "#num":
                numbers = True
                continue
            attr = "LEMMA" if alt.startswith("~") else "LOWER"
            by_attr.setdefault(attr, []).append(alt.lstrip("~").lower())
        tokens = [{attr: {"IN": values}} for attr, values in by_attr.items()]
        if numbers:
            tokens.append({"LIKE_NUM": True})
        for token in tokens:
            if optional:
                token["OP"] = "?"
        return tokens

    def compile(self, pattern: Union[str, Sequence[Dict[str, Any]]]) -> List[List[Dict]]:
        if not isinstance(pattern, str):
            return [list(pattern)]  # a raw spaCy token pattern
        choices = [self._token(spec) for spec in pattern.split()]
        # A token mixing LEMMA and LOWER alternatives expands into several patterns.
        combos = [
            [_equal_if_one(token) for token in combo] for combo in itertools.product(*choices)
        ]
        return [split for combo in combos for split in _first_word_split(combo)]


# The Matcher checks a word list (``IN``) with a Python call, a single word in C, and it
# tries every pattern's first token at every position of every message: first tokens
# of one word each, with the same matches.
def _only_in(value: Any) -> bool:
    return isinstance(value, dict) and list(value) == ["IN"]


def _equal_if_one(token: Dict[str, Any]) -> Dict[str, Any]:
    return {
        attr: value["IN"][0] if _only_in(value) and len(value["IN"]) == 1 else value
        for attr, value in token.items()
    }


def _first_word_split(pattern: List[Dict[str, Any]]) -> List[List[Dict[str, Any]]]:
    first, rest = pattern[0], pattern[1:]
    for attr, value in first.items():
        if _only_in(value):
            return [[{**first, attr: word}, *rest] for word in value["IN"]]
    return [pattern]


RULE_KEYS = {"pattern", "negatable", "also"}


def _rule_entries(items: Iterable[Any]) -> Iterable[Tuple[Any, bool, Optional[str]]]:
    """(pattern, negatable, the other kind it also raises) of each configured rule."""
    for item in items or []:
        if not isinstance(item, Mapping):
            yield item, False, None
            continue
        unknown = set(item) - RULE_KEYS
        if unknown:
            raise ValueError(f"safety rule {item!r}: unknown keys {sorted(unknown)}")
        also = item.get("also")
        if also not in (None, CRISIS):
            raise ValueError(f"safety rule {item!r}: 'also' can only be {CRISIS!r}")
        yield item["pattern"], bool(item.get("negatable")), also


def _default_nlp() -> Language:
    # Same tokenizer and lemma tables as chatbot/nlu/spacy_model.py, without the knowledge base.
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


class SafetyDetector:
    """Builds one Matcher from the config; ``detect`` never raises on odd input."""

    def __init__(
        self,
        config: Mapping[str, Any],
        nlp: Optional[Language] = None,
        base: Optional[Path] = None,
    ) -> None:
        self.nlp = nlp or _default_nlp()
        self.language = str(config.get("language", "en"))
        self.scope_words = negation.scope_words(self.language)
        # Accent-insensitive matching: patterns are written without diacritics.
        self.fold_accents = bool(config.get("fold_accents"))
        self.matcher = Matcher(self.nlp.vocab)
        # Words as they are texted ("q" for "que"), so each pattern is written once.
        self.compiler = PatternCompiler(config.get("classes", {}), config.get("shorthands"))
        self.labels: Dict[int, str] = {}
        self.negatable: set = set()
        # Emergencies that are also a crisis: an overdose taken, an engine left running
        # in a shut garage.
        self.also_crisis: set = set()
        typos = config.get("typos", {}) or {}
        self.typo_words = sorted({w.lower() for w in typos.get("words", [])})
        self.typo_keep = {w.lower() for w in typos.get("keep", [])}
        self.typo_min = int(typos.get("min_length", 6))
        self.typo_edits = int(typos.get("max_edits", 1))
        self.typo_edits_long = int(typos.get("max_edits_long", 2))
        self._add_config(config)
        # Other languages' detectors (safety_es.yml, ...), run on every message too.
        base = base or CONFIG_PATH.parent
        self.others = [
            SafetyDetector.load(base / name, self.nlp) for name in config.get("languages") or []
        ]
        # Another language's keyword is a word of that language, not a typo of this one's
        # ("ideas suicidas" is Spanish, read by the Spanish rules with their own cues).
        for other in self.others:
            self.typo_keep |= other.keywords - set(self.typo_words)

    @classmethod
    def load(cls, path: Union[str, Path] = CONFIG_PATH, nlp: Optional[Language] = None):
        config = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        return cls(config, nlp, Path(path).parent)

    # -- building ---------------------------------------------------------------
    def _add(self, label: str, patterns: Iterable[Any], negatable_default=False) -> None:
        for index, (pattern, negatable, also) in enumerate(_rule_entries(patterns)):
            key = f"{label}:{index}"
            self.matcher.add(key, self.compiler.compile(pattern))
            self.labels[self.nlp.vocab.strings.add(key)] = key
            if negatable or negatable_default:
                self.negatable.add(key)
            if also:
                self.also_crisis.add(key)

    def _add_config(self, config: Mapping[str, Any]) -> None:
        crisis = config.get("crisis", {}) or {}
        emergency = config.get("emergency", {}) or {}
        self.keywords = {
            w.lower() for w in crisis.get("keywords", []) + emergency.get("keywords", [])
        }
        self.typo_words = sorted(set(self.typo_words) | self.keywords)
        self._add(
            "crisis/keyword", [[{"LOWER": {"IN": [w.lower() for w in crisis.get("keywords", [])]}}]]
        )
        self._add("crisis", crisis.get("patterns"))
        self._add("crisis_exception", crisis.get("exceptions"))
        self._add(FIGURE, crisis.get("figures"))
        keywords = [w.lower() for w in emergency.get("keywords", [])]
        self._add("emergency/strong/keyword", [[{"LOWER": {"IN": keywords}}]])
        self._add("emergency/strong", emergency.get("strong"))
        self._add("emergency/symptom", emergency.get("symptom"))
        self._add("emergency_exception", config.get("emergency_exceptions"))
        for group in CUE_GROUPS:
            self._add(f"cue/{group}", (config.get("cues", {}) or {}).get(group))
        self._add("negation", [self.compiler.classes.get("NEG", "not|n't|never|no")])

    # -- input ------------------------------------------------------------------
    def _correct(self, word: str) -> str:
        if len(word) < self.typo_min or not word.isalpha() or word in self.typo_keep:
            return word
        if not word.isascii() and not self.fold_accents:  # "suicidó" is no English typo
            return word
        if word in self.typo_words or any(word.startswith(t) for t in self.typo_words):
            return word  # a keyword or its inflection ("overdosed"): not a typo
        for target in self.typo_words:
            limit = self.typo_edits_long if len(target) >= 9 else self.typo_edits
            if len(target) >= self.typo_min and edit_distance(word, target, limit) <= limit:
                return target
        return word

    def _prepare(
        self, doc_or_text: Union[Doc, str, None], shared: Optional[Dict[bool, Doc]] = None
    ) -> Optional[Doc]:
        """Lower-cased, typo-corrected Doc; a given Doc is re-used when nothing changes,
        and so is the one ``shared`` holds from a detector that prepares text alike."""
        if isinstance(doc_or_text, Doc):
            doc, text = doc_or_text, doc_or_text.text
        elif isinstance(doc_or_text, str):
            doc, text = None, doc_or_text
        else:
            return None
        # Lone surrogates (broken client encodings) make spaCy raise: replace them.
        text = text[:MAX_MESSAGE_CHARS].encode("utf-8", "replace").decode("utf-8")
        if not text.strip():
            return None
        if self.fold_accents:
            # The closing " ." lets a pattern require the end of the message.
            text = fold(text) + " ."
        if doc is None or len(doc.text) > MAX_MESSAGE_CHARS or text != doc.text:
            doc = shared.get(self.fold_accents) if shared is not None else None
            if doc is None:
                doc = self.nlp(text.lower())
                if shared is not None:
                    shared[self.fold_accents] = doc
        words = [t.lower_ for t in doc]
        corrected = [self._correct(w) for w in words]
        if corrected != words:
            spaces = [bool(t.whitespace_) for t in doc]
            doc = self.nlp(Doc(self.nlp.vocab, words=corrected, spaces=spaces))
        return doc

    # -- decision ---------------------------------------------------------------
    @staticmethod
    def _sentence_ids(doc: Doc, breaks: FrozenSet[str] = frozenset()) -> List[int]:
        ids, current = [], 0
        for token in doc:
            if token.lower_ in breaks:
                current += 1
            ids.append(current)
            if token.text in SENTENCE_ENDS or "\n" in token.text:
                current += 1
        return ids

    def detect(self, doc_or_text: Union[Doc, str, None]) -> Optional[SafetySignal]:
        return self.assess(doc_or_text).signal

    def assess(self, doc_or_text: Union[Doc, str, None]) -> SafetyAssessment:
        """The signal, or without one, why the message was cleared (if it was)."""
        # The other languages' detectors fold accents alike: one tokenisation for them all.
        shared: Dict[bool, Doc] = {}
        results = [d._detect(doc_or_text, shared) for d in (self, *self.others)]
        signals = [s for s, _, _ in results if s is not None]
        if not signals:
            reasons = {c for _, c, _ in results if c is not None}
            reason = next((c for c in CLEARED_ORDER if c in reasons), None)
            return SafetyAssessment(None, reason, any(now for _, _, now in results))
        fired = {k for s in signals for k in s.kinds}
        kinds = tuple(k for k in PRECEDENCE if k in fired)
        # Other languages' patterns win over English ones (English words are common in
        # Spanish messages: "me siento super suicidal"), in the order of `languages`.
        main = next(s for s in signals[1:] + signals[:1] if s.kind == kinds[0])
        signal = SafetySignal(main.kind, main.rule, main.text, kinds, main.language)
        return SafetyAssessment(signal)

    def _detect(
        self, doc_or_text: Union[Doc, str, None], shared: Optional[Dict[bool, Doc]] = None
    ) -> Tuple[Optional[SafetySignal], Optional[str], bool]:
        """The signal, else why the message was cleared; and whether it says now."""
        doc = self._prepare(doc_or_text, shared)
        if doc is None:
            return None, None, False
        # An optional first token split into words matches a span without it twice.
        hits = [(self.labels[m], s, e) for m, s, e in dict.fromkeys(self.matcher(doc))]
        sentence = self._sentence_ids(doc)
        clause = self._sentence_ids(doc, CLAUSE_BREAKS)
        negations = {s for label, s, _ in hits if label.startswith("negation")}
        exceptions = {
            kind: [(s, e) for label, s, e in hits if label.startswith(f"{kind}_exception")]
            for kind in (CRISIS, EMERGENCY)
        }
        cue_hits = [
            (label.split("/")[1].split(":")[0], s, e)
            for label, s, e in hits
            if label.startswith("cue/")
        ]
        # "fine now", "not right now": the phrase, not the `now` cue inside it.
        enclosing = [(s, e) for group, s, e in cue_hits if group in ENCLOSING]
        everyday = [(s, e) for group, s, e in cue_hits if group == "everyday"]
        cues: Dict[int, set] = {}
        clause_cues: Dict[int, set] = {}
        message_cues: set = set()
        for group, start, end in cue_hits:
            if group not in ENCLOSING and any(
                s <= start and end <= e for s, e in enclosing
            ):
                continue
            # "I want to book": wanting an everyday thing, not intent to act on a crisis;
            # "find a therapist again": doing one again, not the crisis happening again.
            if group in ("intent", "ongoing") and any(s <= start and end <= e for s, e in everyday):
                continue
            groups = {group, PAST} if group == LONG_AGO else {group}  # long ago is past
            cues.setdefault(sentence[start], set()).update(groups)
            clause_cues.setdefault(clause[start], set()).update(groups)
            # "ahora quiero cuidarme": the wish is now, not the crisis (an emergency's
            # sentence still reads the `now`).
            if not (group == "now" and any(s <= start and end <= e for s, e in everyday)):
                message_cues.update(groups)
        crisis_cancelled = CRISIS_CANCELLED_BY <= message_cues and not (
            message_cues & {"now", "ongoing", "intent"}
        )

        fired: Dict[str, Tuple[str, Span]] = {}
        cleared: set = set()  # why crisis matches were dropped
        for label, start, end in sorted(hits, key=lambda h: (h[1], -h[2])):
            kind = label.split("/")[0].split(":")[0]
            if kind not in (CRISIS, EMERGENCY):
                continue
            if kind in fired and not (label in self.also_crisis and CRISIS not in fired):
                continue
            if any(s < end and start < e for s, e in exceptions[kind]):
                cleared.add(FIGURATIVE if kind == CRISIS else None)
                continue
            if label in self.negatable and negation.in_scope(
                doc, start, negations.__contains__, NEGATION_WINDOW, *self.scope_words
            ):
                cleared.add(NEGATED if kind == CRISIS else None)
                continue
            if kind == EMERGENCY and self._cancelled(
                label, cues.get(sentence[start], set()), clause_cues.get(clause[start], set())
            ):
                continue
            if kind == CRISIS and crisis_cancelled:
                cleared.add(RECOVERED)
                continue
            fired.setdefault(kind, (label, doc[start:end]))
            if label in self.also_crisis:
                fired.setdefault(CRISIS, (label, doc[start:end]))
        if not fired:
            if any(label.startswith(FIGURE) for label, _, _ in hits):
                cleared.add(FIGURATIVE)  # a figure of speech without crisis words
            if message_cues & {PAST, RECOVERED} and "ongoing" not in message_cues:
                cleared.add(PAST)
            if crisis_cancelled:  # over in its own words, with crisis words or without
                cleared.add(RECOVERED)
            reason = next((c for c in CLEARED_ORDER if c in cleared), None)
            return None, reason, "now" in message_cues
        kinds = tuple(k for k in PRECEDENCE if k in fired)
        label, span = fired[kinds[0]]
        return SafetySignal(kinds[0], label, span.text, kinds, self.language), None, False

    def matched_rules(self, text: str, others: bool = True) -> set:
        """Every rule label whose pattern matches ``text``, before any decision (for tests);
        with ``others`` False, of this language's rules only."""
        doc = self._prepare(text)
        own = {self.labels[m] for m, _, _ in self.matcher(doc)} if doc is not None else set()
        prefix = "" if self.language == "en" else f"{self.language}:"
        languages = self.others if others else ()
        return {prefix + r for r in own}.union(*(o.matched_rules(text) for o in languages))

    @staticmethod
    def _cancelled(label: str, sentence_cues: set, clause_cues: set) -> bool:
        level = "symptom" if "/symptom" in label else "strong"
        if sentence_cues & CANCELLED_EVEN_NOW.get(level, set()):
            return True
        # A match its own clause puts long ago is over, whatever another clause says of
        # today: "had a heart attack years ago and has heart disease now" (but "overdosed
        # last year and isn't breathing, he runs 10ks now" is not: that clause has no time).
        if LONG_AGO in clause_cues and "now" not in clause_cues:
            return True
        # Told in the present in its own clause: the sentence's past, or recovery, is
        # another event's ("he's in cardiac rehab now and he's having crushing chest pain").
        if PRESENT in clause_cues and not clause_cues & CANCELLED_BY[level]:
            sentence_cues = sentence_cues - {PAST, RECOVERED}
        if "now" in sentence_cues:
            return False
        return bool(sentence_cues & CANCELLED_BY[level])


_DETECTOR: Optional[SafetyDetector] = None


def detector() -> SafetyDetector:
    """The shared detector built from chatbot/nlu/safety.yml (built on first use)."""
    global _DETECTOR
    if _DETECTOR is None:
        _DETECTOR = SafetyDetector.load()
    return _DETECTOR
