"""KnownWordsIntentClassifier trained for real on Rasa's own featurizers (no Rasa server)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import (
    CountVectorsFeaturizer,
)
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import vstack

from chatbot.nlu.components.intent_classifier import (
    BlockTfidf,
    KnownWordsIntentClassifier,
    _sentence_row,
    _tfidf_per_block,
)

EXAMPLES = {
    "greet": ["hello there", "hi", "good morning", "hey how are you"],
    "faq_price": ["how much is a session", "what does it cost", "price please", "rates?"],
    "faq_hours": ["when are you open", "opening hours", "are you open on sunday", "what time"],
}


def _component(cls, storage, name, **config):
    context = ExecutionContext(GraphSchema({}), model_id="test", node_name=name)
    return cls.create({**cls.get_default_config(), **config}, storage, Resource(name), context)


@pytest.fixture()
def trained(tmp_path):
    storage = LocalModelStorage(tmp_path)
    tokenizer = _component(WhitespaceTokenizer, storage, "tok")
    featurizers = [
        _component(CountVectorsFeaturizer, storage, "words", alias="word_counts"),
        _component(
            CountVectorsFeaturizer, storage, "chars", analyzer="char_wb", min_ngram=2, max_ngram=4
        ),
    ]
    classifier = _component(
        KnownWordsIntentClassifier, storage, "clf", word_featurizer_alias="word_counts", C=30
    )
    data = TrainingData(
        [Message(data={TEXT: t, INTENT: i}) for i, texts in EXAMPLES.items() for t in texts]
    )
    tokenizer.process_training_data(data)
    for featurizer in featurizers:
        featurizer.train(data)
        featurizer.process_training_data(data)
    classifier.train(data)

    def parse(text: str) -> Message:
        message = Message(data={TEXT: text})
        tokenizer.process([message])
        for featurizer in featurizers:
            featurizer.process([message])
        return message

    return storage, classifier, parse, featurizers


def test_each_featurizer_block_gets_its_own_tfidf_and_norm(trained):
    _, classifier, parse, featurizers = trained
    fast = classifier.clf.named_steps["tfidf"]
    assert isinstance(fast, BlockTfidf)
    widths = [len(f.vectorizers[TEXT].vocabulary_) for f in featurizers]
    assert list(fast.ends) == [widths[0], widths[0] + widths[1]]
    row = fast.transform(classifier._create_X([parse("how much are you open")])).toarray()[0]
    # Each block has unit length, so the many character n-grams cannot drown the words.
    assert np.linalg.norm(row[: widths[0]]) == pytest.approx(1.0)
    assert np.linalg.norm(row[widths[0] :]) == pytest.approx(1.0)


def test_predicts_and_survives_a_save_and_load(trained):
    storage, classifier, parse, _ = trained
    message = parse("how much does it cost")
    classifier.process([message])
    assert message.get(INTENT)["name"] == "faq_price"

    with storage.read_from(Resource("clf")) as model_dir:
        assert sorted(p.name for p in model_dir.iterdir()) == ["clf.npz"]
    context = ExecutionContext(GraphSchema({}), model_id="test", node_name="clf")
    loaded = KnownWordsIntentClassifier.load(classifier.config, storage, Resource("clf"), context)
    again = parse("how much does it cost")
    loaded.process([again])
    assert again.get(INTENT) == message.get(INTENT)


def test_no_known_word_or_no_text_means_no_confidence(trained):
    _, classifier, parse, _ = trained
    gibberish, empty = parse("qwzx vbnm"), parse("")
    classifier.process([gibberish, empty])
    assert gibberish.get(INTENT)["confidence"] == 0.0
    assert empty.get(INTENT)["confidence"] == 0.0
    assert empty.get("intent_ranking") == []


def test_weights_are_kept_the_way_scoring_reads_them(trained):
    """Scoring multiplies by ``coef_.T``: contiguous, scipy reads it in place instead of
    copying the whole weight matrix for every message."""
    storage, classifier, _, _ = trained
    context = ExecutionContext(GraphSchema({}), model_id="test", node_name="clf")
    loaded = KnownWordsIntentClassifier.load(classifier.config, storage, Resource("clf"), context)
    for component in (classifier, loaded):
        assert component.clf.named_steps["lr"].coef_.T.flags["C_CONTIGUOUS"]


def test_a_model_file_holding_python_objects_is_refused(tmp_path):
    """Figures are arrays of numbers and text; anything pickled (code, as a tampered file
    would carry) is never read."""
    storage = LocalModelStorage(tmp_path)
    with storage.write_to(Resource("clf")) as model_dir:
        np.savez(model_dir / "clf.npz", ends=np.array([1]), idf=np.ones(1), coef=np.ones((2, 1)),
                 intercept=np.zeros(2), classes=np.array([object(), object()]))  # fmt: skip
    context = ExecutionContext(GraphSchema({}), model_id="test", node_name="clf")
    config = KnownWordsIntentClassifier.get_default_config()
    with pytest.raises(ValueError, match="not an intent classifier"):
        KnownWordsIntentClassifier.load(config, storage, Resource("clf"), context)


def test_the_one_pass_tfidf_gives_scikit_learns_figures(trained):
    _, classifier, parse, _ = trained
    texts = ["how much are you open", "hi hi hi hello", "price price please", "qwzx", "rates?"]
    messages = [parse(t) for t in texts + [t for ts in EXAMPLES.values() for t in ts]]
    for message in messages:
        message.set(INTENT, "greet")  # any: the blocks' widths are read from intent examples
    sklearn_blocks = _tfidf_per_block(TrainingData(messages))
    X = classifier._create_X(messages)  # a batch, as in training
    sklearn_blocks.fit(X)
    fast = BlockTfidf(*BlockTfidf.from_fitted(sklearn_blocks))
    assert np.allclose(fast.transform(X).toarray(), sklearn_blocks.transform(X).toarray())
    for message in messages:  # one message at a time, as served
        row = classifier._create_X([message])
        assert np.allclose(fast.transform(row).toarray(), sklearn_blocks.transform(row).toarray())


def test_the_solver_comes_from_the_config(tmp_path):
    storage = LocalModelStorage(tmp_path)
    classifier = _component(KnownWordsIntentClassifier, storage, "clf", solver="newton-cg")
    assert classifier.clf.named_steps["lr"].solver == "newton-cg"


def test_the_rows_scored_are_the_ones_rasa_builds(trained):
    """The sentence features joined without Rasa's per-token copies: the same matrix."""
    _, classifier, parse, _ = trained
    texts = ["how much are you open", "hi", "rates? rates!", "qwzx"]
    messages = [parse(t) for t in texts + [t for ts in EXAMPLES.values() for t in ts]]
    for batch in [messages, *([m] for m in messages)]:  # a training batch, then one at a time
        ours = classifier._create_X(batch)
        rasas = LogisticRegressionClassifier._create_X(classifier, batch)
        assert ours.shape == rasas.shape and np.array_equal(ours.toarray(), rasas.toarray())
    one_by_one = vstack([classifier._create_X([m]) for m in messages], format="csr")
    stacked = classifier._create_X(messages)
    assert stacked.dtype == one_by_one.dtype and stacked.has_canonical_format
    for message in messages:
        words = message.get_sparse_features(TEXT, featurizers=["word_counts"])[1]
        mine = _sentence_row(message, origin="word_counts")
        assert np.array_equal(mine.toarray(), words.features.toarray())


def test_reading_the_classifier_needs_no_skops():
    """skops searches every loaded module for each type it trusts: seconds of every start."""
    code = "import sys, chatbot.nlu.components.intent_classifier; print('skops' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False"
