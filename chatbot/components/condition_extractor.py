"""Rasa 3.6 entity extractor for conditions: runs chatbot.conditions on every message.

config.yml (after SpacyNLP and SpacyTokenizer):
    - name: chatbot.components.condition_extractor.ConditionEntityExtractor

It reads the spaCy Doc that SpacyNLP stored on the message (``SPACY_DOCS[TEXT]``,
"text_spacy_doc") and appends ``condition`` / ``unlisted_condition`` entities.
There is deliberately no DIETClassifier in this project (no TensorFlow component:
start-up time and throughput), so this rule-based extractor is the only entity
source; it needs no training data and always extracts from the knowledge file's
current vocabulary, so there is nothing to merge or de-duplicate against.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import SPACY_DOCS
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

from chatbot import knowledge as knowledge_module
from chatbot.conditions import FUZZY_THRESHOLD, ConditionMatcher, Match

logger = logging.getLogger(__name__)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class ConditionEntityExtractor(GraphComponent, EntityExtractorMixin):
    """Appends `condition` and `unlisted_condition` entities to each message."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            # None: the default knowledge file / unlisted vocabulary beside chatbot/.
            "knowledge_path": None,
            "unlisted_path": None,
            "fuzzy_threshold": FUZZY_THRESHOLD,
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

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            entities = self._entities(message)
            message.set(ENTITIES, message.get(ENTITIES, []) + entities, add_to_output=True)
        return messages

    def _entities(self, message: Message) -> List[Dict[Text, Any]]:
        text = message.get(TEXT)
        if not isinstance(text, str) or not text.strip():
            return []
        doc = message.get(SPACY_DOCS[TEXT])  # absent if SpacyNLP is not in the pipeline
        try:
            matches = self.matcher.find(doc if doc is not None else text, text)
        except Exception:  # never let one odd message break the conversation
            logger.exception("condition matching failed; no condition entities")
            return []
        return self.add_extractor_name([self._entity(m) for m in matches])

    @staticmethod
    def _entity(match: Match) -> Dict[Text, Any]:
        return {
            ENTITY_ATTRIBUTE_TYPE: match.kind,
            ENTITY_ATTRIBUTE_VALUE: match.value,
            ENTITY_ATTRIBUTE_START: match.start,
            ENTITY_ATTRIBUTE_END: match.end,
            ENTITY_ATTRIBUTE_CONFIDENCE: match.score,
            "method": match.method,  # ruler/lemma/abbreviation/fuzzy, for debugging
        }
