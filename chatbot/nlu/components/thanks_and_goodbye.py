"""ThanksAndGoodbye: a thanks or a goodbye that also says the other gets both answers,
and a short "ok" that thanks ("ok cool thx") is a thanks, one that takes leave ("cool
ttyl") a goodbye.

config.yml, after ConditionFirst:
    - name: chatbot.nlu.components.thanks_and_goodbye.ThanksAndGoodbye

The classifier tells a thanks from a goodbye well, but reads a message that says both
("thanks so much, have a good night") as either one as often as both: its words decide
(``chatbot.nlu.dialogue.thanks_or_goodbye``). The classifier's ranking is kept.
"""

from __future__ import annotations

from typing import Optional

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from chatbot.nlu import dialogue
from chatbot.nlu.components.intent_rule import IntentRule


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class ThanksAndGoodbye(IntentRule):
    def instead(self, message: Message, intent: Optional[str]) -> Optional[str]:
        return dialogue.thanks_or_goodbye(intent, message.get(TEXT) or "")
