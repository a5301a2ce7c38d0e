"""The condition recogniser (chatbot/nlu/conditions.py) and its Rasa component."""

from __future__ import annotations

from pathlib import Path

import pytest

from chatbot.nlu.condition_terms import exact_case_only, load_unlisted
from chatbot.practice.knowledge import knowledge

KB = knowledge()


def _typo(word: str) -> str:
    """A one-letter deletion inside the longest word that does not make a real word
    ("addiction" -> "addition" is a different word, not a typo)."""
    from chatbot.nlu.condition_terms import common_words
    from chatbot.nlu.conditions import COMMON_WORD_LOG_PROB

    words = word.split()
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    w = words[longest]
    for pos in sorted(range(1, len(w) - 1), key=lambda p: abs(p - len(w) // 2)):
        typo = w[:pos] + w[pos + 1 :]
        if typo.lower() not in common_words(COMMON_WORD_LOG_PROB):
            break
    words[longest] = typo
    return " ".join(words)


def _plain_name(condition) -> str:
    """The first name of a "A/B" condition, as the knowledge file expands it."""
    return condition.terms[1] if "/" in condition.name else condition.name


@pytest.fixture(scope="session")
def nlp():
    from chatbot.nlu.spacy_model import build_nlp

    return build_nlp(KB)


@pytest.fixture(scope="session")
def matcher(nlp):
    from chatbot.nlu.conditions import ConditionMatcher

    return ConditionMatcher(KB, nlp)


def listed(matcher, text):
    return sorted({m.value for m in matcher.find(text) if m.condition_id})


def unlisted(matcher, text):
    return sorted({m.value for m in matcher.find(text) if not m.condition_id})


# --- every listed condition: by name, by each alias, by a misspelling ------------------
@pytest.mark.parametrize("condition", KB.conditions, ids=lambda c: c.id)
def test_listed_condition_by_name(matcher, condition):
    assert listed(matcher, f"can massage help with {condition.name}?") == [condition.id]
    assert listed(matcher, f"my mom has {condition.name.lower()}") == [condition.id]


@pytest.mark.parametrize(
    "condition,alias",
    [(c, a) for c in KB.conditions for a in c.aliases],
    ids=lambda x: getattr(x, "id", x),
)
def test_listed_condition_by_alias(matcher, condition, alias):
    assert condition.id in listed(matcher, f"I think it's {alias} again")


@pytest.mark.parametrize("condition", KB.conditions, ids=lambda c: c.id)
def test_listed_condition_by_misspelling(matcher, condition):
    name = _plain_name(condition).replace("'s", "s")
    if max(len(w) for w in name.split()) < 6:
        pytest.skip("no word long enough for a safe typo")
    assert condition.id in listed(matcher, f"I was told I have {_typo(name).lower()}")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("fibromyalga", "fibromyalgia"),
        ("carpel tunel", "carpal_tunnel"),
        ("my mom has parkinsens", "parkinsons"),
        ("alzhimers", "alzheimers"),
        ("siatica", "sciatic_pain"),
    ],
)
def test_brief_misspellings(matcher, text, expected):
    assert listed(matcher, text) == [expected]


# --- forms and lay descriptions -------------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("migraines every week", ["migraine"]),
        ("My father's Parkinson's is worse", ["parkinsons"]),
        ("my dad's arthritis", ["arthritis"]),
        ("her golfer's elbow", ["tennis_golfers_elbow"]),
        ("eating disorders run in my family", ["eating_disorder_recovery"]),
        ("my back is killing me and it shoots down my leg", ["sciatic_pain"]),
        ("pain radiating down his right leg", ["sciatic_pain"]),
        ("I'm 30 weeks along", ["pregnancy"]),
        ("chemo starts next week", ["cancer"]),
        ("I survived domestic violence", ["abuse_survivor"]),
        ("diabetic neuropathy in my feet", ["diabetes"]),
    ],
)
def test_forms_and_lay_descriptions(matcher, text, expected):
    assert listed(matcher, text) == expected


# --- abbreviations ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("I have RA", ["arthritis"]),
        ("my son has CP", ["cerebral_palsy"]),
        ("SLE flare", ["lupus"]),
        ("C-PTSD from childhood", ["ptsd"]),
        ("diagnosed with ADD", ["adhd"]),
        ("my adhd", ["adhd"]),
        ("can you add me to the list", []),
        ("ra ra ra", []),
        ("PLEASE ADD ME TO YOUR MAILING LIST", []),
        ("cp the file", []),
    ],
)
def test_abbreviations(matcher, text, expected):
    assert listed(matcher, text) == expected


def test_short_abbreviations_are_exact_case():
    short = [a for c in KB.conditions for a in c.aliases if exact_case_only(a)]
    assert {"CP", "RA", "SLE", "ADD"} <= set(short)


# --- negation and several conditions -------------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("I don't have cancer, it's arthritis", ["arthritis"]),
        ("It's not cancer it's arthritis", ["arthritis"]),
        ("I don't have cancer or diabetes", []),
        ("no history of heart disease but I get migraines", ["migraine"]),
        ("I'm not pregnant", []),
        ("nothing helps my migraines", ["migraine"]),
        ("not sure if it's sciatica", ["sciatic_pain"]),
        ("no longer have cancer but still tired", ["cancer"]),
        # a choice, not a negation
        ("just say yes or no do you do sciatica", ["sciatic_pain"]),
        ("whether or not I have fibro, can she help", ["fibromyalgia"]),
    ],
)
def test_negation(matcher, text, expected):
    assert listed(matcher, text) == expected


def test_negated_mentions_are_kept_on_request(matcher):
    found = matcher.find("I don't have cancer", keep_negated=True)
    assert [(m.value, m.negated) for m in found] == [("cancer", True)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("fibro and depression", ["depression", "fibromyalgia"]),
        ("I'm pregnant and my sciatica is bad", ["pregnancy", "sciatic_pain"]),
        ("lupus, arthritis and anxiety", ["anxiety", "arthritis", "lupus"]),
    ],
)
def test_several_conditions(matcher, text, expected):
    assert listed(matcher, text) == expected


# --- a condition named in Spanish inside an English message ----------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("I have túnel carpiano in my right hand", ["carpal_tunnel"]),
        ("my ciatica is bad again", ["sciatic_pain"]),  # without its accent
        ("she had a cirugía last month, can renee see her?", ["surgery_recovery"]),
        ("my abuela has migrañas every week", ["migraine"]),  # a plural
        ("pain between my omóplatos", ["pain_between_shoulder_blades"]),
    ],
)
def test_spanish_names_inside_english(matcher, text, expected):
    from chatbot.nlu.condition_terms import IN_SPANISH

    assert listed(matcher, text) == expected
    if "omóplatos" not in text:  # an English alias holds that one
        assert {m.method for m in matcher.find(text)} == {IN_SPANISH}


@pytest.mark.parametrize(
    "text, expected",
    [("does she do prenatals?", "lemma"),  # an English name first
     ("ciatíca", "spanish"),  # an accent astray
     ("I was so embarazada lol", None)],  # embarrassed, not pregnant
)  # fmt: skip
def test_spanish_names_give_way_to_english_ones(matcher, text, expected):
    assert [m.method for m in matcher.find(text)] == ([expected] if expected else [])


def test_spanish_names_are_not_misspelt(matcher):
    """Only English names are fuzzy targets: "quemar" is no misspelt "quemadura"."""
    assert listed(matcher, "I want to quemar calories lol") == []


# --- unlisted conditions are never listed ones --------------------------------------------
UNLISTED_TERMS = [t for name, aliases in load_unlisted() for t in (name,) + aliases]


# --- how far along: "I'm 38 weeks" is pregnancy; a duration, an age or a wait is not ----
@pytest.mark.parametrize(
    "text",
    ["I'm 38 weeks and my hips are killing me", "34 wks, lower back is done",
     "first baby, 14 weeks", "my wife is 31 weeks and her feet are swollen", "hi im 20 weeks",
     "36 weeks tomorrow and my back hurts", "do i lie on my side? 26wks"],
)  # fmt: skip
def test_how_far_along_is_pregnancy(matcher, text):
    assert listed(matcher, text) == ["pregnancy"]


@pytest.mark.parametrize(
    "text",
    ["I've had this pain for 20 weeks", "my baby is 16 weeks old", "it's been 14 weeks now",
     "surgeon said wait 12 weeks before any massage", "14 weeks post-op and still stiff",
     "20 weeks ago I hurt my back", "I'm 6 weeks out", "in the last 16 weeks",
     "she is 40 months", "15 weeks clean today", "I have 3 weeks off",
     "my son was born at 28 weeks", "I was induced at 41 weeks and tore badly",
     "the baby's 16 weeks and my shoulders are killing me", "recovery takes 12-16 weeks",
     "my grandson is 20 weeks", "My PT waitlist is 12 weeks", "marathon training plan is 18 weeks",
     "I spent 12 weeks on crutches", "surgery was 14 weeks back", "payment plan 12 weeks?"],
)  # fmt: skip
def test_a_duration_age_or_wait_is_not_pregnancy(matcher, text):
    assert "pregnancy" not in listed(matcher, text)


@pytest.mark.parametrize("term", UNLISTED_TERMS)
def test_unlisted_terms_match_nothing_listed(matcher, term):
    assert listed(matcher, f"can massage help my {term}?") == []


@pytest.mark.parametrize("name,aliases", load_unlisted(), ids=lambda x: str(x)[:30])
def test_unlisted_name_is_recognised(matcher, name, aliases):
    assert unlisted(matcher, f"does massage help with {name}") == [name.lower()]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("plantar fasciitis", "plantar fasciitis"),
        ("plantar fasciaitus", "plantar fasciitis"),  # typo of an unlisted term
        ("tension headache", "headache"),
        ("shoulder pain", "shoulder pain"),
        ("my mom has MS", "multiple sclerosis"),
        ("does she know tbi stuff", "concussion"),  # an abbreviation typed in lower case
    ],
)
def test_unlisted_examples(matcher, text, expected):
    assert listed(matcher, text) == []
    assert unlisted(matcher, text) == [expected]


def test_service_names_are_not_conditions(matcher):
    assert matcher.find("what is Trauma Touch Therapy™?") == []
    assert listed(matcher, "do you do prenatal massage? I'm pregnant") == ["pregnancy"]
    assert matcher.find("do you do MLD") == []


@pytest.mark.parametrize(
    "text, service",
    [
        ("do you do MLD", "mld"),
        ("does Renée do lymphatic drainage?", "mld"),
        ("I'd like a maternity massage", "prenatal"),
        ("do you do prenatal massage?", "prenatal"),
        ("Is she certified in oncology massage?", "oncology"),
        ("what's trauma touch", "trauma_touch"),
    ],
)
def test_services_are_found_when_asked_for(matcher, text, service):
    found = [(m.kind, m.value) for m in matcher.find(text, services=True)]
    assert found == [("service", service)]


@pytest.mark.parametrize(
    "text", ["good mornin from the early shift", "gud mornign y'all", "mornin'"]
)
def test_misspelt_common_word_is_not_a_condition(matcher, text):
    # "mornin" is nearer "morning" than "mourning" (grief): found in new training data.
    assert matcher.find(text) == []


def test_half_of_a_slash_name_is_not_a_condition(matcher):
    # "Tennis/golfer's elbow" once made "tennis" alone a condition.
    assert matcher.find("how do i get better at my tennis serve") == []
    assert listed(matcher, "tennis elbow, and I don't even play tennis") == ["tennis_golfers_elbow"]


def test_typo_as_near_a_common_word_as_the_condition_is_kept(matcher):
    # One edit from "conclusions" and from "concussion(s)": a tie keeps the condition.
    assert unlisted(matcher, "my son has had two concusions this year") == ["concussion"]


# --- offsets and odd input ---------------------------------------------------------------
def test_match_fields(matcher):
    text = "My dad's Arthritis and fibromyalga"
    found = matcher.find(text)
    assert [(m.value, text[m.start : m.end], m.method) for m in found] == [
        ("arthritis", "Arthritis", "ruler"),
        ("fibromyalgia", "fibromyalga", "ruler"),
    ] or all(text[m.start : m.end] == m.text for m in found)
    assert all(0 < m.score <= 1 for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\x00\x01\xff",
        "🙂" * 50,
        "Ich habe Rückenschmerzen",
        "关节炎",
        "a" * 100_000,
        "fibro " * 5000,
    ],
)
def test_odd_input_never_raises(matcher, text):
    assert isinstance(matcher.find(text), list)


def test_lowercased_doc_with_original_text(matcher, nlp):
    text = "I have RA and CP"
    doc = nlp(text.lower())  # what SpacyNLP does with case_sensitive: false
    assert [m.value for m in matcher.find(doc, text)] == ["arthritis", "cerebral_palsy"]


def test_the_ruler_finds_what_token_patterns_find(nlp):
    """The ruler's phrase patterns (lower case) find the very spans one token pattern per
    term would: every term in any case, inside a sentence, and every training text."""
    import spacy

    from chatbot.nlu.condition_terms import CONDITION, vocabulary
    from chatbot.nlu.spacy_model import CONDITION_LABEL, UNLISTED_LABEL

    reference = spacy.blank("en")
    ruler = reference.add_pipe("entity_ruler")
    ruler.add_patterns(
        {
            "label": CONDITION_LABEL if term.kind == CONDITION else UNLISTED_LABEL,
            "id": term.value,
            "pattern": [
                {"ORTH": t.text} if exact_case_only(term.text) else {"LOWER": t.lower_}
                for t in reference.make_doc(term.text)
            ],
        }
        for term in vocabulary(KB)
    )
    texts = [f"my {t.text.title()} and {t.text.upper()}." for t in vocabulary(KB)]
    for path in sorted(Path("data").rglob("*.yml")):
        lines = [x.strip() for x in path.read_text().splitlines() if x.strip().startswith("- ")]
        texts += [x[2:] for x in lines[::10]]

    def spans(doc):
        return [(e.label_, e.start, e.end, e.ent_id_) for e in doc.ents]

    assert len(texts) > 2_000
    found = [spans(d) for d in nlp.pipe(texts)]
    assert sum(map(len, found)) > 500
    assert found == [spans(d) for d in reference.pipe(texts)]


def test_unlisted_vocabulary_does_not_repeat_listed_terms():
    from chatbot.nlu.condition_terms import vocabulary

    assert vocabulary(KB)  # raises if a term names both a listed and unlisted condition


# --- the Rasa component -----------------------------------------------------------------
@pytest.fixture(scope="session")
def spacy_nlp_component(tmp_path_factory):
    from rasa.nlu.utils.spacy_utils import SpacyNLP

    from chatbot.nlu.spacy_model import build_nlp

    path = tmp_path_factory.mktemp("spacy") / "model"
    build_nlp(KB).to_disk(path)
    component = SpacyNLP.create({"model": str(path)}, None, None, None)
    return component


@pytest.fixture(scope="session")
def extractor():
    from chatbot.nlu.components.condition_extractor import ConditionEntityExtractor

    config = ConditionEntityExtractor.get_default_config()
    return ConditionEntityExtractor.create(config, None, None, None)


def _through_pipeline(spacy_nlp_component, extractor, text):
    from rasa.shared.nlu.training_data.message import Message

    message = Message(data={"text": text})
    spacy_nlp_component.process([message], spacy_nlp_component.provide())
    extractor.process([message])
    return message


def test_spacy_doc_key_is_what_spacynlp_sets(spacy_nlp_component):
    from rasa.nlu.constants import SPACY_DOCS
    from rasa.shared.nlu.training_data.message import Message

    message = Message(data={"text": "hello"})
    spacy_nlp_component.process([message], spacy_nlp_component.provide())
    assert SPACY_DOCS["text"] == "text_spacy_doc" and message.get("text_spacy_doc") is not None


def test_component_appends_entities(spacy_nlp_component, extractor):
    text = "My mom has RA and plantar fasciitis, I don't have cancer"
    message = _through_pipeline(spacy_nlp_component, extractor, text)
    entities = message.get("entities")
    assert [(e["entity"], e["value"]) for e in entities] == [
        ("condition", "arthritis"),
        ("unlisted_condition", "plantar fasciitis"),
    ]
    for e in entities:
        assert e["extractor"] == "ConditionEntityExtractor"
        assert 0 < e["confidence"] <= 1
        assert text[e["start"] : e["end"]] in ("RA", "plantar fasciitis")
    # the negated one is not an entity but is kept as ruled out
    assert message.get("ruled_out") == ["cancer"]
    assert _through_pipeline(spacy_nlp_component, extractor, "fibro").get("ruled_out") is None


def test_component_keeps_existing_entities(spacy_nlp_component, extractor):
    from rasa.shared.nlu.training_data.message import Message

    message = Message(data={"text": "fibro", "entities": [{"entity": "x", "value": "y"}]})
    spacy_nlp_component.process([message], spacy_nlp_component.provide())
    extractor.process([message])
    assert [e["entity"] for e in message.get("entities")] == ["x", "condition"]


@pytest.mark.parametrize("text", ["", "   ", "\x00\xff", "é" * 20_000, "ADD " * 3000])
def test_component_odd_input(spacy_nlp_component, extractor, text):
    message = _through_pipeline(spacy_nlp_component, extractor, text)
    assert isinstance(message.get("entities", []), list)


def test_component_without_spacy_doc(extractor):
    from rasa.shared.nlu.training_data.message import Message

    message = Message(data={"text": "my sister has lupus"})
    extractor.process([message])
    assert [e["value"] for e in message.get("entities")] == ["lupus"]


def test_component_is_registered():
    from rasa.engine.recipes.default_recipe import DefaultV1Recipe

    from chatbot.nlu.components.condition_extractor import ConditionEntityExtractor

    registered = DefaultV1Recipe._from_registry("ConditionEntityExtractor")
    assert registered.clazz is ConditionEntityExtractor
    assert DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR in registered.types
    assert not registered.is_trainable


def _tokenised(spacy_nlp_component, text):
    from rasa.nlu.tokenizers.spacy_tokenizer import SpacyTokenizer
    from rasa.shared.nlu.training_data.message import Message

    message = Message(data={"text": text})
    spacy_nlp_component.process([message], spacy_nlp_component.provide())
    SpacyTokenizer.create(SpacyTokenizer.get_default_config(), None, None, None).process([message])
    return message


def test_component_masks_condition_lemmas_for_the_classifier(spacy_nlp_component, extractor):
    from chatbot.nlu.components.condition_extractor import PLACEHOLDER

    text = "I don't have cancer, is massage safe with carpal tunnel and plantar fasciitis?"
    message = _tokenised(spacy_nlp_component, text)
    extractor.process([message])
    lemmas = [t.lemma for t in message.get("text_tokens")]
    # negated, listed and unlisted mentions alike: one placeholder each, the rest empty
    assert lemmas.count(PLACEHOLDER) == 3
    assert "cancer" not in lemmas and "carpal" not in lemmas and "fasciitis" not in lemmas
    assert "safe" in lemmas and "massage" in lemmas
    # the token texts and the entities are untouched
    assert "carpal" in [t.text for t in message.get("text_tokens")]
    assert [e["value"] for e in message.get("entities")] == ["carpal_tunnel", "plantar fasciitis"]


def test_component_masks_training_examples_and_keeps_annotations(spacy_nlp_component, extractor):
    from rasa.shared.nlu.training_data.training_data import TrainingData

    from chatbot.nlu.components.condition_extractor import PLACEHOLDER

    message = _tokenised(spacy_nlp_component, "my mom has parkinsons")
    annotation = [{"entity": "condition", "value": "parkinsons", "start": 11, "end": 21}]
    message.set("entities", annotation)
    extractor.process_training_data(TrainingData([message]))
    assert [t.lemma for t in message.get("text_tokens")][-1] == PLACEHOLDER
    assert message.get("entities") == annotation


def test_masking_can_be_turned_off(spacy_nlp_component):
    from chatbot.nlu.components.condition_extractor import ConditionEntityExtractor

    config = {**ConditionEntityExtractor.get_default_config(), "mask_for_intent": False}
    component = ConditionEntityExtractor.create(config, None, None, None)
    message = _tokenised(spacy_nlp_component, "fibromyalgia")
    component.process([message])
    assert [t.lemma for t in message.get("text_tokens")] == ["fibromyalgia"]
    assert [e["value"] for e in message.get("entities")] == ["fibromyalgia"]


def test_component_is_a_featurizer_so_training_data_is_masked():
    from rasa.engine.recipes.default_recipe import DefaultV1Recipe

    registered = DefaultV1Recipe._from_registry("ConditionEntityExtractor")
    assert DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER in registered.types


# --- visitors' own words, look-alikes and the `not` lists ---------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("I'm three months out from a joint replacement", ["surgery_recovery"]),
        ("tore my ACL skiing and had the torn ACL repaired in May", ["surgery_recovery"]),
        ("I had my gallbladder out last month", ["surgery_recovery"]),
        ("my husband's neck has been locked up since Sunday", ["crick_in_the_neck"]),
        ("my mum just started radiation", ["cancer"]),
        # an operation named by another condition's words is a surgery too
        ("recovering from a lumpectomy", ["cancer", "surgery_recovery"]),
        ("I had a rotator cuff repair in October", ["rotator_cuff_injury", "surgery_recovery"]),
        ("carpet tunnel in both hands", ["carpal_tunnel"]),
        ("my friend raved about her sessions", []),  # not a misspelt "raped"
        ("I've been in remission for two years", ["cancer"]),
        ("my oncologist suggested massage", ["cancer"]),
        ("my arm swells since they removed my lymph nodes", ["lymphedema_lipedema"]),
        ("my daughter is expecting twins", ["pregnancy"]),
        ("my wife is 7 months along", ["pregnancy"]),
        ("our baby is due in April", ["pregnancy"]),
        ("I have skin grafts on my leg", ["burn_injury"]),
        ("my son has third degree burns on his arm", ["burn_injury"]),
        ("the scar from a fire on my hand is tight", ["burn_injury"]),
        ("I still go to AA meetings", ["addiction_recovery"]),
        ("clean for 18 months from opioids", ["addiction_recovery"]),
        ("my brother was in rehab for drinking", ["addiction_recovery"]),
        ("I grew up in a violent home", ["abuse_survivor"]),
        ("my father used to beat me", ["abuse_survivor"]),
        ("I was mugged last winter", ["assault_survivor"]),
        ("I'm a nervous wreck all the time", ["anxiety"]),
        ("I'm worrying all the time", ["anxiety"]),
        ("I feel detached from my body a lot", ["dissociation"]),
        ("we're expecting our 2nd in the spring", ["pregnancy"]),
        ("I had a violent dad growing up", ["abuse_survivor"]),
        ("two years off heroin now", ["addiction_recovery"]),
        ("it burns from my butt cheek to my ankle", ["sciatic_pain"]),
        ("a sore spot in the middle of my upper back", ["pain_between_shoulder_blades"]),
        ("my daddy has the sugar real bad", ["diabetes"]),
        ("Crik in neck?? 😩", ["crick_in_the_neck"]),
        ("my son has cp and gets botox in his calves", ["cerebral_palsy"]),
        ("my dad had a double bypass in may", ["heart_disease", "surgery_recovery"]),
        ("my husband had bypass surgery in august", ["heart_disease", "surgery_recovery"]),
        ("c-section 6 weeks ago", ["surgery_recovery"]),
        ("ankle ORIF in june, still swollen", ["surgery_recovery"]),
        ("snapped my femur and had a rod put in", ["surgery_recovery"]),
        ("my hands tingle at night", ["carpal_tunnel"]),
        ("my hands tingle in the cold", []),
        ("suffering from sugar cravings lately", []),
        ("had bariatric bypass surgery, lots of loose skin", ["surgery_recovery"]),
        ("my seizures come with an aura", []),
        ("then I see zigzag lights and throw up", ["migraine"]),
        ("pain in between both shoulder since a month", ["pain_between_shoulder_blades"]),
        ("my father is suffering from sugar", ["diabetes"]),
        ("spine fusion two years ago", ["surgery_recovery"]),
        ("expecting baby number three", ["pregnancy"]),
        ("his neck is all kinked up", ["crick_in_the_neck"]),
        ("my grandpa has sugar and his legs always hurt", ["diabetes"]),
        ("carpel tunnle both hands", ["carpal_tunnel"]),
        ("kink in neck since yesterday", ["crick_in_the_neck"]),
        ("I had gastric bypass surgery last year", ["surgery_recovery"]),
        # a repair named by what was repaired, not the hernia itself (unlisted)
        ("my hernia repair was a month ago", ["surgery_recovery"]),
        ("my mom's sugar is high and her feet tingle", ["diabetes"]),
        ("my husband had a triple bypass in march", ["heart_disease", "surgery_recovery"]),
        ("just had my wisdom teeth out", ["surgery_recovery"]),
        ("overdosed back in the day, 4 yrs clean now", ["addiction_recovery"]),
        ("hey! 28 weeks w/ my first", ["pregnancy"]),
        ("night shifts, my shoulder blades are wrecked", ["pain_between_shoulder_blades"]),
        ("they took 14 lymph nodes out of my armpit", ["lymphedema_lipedema"]),
        ("now my arm puffs up like a balloon", ["lymphedema_lipedema"]),
        ("lymphatic drainage after lipo", ["surgery_recovery"]),
        ("overdosed 4 years ago, clean since", ["addiction_recovery"]),
        ("had a shoulder scope in june, still can't lift my arm", ["surgery_recovery"]),
        ("when people touch me I kind of float away", ["dissociation"]),
        ("woke up and my neck kinked up on the left", ["crick_in_the_neck"]),
        ("partial RC tear from lifting boxes", ["rotator_cuff_injury"]),
        ("six weeks out from my TKA", ["surgery_recovery"]),
        ("had an ACDF last spring", ["surgery_recovery"]),
        ("post CABG, cardiac rehab done", ["heart_disease", "surgery_recovery"]),
        ("our daughter was born with a heart defect", ["heart_disease"]),
        ("DM2 for ten years, feet tingle", ["diabetes"]),
        ("my dad's sugar has been high all month", ["diabetes"]),
        ("he was just diagnosed type 2", ["diabetes"]),
        ("my grandpa has nightmares since the war", ["ptsd"]),
        ("my sister is in recovery for alcohol", ["addiction_recovery"]),
        ("breast ca, finished radiation in may", ["cancer"]),
        ("stage 4 with bone mets", ["cancer"]),
        # words as dictation hears them
        ("does massage help fiber my algia", ["fibromyalgia"]),
        ("my wife has all timers disease", ["alzheimers"]),
        ("dad has park in sons and is stiff", ["parkinsons"]),
        ("I got arthur itis in both knees", ["arthritis"]),
        ("my sigh attic nerve is acting up", ["sciatic_pain"]),
        ("I think I have car pull tunnel", ["carpal_tunnel"]),
        ("my son has a d h d", ["adhd"]),
        ("I get my grains twice a week", ["migraine"]),
        ("woke up with a crook in my neck", ["crick_in_the_neck"]),
        ("his tear was repaired surgically in May", ["surgery_recovery"]),
        ("she takes adderall for focus", ["adhd"]),
        ("her cp spasticity is worse in winter", ["cerebral_palsy"]),
        # rounds 68 and 69
        ("recovering from a broken hip that they pinned", ["surgery_recovery"]),
        ("I'm 3 weeks out from a lumbar fusion", ["surgery_recovery"]),
        ("I'm having the first one replaced in June", ["surgery_recovery"]),
        ("How soon after the replacement can I come?", ["surgery_recovery"]),
        ("burned my forearm on the flat top a few months ago", ["burn_injury"]),
        ("my hormone replacement therapy makes me tired", []),
        ("I was pinned under the car for an hour", []),
        # rounds 70-72
        ("had my baby 4 wks ago, c sec", ["surgery_recovery"]),
        ("this traffic is giving me a heart attack lol, can i move my 3pm to 4", []),
        ("lower back pain that shoots down into my butt and the back of my leg", ["sciatic_pain"]),
        ("like a pinched nerve, goes down my butt into my leg", ["sciatic_pain"]),
        ("I have pain in shoulder, cannot lift the arm, two months, doctor say frozen", ["frozen_shoulder"]),
        # rounds 73-75
        ("I'm in recovery, 2 years since my last overdose", ["addiction_recovery"]),
        ("he also drinks a lot, trying to quit", ["addiction_recovery"]),
        ("my dad drinks a lot of water", []),
        ("she's a trafficking survivor", ["abuse_survivor"]),
        ("my buddy overdosed in front of me last year. I've had nightmares ever since", ["trauma"]),
        ("sorry english not good. pain between shoulder blade, long time", ["pain_between_shoulder_blades"]),
        ("do u treat car pool tunnel", ["carpal_tunnel"]),
        ("and does she do drainage for the swelling", ["lymphedema_lipedema"]),
        ("my sugar runs 300+ a lot, does that matter", ["diabetes"]),
    ],
)
def test_visitors_own_words(matcher, text, expected):
    assert listed(matcher, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("ocd, like the real kind. she work w that?", ["ocd"]),
     ("I have diabetes and also glaucoma", ["glaucoma"]),
     ("arthritis and also macular degeneration", ["macular degeneration"]),
     ("It's polymyositis.", ["polymyositis"]), ("I have an ileostomy bag", ["ostomy"]),
     ("i also have hep c. is that on her list", ["hepatitis"]), ("cervical dystonia?", ["dystonia"])],
)  # fmt: skip
def test_unlisted_in_visitors_own_words(matcher, text, expected):
    assert unlisted(matcher, text) == expected


@pytest.mark.parametrize(
    "text,expected_unlisted",
    [
        ("cubital tunnel in my left arm", ["cubital tunnel syndrome"]),
        ("my dad just started dialysis", ["kidney disease"]),
        ("I have tarsal tunnel syndrome", ["tarsal tunnel syndrome"]),
        ("there's a lipoma on my back", ["lipoma"]),
        ("the doctor says it's a fatty lump", ["lipoma"]),
        ("I've abused my knees with years of running", ["knee pain"]),
        ("I abused my body playing rugby for years", []),
        ("I lost my wife to cancer last year", ["grief"]),
        ("my dad died of cancer", []),
        ("I lost a pregnancy last spring", ["pregnancy loss"]),
        ("she is expecting a call from her doctor", []),
        ("my wife is expecting to hear back from her doctor", []),
        ("can massage help so I can avoid surgery?", []),
        ("my GP surgery gave me your name", []),
        ("I work in a trauma center", []),
        ("finding you was a stroke of luck", []),
        ("my phone died, sorry", []),
        ("I read that sugar is bad for inflammation", []),
        ("my knees have been abused by 15 years of soccer", []),
        ("hips abused by years of dancing", []),
        ("still recovering from sepsis", ["sepsis"]),
        ("my knees are totally abused from years of hiking", []),
        ("can you loop us into the email chain?", []),
        ("I'm based in NA for the summer", []),
        ("my sponsor covers sports massage, do you invoice?", []),
        ("my aunt has scleroderma", ["scleroderma"]),
        ("I have MS and my legs get spastic", ["multiple sclerosis"]),
        ("do you have sugar scrubs?", []),
        ("the lotion has sugar in it?", []),
        ("I have sugar cravings after my sessions", []),
        ("I came in with cp last time", []),
        ("I have a type 2 SLAP tear in my shoulder", ["labral tear"]),
        ("do type 2 collagen supplements help?", []),
        ("I have CRPS type 2 in my foot", ["complex regional pain syndrome"]),
        ("my wife has rheumatic polymyalgia", ["polymyalgia rheumatica"]),
        ("would that put stress on his heart", []),
    ],
)
def test_lookalikes_are_not_listed_conditions(matcher, text, expected_unlisted):
    assert listed(matcher, text) == []
    assert unlisted(matcher, text) == expected_unlisted


@pytest.mark.parametrize(
    "text,expected,expected_unlisted",
    [
        ("carpal tunnel, and cubital tunnel too", ["carpal_tunnel"], ["cubital tunnel syndrome"]),
        ("I have lipedema and a lipoma", ["lymphedema_lipedema"], ["lipoma"]),
        ("I abused alcohol for years", ["addiction_recovery"], []),
        ("so I don't need surgery for my carpal tunnel", ["carpal_tunnel"], []),
    ],
)
def test_lookalikes_beside_real_mentions(matcher, text, expected, expected_unlisted):
    assert listed(matcher, text) == expected
    assert unlisted(matcher, text) == expected_unlisted


@pytest.mark.parametrize(
    "text,expected",
    [
        ("I have a DVT", "deep vein thrombosis"),
        ("a blood clot in my calf", "deep vein thrombosis"),
        ("acid reflux every night", "heartburn"),
        ("gout in my big toe", "gout"),
        ("trigeminal neuralgia flares", "trigeminal neuralgia"),
        ("a ganglion cyst on my wrist", "ganglion cyst"),
        ("my GERD is bad", "heartburn"),
        ("hashimoto's and achy", "thyroid disease"),
        ("I had a miscarriage in May", "pregnancy loss"),
        ("I bruised my tailbone", "tailbone injury"),
        ("raynaud's in my fingers", "raynaud's"),
        ("bell's palsy last year", "bell's palsy"),
    ],
)
def test_more_unlisted_conditions(matcher, text, expected):
    assert listed(matcher, text) == []
    assert unlisted(matcher, text) == [expected]


def _as_visitor_text(phrase: str) -> str:
    return phrase.replace("*", "someone")


@pytest.mark.parametrize(
    "condition,phrase",
    [(c, t) for c in KB.conditions for t in c.not_terms],
    ids=lambda x: getattr(x, "id", x),
)
def test_every_lookalike_keeps_its_condition_out(matcher, condition, phrase):
    assert condition.id not in listed(matcher, f"well, {_as_visitor_text(phrase)} again")


def test_unlisted_lookalikes_keep_their_name_out(matcher):
    from chatbot.nlu.condition_terms import lookalikes

    listed_ids = {c.id for c in KB.conditions}
    for term in [t for t in lookalikes(KB) if t.value not in listed_ids]:
        text = f"well, {_as_visitor_text(term.text)} again"
        assert term.value not in unlisted(matcher, text), term.text


def test_wildcard_and_tie_rules(nlp):
    from dataclasses import replace

    from chatbot.nlu.conditions import ConditionMatcher

    conditions = tuple(
        replace(c, not_terms=("my * pains",)) if c.id == "migraine" else c for c in KB.conditions
    )
    matcher = ConditionMatcher(replace(KB, conditions=conditions), nlp)
    assert listed(matcher, "my migraine pains") == []  # "*" is any one word
    assert listed(matcher, "my migraine and neck pains") == ["migraine"]  # one word only
    assert listed(matcher, "her migraine pains") == []  # "my" is any determiner


def test_common_words_are_kept_in_a_cache_and_read_back(tmp_path):
    from chatbot.nlu.condition_terms import common_words

    first = common_words(-14.5, tmp_path)
    (cached,) = tmp_path.glob("common-words-*.txt")
    cached.write_text("dancer\ncancer", encoding="utf-8")  # what the cache says is used
    common_words.cache_clear()
    assert common_words(-14.5, tmp_path) == {"dancer", "cancer"}
    assert "dancer" in first and len(first) > 10_000


def test_common_words_without_a_writable_cache(tmp_path):
    from chatbot.nlu.condition_terms import common_words

    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")  # a file where the cache folder would be
    assert len(common_words(-14.5, blocked / "cache")) > 10_000


@pytest.mark.parametrize(
    "text, expected",
    [
        # symptoms in lay words point to the listed condition ...
        ("my tingly fingers from typing all day", {"carpal_tunnel"}),
        ("I can't breathe through my nose and my face feels full", {"sinusitis"}),
        ("neck's been stiff ever since the accident", {"crick_in_the_neck"}),
        ("a shoulder that just won't move", {"frozen_shoulder"}),
        # an apostrophe left out: "cant" is "can't", "wont" is "won't"
        ("woke up and cant turn my head", {"crick_in_the_neck"}),
        ("my shoulder wont move", {"frozen_shoulder"}),
        ("my dad's neck is killing him, he slept wrong", {"crick_in_the_neck"}),
        ("my shoulder blades feel like rocks", {"pain_between_shoulder_blades"}),
        # ... but not a different nerve's numbness
        ("my ring and pinky fingers go numb when I lean on my elbow", set()),
        # as texted or dictated: "btw" for between, "rotary cuff", letters spelled out
        ("the ache btwn my shoulder blades is back", {"pain_between_shoulder_blades"}),
        ("rotary cuff tear, left side", {"rotator_cuff_injury"}),
        ("I was diagnosed with p t s d", {"ptsd"}),
        ("my grain headaches are worse in spring", {"migraine"}),
        ("both wrists numb after work", {"carpal_tunnel"}),
        ("her hands, they go numb at night", {"carpal_tunnel"}),
        ("pins and needles in my thumb when I type", {"carpal_tunnel"}),
        ("tech neck from my laptop", {"crick_in_the_neck"}),
        ("she's in alcohol recovery, 2 years", {"addiction_recovery"}),
        ("I grew up in a really violent home", {"abuse_survivor"}),
        ("sometimes I'm not inside my body at all", {"dissociation"}),
        ("can I space out my sessions every 3 weeks?", set()),
        ("my hands and feet go numb", set()),
    ],
)
def test_lay_symptoms(matcher, text, expected):
    found = {m.value for m in matcher.find(text) if m.kind == "condition"}
    assert found == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("my feet are murdering me after a 12 hour shift", "foot pain"),
        ("pain in my left shoulder for weeks", "shoulder pain"),
        ("my hamstrings are tight since the race", "leg pain"),
        ("I'll be back next week, my legs are sore", "leg pain"),
        ("her lower back has been aching", "back pain"),
        # where a listed condition sits: its answer names that one as related
        ("my neck is murdering me today", "neck pain"),
        ("I'm a golfer and my elbow is toast after every round", "elbow pain"),
        ("my wrists hurt from typing all day", "wrist pain"),
        ("the pain in my shoulder blade is unbearable at my desk", "upper back pain"),
        ("my upper back is screaming after the gym", "upper back pain"),
    ],
)
def test_a_body_part_said_to_hurt_is_that_parts_pain(matcher, text, expected):
    assert [(m.value, m.method) for m in matcher.find(text)] == [(expected, "ache")]


@pytest.mark.parametrize(
    "text",
    [
        "the pain came back last week",  # nobody's back
        "can I come back tomorrow? It hurts to sit",
        "back to back sessions please",
        "my knees don't hurt anymore",
        "no pain in my shoulders now",
        "my arms were fine. The massage hurt a bit",  # another sentence
        "my neck is so stiff",  # a crick-in-the-neck word takes it
        # numbness or burning is a sign, not an ache: never answered as a part's pain
        "my left arm went numb and my jaw hurts",
        "my wrist is numb after I cut it",
        "my back is burning",
    ],
)
def test_no_ache_without_a_part_of_someone_that_hurts(matcher, text):
    assert [m for m in matcher.find(text) if m.method == "ache"] == []


def test_a_named_condition_takes_the_ache_over(matcher):
    found = [(m.value, m.method) for m in matcher.find("my fibromyalgia makes my legs ache")]
    assert found == [("fibromyalgia", "ruler")]


def test_aches_name_only_unlisted_conditions(tmp_path):
    from chatbot.nlu.condition_terms import load_aches

    path = tmp_path / "unlisted.yml"
    head = "unlisted:\n  - name: leg pain\naches:\n  reach: 3\n"
    path.write_text(head + "  words: [hurts]\n  parts:\n    sciatica: [leg]\n")
    with pytest.raises(ValueError, match="not a name in the unlisted list"):
        load_aches(path)
    path.write_text(head + "  words: [killing me]\n  parts:\n    leg pain: [leg]\n")
    with pytest.raises(ValueError, match="single words"):
        load_aches(path)
    path.write_text(head + "  words: [hurts]\n  parts:\n    leg pain: [lower-leg]\n")
    with pytest.raises(ValueError, match="letters and spaces"):
        load_aches(path)


@pytest.mark.parametrize(
    "text, ids, others",
    [("just got out of rehab 2 wks ago", ["addiction_recovery"], []),
     ("he just got out of rehab after his stroke", [], ["stroke"]),
     ("been in a dark place for a while", ["depression"], []),
     ("since last spring her arm is like twice the size", ["lymphedema_lipedema"], []),
     ("my nose is all blocked up for weeks", ["sinusitis"], []),
     ("out of the hospital after my appendix came out", ["surgery_recovery"], []),
     ("whats renees last name", [], []),
     ("I have uterine fibroids", [], ["uterine fibroids"]),
     ("I dislocated my shoulder last year", [], ["dislocated shoulder"]),
     ("kidney stones, passed it finally", [], ["kidney stones"]),
     ("my husband has HIV", [], ["hiv"]),
     ("torn hamstring", [], ["sprain"]),
     ("shrapnel in my thigh from the war", [], ["old war wound"]),
     ("my dad has hearing aids", [], []),
     ("frail, bruises easy, heart stuff", ["heart_disease"], []),
     ("in and out of the hospital with her heart", ["heart_disease"], [])],
)  # fmt: skip
def test_words_of_rounds_86_and_87(matcher, text, ids, others):
    assert listed(matcher, text) == ids
    assert unlisted(matcher, text) == others


@pytest.mark.parametrize(
    "text, ids, others",
    [("i have ms", [], ["multiple sclerosis"]),
     ("my wife was diagnosed with ms last year", [], ["multiple sclerosis"]),
     ("i have ms teams meetings all day and my neck is stiff", ["crick_in_the_neck"], []),
     ("she has pcos", [], ["polycystic ovary syndrome"]),
     ("had my prostate removed in may", ["surgery_recovery"], []),
     ("scar work for burns?", ["burn_injury"], []),
     ("i relapsed last month, the cancer came back", ["cancer"], [])],
)  # fmt: skip
def test_words_of_rounds_100_and_101(matcher, text, ids, others):
    assert listed(matcher, text) == ids
    assert unlisted(matcher, text) == others


@pytest.mark.parametrize(
    "text, ids, others",
    # dictation and recovery told in a few words
    [("my daughter has add hd", ["adhd"], []),
     ("my dad has park in since disease", ["parkinsons"], []),
     ("i parked in since 9am", [], [])],
)  # fmt: skip
def test_words_of_rounds_104_and_105(matcher, text, ids, others):
    assert listed(matcher, text) == ids
    assert unlisted(matcher, text) == others


@pytest.mark.parametrize(
    "text, expected",
    [("I'm 4 months off alcohol and everything hurts", ["addiction_recovery"]),
     ("restless legs from opiate withdrawal, I'm 3 weeks out", ["addiction_recovery"]),
     ("I used to starve myself, weight restored for a year now", ["eating_disorder_recovery"]),
     ("I am survivor of war in my country, I have pain everywhere", ["trauma"]),
     # a drug for pain, a tidy-up, a wipe, a doctor, a house, a husband's name
     ("I take low dose naltrexone for my fibromyalgia", ["fibromyalgia"]),
     ("I still purge old files at work", []),
     ("I took him off alcohol wipes", []),
     ("our house survived the war", []),
     ("my husband Gad has a bad back", [])],
)  # fmt: skip
def test_recovery_and_war_in_visitors_words(matcher, text, expected):
    assert listed(matcher, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("I have endo and cramps", ["endometriosis"]),
     # "endo" is also the endocrinologist
     ("his endo can answer that", []),
     ("my endo appointment is on tuesday", [])],
)  # fmt: skip
def test_endo_is_endometriosis_unless_it_is_the_doctor(matcher, text, expected):
    assert [v for v in unlisted(matcher, text) if v == "endometriosis"] == expected
