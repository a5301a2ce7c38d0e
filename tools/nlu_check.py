"""Sanity checks for data/nlu/ (the training data) and tests/nlu_test.yml.

    RASA_TELEMETRY_ENABLED=false .venv/bin/python -m tools.nlu_check [--baseline] [--ruler]

Always: both files parse with Rasa; intents are exactly the domain's list;
per-intent counts; duplicates inside a file; test texts that (near-)equal a
training text; entity labels/values valid (condition value = knowledge.yml id).
--ruler:    compare entity annotations with chatbot.nlu.conditions.ConditionMatcher
            (informational: what the rule-based extractor would miss/add).
--baseline: quick sklearn stand-in for the intent classifier (word + char_wb
            counts -> balanced LogisticRegression) trained on data/nlu/ and
            scored on tests/nlu_test.yml; prints F1 and the misclassified texts.
Exit status 1 when a hard check fails.
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
ROOT = Path(__file__).resolve().parent.parent

# The domain is the one list of intents; both files must use exactly those.
DOMAIN_INTENTS = set(
    yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["intents"]
)
ENTITIES = {"condition", "unlisted_condition"}
MIN_PER_INTENT = {"train": 15, "test": 5}


def norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).replace("'", "").split())


def load(path: str):
    from rasa.shared.nlu.training_data.loading import load_data

    return load_data(str(ROOT / path)).training_examples


def main(argv) -> int:
    kb = yaml.safe_load((ROOT / "chatbot/practice/knowledge.yml").read_text())
    ids = {c["id"] for c in kb["conditions"]}
    errors = []
    files = {"train": "data/nlu", "test": "tests/nlu_test.yml"}
    data = {k: load(v) for k, v in files.items()}

    for kind, exs in data.items():
        counts = Counter(e.get("intent") for e in exs)
        ents = Counter(ent["entity"] for e in exs for ent in e.get("entities") or [])
        print(f"\n== {files[kind]}: {len(exs)} examples, {len(counts)} intents, entities {dict(ents)}")
        for intent, n in sorted(counts.items()):
            print(f"  {intent:20s} {n}")
        if set(counts) != DOMAIN_INTENTS:
            errors.append(f"{kind}: intents differ from the domain: extra {set(counts) - DOMAIN_INTENTS}, "
                          f"missing {DOMAIN_INTENTS - set(counts)}")
        for intent, n in counts.items():
            if n < MIN_PER_INTENT[kind]:
                errors.append(f"{kind}: {intent} has only {n} examples")
        seen = {}
        for e in exs:
            key = norm(e.get("text"))
            if key in seen:
                errors.append(f"{kind}: duplicate {e.get('text')!r} ({seen[key]} / {e.get('intent')})")
            seen[key] = e.get("intent")
            for ent in e.get("entities") or []:
                if ent["entity"] not in ENTITIES:
                    errors.append(f"{kind}: unknown entity {ent['entity']} in {e.get('text')!r}")
                elif ent["entity"] == "condition" and ent["value"] not in ids:
                    errors.append(f"{kind}: unknown condition id {ent['value']} in {e.get('text')!r}")
                elif ent["entity"] == "unlisted_condition" and ent["value"] != ent["value"].lower():
                    errors.append(f"{kind}: unlisted value not lower-case: {ent['value']}")
        if kind == "train":
            cond = Counter(ent["value"] for e in exs if e.get("intent") == "ask_condition"
                           for ent in e.get("entities") or [] if ent["entity"] == "condition")
            few = {i: cond.get(i, 0) for i in sorted(ids) if cond.get(i, 0) < 3}
            if few:
                errors.append(f"train: listed conditions with <3 ask_condition examples: {few}")
            unl = sum(1 for e in exs if e.get("intent") == "ask_condition"
                      and any(x["entity"] == "unlisted_condition" for x in e.get("entities") or []))
            print(f"  ask_condition: {len(cond)} listed ids covered (min {min(cond.values())}), "
                  f"{unl} examples with unlisted conditions")

    train_keys = {norm(e.get("text")): e.get("text") for e in data["train"]}
    for e in data["test"]:
        if norm(e.get("text")) in train_keys:
            errors.append(f"test example also in training data: {e.get('text')!r}")

    if "--ruler" in argv:
        ruler_report(data, ids)
    if "--baseline" in argv:
        baseline(data)

    print("\n== hard checks:", "OK" if not errors else f"{len(errors)} problem(s)")
    for err in errors:
        print("  !", err)
    return 1 if errors else 0


def ruler_report(data, ids) -> None:
    """Compare annotations with chatbot.nlu.conditions.ConditionMatcher (the real recogniser)."""
    try:
        from chatbot.nlu.conditions import ConditionMatcher
        from chatbot.practice.knowledge import knowledge

        matcher = ConditionMatcher(knowledge())
        find = lambda t: {(m.start, m.end, m.kind, m.value) for m in matcher.find(t)}  # noqa: E731
        label = "ConditionMatcher"
    except Exception as exc:  # matcher missing/broken: fall back to the bare ruler
        import spacy

        print(f"\n(ConditionMatcher unavailable: {exc}; using build/spacy_model ruler)")
        nlp = spacy.load(ROOT / "build/spacy_model")
        find = lambda t: {(s.start_char, s.end_char, "condition", s.ent_id_)  # noqa: E731
                          for s in nlp(t).ents}
        label = "entity_ruler"
    print(f"\n== annotated spans vs {label} (informational)")
    for kind, exs in data.items():
        miss = extra = ok = 0
        for e in exs:
            text = e.get("text")
            gold = {(x["start"], x["end"], x["entity"], x["value"]) for x in e.get("entities") or []}
            if label == "entity_ruler":
                gold = {g for g in gold if g[2] == "condition"}
            pred = find(text)
            ok += len(gold & pred)
            for g in sorted(gold - pred):
                miss += 1
                print(f"  [{kind}] MISSES {text[g[0]:g[1]]!r}->{g[3]}  in {text!r}")
            for p in sorted(pred - gold):
                extra += 1
                print(f"  [{kind}] ADDS   {text[p[0]:p[1]]!r}->{p[3]}  in {text!r}")
        print(f"  {kind}: {ok} agree, {miss} missed, {extra} extra")


def baseline(data) -> None:
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import classification_report

    xtr = [e.get("text") for e in data["train"]]
    ytr = [e.get("intent") for e in data["train"]]
    xte = [e.get("text") for e in data["test"]]
    yte = [e.get("intent") for e in data["test"]]
    word = CountVectorizer(lowercase=True)
    char = CountVectorizer(analyzer="char_wb", ngram_range=(1, 4), lowercase=True)
    xtr_m = hstack([word.fit_transform(xtr), char.fit_transform(xtr)]).tocsr()
    xte_m = hstack([word.transform(xte), char.transform(xte)]).tocsr()
    clf = LogisticRegression(class_weight="balanced", max_iter=100, random_state=42)
    clf.fit(xtr_m, ytr)
    pred = clf.predict(xte_m)
    print("\n== baseline intent classifier (sklearn stand-in, not the real pipeline)")
    print(classification_report(yte, pred, zero_division=0, digits=3))
    for text, gold, p in zip(xte, yte, pred):
        if gold != p:
            print(f"  {gold:18s} -> {p:18s} {text!r}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
