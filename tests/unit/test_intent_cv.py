"""tools.intent_cv: Rasa's cross-validation without the predictions on the training folds, each fold trained forced."""

from __future__ import annotations

import asyncio
import inspect

import rasa.nlu.test as nlu_test

from tools.intent_cv import folds_seeded, folds_trained_afresh, skip_training_folds


def test_rasa_still_calls_combine_result_for_both_folds():
    """The skip keys on how cross_validate calls it: a training fold with five arguments,
    a test fold with the three result lists besides."""
    source = inspect.getsource(nlu_test.cross_validate)
    assert source.count("await combine_result(") == 2
    train_call, test_call = source.split("await combine_result(")[1:]
    assert "intent_train_results" not in train_call.split(")")[0]
    assert "intent_test_results" in test_call.split(")")[0]


def test_training_folds_are_skipped_and_test_folds_scored():
    calls = []

    async def combine(*args, **kwargs):
        calls.append(len(args))
        return "scored"

    wrapped = skip_training_folds(combine)
    metrics = ({}, {}, {})
    assert asyncio.run(wrapped(*metrics, "processor", "train")) == metrics
    assert asyncio.run(wrapped(*metrics, "processor", "test", [], [], [])) == "scored"
    assert calls == [8]


def test_folds_are_trained_forced_through_rasas_own_arguments():
    """cross_validate trains each fold with ``rasa.model_training.train_nlu``, which hands
    its additional arguments on to ``_train_graph``, where ``force_full_training`` lives."""
    import rasa.model_training

    assert "rasa.model_training.train_nlu(" in inspect.getsource(nlu_test.cross_validate)
    assert "**(additional_arguments or {})" in inspect.getsource(rasa.model_training.train_nlu)
    assert "force_full_training" in inspect.signature(rasa.model_training._train_graph).parameters
    calls = []
    trained = folds_trained_afresh(lambda *a, **k: calls.append((a, k)) or "model.tar.gz")
    assert trained("config.yml", "fold.yml", "out") == "model.tar.gz"
    assert calls == [(("config.yml", "fold.yml", "out"),
                      {"additional_arguments": {"force_full_training": True}})]  # fmt: skip


def _folds(generate):
    from rasa.shared.nlu.training_data.message import Message
    from rasa.shared.nlu.training_data.training_data import TrainingData

    data = TrainingData(
        training_examples=[
            Message(data={"text": f"example {i}", "intent": f"intent_{i % 4}"}) for i in range(60)
        ]
    )
    return [sorted(m.get("text") for m in test.intent_examples) for _, test in generate(5, data)]


def test_every_run_scores_the_same_folds():
    """cross_validate draws its folds through the module's ``generate_folds``; unseeded,
    two draws of 60 examples differ."""
    assert "generate_folds(n_folds, data)" in inspect.getsource(nlu_test.cross_validate)
    seeded = folds_seeded(nlu_test.generate_folds)
    assert _folds(seeded) == _folds(seeded)
    assert _folds(folds_seeded(nlu_test.generate_folds, seed=1)) != _folds(seeded)
