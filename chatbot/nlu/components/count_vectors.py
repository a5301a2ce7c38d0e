"""Rasa's ``CountVectorsFeaturizer``, featurising the training data in one pass.

Rasa 3.6 featurises training examples one at a time: two scikit-learn ``transform``
calls per example and attribute, most of their time spent setting up the call. Here
each attribute's tokens and sentences of all the examples go through ``transform``
once, and each example gets its rows: the same matrices, in the same order, as Rasa's
``process``. A message at run time is featurised by Rasa's own ``process``.
"""

from __future__ import annotations

from typing import Any, Iterator, List, Optional

import scipy.sparse
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.constants import DENSE_FEATURIZABLE_ATTRIBUTES
from rasa.nlu.featurizers.sparse_featurizer import count_vectors_featurizer
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=True)
class OnePassCountVectorsFeaturizer(count_vectors_featurizer.CountVectorsFeaturizer):
    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        if self.vectorizers is None:
            return super().process_training_data(training_data)  # Rasa logs it
        messages = training_data.training_examples
        for attribute in self._attributes:
            sequences, sentences = self._features_of_all(attribute, messages)
            for message, sequence, sentence in zip(messages, sequences, sentences):
                self.add_features_to_message(sequence, sentence, attribute, message)
        return training_data

    def _features_of_all(self, attribute: str, messages: List[Message]) -> tuple:
        """``_create_features`` for every message at once: (sequence, sentence) lists."""
        none: List[Optional[Any]] = [None] * len(messages)
        vectorizer = self.vectorizers.get(attribute)
        if not vectorizer:
            return none, none
        tokens = [self._get_processed_message_tokens_by_attribute(m, attribute) for m in messages]
        featurised = [i for i, t in enumerate(tokens) if t]
        if not featurised:
            return none, none  # Rasa calls no transform then: the vectorizer may be unfitted
        sequences, sentences = list(none), list(none)
        lengths = [len(tokens[i]) for i in featurised]
        rows = vectorizer.transform([token for i in featurised for token in tokens[i]])
        for i, matrix in zip(featurised, _row_blocks(rows, lengths)):
            sequences[i] = matrix
        if attribute in DENSE_FEATURIZABLE_ATTRIBUTES:
            rows = vectorizer.transform([" ".join(tokens[i]) for i in featurised])
            for i, matrix in zip(featurised, _row_blocks(rows, [1] * len(featurised))):
                sentences[i] = matrix
        return sequences, sentences


def _row_blocks(
    rows: scipy.sparse.csr_matrix, lengths: List[int]
) -> Iterator[scipy.sparse.coo_matrix]:
    """Consecutive blocks of ``lengths`` rows, each as ``rows[a:b]`` sorted and in COO
    form, as Rasa makes them, without slicing the matrix once per block."""
    rows.sort_indices()
    whole = rows.tocoo()
    start = 0
    for length in lengths:
        end = start + length
        a, b = rows.indptr[start], rows.indptr[end]
        yield scipy.sparse.coo_matrix(
            (whole.data[a:b], (whole.row[a:b] - start, whole.col[a:b])),
            shape=(length, rows.shape[1]),
            copy=True,
        )
        start = end
