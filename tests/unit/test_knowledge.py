"""The knowledge file is complete, consistent and faithful to the practice's page."""

from pathlib import Path

import pytest
import yaml

from chatbot.practice.knowledge import DEFAULT_PATH, KnowledgeError, load, parse

SEED = Path(__file__).parents[1] / "data" / "medical-massage-page.txt"


def _seed_conditions():
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines()]
    start = next(i for i, line in enumerate(lines) if line.startswith("Read about my Trauma")) + 1
    return [line for line in lines[start:] if line]


def test_lists_the_33_conditions_of_the_page_in_order(kb):
    assert [c.name for c in kb.conditions] == _seed_conditions()
    assert len(kb.conditions) == 33


@pytest.mark.parametrize(
    "group, first, last",
    [
        ("recovery", "Crick in the neck", "Pregnancy"),
        ("chronic", "Cancer", "Burn injury"),
        ("mental_health", "PTSD/C-PTSD", "Autism"),
    ],
)
def test_three_groups_of_eleven(kb, group, first, last):
    members = kb.conditions_in(group)
    assert len(members) == 11
    assert (members[0].name, members[-1].name) == (first, last)


@pytest.mark.parametrize(
    "condition_id, specialty",
    [
        ("cancer", "oncology"),
        ("lymphedema_lipedema", "mld"),
        ("pregnancy", "prenatal"),
        ("ptsd", "trauma_touch"),
        ("trauma", "trauma_touch"),
    ],
)
def test_specialties_follow_the_page(kb, condition_id, specialty):
    assert kb.condition(condition_id).specialty == specialty


def test_service_aliases_are_read_and_name_no_condition(kb):
    assert "MLD" in kb.specialties["mld"].aliases
    terms = {t.lower() for c in kb.conditions for t in c.terms}
    assert not terms & {a.lower() for s in kb.specialties.values() for a in s.aliases}


def test_practice_facts_match_the_page(kb):
    page = " ".join(SEED.read_text(encoding="utf-8").split())
    assert "unable to accept" in page and "not able to accept insurance" in kb.facts["insurance"]
    assert (
        "prescription is not necessary" in page
        and "don't need a prescription" in kb.facts["prescription"]
    )
    assert "could still be written" in kb.facts["prescription"]
    for word in ("medicine", "chiropractic", "diagnose", "treat", "cure"):
        assert word in kb.facts["not_medicine"]
    for area in ("oncology massage", "manual lymph drainage (MLD)", "prenatal massage"):
        assert area in kb.facts["training"]
    assert "single" in kb.facts["sessions"] and "series" in kb.facts["sessions"]


def test_no_alias_names_two_conditions(kb):
    seen = {}
    for condition in kb.conditions:
        for term in condition.terms:
            key = term.lower()
            assert seen.setdefault(key, condition.id) == condition.id, term


def test_slash_names_share_their_head(kb):
    terms = {c.id: c.terms for c in kb.conditions}
    assert "Tennis elbow" in terms["tennis_golfers_elbow"]
    assert "Tennis" not in terms["tennis_golfers_elbow"]
    assert {"Lymphedema", "lipedema"} <= set(terms["lymphedema_lipedema"])
    assert {"PTSD", "C-PTSD"} <= set(terms["ptsd"])


def test_unknown_group_is_rejected():
    raw = yaml.safe_load((DEFAULT_PATH).read_text())
    raw["conditions"][0]["group"] = "nowhere"
    with pytest.raises(KnowledgeError):
        parse(raw)


def test_override_path_by_environment(tmp_path, monkeypatch):
    source = DEFAULT_PATH
    raw = yaml.safe_load(source.read_text())
    raw["therapist"]["name"] = "Test Therapist"
    override = tmp_path / "knowledge.yml"
    override.write_text(yaml.safe_dump(raw))
    monkeypatch.setenv("CHATBOT_KNOWLEDGE", str(override))
    assert load().therapist["name"] == "Test Therapist"


def _raw():
    return yaml.safe_load((DEFAULT_PATH).read_text())


def test_lookalikes_are_loaded_beside_their_condition(kb):
    assert "cubital tunnel" in kb.condition("carpal_tunnel").not_terms
    assert "substance abuse" in kb.condition("abuse_survivor").not_terms
    assert kb.condition("migraine").not_terms == ()


def test_a_lookalike_that_is_also_a_term_of_its_condition_is_rejected():
    raw = _raw()
    carpal = next(c for c in raw["conditions"] if c["id"] == "carpal_tunnel")
    carpal["not"] = ["Carpel Tunnel"]
    with pytest.raises(KnowledgeError, match="carpal_tunnel"):
        parse(raw)


@pytest.mark.parametrize(
    "operations, match",
    [({"cancer": ["appendectomy"]}, "not terms of cancer"),
     ({"no_such_condition": ["mastectomy"]}, "unknown condition"),
     ({"surgery_recovery": ["surgery"]}, "unknown condition"),
     (["mastectomy"], "'operations'")],
)  # fmt: skip
def test_operations_are_terms_of_another_listed_condition(operations, match):
    raw = _raw()
    surgery = next(c for c in raw["conditions"] if c["id"] == "surgery_recovery")
    surgery["operations"] = operations
    with pytest.raises(KnowledgeError, match=match):
        parse(raw)


def test_how_far_along_names_pregnancy(kb):
    counted = kb.condition("pregnancy").counted
    assert counted.names(38, "weeks") and counted.names(26, "WKS")
    assert not counted.names(6, "weeks") and not counted.names(38, "months")


@pytest.mark.parametrize(
    "value",
    [{"units": ["weeks"], "from": 12}, {"units": [], "from": 1, "to": 2},
     {"units": ["weeks"], "from": 9, "to": 3}, {"units": ["weeks"], "from": "12", "to": 42},
     ["weeks", 12, 42]],
)  # fmt: skip
def test_a_count_needs_units_and_a_range(value):
    raw = _raw()
    raw["conditions"][0]["counted"] = value
    with pytest.raises(KnowledgeError, match="'counted'"):
        parse(raw)


@pytest.mark.parametrize("value", ["cubital tunnel", [""], [3], {"a": 1}])
def test_lookalikes_must_be_a_list_of_phrases(value):
    raw = _raw()
    raw["conditions"][0]["not"] = value
    with pytest.raises(KnowledgeError, match="'not'"):
        parse(raw)


def test_other_languages_name_every_condition_in_spanish(kb):
    spanish = kb.other_languages["es"]
    assert set(spanish.conditions) == {c.id for c in kb.conditions}
    assert "fibromialgia" in spanish.conditions["fibromyalgia"]


@pytest.mark.parametrize(
    "edit, match",
    [
        (lambda o: o["es"]["conditions"].update(gout=["gota"]), "unknown ids"),
        (lambda o: o["es"]["faq"].update(parking=["aparcar"]), "unknown ids"),
        (lambda o: o["es"]["faq"].update(price="precio"), "list of words"),
        (lambda o: o.update(spanish=o["es"]), "ISO 639-1"),
        (lambda o: o.update(en={"faq": {}}), "expected only"),
        (lambda o: o["es"].update(faqs={"price": ["precio"]}), "expected only"),
        (lambda o: o["es"].update(conditions=[{"lupus": ["lupus"]}]), "words by id"),
        (lambda o: o["es"]["faq"].update(price=["¿"]), "has no word"),
        (lambda o: o["es"]["faq"].update(price=["*"]), "has no word"),
        (lambda o: o["es"]["faq"].update(hours=["precio"]), "names"),
        (lambda o: o["es"].update(greetings="hola"), "list of words"),
        (lambda o: o["es"].update(greetings=["¡!"]), "not one of greetings"),
        (lambda o: o["es"].update(greetings=["hola *"]), "not one of greetings"),
        (lambda o: o["es"].update(greetings=["bom dia"]), "is es greetings too"),
        (lambda o: o["fr"].update(greetings=["Xin-chào!"]), "is fr greetings too"),
        (lambda o: o["es"].update(thanks="gracias"), "list of words"),
        (lambda o: o["pt"].update(thanks=["obrigada", "..."]), "not one of thanks"),
        (lambda o: o["es"].update(goodbyes=["gracias"]), "is es thanks too"),
        (lambda o: o["it"].update(thanks=["Merci!"]), "is fr thanks too"),
        (lambda o: o["de"].update(goodbyes=["hola"]), "is es greetings too"),
    ],
)
def test_other_language_words_are_checked_at_load(edit, match):
    raw = _raw()
    edit(raw["other_languages"])
    with pytest.raises(KnowledgeError, match=match):
        parse(raw)


def test_related_conditions_of_unlisted_ones_are_listed_ids(kb, tmp_path):
    from chatbot.practice.knowledge import UNLISTED_PATH, load_related

    assert load_related(kb)["dementia"] == ("alzheimers",)
    assert load_related(kb)["amputation"] == ("surgery_recovery",)  # an operation's recovery
    raw = yaml.safe_load(UNLISTED_PATH.read_text(encoding="utf-8"))
    raw["unlisted"][0]["related"] = ["gout"]
    broken = tmp_path / "unlisted.yml"
    broken.write_text(yaml.safe_dump(raw), encoding="utf-8")
    with pytest.raises(KnowledgeError, match="unknown related conditions"):
        load_related(kb, broken)
