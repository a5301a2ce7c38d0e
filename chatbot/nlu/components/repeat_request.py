"""RepeatRequest: "say that again", "simpler please" ask for the last answer once more.

config.yml, after ThanksAndGoodbye:
    - name: chatbot.nlu.components.repeat_request.RepeatRequest

The classifier scatters such requests over whatever their few words resemble (an "ok",
a thanks, the fallback, "what is Medical Massage?"); their words decide
(``chatbot.nlu.dialogue.asks_to_repeat``), unless the message names a condition, a service
or a topic, which it is then about. The intent is set by this rule only: it has no training
examples. The classifier's ranking is kept.
"""

from __future__ import annotations

from typing import Optional

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from chatbot.nlu import dialogue
from chatbot.nlu.components.intent_rule import IntentRule
from chatbot.nlu.condition_terms import CONDITION_ENTITIES, SERVICE


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class RepeatRequest(IntentRule):
    def instead(self, message: Message, intent: Optional[str]) -> Optional[str]:
        names = any(e.get("entity") in (*CONDITION_ENTITIES, SERVICE) for e in message.get(ENTITIES) or [])
        return dialogue.asks_to_repeat(intent, names, message.get(TEXT) or "")
