"""OnePassCountVectorsFeaturizer gives every training example Rasa's own features."""

from __future__ import annotations

import copy

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.featurizers.sparse_featurizer import count_vectors_featurizer as rasa_cvf
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import ACTION_NAME, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from chatbot.nlu.components.count_vectors import OnePassCountVectorsFeaturizer

MESSAGES = [
    {TEXT: "how much is a session", INTENT: "faq_price"},
    {TEXT: "Is FIBROMYALGIA on the list?", INTENT: "ask_condition"},
    {TEXT: "hi", INTENT: "greet"},
    {TEXT: "my oov shoulder hurts", INTENT: "ask_condition"},
    {INTENT: "greet"},  # an intent with no text, as stories give them
    {ACTION_NAME: "utter_greet"},
    {TEXT: "opening hours on sunday please", INTENT: "faq_hours"},
    {TEXT: "   ", INTENT: "greet"},  # no token at all
]


def _component(cls, storage, name, **config):
    context = ExecutionContext(GraphSchema({}), model_id="test", node_name=name)
    return cls.create({**cls.get_default_config(), **config}, storage, Resource(name), context)


def _data():
    return TrainingData([Message(data=dict(m)) for m in MESSAGES])


@pytest.mark.parametrize(
    "config",
    [
        {},
        {"analyzer": "char_wb", "min_ngram": 2, "max_ngram": 4, "alias": "chars"},
        {"min_ngram": 1, "max_ngram": 2, "OOV_token": "oov"},
    ],  # fmt: skip
    ids=["words", "chars", "bigrams-oov"],
)
def test_each_example_gets_rasas_features_in_rasas_order(tmp_path, config):
    storage = LocalModelStorage(tmp_path)
    tokenizer = _component(WhitespaceTokenizer, storage, "tok")
    data = _data()
    tokenizer.process_training_data(data)
    ours = _component(OnePassCountVectorsFeaturizer, storage, "ours", **config)
    theirs = _component(rasa_cvf.CountVectorsFeaturizer, storage, "ours", **config)
    ours.train(data)
    theirs.train(data)

    expected = copy.deepcopy(data.training_examples)
    theirs.process(expected)
    ours.process_training_data(data)

    assert sum(len(m.features) for m in expected) > 0
    for got, want in zip(data.training_examples, expected):
        assert [(f.type, f.attribute, f.origin) for f in got.features] == [
            (f.type, f.attribute, f.origin) for f in want.features
        ]
        for g, w in zip(got.features, want.features):
            assert g.features.format == w.features.format == "coo"
            assert g.features.shape == w.features.shape
            assert (g.features != w.features).nnz == 0
            assert g.features.dtype == w.features.dtype
