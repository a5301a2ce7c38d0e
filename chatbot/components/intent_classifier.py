"""Logistic-regression intent classifier that knows when it knows nothing.

Rasa's LogisticRegressionClassifier has two gaps this closes:
- a message without any features (empty text) makes scikit-learn raise, which
  turns into an HTTP 500; here it gets confidence 0, so FallbackClassifier answers;
- character n-grams give gibberish or a foreign language a confident guess
  ("qwzx vbnm" -> acknowledge 0.6). When none of the message's words is in the word
  featurizer's vocabulary and no condition was recognised, the guess is worth
  nothing, so its confidence is set to 0 and the fallback asks to rephrase.
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_TYPE,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

WORD_FEATURIZER_KEY = "word_featurizer_alias"
CONDITION_ENTITIES = {"condition", "unlisted_condition"}


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class KnownWordsIntentClassifier(LogisticRegressionClassifier):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {**LogisticRegressionClassifier.get_default_config(), WORD_FEATURIZER_KEY: None}

    def process(self, messages: List[Message]) -> List[Message]:
        scorable = [m for m in messages if self._has_features(m)]
        if scorable:
            super().process(scorable)
        for message in messages:
            if message not in scorable:
                _no_confidence(message, keep_ranking=False)
            elif not self._knows_any_word(message):
                _no_confidence(message, keep_ranking=True)
        return messages

    @staticmethod
    def _has_features(message: Message) -> bool:
        sparse, dense = message.get_sparse_features(TEXT)[1], message.get_dense_features(TEXT)[1]
        return bool(sparse is not None and sparse.features.nnz) or dense is not None

    def _knows_any_word(self, message: Message) -> bool:
        if any(
            e.get(ENTITY_ATTRIBUTE_TYPE) in CONDITION_ENTITIES for e in message.get(ENTITIES) or []
        ):
            return True
        alias = self.config.get(WORD_FEATURIZER_KEY)
        if not alias:
            return True
        words = message.get_sparse_features(TEXT, featurizers=[alias])[1]
        return words is not None and words.features.nnz > 0


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
