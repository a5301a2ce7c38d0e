"""The start-up summary: what is missing or still an example in the settings."""

import copy

import pytest

from chatbot.doctor import ERROR, WARNING, problems
from chatbot.settings import load_settings

REAL = {
    "links": {"booking_url": "https://renee-massage.com/book",
              "contact_url": "https://renee-massage.com/contact",
              "blog_url": "https://renee-massage.com/blog",
              "trauma_touch_url": "https://renee-massage.com/ttt"},
    "contact": {"email": "renee@renee-massage.com", "phone": "", "response_time": ""},
    "privacy": {"retention_days": 90, "redact_contact_details": True},
    "crisis": {"crisis_line": "call or text 988", "crisis_line_es": "llame al 988",
               "emergency_number": "911"},
}  # fmt: skip


def changed(section, key, value):
    settings = copy.deepcopy(REAL)
    settings[section][key] = value
    return settings


def texts(found, level):
    return [p.text for p in found if p.level == level]


def test_a_real_practice_has_nothing_to_report():
    assert problems(REAL, {}) == []


def test_the_shipped_defaults_name_every_example_value():
    found = problems(load_settings({"CHATBOT_SETTINGS": "/nonexistent"}), {})
    assert texts(found, ERROR) == []
    warnings = " ".join(texts(found, WARNING))
    for key in ("links.booking_url", "links.contact_url", "links.blog_url",
                "links.trauma_touch_url", "contact.email"):  # fmt: skip
        assert key in warnings
    assert "hello@example.com" in warnings and "PRACTICE_EMAIL" in warnings


def test_an_environment_override_clears_the_warning():
    env = {"CHATBOT_SETTINGS": "/nonexistent", "PRACTICE_EMAIL": "renee@renee-massage.com"}
    assert "contact.email" not in " ".join(str(p) for p in problems(load_settings(env), env))


@pytest.mark.parametrize("value", ["https://www.example.org/x", "mailto:x@sub.example.net"])
def test_other_example_domains(value):
    assert texts(problems(changed("links", "blog_url", value), {}), WARNING)


def test_a_look_alike_domain_is_not_an_example():
    assert problems(changed("links", "blog_url", "https://myexample.com/blog"), {}) == []


def test_a_link_that_is_not_http():
    assert (
        "not an http(s) link"
        in texts(problems(changed("links", "blog_url", "renee-massage.com/blog"), {}), WARNING)[0]
    )


@pytest.mark.parametrize("key", ["crisis_line", "crisis_line_es", "emergency_number"])
def test_an_empty_crisis_setting_is_an_error(key):
    assert texts(problems(changed("crisis", key, " "), {}), ERROR) == [
        f"crisis.{key} is empty: the safety replies need it"
    ]


def test_no_way_to_reach_renee_is_an_error():
    settings = changed("contact", "email", "")
    settings["links"]["contact_url"] = ""
    assert texts(problems(settings, {}), ERROR) == []  # the booking link still reaches her
    settings["links"]["booking_url"] = ""
    assert "no way to reach Renée" in texts(problems(settings, {}), ERROR)[0]


def test_errors_come_first():
    settings = changed("crisis", "emergency_number", "")
    settings["links"]["blog_url"] = "https://example.com/blog"
    assert [p.level for p in problems(settings, {})] == [ERROR, WARNING]


def test_retention_must_be_days():
    assert texts(problems(changed("privacy", "retention_days", "ninety"), {}), WARNING)
    assert texts(problems(changed("privacy", "retention_days", 0), {}), WARNING)


def test_environment_warnings():
    assert texts(problems(REAL, {"CHATBOT_API_TOKEN": "short"}), WARNING)
    assert problems(REAL, {"CHATBOT_API_TOKEN": "x" * 32}) == []
    assert problems(REAL, {"CHATBOT_API_TOKEN": ""}) == []  # unset: make run generates one
    assert (
        "reachable from other machines"
        in texts(problems(REAL, {"RASA_INTERFACE": "0.0.0.0"}), WARNING)[0]
    )
    assert problems(REAL, {"RASA_INTERFACE": "::1"}) == []
