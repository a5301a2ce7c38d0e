"""Stand-in for `rasa test nlu --cross-validation` (intent part only), in seconds.

    RASA_TELEMETRY_ENABLED=false .venv/bin/python -m tools.intent_cv_standin [--data data/nlu]
        [--folds 5] [--seed 0] [--errors] [--top 20]

Mirrors config.yml's intent pipeline as closely as sklearn allows:
  SpacyNLP(build/spacy_model) lemmas, condition mentions masked as the
  ConditionEntityExtractor does -> word 1-2 gram counts (lowercase, token pattern
  \\b\\w+\\b, like Rasa's CountVectorsFeaturizer with use_lemma=True)
  + char_wb 2-4 gram counts over the lower-cased text (use_lemma: false)
  -> a TfidfTransformer(sublinear_tf=True) per block, as chatbot/nlu/components/intent_classifier.py
  -> LogisticRegression(class_weight="balanced"), C, solver, tol and max_iter as in config.yml
scored with StratifiedKFold(5, shuffle=True, random_state=0). Prints macro F1, per-intent
F1 and the most frequent confusion pairs (gold -> predicted). It is an approximation:
`make intent-cv` (`rasa test nlu --cross-validation`) is the measure.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
ROOT = Path(__file__).resolve().parent.parent


def load_examples(path: Path):
    from rasa.shared.nlu.training_data.loading import load_data

    exs = load_data(str(path)).intent_examples
    return [e.get("text") for e in exs], [e.get("intent") for e in exs]


def lemma_texts(texts):
    """Lemmas joined by spaces, each condition mention's lemmas replaced as in config.yml."""
    import spacy

    from chatbot.nlu.components.condition_extractor import PLACEHOLDER
    from chatbot.nlu.conditions import ConditionMatcher
    from chatbot.practice import knowledge

    model = ROOT / "build/spacy_model"
    if not model.exists():
        sys.exit(
            f"{model} missing: run `.venv/bin/python -m chatbot.nlu.spacy_model build/spacy_model`"
        )
    nlp = spacy.load(model)
    matcher = ConditionMatcher(knowledge.knowledge(), nlp)
    out = []
    for text, doc in zip(texts, nlp.pipe(texts)):
        spans = [(m.start, m.end) for m in matcher.find(doc, text, keep_negated=True)]
        lemmas, masked = [], set()
        for tok in doc:
            if not tok.text.strip():
                continue
            span = next((s for s in spans if s[0] <= tok.idx and tok.idx + len(tok) <= s[1]), None)
            if span is None:
                lemmas.append(tok.lemma_ or tok.text)
            elif span not in masked:
                masked.add(span)
                lemmas.append(PLACEHOLDER)
        out.append(" ".join(lemmas))
    return out


def classifier_settings() -> dict:
    """The intent classifier's LogisticRegression settings, from config.yml."""
    import yaml

    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    entry = next(c for c in config["pipeline"] if c["name"].endswith("IntentClassifier"))
    return {k: entry[k] for k in ("C", "solver", "tol", "max_iter") if k in entry}


def make_pipeline():
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    def block(vectorizer):
        return Pipeline([("counts", vectorizer), ("tfidf", TfidfTransformer(sublinear_tf=True))])

    features = ColumnTransformer(
        [
            ("word", block(CountVectorizer(token_pattern=r"(?u)\b\w+\b", ngram_range=(1, 2))), 0),
            ("char", block(CountVectorizer(analyzer="char_wb", ngram_range=(2, 4))), 1),
        ]
    )
    return Pipeline(
        [
            ("features", features),
            ("lr", LogisticRegression(class_weight="balanced", **classifier_settings())),
        ]
    )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="data/nlu")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--errors", action="store_true", help="print every misclassified text")
    args = ap.parse_args(argv)

    import numpy as np
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    texts, intents = load_examples(ROOT / args.data)
    lemmas = lemma_texts(texts)
    X = np.array([[lem, txt] for lem, txt in zip(lemmas, texts)], dtype=object)
    y = np.array(intents)

    pred = np.empty_like(y)
    skf = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=args.seed)
    for train, test in skf.split(X, y):
        clf = make_pipeline()
        clf.fit(X[train], y[train])
        pred[test] = clf.predict(X[test])

    labels = sorted(set(y))
    per = f1_score(y, pred, labels=labels, average=None, zero_division=0)
    macro = f1_score(y, pred, labels=labels, average="macro", zero_division=0)
    counts = Counter(y)
    print(f"{len(y)} examples, {len(labels)} intents, {args.folds}-fold CV (seed {args.seed})")
    print(f"macro F1: {macro:.4f}   accuracy: {(pred == y).mean():.4f}")
    print("\nper-intent F1 (n):")
    for lab, f in sorted(zip(labels, per), key=lambda p: p[1]):
        print(f"  {lab:20s} {f:.3f}  ({counts[lab]})")
    pairs = Counter((g, p) for g, p in zip(y, pred) if g != p)
    print(f"\ntop confusion pairs (gold -> predicted), {sum(pairs.values())} errors:")
    for (g, p), n in pairs.most_common(args.top):
        print(f"  {n:3d}  {g} -> {p}")
    if args.errors:
        print("\nmisclassified:")
        for t, g, p in sorted(zip(texts, y, pred), key=lambda r: (r[1], r[2])):
            if g != p:
                print(f"  {g:18s} -> {p:18s} {t!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
