"""IntentRule: the base of the components that re-decide a message's intent by a rule,
after the classifier (ConditionFirst, ThanksAndGoodbye). The new intent keeps the
classifier's confidence and ranking."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, PREDICTED_CONFIDENCE_KEY
from rasa.shared.nlu.training_data.message import Message


class IntentRule(GraphComponent, IntentClassifier):
    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> IntentRule:
        return cls()

    def instead(self, message: Message, intent: Optional[str]) -> Optional[str]:
        """The intent to use instead of ``intent``, or None to keep it."""
        raise NotImplementedError

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            instead = self.instead(message, intent.get(INTENT_NAME_KEY))
            if instead:
                confidence = intent.get(PREDICTED_CONFIDENCE_KEY, 0.0)
                message.set(
                    INTENT,
                    {INTENT_NAME_KEY: instead, PREDICTED_CONFIDENCE_KEY: confidence},
                    add_to_output=True,
                )
        return messages
