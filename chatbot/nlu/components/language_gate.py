"""LanguageGate: notes the language of a message the bot does not speak, and answers
it with a notice instead of a guess.

config.yml, after FallbackClassifier and before SafetyOverride:
    - name: chatbot.nlu.components.language_gate.LanguageGate

The language (``chatbot.nlu.language.detect``; for a greeting alone, too short for it,
``other_languages.greeting_language``) goes into the parse data under
``chatbot.nlu.dialogue.LANGUAGE_KEY`` so that the actions can answer a crisis in Spanish;
the intent becomes ``not_english`` (SafetyOverride, last in the pipeline, still sets a
crisis or an emergency when its rules fire). A thanks or a goodbye alone ("obrigada!",
``other_languages.courtesies``) is answered as its English, not with the notice: it asks
nothing, comes mostly at the end of a conversation held in English, and is read whole,
so, like "bye" in English, it gets no safety line (the notice's, for languages the rules
do not read); a courtesy that says more is not one.
"""

from __future__ import annotations

import logging
import re
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
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from chatbot.nlu import dialogue, language, other_languages
from chatbot.nlu.condition_terms import (
    CONDITION,
    CONDITION_ENTITIES,
    FUZZY,
    IN_SPANISH,
    METHOD_KEY,
    UNLISTED,
)
from chatbot.practice.knowledge import knowledge

logger = logging.getLogger(__name__)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class LanguageGate(GraphComponent, IntentClassifier):
    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LanguageGate:
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            try:
                courtesy = _COURTESY_INTENTS.get(other_languages.courtesies(text, knowledge()))
                # "Bom dia!" is too short for the detector: a greeting alone says it.
                code = not courtesy and (
                    language.detect(text) or other_languages.greeting_language(text, knowledge())
                )
            except Exception:  # an odd message must not break the pipeline
                logger.exception("Language detection failed; message left unchanged.")
                continue
            if courtesy:
                message.set(
                    INTENT,
                    {INTENT_NAME_KEY: courtesy, PREDICTED_CONFIDENCE_KEY: 1.0},
                    add_to_output=True,
                )
                continue
            if not code or _named_the_english_way(message, text, code):
                continue
            message.set(dialogue.LANGUAGE_KEY, code, add_to_output=True)
            # Whatever the English classifier guessed: SafetyOverride, next, still sets
            # crisis / emergency when its rules (English, Spanish, ...) fire.
            message.set(
                INTENT,
                {INTENT_NAME_KEY: dialogue.NOT_ENGLISH, PREDICTED_CONFIDENCE_KEY: 1.0},
                add_to_output=True,
            )
        return messages


_COURTESY_INTENTS = {
    frozenset({"thanks"}): "thank",
    frozenset({"goodbyes"}): "goodbye",
    frozenset({"thanks", "goodbyes"}): "thank_and_goodbye",
}


# Longer, a message gives the detector words enough, and an English term in it may be a
# word of its language too ("tengo un stent en el corazón").
MAX_WORDS_NAMED_THE_ENGLISH_WAY = 3


def _named_the_english_way(message: Message, text: str, code: str) -> bool:
    """A short message naming a condition by one of its English words, that its
    language guess does not know ("sinusitus sux", "loopus flare", "Ehlers-Danlos" read as
    Portuguese, Romanian, German), or a practice topic in English words ("book appt"):
    English, with a typo or a name the detector cannot place. Not a word matched only as
    near ("fibromialgię" in Polish) or as Spanish ("tenho leucemia"), nor one of the
    language's own ("tengo lupus")."""
    if len(text.split()) > MAX_WORDS_NAMED_THE_ENGLISH_WAY:
        return False
    if dialogue.topics_named(text):
        return True
    entities = [
        e
        for e in message.get(ENTITIES) or []
        if e.get(ENTITY_ATTRIBUTE_TYPE) in CONDITION_ENTITIES
        and e.get(METHOD_KEY) not in (FUZZY, IN_SPANISH)
    ]
    # An unlisted name only when it is the whole message ("Ehlers-Danlos"; not "tengo
    # psoriasis", whose other words are the language's).
    if any(e.get(ENTITY_ATTRIBUTE_TYPE) == UNLISTED and _whole(text, e) for e in entities):
        return True
    listed = {
        e.get(ENTITY_ATTRIBUTE_VALUE) for e in entities if e.get(ENTITY_ATTRIBUTE_TYPE) == CONDITION
    }
    if not listed:
        return False
    return not listed & set(other_languages.find(text, code, knowledge()).conditions)


def _whole(text: str, entity: Dict[str, Any]) -> bool:
    """Whether the entity's span holds every letter of the message."""
    start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
    return not re.search(r"[^\W\d_]", text[:start] + text[end:])
