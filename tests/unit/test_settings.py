"""Settings: example defaults, overridable by a local file and by environment."""

import dataclasses
import re
import typing
from typing import Tuple

import pytest
import yaml

from chatbot.practice.settings import DEFAULTS_PATH, SettingsError, load_settings, section_types


def test_defaults_are_marked_examples():
    links = load_settings({"CHATBOT_SETTINGS": "/nonexistent"}).links
    assert all("example.com" in url for _, url in links.items())


def test_environment_overrides_defaults():
    s = load_settings({"CHATBOT_SETTINGS": "/nonexistent",
                       "PRACTICE_BOOKING_URL": "https://renee.test/book",
                       "PRACTICE_RETENTION_DAYS": "30"})
    assert s.links.booking_url == "https://renee.test/book"
    assert s.privacy.retention_days == 30


def test_local_file_overrides_defaults(tmp_path):
    local = tmp_path / "settings.local.yml"
    local.write_text("contact:\n  phone: '+1 555 0100'\n")
    s = load_settings({"CHATBOT_SETTINGS": str(local)})
    assert s.contact.phone == "+1 555 0100"
    assert s.contact.email == "hello@example.com"


def test_boolean_settings_from_environment():
    off = load_settings({"CHATBOT_SETTINGS": "/nonexistent", "PRACTICE_REDACT_CONTACT_DETAILS": "false"})
    on = load_settings({"CHATBOT_SETTINGS": "/nonexistent", "PRACTICE_REDACT_CONTACT_DETAILS": "yes"})
    assert off.privacy.redact_contact_details is False
    assert on.privacy.redact_contact_details is True


def test_every_section_and_key_is_in_the_default_file(tmp_path):
    local = tmp_path / "settings.local.yml"
    local.write_text("review:\n  timezone: Europe/Paris\n", encoding="utf-8")
    with pytest.raises(SettingsError, match=r"unknown setting review.timezone \(did you mean 'time_zone'\?\)"):
        load_settings({"CHATBOT_SETTINGS": str(local)})
    local.write_text("servr:\n  cors: '*'\n", encoding="utf-8")
    with pytest.raises(SettingsError, match=r"unknown section 'servr' \(did you mean 'server'\?\)"):
        load_settings({"CHATBOT_SETTINGS": str(local)})


@pytest.mark.parametrize(
    "yaml_text, problem",
    [
        ("privacy:\n  retention_days: ninety\n", "privacy.retention_days should be a whole number"),
        ("privacy:\n  retention_days: 0\n", "privacy.retention_days should be a whole number of days"),
        ("review:\n  digest_hour: 24\n", "review.digest_hour should be an hour from 0 to 23"),
        ("review:\n  time_zone: Europe/Atlantis\n", "review.time_zone should be a time zone"),
        ("review:\n  notify_email: renee\n", "review.notify_email should be an e-mail address"),
        ("review:\n  daily_digest: 'yes please'\n", "review.daily_digest should be true or false"),
        ("links:\n  booking_url: www.renee-massage.com\n", "links.booking_url should be an http(s)"),
        ("widget:\n  color: green\n", "widget.color should be a colour"),
        ("widget:\n  starters: Do you take insurance?\n", "widget.starters should be a list"),
        ("contact:\n  email:\n", "contact.email should be text, not None"),
    ],
)
def test_a_wrong_value_is_named_when_the_settings_are_read(tmp_path, yaml_text, problem):
    local = tmp_path / "settings.local.yml"
    local.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(SettingsError, match=re.escape(problem)):
        load_settings({"CHATBOT_SETTINGS": str(local)})


def test_a_number_meant_as_text_is_text_and_good_values_pass(tmp_path):
    local = tmp_path / "settings.local.yml"
    local.write_text("crisis:\n  emergency_number: 112\nreview:\n  time_zone: Europe/Paris\n"
                     "  digest_hour: 0\n  notify_email: renee@renee-massage.com\n"
                     "server:\n  site_url: https://renee-massage.com\n", encoding="utf-8")  # fmt: skip
    settings = load_settings({"CHATBOT_SETTINGS": str(local)})
    assert settings.crisis.emergency_number == "112"
    assert settings.server.site_url == "https://renee-massage.com"


def test_a_variable_that_is_not_a_number_is_named():
    with pytest.raises(ValueError):
        load_settings({"CHATBOT_SETTINGS": "/nonexistent", "PRACTICE_DIGEST_HOUR": "seven"})


def test_the_dataclasses_hold_exactly_the_keys_and_types_of_the_default_file():
    defaults = yaml.safe_load(DEFAULTS_PATH.read_text(encoding="utf-8"))
    sections = section_types()
    assert list(sections) == list(defaults)
    as_yaml = {str: str, int: int, bool: bool, Tuple[str, ...]: list}
    for name, cls in sections.items():
        fields = {k: as_yaml.get(t, t) for k, t in typing.get_type_hints(cls).items()}
        assert list(fields) == list(defaults[name]), name
        assert fields == {k: type(v) for k, v in defaults[name].items()}, name


def test_the_settings_are_typed_and_frozen():
    settings = load_settings({"CHATBOT_SETTINGS": "/nonexistent"})
    assert settings.widget.starters == ("Do you take insurance?", "How do I book a session?",
                                        "Can massage help with sciatica?")  # fmt: skip
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.contact.email = "x@y.z"
