"""Rule-based crisis / medical-emergency detector (pure Python + spaCy, no Rasa).

    detector = SafetyDetector.load()          # chatbot/safety.yml, built once
    signal = detector.detect("I want to end it all")   # or a spaCy Doc
    signal.kind  -> "crisis" | "emergency"

Phrases and patterns are configuration (``safety.yml``, which documents the pattern
syntax and the decision order); this module only compiles and applies them.
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

import yaml
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

logger = logging.getLogger(__name__)

CONFIG_PATH = Path(__file__).parent / "safety.yml"
CRISIS = "crisis"
EMERGENCY = "emergency"
# Emergency first: with both (e.g. pills taken + can't breathe) the danger is physical now.
PRECEDENCE = (EMERGENCY, CRISIS)
MAX_CHARS = 20_000  # longer messages are cut: matching stays cheap and bounded
NEGATION_WINDOW = 3
SENTENCE_ENDS = {".", "!", "?", ";", "\n"}

CUE_GROUPS = ("now", "past", "chronic", "hypothetical", "cause", "question")
# Which cues cancel which emergency level (a `now` cue in the sentence overrides).
CANCELLED_BY = {
    "strong": {"past", "chronic"},
    "symptom": {"past", "chronic", "hypothetical", "cause", "question"},
}


@dataclass(frozen=True)
class SafetySignal:
    kind: str  # "crisis" or "emergency" (the one to act on)
    rule: str  # label of the rule that fired, for logs and tests
    text: str  # the matched words
    kinds: Tuple[str, ...] = ()  # every kind that fired, in precedence order


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein (adjacent transpositions), stops early above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: List[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


class PatternCompiler:
    """Compiles the compact syntax of safety.yml into spaCy Matcher patterns."""

    def __init__(self, classes: Mapping[str, str]) -> None:
        self.classes = dict(classes or {})

    def _alternatives(self, spec: str) -> List[str]:
        words: List[str] = []
        for alt in spec.split("|"):
            if alt.startswith("$"):
                words.extend(self._alternatives(self.classes[alt[1:]]))
            else:
                words.append(alt)
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
        return [list(combo) for combo in itertools.product(*choices)]


def _rule_entries(items: Iterable[Any]) -> Iterable[Tuple[Any, bool]]:
    for item in items or []:
        if isinstance(item, Mapping):
            yield item["pattern"], bool(item.get("negatable"))
        else:
            yield item, False


def _default_nlp() -> Language:
    # Same tokenizer and lemma tables as chatbot/spacy_model.py, without the knowledge base.
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


class SafetyDetector:
    """Builds one Matcher from the config; ``detect`` never raises on odd input."""

    def __init__(self, config: Mapping[str, Any], nlp: Optional[Language] = None) -> None:
        self.nlp = nlp or _default_nlp()
        self.matcher = Matcher(self.nlp.vocab)
        self.compiler = PatternCompiler(config.get("classes", {}))
        self.labels: Dict[int, str] = {}
        self.negatable: set = set()
        typos = config.get("typos", {}) or {}
        self.typo_words = sorted({w.lower() for w in typos.get("words", [])})
        self.typo_keep = {w.lower() for w in typos.get("keep", [])}
        self.typo_min = int(typos.get("min_length", 6))
        self.typo_edits = int(typos.get("max_edits", 1))
        self.typo_edits_long = int(typos.get("max_edits_long", 2))
        self._add_config(config)

    @classmethod
    def load(cls, path: Union[str, Path] = CONFIG_PATH, nlp: Optional[Language] = None):
        config = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        return cls(config, nlp)

    # -- building ---------------------------------------------------------------
    def _add(self, label: str, patterns: Iterable[Any], negatable_default=False) -> None:
        for index, (pattern, negatable) in enumerate(_rule_entries(patterns)):
            key = f"{label}:{index}"
            self.matcher.add(key, self.compiler.compile(pattern))
            self.labels[self.nlp.vocab.strings.add(key)] = key
            if negatable or negatable_default:
                self.negatable.add(key)

    def _add_config(self, config: Mapping[str, Any]) -> None:
        crisis = config.get("crisis", {}) or {}
        emergency = config.get("emergency", {}) or {}
        self.typo_words = sorted(
            set(self.typo_words)
            | {w.lower() for w in crisis.get("keywords", []) + emergency.get("keywords", [])}
        )
        self._add(
            "crisis/keyword", [[{"LOWER": {"IN": [w.lower() for w in crisis.get("keywords", [])]}}]]
        )
        self._add("crisis", crisis.get("patterns"))
        self._add("crisis_exception", crisis.get("exceptions"))
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
        if word in self.typo_words or any(word.startswith(t) for t in self.typo_words):
            return word  # a keyword or its inflection ("overdosed"): not a typo
        for target in self.typo_words:
            limit = self.typo_edits_long if len(target) >= 9 else self.typo_edits
            if len(target) >= self.typo_min and edit_distance(word, target, limit) <= limit:
                return target
        return word

    def _prepare(self, doc_or_text: Union[Doc, str, None]) -> Optional[Doc]:
        """Lower-cased, typo-corrected Doc; a given Doc is re-used when nothing changes."""
        if isinstance(doc_or_text, Doc):
            doc, text = doc_or_text, doc_or_text.text
        elif isinstance(doc_or_text, str):
            doc, text = None, doc_or_text
        else:
            return None
        # Lone surrogates (broken client encodings) make spaCy raise: replace them.
        text = text[:MAX_CHARS].encode("utf-8", "replace").decode("utf-8")
        if not text.strip():
            return None
        if doc is None or len(doc.text) > MAX_CHARS or text != doc.text:
            doc = self.nlp(text.lower())
        words = [t.lower_ for t in doc]
        corrected = [self._correct(w) for w in words]
        if corrected != words:
            spaces = [bool(t.whitespace_) for t in doc]
            doc = self.nlp(Doc(self.nlp.vocab, words=corrected, spaces=spaces))
        return doc

    # -- decision ---------------------------------------------------------------
    @staticmethod
    def _sentence_ids(doc: Doc) -> List[int]:
        ids, current = [], 0
        for token in doc:
            ids.append(current)
            if token.text in SENTENCE_ENDS or "\n" in token.text:
                current += 1
        return ids

    def detect(self, doc_or_text: Union[Doc, str, None]) -> Optional[SafetySignal]:
        doc = self._prepare(doc_or_text)
        if doc is None:
            return None
        hits = [(self.labels[m], s, e) for m, s, e in self.matcher(doc)]
        sentence = self._sentence_ids(doc)
        negations = {s for label, s, _ in hits if label.startswith("negation")}
        exceptions = {
            kind: [(s, e) for label, s, e in hits if label.startswith(f"{kind}_exception")]
            for kind in (CRISIS, EMERGENCY)
        }
        cues: Dict[int, set] = {}
        for label, start, _ in hits:
            if label.startswith("cue/"):
                cues.setdefault(sentence[start], set()).add(label.split("/")[1].split(":")[0])

        fired: Dict[str, Tuple[str, Span]] = {}
        for label, start, end in sorted(hits, key=lambda h: (h[1], -h[2])):
            kind = label.split("/")[0].split(":")[0]
            if kind not in (CRISIS, EMERGENCY) or kind in fired:
                continue
            if any(s < end and start < e for s, e in exceptions[kind]):
                continue
            if label in self.negatable and any(
                start - NEGATION_WINDOW <= n < start for n in negations
            ):
                continue
            if kind == EMERGENCY and self._cancelled(label, cues.get(sentence[start], set())):
                continue
            fired[kind] = (label, doc[start:end])
        if not fired:
            return None
        kinds = tuple(k for k in PRECEDENCE if k in fired)
        label, span = fired[kinds[0]]
        return SafetySignal(kind=kinds[0], rule=label, text=span.text, kinds=kinds)

    def matched_rules(self, text: str) -> set:
        """Every rule label whose pattern matches ``text``, before any decision (for tests)."""
        doc = self._prepare(text)
        return {self.labels[m] for m, _, _ in self.matcher(doc)} if doc is not None else set()

    @staticmethod
    def _cancelled(label: str, sentence_cues: set) -> bool:
        if "now" in sentence_cues:
            return False
        level = "symptom" if "/symptom" in label else "strong"
        return bool(sentence_cues & CANCELLED_BY[level])


_DETECTOR: Optional[SafetyDetector] = None


def detector() -> SafetyDetector:
    """The shared detector built from chatbot/safety.yml (built on first use)."""
    global _DETECTOR
    if _DETECTOR is None:
        _DETECTOR = SafetyDetector.load()
    return _DETECTOR
