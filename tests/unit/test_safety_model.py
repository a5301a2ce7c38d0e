"""The learned safety model (chatbot/nlu/safety_model.py) and how SafetyOverride uses it."""

from __future__ import annotations

import pytest
import yaml

from chatbot.nlu import safety_model
from chatbot.nlu.safety import CRISIS, EMERGENCY
from chatbot.nlu.safety_model import MIN_EXAMPLES, SafetyModel


def _examples(**overrides):
    texts = {
        label: [f"{label} example {i}" for i in range(MIN_EXAMPLES)]
        for label in ("crisis", "emergency", "ordinary")
    }
    return {"examples": {"es": {**texts, "both": [], **overrides}}}


@pytest.mark.parametrize(
    "data, message",
    [
        ([], "expected a mapping"),
        ({"examples": ["es"]}, "expected a mapping"),
        ({"examples": {"spanish": {}}}, "not an ISO 639-1"),
        ({"examples": {"en": {}}}, "English is read by the rules"),
        ({"examples": {"es": ["crisis"]}}, "mapping of labels"),
        ({"examples": {}}, "no language"),
        (_examples(urgent=["x"]), "unknown label"),
        (_examples(crisis="quiero morir"), "es.crisis: expected a list"),
        (_examples(crisis={"a": "b"}), "es.crisis: expected a list"),
        (_examples(crisis=[12] * MIN_EXAMPLES), "es.crisis: expected a list"),
        (_examples(both=["  "]), "es.both: expected a list"),
        (_examples(crisis=["uno"] * (MIN_EXAMPLES - 1)), "1 crisis examples"),
        (_examples(crisis=["uno"] * MIN_EXAMPLES), "1 crisis examples"),
        ({"examples": {"xx": {}}}, "not a language the detector tells"),
        (_examples(emergency=[]), "0 emergency examples"),
        (_examples(ordinary=["hola"] * MIN_EXAMPLES), "1 ordinary examples"),
    ],
)
def test_a_wrong_examples_file_is_refused_at_load(tmp_path, data, message):
    path = tmp_path / "examples.yml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        safety_model.load_examples(path)


def test_both_counts_for_each_kind(tmp_path):
    path = tmp_path / "examples.yml"
    both = [f"both example {i}" for i in range(MIN_EXAMPLES)]
    path.write_text(yaml.safe_dump(_examples(crisis=[], emergency=[], both=both)), "utf-8")
    assert safety_model.load_examples(path)["es"]["both"] == both


@pytest.fixture(scope="module")
def learned() -> SafetyModel:
    return safety_model.model()


def test_the_shipped_examples_cover_the_languages_the_rules_read_least(learned):
    assert {"es", "fr", "it", "de", "pt"} <= learned.languages
    assert "en" not in learned.languages


# Written for these tests, away from the examples file (a test below checks that none
# of them is an example).
UNSEEN = [
    ("ya no le encuentro gusto a nada y pienso que lo mejor es desaparecer para siempre", CRISIS),
    ("mi hermana me dijo por whatsapp que se despide porque esta noche se mata", CRISIS),
    ("a mi abuelo se le cayó la cara de un lado y no le entiendo nada de lo que dice", EMERGENCY),
    ("mi esposa se desmayó en el baño y no reacciona", EMERGENCY),
    ("je ne veux plus vivre, j'ai tout préparé pour ce soir", CRISIS),
    ("mio padre ha un dolore al petto fortissimo che va fino al braccio", EMERGENCY),
]
ORDINARY = [
    "hasta mañana, gracias por todo",
    "mañana ya no voy, tengo que trabajar",
    "me muero de ganas de probar el masaje prenatal",
    "hace diez años tuve un infarto y ya estoy bien, ¿puedo reservar?",
    "mi mamá falleció el año pasado y desde entonces tengo mucha tensión en el cuello",
    "¿cuánto cuesta una sesión de drenaje linfático?",
    "à demain, merci pour tout",
    "ci vediamo giovedì per il massaggio",
]


@pytest.mark.parametrize("text, kind", UNSEEN)
def test_it_reads_wordings_it_was_not_given(learned, text, kind):
    assert kind in learned.kinds(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_it_leaves_ordinary_look_alikes(learned, text):
    assert learned.kinds(text) == ()


def test_the_end_to_end_wordings_are_read_by_the_model_alone(learned):
    from chatbot.nlu.safety import detector
    from tests.e2e.test_safety_replies import LEARNED_ONLY

    for text in LEARNED_ONLY:
        assert detector().detect(text) is None and CRISIS in learned.kinds(text)


def test_the_override_reads_what_the_rules_read_and_the_model_does_not(learned):
    # The model alone misses this wording (below its threshold); the Spanish rules read it.
    text = "tengo la soga lista"
    assert CRISIS not in learned.kinds(text)
    assert _processed(text, learned).get("intent")["name"] == CRISIS


def test_the_test_messages_are_not_examples():
    from chatbot.folding import fold

    examples = {
        fold(t) for labelled in safety_model.load_examples().values()
        for texts in labelled.values() for t in texts
    }  # fmt: skip
    assert not {fold(t) for t, _ in UNSEEN} & examples
    assert fold("tengo la soga lista") not in examples
    assert not {fold(t) for t in ORDINARY} & examples


def test_odd_input_reads_nothing(learned):
    for text in ("", "   ", "\x00\xff", "x" * 200_000):
        assert learned.kinds(text) == ()


# --- SafetyOverride ----------------------------------------------------------------------
class _StandIn:
    """A model that reads what it is told to, in Spanish."""

    languages = frozenset({"es"})

    def __init__(self, crisis=0.0, emergency=0.0):
        self.read = {CRISIS: crisis, EMERGENCY: emergency}
        self.asked = []

    def probabilities(self, text):
        self.asked.append(text)
        return dict(self.read)


def _processed(text, learned, language="es", config=None, intent="greet"):
    from rasa.shared.nlu.training_data.message import Message

    from chatbot.nlu.components.safety_override import SafetyOverride
    from chatbot.nlu.safety import detector

    override = SafetyOverride({**SafetyOverride.get_default_config(), **(config or {})},
                              detector(), learned)  # fmt: skip
    message = Message(data={"text": text})
    if language:
        message.set("language", language)
    ranking = [{"name": intent, "confidence": 0.9}, {"name": "thank", "confidence": 0.05}]
    message.set("intent", dict(ranking[0]))
    message.set("intent_ranking", ranking)
    return override.process([message])[0]


def _names(message):
    return [r["name"] for r in message.get("intent_ranking")]


@pytest.mark.parametrize(
    "probability, rule", [(0.95, "learned model"), (0.75, "learned model, unsure")]
)
def test_a_reading_of_the_model_alone_says_how_sure_it_is(probability, rule):
    message = _processed("cosas que no digo en voz alta", _StandIn(crisis=probability))
    assert message.get("intent") == {"name": CRISIS, "confidence": 1.0}
    assert message.get("safety_rule") == rule
    assert message.get("language") == "es"


def test_below_the_least_probability_the_model_reads_nothing():
    assert _processed("cosas", _StandIn(crisis=0.69)).get("intent")["name"] == "greet"


def test_the_model_is_asked_only_in_its_languages():
    stand_in = _StandIn(crisis=0.99)
    text = "things I never say out loud"
    assert _processed(text, stand_in, language=None).get("intent")["name"] == "greet"
    assert _processed("des choses", stand_in, language="fr").get("intent")["name"] == "greet"
    assert stand_in.asked == []


def test_a_message_read_as_english_that_leans_to_spanish_needs_a_sure_reading():
    # Spanish with English words in it ("volví al cutting"): no language was named, the
    # rules read nothing, and only a sure reading of the model counts.
    text = "volví al cutting, ya no son rayitas, esta vez fue hondo"
    assert _processed(text, _StandIn(crisis=0.85), language=None).get("intent")["name"] == "greet"
    message = _processed(text, _StandIn(crisis=0.95), language=None)
    assert message.get("intent")["name"] == CRISIS
    assert message.get("language") == "es"


def test_the_thresholds_in_the_config_reach_the_model():
    config = {"learned_model_min_probability": 0.85, "learned_model_sure_probability": 0.97}
    assert _processed("cosas", _StandIn(crisis=0.8), config=config).get("intent")["name"] == "greet"
    message = _processed("cosas", _StandIn(crisis=0.95), config=config)
    assert message.get("safety_rule") == "learned model, unsure"


@pytest.mark.parametrize(
    "config",
    [{"learned_model_min_probability": "0.7"}, {"learned_model_min_probability": 0},
     {"learned_model_sure_probability": 1.5},
     {"learned_model_min_probability": 0.9, "learned_model_sure_probability": 0.8}],
)  # fmt: skip
def test_wrong_thresholds_are_refused_at_load(config):
    with pytest.raises(ValueError, match="probabilities in"):
        _processed("cosas", _StandIn(), config=config)


def test_a_sure_kind_the_model_adds_takes_its_place_among_the_rules_kinds():
    # The Spanish rules read a crisis; the model reads an emergency too, and is sure of it.
    message = _processed("me quiero matar", _StandIn(crisis=0.99, emergency=0.95))
    assert _names(message)[:2] == [EMERGENCY, CRISIS]
    assert message.get("safety_rule") not in ("learned model", "learned model, unsure")


def test_an_unsure_kind_the_model_adds_comes_after_the_rules_kinds():
    message = _processed("me quiero matar", _StandIn(emergency=0.8))
    assert _names(message)[:2] == [CRISIS, EMERGENCY]
    assert message.get("intent")["name"] == CRISIS


def test_a_message_the_rules_read_as_recovered_keeps_only_an_emergency_reading():
    text = "hace años intenté suicidarme, hoy estoy bien y en terapia"
    assert _processed(text, _StandIn(crisis=0.99)).get("intent")["name"] == "greet"
    message = _processed(text, _StandIn(crisis=0.99, emergency=0.95))
    assert _names(message)[0] == EMERGENCY and CRISIS not in _names(message)


def test_a_crisis_in_a_message_the_rules_read_as_past_needs_a_sure_reading():
    from chatbot.nlu.safety import detector

    text = "de joven me cortaba, ya pasó"
    assert detector().assess(text).cleared == "past"
    assert _processed(text, _StandIn(crisis=0.85)).get("intent")["name"] == "greet"
    assert _processed(text, _StandIn(crisis=0.95)).get("intent")["name"] == CRISIS


def test_an_emergency_in_a_message_the_rules_read_as_past_needs_a_sure_reading():
    from chatbot.nlu.safety import detector

    text = "mi sobrino se cayó del columpio el mes pasado, ya lo revisaron y no tiene nada"
    assert detector().assess(text).cleared == "past"
    assert _processed(text, _StandIn(emergency=0.8)).get("intent")["name"] == "greet"
    assert _processed(text, _StandIn(emergency=0.95)).get("intent")["name"] == EMERGENCY
    # ... but one told with a `now` keeps the usual floor
    text = "mi sobrino se cayó del columpio el mes pasado y ahora no despierta bien"
    assert _processed(text, _StandIn(emergency=0.8)).get("intent")["name"] == EMERGENCY


def test_rules_of_another_language_give_way_to_the_model():
    # The Spanish rules read "ictus" in an Italian message, blind to its "due anni fa".
    text = "ho avuto un ictus due anni fa, il massaggio è sicuro per me?"
    italian = _StandIn()
    italian.languages = frozenset({"es", "it"})
    assert _processed(text, italian, language="it").get("intent")["name"] == "greet"
    italian.read[EMERGENCY] = 0.95
    assert _processed(text, italian, language="it").get("intent")["name"] == EMERGENCY
    # ... but English words in a Spanish message are the visitor's own.
    message = _processed("me siento super suicidal hoy", _StandIn(), language="es")
    assert message.get("intent")["name"] == CRISIS
    # ... and Spanish read as Portuguese, Spanish a close second, is read by its rules.
    spanish = "ya no soporto el dolor de la fibromialgia, he pensado seriamente en acabar con mi vida"
    portuguese = _StandIn()
    portuguese.languages = frozenset({"es", "pt"})
    message = _processed(spanish, portuguese, language="pt")
    assert message.get("intent")["name"] == CRISIS and message.get("language") == "es"


def test_a_failing_model_leaves_the_rules_reading():
    class Broken(_StandIn):
        def probabilities(self, text):
            raise RuntimeError("broken")

    assert _processed("cosas que no digo", Broken()).get("intent")["name"] == "greet"
    assert _processed("me quiero matar", Broken()).get("intent")["name"] == CRISIS


def _small_examples(tmp_path):
    path = tmp_path / "examples.yml"
    path.write_text(yaml.safe_dump(_examples()), encoding="utf-8")
    return path


def test_a_fitted_model_is_kept_and_loaded_at_the_next_start(tmp_path, monkeypatch):
    path, cache = _small_examples(tmp_path), tmp_path / "cache"
    (cache).mkdir()
    (cache / "0123456789abcdef.pkl").write_bytes(b"stale")
    first = safety_model._fitted.__wrapped__(path, cache)
    kept = list(cache.glob("*.pkl"))
    assert len(kept) == 1 and kept[0].name != "0123456789abcdef.pkl"

    def no_fit(examples):
        raise AssertionError("fitted again")

    monkeypatch.setattr(SafetyModel, "fit", classmethod(lambda cls, examples: no_fit(examples)))
    again = safety_model._fitted.__wrapped__(path, cache)
    assert again.probabilities("crisis example 3") == first.probabilities("crisis example 3")


def test_a_torn_or_unwritable_cache_only_costs_a_fit(tmp_path):
    path, cache = _small_examples(tmp_path), tmp_path / "cache"
    safety_model._fitted.__wrapped__(path, cache)
    (kept,) = cache.glob("*.pkl")
    kept.write_bytes(kept.read_bytes()[:100])
    assert safety_model._fitted.__wrapped__(path, cache).languages == {"es"}
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    assert safety_model._fitted.__wrapped__(path, blocked / "cache").languages == {"es"}


def test_the_model_is_fitted_once_per_examples_file():
    from chatbot.nlu.safety_model import EXAMPLES_PATH

    assert safety_model.model(str(EXAMPLES_PATH)) is safety_model.model(EXAMPLES_PATH)
