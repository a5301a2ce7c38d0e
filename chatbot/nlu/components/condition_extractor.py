"""Rasa 3.6 entity extractor for conditions: runs chatbot.nlu.conditions on every message.

config.yml (after SpacyNLP and SpacyTokenizer):
    - name: chatbot.nlu.components.condition_extractor.ConditionEntityExtractor

It reads the spaCy Doc that SpacyNLP stored on the message (``SPACY_DOCS[TEXT]``,
"text_spacy_doc") and appends ``condition`` / ``unlisted_condition`` entities, and a
``service`` entity for each of Renée's services a message names ("do you do MLD?").
There is deliberately no DIETClassifier in this project (no TensorFlow component:
start-up time and throughput), so this rule-based extractor is the only entity
source; it needs no training data and always extracts from the knowledge file's
current vocabulary, so there is nothing to merge or de-duplicate against.

It is also a message featurizer in Rasa's sense: it replaces the lemma of every token
inside a condition mention (listed, unlisted or negated) with one placeholder, in the
training data and in every message, before the CountVectorsFeaturizers run. The intent
classifier then learns from the words around a condition ("is it safe with ...", "can
you help my ..."), not from which of ~150 condition words happened to appear in which
intent's examples: a bare "carpal tunnel" was classified medical_advice because one
medical_advice example named it. Measured by 5-fold intent CV (tools/intent_cv.py).
Character n-grams are taken from the unmasked text, so misspellings still count.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import SPACY_DOCS, TOKENS_NAMES
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_CONFIDENCE,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from chatbot.nlu.condition_terms import CONDITION, METHOD_KEY, SERVICE
from chatbot.nlu.conditions import FUZZY_THRESHOLD, ConditionMatcher, Match
from chatbot.nlu.dialogue import RULED_OUT_KEY
from chatbot.practice import knowledge as knowledge_module

logger = logging.getLogger(__name__)

# Not a word any message uses; `\w+` keeps it one token for the word featurizer.
PLACEHOLDER = "__condition__"


# MESSAGE_FEATURIZER as well: only those types see the training data (to mask it).
@DefaultV1Recipe.register(
    [
        DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR,
        DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER,
    ],
    is_trainable=False,
)
class ConditionEntityExtractor(GraphComponent, EntityExtractorMixin):
    """Appends `condition` and `unlisted_condition` entities to each message."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            # None: the default knowledge file / unlisted vocabulary beside chatbot/.
            "knowledge_path": None,
            "unlisted_path": None,
            "fuzzy_threshold": FUZZY_THRESHOLD,
            # Replace condition tokens' lemmas with PLACEHOLDER for the featurizers.
            "mask_for_intent": True,
        }

    @staticmethod
    def required_packages() -> List[Text]:
        return ["spacy", "rapidfuzz"]

    def __init__(self, config: Dict[Text, Any], matcher: ConditionMatcher) -> None:
        self._config = config
        self.matcher = matcher

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ConditionEntityExtractor:
        config = {**cls.get_default_config(), **config}
        return cls(config, cls.build_matcher(config))

    @staticmethod
    def build_matcher(config: Dict[Text, Any]) -> ConditionMatcher:
        """Built once per loaded model: vocabulary, trie and word table (~4 s)."""
        path = config.get("knowledge_path")
        kb = knowledge_module.load(Path(path)) if path else knowledge_module.knowledge()
        unlisted = config.get("unlisted_path")
        return ConditionMatcher(
            kb,
            unlisted_path=Path(unlisted) if unlisted else None,
            fuzzy_threshold=float(config.get("fuzzy_threshold", FUZZY_THRESHOLD)),
        )

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Masks condition mentions in the training examples (their annotations stay)."""
        if self._config.get("mask_for_intent"):
            for message in training_data.training_examples:
                self._mask(message, self._matches(message))
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            matches = self._matches(message)
            entities = self.add_extractor_name([self._entity(m) for m in matches if not m.negated])
            message.set(ENTITIES, message.get(ENTITIES, []) + entities, add_to_output=True)
            ruled_out = sorted({m.value for m in matches if m.negated and m.kind == CONDITION})
            if ruled_out:
                message.set(RULED_OUT_KEY, ruled_out, add_to_output=True)
            if self._config.get("mask_for_intent"):
                self._mask(message, matches)
        return messages

    def _matches(self, message: Message) -> List[Match]:
        """Every mention, negated ones included (they are masked, not extracted)."""
        text = message.get(TEXT)
        if not isinstance(text, str) or not text.strip():
            return []
        doc = message.get(SPACY_DOCS[TEXT])  # absent if SpacyNLP is not in the pipeline
        try:
            return self.matcher.find(
                doc if doc is not None else text, text, keep_negated=True, services=True
            )
        except Exception:  # never let one odd message break the conversation
            logger.exception("condition matching failed; no condition entities")
            return []

    @staticmethod
    def _mask(message: Message, matches: List[Match]) -> None:
        """First token of each mention -> PLACEHOLDER, the rest -> "" (no feature)."""
        tokens = message.get(TOKENS_NAMES[TEXT]) or []
        for match in matches:
            if match.kind == SERVICE:
                continue  # "prenatal massage" is a question's own words, not a condition
            inside = [t for t in tokens if t.start >= match.start and t.end <= match.end]
            for i, token in enumerate(inside):
                token.lemma = PLACEHOLDER if i == 0 else ""

    @staticmethod
    def _entity(match: Match) -> Dict[Text, Any]:
        return {
            ENTITY_ATTRIBUTE_TYPE: match.kind,
            ENTITY_ATTRIBUTE_VALUE: match.value,
            ENTITY_ATTRIBUTE_START: match.start,
            ENTITY_ATTRIBUTE_END: match.end,
            ENTITY_ATTRIBUTE_CONFIDENCE: match.score,
            # ruler/lemma/abbreviation/fuzzy: LanguageGate trusts only a word as written
            METHOD_KEY: match.method,
        }
