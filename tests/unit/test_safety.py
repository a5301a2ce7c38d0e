"""Safety detector (chatbot/safety.py) and the SafetyOverride Rasa component."""

import pytest

from chatbot.safety import CRISIS, EMERGENCY, edit_distance


@pytest.fixture(scope="session")
def detector():
    from chatbot.safety import SafetyDetector

    return SafetyDetector.load()


# --- the detector ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "I don't want to live anymore",
        "some days I want to die",
        "I cut myself",
        "everyone would be better off without me",
        "I want to end it all",
        "thinking about ending my life",
        "I took a bunch of pills",
        "kill myself",
        "kms",
        "unalive",
        "I'm SUICIDAL",
        "thoughts of suicide",
        "feeling sucidal",
        "Hi! I booked for Tuesday. Honestly some days I want to die. Is the room quiet?",
        # one token per space: these phrases were once written as one alternation
        "I can't face being alive",
        "I can't face another day",
        "I keep thinking about dying",
        "I just want it to end for good",
        "I want to end my suffering forever",
        "I wont be here much longer",
        "I have lost my will to live",
    ],
)
def test_crisis(detector, text):
    signal = detector.detect(text)
    assert signal is not None and signal.kind == CRISIS, signal


@pytest.mark.parametrize(
    "text",
    [
        "I'm having chest pain right now",
        "my dad's face is drooping and his speech is slurred",
        "my left side went numb suddenly",
        "I can't breathe",
        "she's bleeding heavily",
        "my throat is swelling, I think it's anaphylaxis",
        "he is unconscious",
        "my friend is overdosing",
        "the driver is slumped over the wheel and not moving",
        "my husband is vomitting blood",
        "I think my hip is broken",
        "my child fell and isn't moving",
        "overdose, help",
    ],
)
def test_emergency(detector, text):
    signal = detector.detect(text)
    assert signal is not None and signal.kind == EMERGENCY, signal


@pytest.mark.parametrize(
    "text",
    [
        "this pain is killing me",
        "I'm dying to try prenatal massage",
        "my mother died of cancer",
        "my neck kills me after work",
        "the knot between my shoulders is killing me",
        "I could die for a good massage",
        "my anxiety makes my chest tight sometimes — can massage help?",
        "my dad had a stroke last year",
        "I survived cancer",
        "I had chest surgery",
        "I'm done with this pain",
        "I overdosed on chocolate",
        "I need to cut back on sessions",
        "the wifi keeps cutting out, bye",
        "does your practice take insurance for car accident injuries",
        "can't lift my arm past shoulder height, my physio says frozen shoulder",
        "I take a handful of pills every day for my arthritis",
        "I'm slumped over a desk all day",
        "I have no desire to go to a chiropractor",
        "thinking of ending my gym membership",
        "I have heavy bleeding with my periods, is massage ok?",
        # found by a review of the widened patterns
        "Can deep tissue stop the pain permanently?",
        "I want the headaches to stop permanently.",
        "I started cutting carbs and my legs cramp at night.",
        "I use my massage gun to my arms after the gym.",
        "I hurt my back standing on the roof cleaning gutters.",
        "I was thinking of taking 2 tylenol before my appointment.",
        "My surgeon gave me a plan and a date for the operation.",
        "Renee sent us a goodbye card, is she retiring?",
        "I cant stand another day of this back pain.",
        "My shoulder is stiff and not moving properly.",
        "My husband has cancer and he is not responding to chemo.",
        "Can I take ibuprofen before? I dont want to overdose!",
        "My ankle was broken in January and it is still stiff.",
        "Is it normal that my skin is purple after cupping?",
        "Could you work on the right side of my body and not the left?",
        "Im on warfarin, is there a risk of serious bleeding?",
        "is a heated blanket ok with neuropathy or could i burn myself",
        "I don't want to die, I'm scared of my cancer",
        "",
        "   ",
    ],
)
def test_ordinary(detector, text):
    assert detector.detect(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # Documented choices (safety.yml): when in doubt about suicide/self-harm, fire.
        "I'm not suicidal, just stressed",
        "I used to cut myself as a teen",
        "I'd rather die than go back to that chiropractor",
        "I want to burn myself",
        "can i burn myself without anyone noticing",
    ],
)
def test_doubtful_self_harm_fires(detector, text):
    assert detector.detect(text).kind == CRISIS


def test_emergency_wins_when_both_fire(detector):
    signal = detector.detect("I took a bunch of pills and now I can't breathe")
    assert signal.kind == EMERGENCY and signal.kinds == (EMERGENCY, CRISIS)


def test_now_cue_overrides_past(detector):
    assert detector.detect("I had a stroke last year and right now my face is drooping")


@pytest.mark.parametrize("text", [None, 42, "\x00\x01\udcff", "日本語のテキスト", "a" * 100_000])
def test_odd_input_never_raises(detector, text):
    assert detector.detect(text) is None


def test_works_on_a_doc_from_another_pipeline(detector):
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    assert detector.detect(nlp("i keep cutting myself")).kind == CRISIS


def test_edit_distance():
    assert edit_distance("sucidal", "suicidal", 1) == 1
    assert edit_distance("suicdie", "suicide", 1) == 1  # transposition
    assert edit_distance("massage", "suicide", 2) > 2


# --- the Rasa component ---------------------------------------------------------------
@pytest.fixture(scope="session")
def spacy_nlp(tmp_path_factory):
    from rasa.nlu.utils.spacy_utils import SpacyNLP

    from chatbot.spacy_model import build_nlp

    path = tmp_path_factory.mktemp("spacy") / "model"
    build_nlp().to_disk(path)
    return SpacyNLP.create({**SpacyNLP.get_default_config(), "model": str(path)}, None, None, None)


@pytest.fixture(scope="session")
def override():
    from chatbot.components.safety_override import SafetyOverride

    return SafetyOverride.create(SafetyOverride.get_default_config(), None, None, None)


def _classified(spacy_nlp, override, text, intent="greet", confidence=0.9):
    from rasa.shared.nlu.training_data.message import Message

    message = Message(data={"text": text})
    spacy_nlp.process([message], spacy_nlp.provide())
    ranking = [{"name": intent, "confidence": confidence}, {"name": "thank", "confidence": 0.05}]
    message.set("intent", dict(ranking[0]))
    message.set("intent_ranking", ranking)
    return override.process([message])[0]


def test_component_reads_spacy_doc(spacy_nlp):
    from rasa.shared.nlu.training_data.message import Message

    message = Message(data={"text": "I want to end it all"})
    spacy_nlp.process([message], spacy_nlp.provide())
    assert message.get("text_spacy_doc") is not None


@pytest.mark.parametrize(
    "text, kind",
    [("I want to end it all", CRISIS), ("I think I'm having a heart attack", EMERGENCY)],
)
def test_component_overrides_intent(spacy_nlp, override, text, kind):
    message = _classified(spacy_nlp, override, text)
    assert message.get("intent") == {"name": kind, "confidence": 1.0}
    assert message.get("intent_ranking")[0] == {"name": kind, "confidence": 1.0}
    assert [r["name"] for r in message.get("intent_ranking")][1:] == ["greet", "thank"]


def test_component_overrides_nlu_fallback(spacy_nlp, override):
    message = _classified(spacy_nlp, override, "i wanna die", intent="nlu_fallback", confidence=0.3)
    assert message.get("intent")["name"] == CRISIS


def test_component_leaves_ordinary_messages(spacy_nlp, override):
    message = _classified(spacy_nlp, override, "this pain is killing me")
    assert message.get("intent") == {"name": "greet", "confidence": 0.9}


# (A lone surrogate already makes SpacyNLP itself raise, before this component runs.)
@pytest.mark.parametrize("text", ["", "\x00\xff binary \ufffe", "x" * 200_000, "Ich will nicht"])
def test_component_odd_input(spacy_nlp, override, text):
    message = _classified(spacy_nlp, override, text)
    assert message.get("intent")["name"] == "greet"


def test_component_without_spacy_doc(override):
    from rasa.shared.nlu.training_data.message import Message

    message = Message(data={"text": "kill myself"})
    override.process([message])
    assert message.get("intent")["name"] == CRISIS


@pytest.mark.parametrize("confidence, expected", [(0.54, "ask_condition"), (0.9, EMERGENCY)])
def test_ml_only_emergency_must_be_confident(spacy_nlp, override, confidence, expected):
    from rasa.shared.nlu.training_data.message import Message

    message = Message(data={"text": "slept funny and now i've got a kink in my neck"})
    spacy_nlp.process([message], spacy_nlp.provide())
    ranking = [{"name": EMERGENCY, "confidence": confidence},
               {"name": "ask_condition", "confidence": 0.3}]
    message.set("intent", dict(ranking[0]))
    message.set("intent_ranking", ranking)
    assert override.process([message])[0].get("intent")["name"] == expected


# --- every pattern can match ---------------------------------------------------------------
# Messages for the patterns that no crisis/emergency message of the training data or of
# the evaluation set exercises. A pattern none of them matches is dead: usually a phrase
# written as one alternative ("goodbye to everyone|the world" needed "... everyone world").
LIVENESS = [
    "thinking about sewer slide",
    "i held a gun to my head",
    "i wish i was never born",
    "honestly i would rather die",
    "i just want out of this world",
    "what is the point of being alive",
    "what is the point in waking up",
    "there is no reason to carry on",
    "nothing to live for anymore",
    "i want to end my suffering forever",
    "i can't face another day",
    "i'm not going to be around much longer",
    "i am a burden",
    "i have a stash of pills",
    "i wish it would end",
    "i can't live like this",
    "i just want to sleep forever",
    "there's no point anymore",
    "i bought a rope so i can hang myself",
    "i tied a noose",
    "i'm saying goodbye to everyone",
    "i'm saying goodbye to the world",
    "i just disappear forever",
    "i wish i could just vanish for good",
    "this is my last message",
    "blood is pouring out of his leg",
    "she just blacked out",
    "he's lying in a pool of blood",
    "there's so much blood",
    "he's losing a lot of blood",
    "swelling in my throat",
    "i have a severe burn on my hand",
    "it's a second-degree burn",
    "the left side of her body is numb",
    "i think he just had a seizure",
]


def test_every_crisis_and_emergency_pattern_matches_a_known_message(detector):
    import yaml

    from chatbot.evaluate_safety import EVAL_PATH
    from chatbot.safety import CONFIG_PATH
    from tests.nlu_data import intent_examples

    evaluation = yaml.safe_load(EVAL_PATH.read_text(encoding="utf-8"))
    messages = [t for t, intent in intent_examples() if intent in (CRISIS, EMERGENCY)]
    messages += evaluation[CRISIS] + evaluation[EMERGENCY] + LIVENESS
    matched = set().union(*(detector.matched_rules(m) for m in messages))
    config = yaml.safe_load(CONFIG_PATH.read_text(encoding="utf-8"))
    sections = {
        "crisis": config["crisis"]["patterns"],
        "emergency/strong": config["emergency"]["strong"],
        "emergency/symptom": config["emergency"]["symptom"],
    }
    dead = [
        pattern
        for label, patterns in sections.items()
        for i, pattern in enumerate(patterns)
        if f"{label}:{i}" not in matched
    ]
    assert not dead
