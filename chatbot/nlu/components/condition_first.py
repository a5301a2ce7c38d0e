"""ConditionFirst: a message that names a condition is about that condition.

config.yml, after FallbackClassifier:
    - name: chatbot.nlu.components.condition_first.ConditionFirst

"hi, my sciatica is back", "bombed my exam and my neck is in knots lol" or an unsure
guess that names a condition become ``ask_condition`` (see
``chatbot.nlu.dialogue.OUTRANKED_BY_A_CONDITION``); one that names a service of Renée's
("do you do MLD?") asks about her training (``dialogue.SERVICE_TOPIC``). The classifier's
ranking is kept.
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    INTENT,
    INTENT_NAME_KEY,
    PREDICTED_CONFIDENCE_KEY,
)
from rasa.shared.nlu.training_data.message import Message

from chatbot.nlu import dialogue
from chatbot.nlu.condition_terms import CONDITION_ENTITIES, SERVICE


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class ConditionFirst(GraphComponent, IntentClassifier):
    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ConditionFirst:
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            entities = message.get(ENTITIES) or []
            names = any(e.get(ENTITY_ATTRIBUTE_TYPE) in CONDITION_ENTITIES for e in entities)
            services = [
                e.get(ENTITY_ATTRIBUTE_VALUE)
                for e in entities
                if e.get(ENTITY_ATTRIBUTE_TYPE) == SERVICE
            ]
            instead = dialogue.outranked_intent(intent.get(INTENT_NAME_KEY), names, services)
            if instead:
                confidence = intent.get(PREDICTED_CONFIDENCE_KEY, 0.0)
                message.set(
                    INTENT,
                    {INTENT_NAME_KEY: instead, PREDICTED_CONFIDENCE_KEY: confidence},
                    add_to_output=True,
                )
        return messages
