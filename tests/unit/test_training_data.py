"""The training data stays apart from every evaluation set, and matches the domain.

The held-out NLU test set and the condition / safety evaluation sets are only
meaningful if none of their messages is also a training example.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
ANNOTATION = re.compile(r"\[([^\]]*)\]\{[^}]*\}|\[([^\]]*)\]\([^)]*\)")


def _plain(text: str) -> str:
    text = ANNOTATION.sub(lambda m: m.group(1) or m.group(2) or "", text)
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _nlu_texts(path: Path) -> dict:
    texts = {}
    for block in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]:
        if "intent" in block:
            for line in block["examples"].splitlines():
                if line.strip().startswith("- "):
                    texts[_plain(line.strip()[2:])] = block["intent"]
    return texts


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


@pytest.fixture(scope="module")
def training() -> dict:
    return _nlu_texts(ROOT / "data" / "nlu.yml")


def test_held_out_nlu_set_is_not_in_training_data(training):
    leaked = sorted(set(_nlu_texts(ROOT / "tests" / "nlu_test.yml")) & set(training))
    assert not leaked


@pytest.mark.parametrize("name", ["conditions_eval.yml", "safety_eval.yml"])
def test_evaluation_sets_are_not_in_training_data(training, name):
    data = yaml.safe_load((ROOT / "tests" / "eval" / name).read_text(encoding="utf-8"))
    messages = {_plain(s) for s in _strings(data) if len(s.split()) >= 2}
    assert len(messages) > 50
    assert not sorted(messages & set(training))


def test_training_intents_are_the_domain_intents(training):
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    assert set(training.values()) == set(domain["intents"])


def test_no_message_has_two_labels():
    seen, clashes = {}, []
    for block in yaml.safe_load((ROOT / "data" / "nlu.yml").read_text(encoding="utf-8"))["nlu"]:
        for line in block.get("examples", "").splitlines():
            if line.strip().startswith("- "):
                text = _plain(line.strip()[2:])
                if seen.setdefault(text, block["intent"]) != block["intent"]:
                    clashes.append(text)
    assert not clashes
