"""Logistic-regression intent classifier that knows when it knows nothing.

Rasa's LogisticRegressionClassifier has gaps this closes:
- a message without any features (empty text) makes scikit-learn raise, which
  turns into an HTTP 500; here it gets confidence 0, so FallbackClassifier answers;
- raw counts with a fixed C=1 under-fit short chat messages; tf-idf scaling and a
  configurable C (chosen by cross-validation, see README) do better. Tf-idf and the L2
  norm are applied to each featurizer's block on its own: over the joined row, the
  character n-grams (many per word) drowned the word n-grams (5-fold CV +0.004-0.008);
- a model file whose types skops does not trust was silently replaced by an untrained
  classifier, and skops itself (imported to read the file) searches every loaded module
  for each type it trusts, seconds of every start. Here the fitted figures are stored as
  plain arrays (numpy's .npz, read without pickle), and a file that is not fails loudly;
- character n-grams give gibberish or a foreign language a confident guess
  ("qwzx vbnm" -> acknowledge 0.6). When none of the message's words is in the word
  featurizer's vocabulary and no condition was recognised, the guess is worth
  nothing, so its confidence is set to 0 and the fallback asks to rephrase.
"""

from __future__ import annotations

from typing import Any, Dict, List, NamedTuple, Optional, Text, Tuple

import numpy as np
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_TYPE,
    FEATURE_TYPE_SENTENCE,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import coo_matrix, csr_matrix, hstack
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from chatbot.nlu.all_cores import on_all_cores
from chatbot.nlu.condition_terms import CONDITION_ENTITIES

WORD_FEATURIZER_KEY = "word_featurizer_alias"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class KnownWordsIntentClassifier(LogisticRegressionClassifier):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            **LogisticRegressionClassifier.get_default_config(),
            WORD_FEATURIZER_KEY: None,
            "C": 1.0,
            "tfidf": True,
        }

    def __init__(self, config: Dict[Text, Any], *args: Any) -> None:
        super().__init__(config, *args)
        self.clf = Pipeline(
            [
                # Replaced by one tf-idf per featurizer block in train(), when the widths are known.
                ("tfidf", "passthrough"),
                (
                    "lr",
                    AllCoresLogisticRegression(
                        C=self.config["C"],
                        class_weight="balanced",
                        solver=self.config["solver"],
                        max_iter=self.config["max_iter"],
                        tol=self.config["tol"],
                        random_state=self.config["random_state"],
                    ),
                ),
            ]
        )

    def train(self, training_data: TrainingData) -> Resource:
        if self.config["tfidf"]:
            self.clf.set_params(tfidf=_tfidf_per_block(training_data))
        resource = super().train(training_data)  # fits, then persist()
        self.clf = self._scoring(*_figures(self.clf))
        return resource

    def persist(self) -> None:
        with self._model_storage.write_to(self._resource) as model_dir:
            np.savez(model_dir / f"{self._resource.name}.npz", **_figures(self.clf)._asdict())

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> KnownWordsIntentClassifier:
        component = cls(config, execution_context.node_name, model_storage, resource)
        with model_storage.read_from(resource) as model_dir:
            path = model_dir / f"{resource.name}.npz"
            try:
                with np.load(path, allow_pickle=False) as stored:
                    figures = Figures(**{name: stored[name] for name in Figures._fields})
            except (ValueError, KeyError, TypeError) as err:
                raise ValueError(f"{path} is not an intent classifier's figures: {err}") from err
        component.clf = component._scoring(*figures)
        return component

    def _scoring(self, *figures: np.ndarray) -> Pipeline:
        """The fitted pipeline for scoring, from its figures (the same probabilities).

        scikit-learn scores as ``X @ coef_.T``; scipy needs that right-hand side contiguous
        and, with ``coef_`` row-major, copied the whole weight matrix (features x intents)
        for every message: stored column-major, ``coef_.T`` is contiguous as it is. The
        per-block tf-idf runs as ``BlockTfidf``: ColumnTransformer's per-call machinery (a
        job per block, checks, a stack of the blocks) cost more than its arithmetic."""
        f = Figures(*figures)
        lr = self.clf.named_steps["lr"]
        lr.classes_, lr.intercept_ = f.classes, f.intercept
        lr.coef_ = np.asfortranarray(f.coef)
        lr.n_features_in_ = f.coef.shape[1]
        return Pipeline([("tfidf", BlockTfidf(f.ends, f.idf)), ("lr", lr)])

    def process(self, messages: List[Message]) -> List[Message]:
        scorable = [m for m in messages if self._has_features(m)]
        if scorable:
            super().process(scorable)
        chosen = {id(m) for m in scorable}
        for message in messages:
            if id(message) not in chosen:
                _no_confidence(message, keep_ranking=False)
            elif not self._knows_any_word(message):
                _no_confidence(message, keep_ranking=True)
        return messages

    def _create_X(self, messages: List[Message]) -> csr_matrix:
        if len(messages) == 1 and not _dense(messages[0]):
            row = _sentence_row(messages[0])
            if row is not None:
                return row
        if any(_dense(m) for m in messages):
            return super()._create_X(messages)
        stacked = _stacked_rows(messages)
        return super()._create_X(messages) if stacked is None else stacked

    @staticmethod
    def _has_features(message: Message) -> bool:
        return any(b.nnz for b in _sentence_blocks(message)) or _dense(message)

    def _knows_any_word(self, message: Message) -> bool:
        if any(
            e.get(ENTITY_ATTRIBUTE_TYPE) in CONDITION_ENTITIES for e in message.get(ENTITIES) or []
        ):
            return True
        alias = self.config.get(WORD_FEATURIZER_KEY)
        if not alias:
            return True
        return any(b.nnz for b in _sentence_blocks(message, origin=alias))


def _sentence_row(message: Message, origin: Optional[str] = None) -> Optional[csr_matrix]:
    """The message's sentence-level sparse features, joined in the featurizers' order: what
    ``message.get_sparse_features(TEXT)[1]`` holds, without the per-token features Rasa
    copies and joins alongside (most of the cost of scoring one message)."""
    blocks = _sentence_blocks(message, origin)
    if not blocks:
        return None
    return csr_matrix(blocks[0]) if len(blocks) == 1 else hstack(blocks, format="csr")


def _stacked_rows(messages: List[Message]) -> Optional[csr_matrix]:
    """Every message's ``_sentence_row``, one row each, built as one matrix: the same
    matrix as stacking the rows, without a sparse matrix made per message (seconds of
    every training). None when a message has no sentence features."""
    rows, cols, data, width = [], [], [], None
    for i, message in enumerate(messages):
        offset = 0
        blocks = _sentence_blocks(message)
        if not blocks:
            return None
        for block in blocks:
            block = block.tocoo()
            rows.append(np.full(block.nnz, i, dtype=np.int64))
            cols.append(block.col.astype(np.int64) + offset)
            data.append(block.data)
            offset += block.shape[1]
        if width not in (None, offset):
            return None
        width = offset
    if width is None:
        return None
    shape = (len(messages), width)
    return coo_matrix((np.concatenate(data), (np.concatenate(rows), np.concatenate(cols))),
                      shape=shape).tocsr()  # fmt: skip


def _sentence_blocks(message: Message, origin: Optional[str] = None) -> List[Any]:
    return [
        f.features
        for f in message.features
        if f.attribute == TEXT
        and f.type == FEATURE_TYPE_SENTENCE
        and f.is_sparse()
        and (origin is None or f.origin == origin)
    ]


def _dense(message: Message) -> bool:
    return any(f.attribute == TEXT and f.is_dense() for f in message.features)


class AllCoresLogisticRegression(LogisticRegression):
    """scikit-learn's LogisticRegression, fitted with the training matrix's products on
    every core (chatbot/nlu/all_cores.py): the same coefficients, in less time."""

    def fit(self, X: Any, y: Any, sample_weight: Any = None) -> AllCoresLogisticRegression:
        return super().fit(on_all_cores(X), y, sample_weight)


class Figures(NamedTuple):
    """What a fitted classifier is: the tf-idf blocks' ends and idf, and the regression."""

    ends: np.ndarray
    idf: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray
    classes: np.ndarray


def _figures(clf: Pipeline) -> Figures:
    step, lr = clf.named_steps["tfidf"], clf.named_steps["lr"]
    if isinstance(step, BlockTfidf):
        ends, idf = step.ends, step.idf
    elif isinstance(step, ColumnTransformer):
        ends, idf = BlockTfidf.from_fitted(step)
    else:  # "passthrough": no blocks
        ends, idf = np.zeros(0, dtype=np.int64), np.zeros(0)
    classes = np.asarray(lr.classes_).astype(str)  # text, never objects: loadable without pickle
    return Figures(ends, idf, np.ascontiguousarray(lr.coef_), lr.intercept_, classes)


class BlockTfidf:
    """``_tfidf_per_block``'s fitted ColumnTransformer in one pass over the non-zeros:
    sublinear tf (1 + log), times idf, then an L2 norm per row and block; the columns
    after the last block (dense features, if a pipeline adds any) pass as they are."""

    def __init__(self, ends: np.ndarray, idf: np.ndarray) -> None:
        self.ends, self.idf = np.asarray(ends, dtype=np.int64), np.asarray(idf)
        if len(self.idf) != (self.ends[-1] if len(self.ends) else 0):
            raise ValueError("tf-idf blocks and idf weights disagree")

    @staticmethod
    def from_fitted(fitted: ColumnTransformer) -> Tuple[np.ndarray, np.ndarray]:
        """The blocks' ends and idf of the ColumnTransformer ``_tfidf_per_block`` builds."""
        ends, idf, start = [], [], 0
        for name, t, cols in fitted.transformers_:
            if name == "remainder":
                continue
            same_rule = isinstance(t, TfidfTransformer) and t.sublinear_tf and t.use_idf
            if not (same_rule and t.norm == "l2" and isinstance(cols, slice)):
                raise ValueError(f"tf-idf block {name} is not one BlockTfidf computes")
            if cols.start != start:
                raise ValueError(f"tf-idf block {name} does not follow the one before")
            ends.append(cols.stop)
            idf.append(t.idf_)
            start = cols.stop
        return np.array(ends, dtype=np.int64), np.concatenate(idf) if idf else np.zeros(0)

    def transform(self, X: Any) -> csr_matrix:
        X = csr_matrix(X, dtype=np.float64, copy=True)
        if not len(self.ends):
            return X
        rows = np.repeat(np.arange(X.shape[0]), np.diff(X.indptr))
        inside = X.indices < self.ends[-1]
        cols, data = X.indices[inside], X.data[inside]
        data = (np.log(data) + 1.0) * self.idf[cols]
        cell = rows[inside] * len(self.ends) + np.searchsorted(self.ends, cols, side="right")
        norms = np.sqrt(np.bincount(cell, weights=data * data))
        X.data[inside] = data / norms[cell]
        return X


def _tfidf_per_block(training_data: TrainingData) -> ColumnTransformer | str:
    """One tf-idf (and L2 norm) per sparse featurizer, over its column slice of the joined row."""
    for message in training_data.intent_examples:
        sizes = message.get_sparse_feature_sizes(TEXT)[FEATURE_TYPE_SENTENCE]
        if sizes:
            break
    else:
        return "passthrough"
    blocks, start = [], 0
    for i, width in enumerate(sizes):
        blocks.append(
            (f"block{i}", TfidfTransformer(sublinear_tf=True), slice(start, start + width))
        )
        start += width
    # Dense features, if a pipeline adds any, follow the sparse ones: passed through as they are.
    return ColumnTransformer(blocks, remainder="passthrough", sparse_threshold=1.0)


def _no_confidence(message: Message, keep_ranking: bool) -> None:
    intent = dict(message.get(INTENT) or {INTENT_NAME_KEY: None})
    intent[PREDICTED_CONFIDENCE_KEY] = 0.0
    message.set(INTENT, intent, add_to_output=True)
    ranking = (
        [dict(r, **{PREDICTED_CONFIDENCE_KEY: 0.0}) for r in message.get(INTENT_RANKING_KEY) or []]
        if keep_ranking
        else []
    )
    message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
