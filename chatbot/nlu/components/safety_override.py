"""SafetyOverride: last NLU component; forces intent crisis/emergency when the
rule-based detector (chatbot/nlu/safety.py) fires, over the ML classifier and nlu_fallback,
and, for a message in a language of the learned safety model (chatbot/nlu/safety_model.py),
when that model reads one.

config.yml, after FallbackClassifier:
    - name: chatbot.nlu.components.safety_override.SafetyOverride
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.constants import SPACY_DOCS
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

from chatbot.nlu import dialogue, language, safety_model
from chatbot.nlu.components.condition_first import ConditionFirst
from chatbot.nlu.components.thanks_and_goodbye import ThanksAndGoodbye
from chatbot.nlu.condition_terms import CONDITION
from chatbot.nlu.safety import (
    CONFIG_PATH,
    CRISIS,
    EMERGENCY,
    FIGURATIVE,
    NEGATED,
    PAST,
    PRECEDENCE,
    RECOVERED,
    SafetyAssessment,
    SafetyDetector,
    SafetySignal,
)
from chatbot.nlu.safety_model import SafetyModel

logger = logging.getLogger(__name__)

CONFIG_KEY = "config_path"
ML_EMERGENCY_KEY = "ml_emergency_min_confidence"
ML_CLEARED_CRISIS_KEY = "ml_cleared_crisis_min_confidence"
ML_RULED_OUT_CRISIS_KEY = "ml_ruled_out_crisis_min_confidence"
ML_FIGURATIVE_CRISIS_KEY = "ml_figurative_crisis_min_confidence"
ML_CONDITION_CRISIS_KEY = "ml_condition_crisis_min_confidence"
ML_VISIT_CRISIS_KEY = "ml_visit_crisis_min_confidence"
ML_PAST_EMERGENCY_KEY = "ml_past_emergency_min_confidence"
ML_SHORT_EMERGENCY_KEY = "ml_short_emergency_min_confidence"
ML_VISIT_EMERGENCY_KEY = "ml_visit_emergency_min_confidence"
# Defaults of the keys (config.yml may set them): the least confidence an emergency the
# rules did not read, a crisis the rules read as past or negated, one in a figure of speech
# they know ("I'm dying to try a massage": the classifier's crisis examples share its
# words, so its guess runs high), and a crisis whose own words the rules read as over (a
# past and a recovered cue, nothing ongoing), keep their intent. 1.0 is above any guess:
# the rules' reading of recovery decides.
ML_EMERGENCY_MIN_CONFIDENCE = 0.8
# ... and one in a message the rules read as over or past, with nothing said to be now ("my
# husband fell last month and broke his wrist, he's healing fine now", "my dad passed last
# month"): the classifier's emergency examples share the event's words. Not "my dad fell
# yesterday and now he's confused" (SafetyAssessment.now).
ML_PAST_EMERGENCY_MIN_CONFIDENCE = 0.9
PAST_OR_OVER = frozenset({PAST, RECOVERED})
# ... and one in a message of a few words ("my son, he's 9" answering "how old is he?"):
# too few words for the classifier to read an emergency the rules find no sign of.
ML_SHORT_EMERGENCY_MIN_CONFIDENCE = 0.95
SHORT_MESSAGE_WORDS = 4
# ... and one in a question about a detail of the visit ("my son has add HD and he's 14,
# can he come alone"): the rules read no sign of an emergency.
ML_VISIT_EMERGENCY_MIN_CONFIDENCE = 0.95
ML_CLEARED_CRISIS_MIN_CONFIDENCE = 0.6
ML_FIGURATIVE_CRISIS_MIN_CONFIDENCE = 0.9
ML_RULED_OUT_CRISIS_MIN_CONFIDENCE = 1.0
# A listed condition named and no crisis words the rules know: an unsure crisis guess is
# about the condition ("combat vet. PTSD. I don't like anyone standing behind me").
ML_CONDITION_CRISIS_MIN_CONFIDENCE = dialogue.SURE_CRISIS_CONFIDENCE
# A question about a detail of the visit and no crisis words the rules know: "what if I
# want to stop?", "do I have to talk about it? I don't really want to" (the classifier's
# crisis examples share their words); only a sure guess keeps the crisis.
ML_VISIT_CRISIS_MIN_CONFIDENCE = ML_FIGURATIVE_CRISIS_MIN_CONFIDENCE
RULED_OUT = frozenset({RECOVERED})
# The components between the classifier and this one that re-decide its guess (config.yml):
# a demoted guess's successor goes through them too.
RULES_AFTER_THE_CLASSIFIER = (ConditionFirst(), ThanksAndGoodbye())
LEARNED_KEY = "learned_model_min_probability"
LEARNED_SURE_KEY = "learned_model_sure_probability"
EXAMPLES_KEY = "learned_model_examples"
# The learned model's reading at or above this is answered as sure; below, between the
# least probability and this, as one that may be wrong. A crisis in a message the rules
# read as past, negated or figurative needs it too ("se quitó la vida hace dos años").
LEARNED_SURE_PROBABILITY = 0.9


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SafetyOverride(GraphComponent, IntentClassifier):
    """Sets intent crisis/emergency at confidence 1.0 when the safety detector (or, for a
    message in one of its languages, the learned safety model) reads one."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            CONFIG_KEY: str(CONFIG_PATH),
            ML_EMERGENCY_KEY: ML_EMERGENCY_MIN_CONFIDENCE,
            ML_PAST_EMERGENCY_KEY: ML_PAST_EMERGENCY_MIN_CONFIDENCE,
            ML_SHORT_EMERGENCY_KEY: ML_SHORT_EMERGENCY_MIN_CONFIDENCE,
            ML_VISIT_EMERGENCY_KEY: ML_VISIT_EMERGENCY_MIN_CONFIDENCE,
            ML_CLEARED_CRISIS_KEY: ML_CLEARED_CRISIS_MIN_CONFIDENCE,
            ML_FIGURATIVE_CRISIS_KEY: ML_FIGURATIVE_CRISIS_MIN_CONFIDENCE,
            ML_RULED_OUT_CRISIS_KEY: ML_RULED_OUT_CRISIS_MIN_CONFIDENCE,
            ML_CONDITION_CRISIS_KEY: ML_CONDITION_CRISIS_MIN_CONFIDENCE,
            ML_VISIT_CRISIS_KEY: ML_VISIT_CRISIS_MIN_CONFIDENCE,
            LEARNED_KEY: safety_model.MIN_PROBABILITY,
            LEARNED_SURE_KEY: LEARNED_SURE_PROBABILITY,
            EXAMPLES_KEY: str(safety_model.EXAMPLES_PATH),
        }

    def __init__(
        self,
        config: Dict[Text, Any],
        detector: Optional[SafetyDetector] = None,
        learned: Optional[SafetyModel] = None,
    ) -> None:
        self.component_config = {**self.get_default_config(), **config}
        least, sure = self.component_config[LEARNED_KEY], self.component_config[LEARNED_SURE_KEY]
        if not all(isinstance(p, (int, float)) and 0 < p <= 1 for p in (least, sure)) or (
            sure < least
        ):
            raise ValueError(
                f"{LEARNED_KEY} and {LEARNED_SURE_KEY} must be probabilities in (0, 1], "
                f"the second not below the first (got {least!r}, {sure!r})"
            )
        # Built once: compiling the patterns and fitting the model are the expensive parts;
        # a missing or wrong examples file stops the bot at start, as a wrong pattern does.
        self.detector = detector or SafetyDetector.load(config.get(CONFIG_KEY) or CONFIG_PATH)
        self.learned = learned or safety_model.model(self.component_config[EXAMPLES_KEY])

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SafetyOverride:
        return cls(config)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            assessment = self._assess(message)
            signal = self._learned_reading(message, assessment)
            if signal is not None:
                self._override(message, signal)
                continue
            # The rule-based detector is the authority on emergencies; the classifier's
            # emergency examples are only a backup for phrasings the rules miss, so an
            # ML-only emergency must be confident ("call 911" for a stiff neck is wrong).
            emergency_floor = self._emergency_floor(message, assessment)
            self._demote(message, "emergency", emergency_floor)
            # An ML-only crisis is kept whatever its confidence (a false alarm costs one
            # polite sentence), unless the rules read the message as past, negated or
            # figurative and the guess is weak, or read it as over, crisis words or none
            # ("I used to self-harm, free of it for six years", "assaulted years ago, doing
            # well"), or it names a listed condition and no crisis words at all, and the
            # guess is unsure.
            if assessment.cleared is None:
                floor = self.component_config[ML_CONDITION_CRISIS_KEY]
                if _names_a_listed_condition(message) and self._demote(message, "crisis", floor):
                    logger.info("Crisis guess demoted (a listed condition, no crisis words)")
                    self._demote(message, "emergency", emergency_floor)
                    continue
                floor = self.component_config[ML_VISIT_CRISIS_KEY]
                if _guessed(message, "crisis") and _asks_a_visit_detail(message) and self._demote(
                    message, "crisis", floor
                ):
                    logger.info("Crisis guess demoted (a visit question, no crisis words)")
                    self._demote(message, "emergency", emergency_floor)
                continue
            key = (
                ML_RULED_OUT_CRISIS_KEY
                if _ruled_out(message, assessment)
                else ML_FIGURATIVE_CRISIS_KEY
                if assessment.cleared == FIGURATIVE
                else ML_CLEARED_CRISIS_KEY
            )
            if self._demote(message, "crisis", self.component_config[key]):
                logger.info("Crisis guess demoted (rules: %s)", assessment.cleared)
                # The next guess may be an emergency: it must be confident too.
                self._demote(message, "emergency", emergency_floor)
        return messages

    def _emergency_floor(self, message: Message, assessment: SafetyAssessment) -> float:
        """The least confidence an emergency the rules did not read keeps its intent at."""
        floors = [self.component_config[ML_EMERGENCY_KEY]]
        text = message.get(TEXT) or ""
        if dialogue.denies_an_emergency(text):  # "not an emergency lol": none at all
            return float("inf")
        if assessment.cleared in PAST_OR_OVER and not assessment.now:
            floors.append(self.component_config[ML_PAST_EMERGENCY_KEY])
        if len(text.split()) <= SHORT_MESSAGE_WORDS:
            floors.append(self.component_config[ML_SHORT_EMERGENCY_KEY])
        if _guessed(message, EMERGENCY) and _asks_a_visit_detail(message):
            floors.append(self.component_config[ML_VISIT_EMERGENCY_KEY])
        return max(floors)

    @staticmethod
    def _demote(message: Message, name: str, threshold: float) -> bool:
        """A top intent ``name`` below ``threshold`` gives way to the next in the ranking,
        re-decided by the rules that follow the classifier (a greeting that names a
        condition is about it: "Hi! I'm having a hysterectomy next month")."""
        intent = message.get(INTENT) or {}
        if (
            intent.get(INTENT_NAME_KEY) != name
            or intent.get(PREDICTED_CONFIDENCE_KEY, 0) >= threshold
        ):
            return False
        ranking = [
            e for e in message.get(INTENT_RANKING_KEY) or [] if e.get(INTENT_NAME_KEY) != name
        ]
        if not ranking:
            return False
        message.set(INTENT, dict(ranking[0]), add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        for rule in RULES_AFTER_THE_CLASSIFIER:
            rule.process([message])
        return True

    def _assess(self, message: Message) -> SafetyAssessment:
        # Prefer the Doc SpacyNLP put on the message; fall back to the raw text.
        try:
            doc = message.get(SPACY_DOCS[TEXT])
            text = message.get(TEXT)
            assessment = self.detector.assess(doc if doc is not None else text)
        except Exception:  # never let odd input break the whole NLU pipeline
            logger.exception("Safety detector failed; message left unchanged.")
            return SafetyAssessment(None)
        signal = assessment.signal
        if signal is not None:
            # Kind and rule only at INFO: the matched words are health details.
            logger.info("Safety override: %s (rule %s)", signal.kind, signal.rule)
            logger.debug("Safety override matched %r", signal.text)
        return assessment

    def _learned_reading(
        self, message: Message, assessment: SafetyAssessment
    ) -> Optional[SafetySignal]:
        """The rules' signal with the learned model's kinds added, for a message in one of
        the model's languages; the model alone may raise one. A kind the model is not sure
        of comes after the rules' kinds, and alone is labelled as unsure."""
        signal = assessment.signal
        spoken = message.get(dialogue.LANGUAGE_KEY)
        # Read as English, yet leaning to Spanish (mixed with English words): the model is
        # asked too, only a sure reading counts, and the rules' reading stays.
        leaning = None if spoken else language.leaning(message.get(TEXT))
        if leaning in dialogue.SAFETY_LANGUAGES and leaning in self.learned.languages:
            spoken = leaning
        elif spoken not in self.learned.languages:
            return signal
        if (
            signal is not None
            and signal.language != spoken
            and spoken not in dialogue.SAFETY_LANGUAGES
            and not language.could_be(message.get(TEXT), signal.language)
        ):
            # Rules of another language read words of this one ("ictus" in "ho avuto un
            # ictus due anni fa") without its cues of time: the model reads it alone. Not
            # in a language the rules read, where English words are the visitors' own
            # ("me siento super suicidal"), nor when the rules' language is a close
            # second (Spanish read as Portuguese).
            logger.info("Safety override: %s rules set aside for %s", signal.language, spoken)
            signal, assessment = None, SafetyAssessment(None)
        try:
            probabilities = self.learned.probabilities(message.get(TEXT) or "")
        except Exception:  # never let odd input break the whole NLU pipeline
            logger.exception("Learned safety model failed; the rules' reading stands.")
            return signal
        least, sure = self.component_config[LEARNED_KEY], self.component_config[LEARNED_SURE_KEY]
        floors = {kind: sure if leaning else least for kind in PRECEDENCE}
        if _ruled_out(message, assessment):  # "lo intenté hace años, hoy estoy bien"
            floors.pop(CRISIS)
        elif assessment.cleared is not None:
            floors[CRISIS] = sure
        if assessment.cleared in PAST_OR_OVER and not assessment.now:
            # Told as over ("se golpeó la semana pasada, la revisó la pediatra"): as for
            # the classifier's guess, only a sure reading is an emergency.
            floors[EMERGENCY] = sure
        if signal is None and dialogue.denies_an_emergency(message.get(TEXT) or ""):
            floors.pop(EMERGENCY, None)  # "not an emergency lol just stressed about an exam"
        read = [k for k, floor in floors.items() if probabilities.get(k, 0.0) >= floor]
        known = signal.kinds if signal is not None else ()
        added = [k for k in read if k not in known]
        if not added:
            return signal
        sure_added = [k for k in added if probabilities[k] >= sure]
        kinds = tuple(k for k in PRECEDENCE if k in known or k in sure_added) + tuple(
            k for k in added if k not in sure_added
        )
        if signal is not None:
            logger.info("Safety override: %s added (learned model)", "+".join(added))
            return SafetySignal(kinds[0], signal.rule, signal.text, kinds, signal.language)
        rule = dialogue.LEARNED_MODEL_RULE if sure_added else dialogue.LEARNED_MODEL_UNSURE_RULE
        logger.info("Safety override: %s (%s)", "+".join(kinds), rule)
        return SafetySignal(kinds[0], rule, "", kinds, spoken)

    @staticmethod
    def _override(message: Message, signal: SafetySignal) -> None:
        forced = [{INTENT_NAME_KEY: kind, PREDICTED_CONFIDENCE_KEY: 1.0} for kind in signal.kinds]
        ranking = [
            entry
            for entry in message.get(INTENT_RANKING_KEY) or []
            if entry.get(INTENT_NAME_KEY) not in signal.kinds
        ]
        message.set(INTENT, dict(forced[0]), add_to_output=True)
        message.set(INTENT_RANKING_KEY, forced + ranking, add_to_output=True)
        # The rule's label, not the words: what fired, for the reply and the review app.
        message.set(dialogue.SAFETY_RULE_KEY, signal.rule, add_to_output=True)
        spoken = getattr(signal, "language", None)
        if spoken and spoken != "en":  # the reply is given in the visitor's language
            message.set(dialogue.LANGUAGE_KEY, spoken, add_to_output=True)


def _ruled_out(message: Message, assessment: SafetyAssessment) -> bool:
    """Whether the rules read the message as no crisis at all: over ("I used to self-harm,
    free of it for six years"), or said outright not to be one ("i'm not suicidal or
    anything lol just sad all the time"), with no crisis words the rules keep."""
    if assessment.cleared in RULED_OUT:
        return True
    return assessment.cleared == NEGATED and dialogue.denies_being_suicidal(message.get(TEXT) or "")


def _guessed(message: Message, name: str) -> bool:
    return (message.get(INTENT) or {}).get(INTENT_NAME_KEY) == name


def _asks_a_visit_detail(message: Message) -> bool:
    # Every topic's words are tried: only for a crisis or an emergency guessed (see _guessed),
    # not for every message.
    return dialogue.VISIT_TOPIC in dialogue.topics_named(message.get(TEXT) or "")


def _names_a_listed_condition(message: Message) -> bool:
    return any(e.get(ENTITY_ATTRIBUTE_TYPE) == CONDITION for e in message.get(ENTITIES) or [])
