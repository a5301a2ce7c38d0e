"""Settings: example defaults, overridable by a local file and by environment."""

from chatbot.practice.settings import load_settings


def test_defaults_are_marked_examples():
    links = load_settings({"CHATBOT_SETTINGS": "/nonexistent"})["links"]
    assert all("example.com" in url for url in links.values())


def test_environment_overrides_defaults():
    s = load_settings({"CHATBOT_SETTINGS": "/nonexistent",
                       "PRACTICE_BOOKING_URL": "https://renee.test/book",
                       "PRACTICE_RETENTION_DAYS": "30"})
    assert s["links"]["booking_url"] == "https://renee.test/book"
    assert s["privacy"]["retention_days"] == 30


def test_local_file_overrides_defaults(tmp_path):
    local = tmp_path / "settings.local.yml"
    local.write_text("contact:\n  phone: '+1 555 0100'\n")
    s = load_settings({"CHATBOT_SETTINGS": str(local)})
    assert s["contact"]["phone"] == "+1 555 0100"
    assert s["contact"]["email"] == "hello@example.com"


def test_boolean_settings_from_environment():
    off = load_settings({"CHATBOT_SETTINGS": "/nonexistent", "PRACTICE_REDACT_CONTACT_DETAILS": "false"})
    on = load_settings({"CHATBOT_SETTINGS": "/nonexistent", "PRACTICE_REDACT_CONTACT_DETAILS": "yes"})
    assert off["privacy"]["redact_contact_details"] is False
    assert on["privacy"]["redact_contact_details"] is True
