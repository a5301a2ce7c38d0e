"""A learned reading of crisis and emergency messages in the languages the rules read least
(pure Python + scikit-learn, no Rasa).

    model = safety_model.model()                 # chatbot/nlu/safety_examples.yml, fitted once
    model.languages                              -> frozenset({"es", "fr", ...})
    model.probabilities("quiero dejar de existir")  -> {"crisis": 0.9, "emergency": 0.0}
    model.kinds("quiero dejar de existir")          -> ("crisis",)

The rules (safety.yml, safety_es.yml, ...) read what they were written for; visitors word a
wish to die or a stroke in more ways than patterns can hold. This model is fitted on the
labelled examples of ``safety_examples.yml`` (crisis, emergency, both, ordinary) and is
asked only about messages in one of its languages: English stays with the rules alone.

Fitting takes a few seconds, so it happens at load, once per process, and the examples
file stays the one source. A fitted copy is kept in build/ under a hash of the examples,
this module and scikit-learn's version, so that later starts load it instead (a cache
the bot writes for itself, like the Rasa model; where build/ is read-only, as under the
systemd units, each start fits).
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import re
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, FrozenSet, List, Mapping, Sequence, Tuple, Union

import sklearn
import yaml
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from chatbot.folding import fold
from chatbot.limits import MAX_MESSAGE_CHARS
from chatbot.nlu.language import LANGUAGES
from chatbot.nlu.safety import CRISIS, EMERGENCY, PRECEDENCE

logger = logging.getLogger(__name__)

EXAMPLES_PATH = Path(__file__).parent / "safety_examples.yml"
CACHE_DIR = Path(__file__).resolve().parents[2] / "build" / "safety_model"
BOTH = "both"
ORDINARY = "ordinary"
LABELS = (CRISIS, EMERGENCY, BOTH, ORDINARY)
# Which labels teach each kind: an overdose taken is a crisis and an emergency.
POSITIVE = {CRISIS: (CRISIS, BOTH), EMERGENCY: (EMERGENCY, BOTH)}
# A language is read only with enough different examples of each kind and of ordinary
# messages that share their words; fewer teach the model words, not meaning.
MIN_EXAMPLES = 20
# The least probability that counts as a reading (SafetyOverride may ask for more).
MIN_PROBABILITY = 0.7


def _validate(data: object, source: str) -> Dict[str, Dict[str, List[str]]]:
    """{language: {label: [texts]}}, or ValueError naming what is wrong."""
    if not isinstance(data, Mapping) or not isinstance(data.get("examples"), Mapping):
        raise ValueError(f"{source}: expected a mapping with 'examples: {{language: ...}}'")
    examples: Dict[str, Dict[str, List[str]]] = {}
    for language, labelled in data["examples"].items():
        if not (isinstance(language, str) and re.fullmatch(r"[a-z]{2}", language)):
            raise ValueError(f"{source}: {language!r} is not an ISO 639-1 language code")
        if language == "en":
            raise ValueError(f"{source}: English is read by the rules alone")
        if language not in LANGUAGES:
            raise ValueError(f"{source}: {language} is not a language the detector tells")
        if not isinstance(labelled, Mapping):
            raise ValueError(f"{source}: {language}: expected a mapping of labels to lists")
        unknown = set(labelled) - set(LABELS)
        if unknown:
            raise ValueError(f"{source}: {language}: unknown label(s) {sorted(map(str, unknown))}")
        texts: Dict[str, List[str]] = {}
        for label in LABELS:
            items = labelled.get(label) or []
            if not isinstance(items, list) or not all(
                isinstance(t, str) and t.strip() for t in items
            ):
                raise ValueError(f"{source}: {language}.{label}: expected a list of texts")
            texts[label] = items
        for kind, labels in POSITIVE.items():
            count = len({_normalise(t) for label in labels for t in texts[label]})
            if count < MIN_EXAMPLES:
                raise ValueError(
                    f"{source}: {language}: {count} {kind} examples, at least {MIN_EXAMPLES}"
                )
        ordinary = len({_normalise(t) for t in texts[ORDINARY]})
        if ordinary < MIN_EXAMPLES:
            raise ValueError(
                f"{source}: {language}: {ordinary} ordinary examples, at least {MIN_EXAMPLES}"
            )
        examples[language] = texts
    if not examples:
        raise ValueError(f"{source}: no language has examples")
    return examples


def load_examples(path: Union[str, Path] = EXAMPLES_PATH) -> Dict[str, Dict[str, List[str]]]:
    path = Path(path)
    return _validate(yaml.safe_load(path.read_text(encoding="utf-8")), str(path))


def _normalise(text: str) -> str:
    return " ".join(fold(text[:MAX_MESSAGE_CHARS]).split())


@dataclass
class SafetyModel:
    languages: FrozenSet[str]
    words: TfidfVectorizer
    chars: TfidfVectorizer
    classifiers: Dict[str, LogisticRegression]

    @classmethod
    def fit(cls, examples: Mapping[str, Mapping[str, Sequence[str]]]) -> SafetyModel:
        texts: List[str] = []
        labels: List[str] = []
        for labelled in examples.values():
            for label, items in labelled.items():
                texts += [_normalise(t) for t in items]
                labels += [label] * len(items)
        words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)
        features = hstack([words.fit_transform(texts), chars.fit_transform(texts)]).tocsr()
        classifiers = {}
        for kind, positive in POSITIVE.items():
            target = [label in positive for label in labels]
            classifier = LogisticRegression(
                C=10.0, class_weight="balanced", solver="liblinear", max_iter=1000
            )
            classifiers[kind] = classifier.fit(features, target)
        return cls(frozenset(examples), words, chars, classifiers)

    def probabilities(self, text: str) -> Dict[str, float]:
        """Each kind's probability for the whole message. (Reading each sentence too found
        a few more alarms in long messages and several times more false ones.)"""
        pieces = [_normalise(text or "")]
        features = hstack([self.words.transform(pieces), self.chars.transform(pieces)]).tocsr()
        return {
            kind: float(classifier.predict_proba(features)[0, 1])
            for kind, classifier in self.classifiers.items()
        }

    def kinds(self, text: str, min_probability: float = MIN_PROBABILITY) -> Tuple[str, ...]:
        """The kinds read at ``min_probability`` or more, in the detector's precedence."""
        read = self.probabilities(text)
        return tuple(kind for kind in PRECEDENCE if read[kind] >= min_probability)


def model(path: Union[str, Path] = EXAMPLES_PATH) -> SafetyModel:
    """The model fitted on ``path``'s examples, once per process."""
    return _fitted(Path(path).resolve())


@lru_cache(maxsize=4)
def _fitted(path: Path, cache_dir: Path = CACHE_DIR) -> SafetyModel:
    digest = hashlib.sha256(path.read_bytes())
    digest.update(Path(__file__).read_bytes())
    digest.update(sklearn.__version__.encode())
    cached = cache_dir / f"{digest.hexdigest()[:16]}.pkl"
    try:
        with cached.open("rb") as handle:
            fitted = pickle.load(handle)
        if isinstance(fitted, SafetyModel):
            return fitted
    except Exception:  # not there yet, or torn, or left by another version: fit afresh
        pass
    fitted = SafetyModel.fit(load_examples(path))
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=cache_dir, suffix=".tmp", delete=False) as out:
            pickle.dump(fitted, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(out.name, cached)  # whole or not at all, whoever writes it first
        for stale in cache_dir.glob("*.pkl"):
            if stale != cached:
                stale.unlink(missing_ok=True)
    except OSError as err:
        logger.debug("Safety model not cached (%s); it is fitted at each start.", err)
    return fitted
