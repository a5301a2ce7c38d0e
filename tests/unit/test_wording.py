"""Replies say what the page says, with links from settings, and promise nothing."""

import re
from dataclasses import replace

import pytest

from chatbot.practice import wording

URL = re.compile(r"https?://\S+")
PROMISES = re.compile(r"\b(will (cure|heal|fix)|cures?|guarantee[sd]?|heals?)\b", re.I)


def _all_replies(kb, s):
    yield wording.condition_answer(["sciatic_pain"], kb, s)
    yield wording.condition_answer(["cancer", "anxiety", "pregnancy"], kb, s)
    yield wording.unlisted_answer(["plantar fasciitis"], kb, s)
    yield wording.unlisted_answer([], kb, s)
    yield wording.ask_which_condition(kb)
    for topic in kb.faq:
        yield wording.faq_answer(topic, kb, s)
    yield wording.medical_scope_reply(["cancer"], kb, s)
    yield wording.contact_reply(s)
    yield wording.fallback_reply(1, s)
    yield wording.fallback_reply(2, s)
    yield wording.privacy_notice(s)
    yield wording.privacy_answer(s)
    yield wording.crisis_reply(s)
    yield wording.emergency_reply(s)


def test_every_link_comes_from_settings(kb, practice_settings):
    allowed = {url for _, url in practice_settings.links.items() if url}
    for reply in _all_replies(kb, practice_settings):
        for url in URL.findall(reply.text):
            assert url.rstrip(".,)") in allowed, reply.text


def test_no_reply_promises_a_cure_or_outcome(kb, practice_settings):
    for reply in _all_replies(kb, practice_settings):
        text = reply.text.replace("does not diagnose, treat or cure", "")
        text = text.replace("not intended to diagnose, treat, or cure", "")
        assert not PROMISES.search(text), reply.text


@pytest.mark.parametrize("condition_id", ["sciatic_pain", "cancer", "ptsd", "anxiety"])
def test_condition_answer_names_condition_group_and_next_steps(kb, practice_settings, condition_id):
    condition = kb.condition(condition_id)
    reply = wording.condition_answer([condition_id], kb, practice_settings)
    assert condition.name in reply.text
    assert kb.groups[condition.group].frame in reply.text
    assert practice_settings.links.booking_url in reply.text
    assert {"/faq_booking", "/faq_blog"} <= {b["payload"] for b in reply.buttons}


@pytest.mark.parametrize(
    "condition_id, training",
    [("cancer", "oncology massage"), ("lymphedema_lipedema", "manual lymph drainage (MLD)"),
     ("pregnancy", "prenatal massage"), ("ptsd", "Trauma Touch Therapy")],
)
def test_condition_answer_names_the_specialty(kb, practice_settings, condition_id, training):
    assert training in wording.condition_answer([condition_id], kb, practice_settings).text


def test_two_conditions_are_both_answered(kb, practice_settings):
    reply = wording.condition_answer(["migraine", "depression"], kb, practice_settings)
    assert "Migraine" in reply.text and "Depression" in reply.text
    assert kb.facts["overlap"] in reply.text  # different groups can overlap


def test_unlisted_answer_is_honest(kb, practice_settings):
    text = wording.unlisted_answer(["plantar fasciitis"], kb, practice_settings).text
    assert text.startswith("Plantar fasciitis isn't one of the conditions Renée lists")
    assert "not exhaustive" in text
    assert practice_settings.contact.email in text
    assert not any(c.name in text for c in kb.conditions)


@pytest.mark.parametrize("topic", ["price", "hours", "location"])
def test_unknown_facts_are_never_invented(kb, practice_settings, topic):
    text = wording.faq_answer(topic, kb, practice_settings).text
    assert "I don't have" in text
    assert not re.search(r"[$€£]|\d{1,2}(:\d\d)?\s*(am|pm)|\bstreet\b|\bave\b", text, re.I)


def test_a_visits_details_are_left_to_renee(kb, practice_settings):
    # The page says what Medical Massage is and that sessions are single or a series;
    # nothing of clothing, oils, company, access or length: those go to Renée.
    text = wording.faq_answer("visit", kb, practice_settings).text
    assert kb.facts["what_is"] in text and kb.facts["sessions"] in text
    assert "doesn't cover" in text and practice_settings.contact.email in text
    assert not re.search(r"\d+\s*(min|minutes|hours?)\b|\bsheet\b|\bunderwear\b", text, re.I)
    # The direct answer leads: its first sentence is not the answer to "what is it?".
    assert text.startswith(kb.faq["visit"].say)


def test_an_answer_beside_another_leaves_out_the_facts_already_given(kb, practice_settings):
    text = wording.faq_answer("visit", kb, practice_settings, omit={"what_is", "sessions"}).text
    assert kb.facts["what_is"] not in text and kb.facts["sessions"] not in text
    assert "doesn't cover" in text


def test_the_prescription_answer_says_insurance_is_not_accepted(kb, practice_settings):
    # On the page one sentence says both: a prescription matters only for insurance.
    text = wording.faq_answer("prescription", kb, practice_settings).text
    assert text.index(kb.facts["prescription"]) < text.index(kb.facts["insurance"])


def test_crisis_reply_has_crisis_line_and_nothing_else(practice_settings):
    reply = wording.crisis_reply(practice_settings)
    assert "988" in reply.text and "911" in reply.text
    assert reply.buttons == []
    assert not URL.search(reply.text) and "book" not in reply.text.lower()


def test_crisis_numbers_are_settings(practice_settings):
    crisis = replace(
        practice_settings.crisis, crisis_line="call 116 123 (Samaritans)", emergency_number="999"
    )
    custom = replace(practice_settings, crisis=crisis)
    text = wording.crisis_reply(custom).text
    assert "116 123" in text and "999" in text and "988" not in text


def test_second_fallback_in_a_row_offers_a_person(practice_settings):
    first = wording.fallback_reply(1, practice_settings)
    second = wording.fallback_reply(2, practice_settings)
    assert "another way" in first.text
    assert practice_settings.contact.email in second.text


def test_privacy_notice_states_retention(practice_settings):
    text = wording.privacy_notice(practice_settings).text
    assert "virtual assistant" in text and "not a medical provider" in text
    assert f"{practice_settings.privacy.retention_days} days" in text


def test_the_privacy_answer_says_only_what_the_settings_make_true(practice_settings):
    text = wording.privacy_answer(practice_settings).text
    assert text.startswith(wording.BOT_IDENTITY) and wording.WHO_READS in text
    assert f"kept for {practice_settings.privacy.retention_days} days" in text
    assert "[email] and [phone]" in text and practice_settings.contact.email in text
    kept = replace(practice_settings,
                   privacy=replace(practice_settings.privacy, retention_days=30,
                                   redact_contact_details=False))
    text = wording.privacy_answer(kept).text
    assert "kept for 30 days" in text and "[email]" not in text


def test_contact_without_details_falls_back_to_booking(practice_settings):
    bare = replace(
        practice_settings,
        contact=replace(practice_settings.contact, email="", phone="", response_time=""),
        links=replace(practice_settings.links, contact_url=""),
    )
    assert practice_settings.links.booking_url in wording.contact_details(bare)


def test_unlisted_names_are_written_as_the_vocabulary_writes_them(kb):
    assert wording.unlisted_intro(["it band syndrome"], kb).startswith(
        "IT band syndrome isn't one of the conditions"
    )
    assert wording.unlisted_intro(["grief", "stress"], kb).startswith(
        "Grief and stress aren't among the conditions Renée lists"
    )


def test_an_unlisted_condition_names_the_listed_one_its_entry_relates(kb, practice_settings):
    text = wording.unlisted_answer(["dementia"], kb, practice_settings).text
    assert text.startswith("Dementia isn't one of the conditions Renée lists by name.")
    assert "A related condition is on Renée's list: Alzheimer's is a longer-term" in text
    assert "related" not in wording.unlisted_answer(["grief"], kb, practice_settings).text
    # Not again after the answer about it.
    again = wording.unlisted_answer(["dementia"], kb, practice_settings, answered=["alzheimers"])
    assert "related" not in again.text


def test_a_part_that_hurts_names_the_listed_conditions_found_there(kb, practice_settings):
    elbow = wording.unlisted_answer(["elbow pain"], kb, practice_settings, suggest=True).text
    assert "A related condition is on Renée's list: Tennis/golfer's elbow is" in elbow
    shoulder = wording.unlisted_answer(["shoulder pain"], kb, practice_settings).text
    assert "Related conditions are on Renée's list: Frozen shoulder is" in shoulder
    assert "Rotator cuff injury is" in shoulder
    assert "related" not in wording.unlisted_answer(["knee pain"], kb, practice_settings).text
