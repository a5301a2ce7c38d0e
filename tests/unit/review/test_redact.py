"""Email addresses and phone numbers are redacted; other numbers are left alone."""

import pytest

from chatbot.channels.redact import enabled, redact
from chatbot.practice.settings import from_mapping


@pytest.mark.parametrize(
    "text, expected",
    [
        ("mail me at jane.doe+spa@example.co.uk please", "mail me at [email] please"),
        ("JOHN_SMITH@Mail.Example.COM", "[email]"),
        ("a@b.io, c.d@e-f.org", "[email], [email]"),
        ("call (555) 123-4567", "call [phone]"),
        ("555-123-4567", "[phone]"),
        ("555.123.4567", "[phone]"),
        ("5551234567", "[phone]"),
        ("my number is 555-0123", "my number is [phone]"),
        ("1-800-555-0199", "[phone]"),
        ("call me at 555 123 4567!", "call me at [phone]!"),
        ("phone: +1 (555) 123-4567.", "phone: [phone]."),
        ("555-123-4567 ext. 12", "[phone]"),
        ("+44 20 7946 0958", "[phone]"),
        ("+33 1 23 45 67 89", "[phone]"),
        ("0044 20 7946 0958", "[phone]"),
        ("+4915112345678", "[phone]"),
        ("email a@b.co or text 555-123-4567", "email [email] or text [phone]"),
        # Disguised addresses and numbers.
        ("tel 079/444.55.66", "tel [phone]"),
        ("carla [at] example [dot] net", "[email]"),
        ("write carla(at)example(dot)ch now", "write [email] now"),
        ("carla {at} mail {dot} example {dot} org", "[email]"),
        ("mail: carla at gmail dot com", "mail: [email]"),
        ("CARLA AT EXAMPLE DOT COM", "[email]"),
        ("carla @ example.net", "[email]"),
        ("call me on 079 444 55 66", "call me on [phone]"),
        ("+41 79 444 55 66", "[phone]"),
        ("phone: 444 55 66", "phone: [phone]"),
        ("tel. 0794445566", "tel. [phone]"),
    ],
)
def test_contact_details_are_redacted(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I am 30 weeks pregnant",
        "call 988",
        "I called 988 yesterday",
        "on 2024-05-12",
        "on 12/05/2024",
        "on 12.05.2024",
        "at 10:30",
        "since 2019",
        "between 2019-2023",
        "I'm 45 years old, 3 sessions",
        "zip 90210",
        "1 2 3 4 5 6 7 8 9 10",
        "version 1.2.3.4.5",
        "call 911",
        "can massage help with sciatica?",
        "@renee on instagram",
        "I am at home. Then I left",
        "see you at the clinic at 10.30",
        "1/2 hour, week 3/4",
        "me @ home",
        "phone: 911",
        "",
    ],
)
def test_other_text_is_left_alone(text):
    assert redact(text) == text


def test_setting_defaults_on_and_can_be_turned_off():
    assert enabled(from_mapping({"privacy": {"retention_days": 90}}))
    assert not enabled(from_mapping({"privacy": {"redact_contact_details": False}}))
    assert not enabled(from_mapping({}, {"PRACTICE_REDACT_CONTACT_DETAILS": "false"}))
    assert enabled(from_mapping({}, {"PRACTICE_REDACT_CONTACT_DETAILS": "true"}))
