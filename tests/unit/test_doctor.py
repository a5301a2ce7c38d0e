"""The start-up summary: what is missing or still an example in the settings."""

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from chatbot.practice.settings import from_mapping, load_settings
from chatbot.server.doctor import ERROR, WARNING, main, problems, retention_problems

REAL_FILE = {
    "links": {"booking_url": "https://renee-massage.com/book",
              "contact_url": "https://renee-massage.com/contact",
              "blog_url": "https://renee-massage.com/blog",
              "trauma_touch_url": "https://renee-massage.com/ttt"},
    "contact": {"email": "renee@renee-massage.com", "phone": "", "response_time": ""},
    "privacy": {"retention_days": 90, "redact_contact_details": True},
    "crisis": {"crisis_line": "call or text 988", "crisis_line_es": "llame al 988",
               "emergency_number": "911"},
}  # fmt: skip
REAL = from_mapping(REAL_FILE)
ROOT = Path(__file__).resolve().parents[2]


def changed(section, key, value, settings=REAL):
    return replace(settings, **{section: replace(getattr(settings, section), **{key: value})})


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


@pytest.mark.parametrize("key", ["crisis_line", "crisis_line_es", "emergency_number"])
def test_an_empty_crisis_setting_is_an_error(key):
    assert texts(problems(changed("crisis", key, " "), {}), ERROR) == [
        f"crisis.{key} is empty: the safety replies need it"
    ]


def test_no_way_to_reach_renee_is_an_error():
    settings = changed("links", "contact_url", "", changed("contact", "email", ""))
    assert texts(problems(settings, {}), ERROR) == []  # the booking link still reaches her
    settings = changed("links", "booking_url", "", settings)
    assert "no way to reach Renée" in texts(problems(settings, {}), ERROR)[0]


def test_errors_come_first():
    settings = changed(
        "links", "blog_url", "https://example.com/blog", changed("crisis", "emergency_number", "")
    )
    assert [p.level for p in problems(settings, {})] == [ERROR, WARNING]


def test_environment_warnings():
    assert texts(problems(REAL, {"CHATBOT_API_TOKEN": "short"}), WARNING)
    assert problems(REAL, {"CHATBOT_API_TOKEN": "x" * 32}) == []
    assert problems(REAL, {"CHATBOT_API_TOKEN": ""}) == []  # unset: make run generates one
    assert (
        "reachable from other machines"
        in texts(problems(REAL, {"RASA_INTERFACE": "0.0.0.0"}), WARNING)[0]
    )
    assert problems(REAL, {"RASA_INTERFACE": "::1"}) == []


TWILIO = {"TWILIO_ACCOUNT_SID": "AC1", "TWILIO_AUTH_TOKEN": "t" * 32, "TWILIO_NUMBER": "+1555"}


def blocking(found):
    return [p.text for p in found if p.blocking]


def test_a_public_bind_without_a_token_blocks_going_online():
    found = problems(REAL, {"RASA_INTERFACE": "0.0.0.0"})
    assert any("without CHATBOT_API_TOKEN" in t for t in blocking(found))
    with_token = {"RASA_INTERFACE": "0.0.0.0", "CHATBOT_API_TOKEN": "x" * 32}
    assert blocking(problems(REAL, with_token)) == []


def test_every_missing_secret_of_a_channel_that_is_meant_to_be_on():
    found = blocking(problems(REAL, {"SLACK_TOKEN": "xoxb-1"}))
    assert found == ["the slack channel is off: SLACK_SIGNING_SECRET not set"]
    found = blocking(problems(REAL, {"TELEGRAM_TOKEN": "1:abc"}))
    assert found == ["the telegram channel is off: TELEGRAM_SECRET_TOKEN not set"]
    env = {"FACEBOOK_VERIFY_TOKEN": "v"}
    assert "FACEBOOK_APP_SECRET, FACEBOOK_PAGE_ACCESS_TOKEN" in blocking(problems(REAL, env))[0]


def test_twilio_needs_its_public_webhook_url():
    assert "TWILIO_WEBHOOK_URL is not set" in blocking(problems(REAL, TWILIO))[0]
    env = {**TWILIO, "TWILIO_WEBHOOK_URL": "https://chat.renee-massage.com/webhooks/twilio/webhook"}
    assert problems(REAL, env) == []


def test_example_values_block_going_online_but_not_the_run():
    found = problems(changed("links", "blog_url", "https://example.com/blog"), {})
    assert [p.level for p in found] == [WARNING] and blocking(found)


def runner(outputs):
    return lambda cmd: outputs.get(cmd[0], "")


def test_the_retention_job_is_found_as_a_systemd_timer_or_a_crontab_line():
    assert retention_problems(runner({"systemctl": "enabled\n"})) == []
    cron = (
        "# 0 3 * * * old\n15 3 * * * cd /srv/chatbot && .venv/bin/python -m chatbot.review purge\n"
    )
    assert retention_problems(runner({"systemctl": "disabled\n", "crontab": cron})) == []
    missing = retention_problems(
        runner({"systemctl": "disabled\n", "crontab": "# chatbot.review purge"})
    )
    assert "no retention job found" in missing[0].text and not missing[0].blocking


def test_make_doctor_on_the_default_settings_lists_the_examples_and_fails(tmp_path):
    env = {"CHATBOT_SETTINGS": str(tmp_path / "none.yml"), "PATH": os.environ["PATH"]}
    done = subprocess.run([sys.executable, "-m", "chatbot.server.doctor"], env=env, cwd=ROOT,
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 1, done.stderr
    for value in ("https://example.com/book", "hello@example.com", "https://example.com/blog"):
        assert value in done.stdout
    assert "Not ready to go online." in done.stdout


def test_make_doctor_on_a_complete_settings_file_passes(tmp_path, capsys):
    settings = tmp_path / "settings.local.yml"
    settings.write_text(yaml.safe_dump(REAL_FILE), encoding="utf-8")
    env = {"CHATBOT_SETTINGS": str(settings), **TWILIO,
           "TWILIO_WEBHOOK_URL": "https://chat.renee-massage.com/webhooks/twilio/webhook"}  # fmt: skip
    assert main(env, runner({"systemctl": "enabled\n"})) == 0
    assert capsys.readouterr().out == "Ready to go online.\n"
    # Without the timer: a reminder, not a failure.
    assert main(env, runner({})) == 0
    assert "no retention job found" in capsys.readouterr().out


def test_a_settings_file_that_cannot_be_read_fails(tmp_path, capsys):
    broken = tmp_path / "settings.local.yml"
    broken.write_text("links: [unclosed", encoding="utf-8")
    assert main({"CHATBOT_SETTINGS": str(broken)}, runner({"systemctl": "enabled"})) == 1
    assert "cannot be read" in capsys.readouterr().out


def test_crisis_lines_naming_different_numbers_are_named():
    moved = changed("crisis", "crisis_line", "call 13 11 14 or text 0477 13 11 14 (Lifeline)")
    found = [p for p in problems(moved, {}) if "crisis_line_es" in p.text]
    assert len(found) == 1 and found[0].level == WARNING and found[0].blocking
    assert "0477 / 988" in found[0].text
    assert not [p for p in problems(REAL, {}) if "name different numbers" in p.text]


def test_a_setting_refused_when_read_stops_the_check(tmp_path, capsys):
    local = tmp_path / "settings.local.yml"
    local.write_text("links:\n  blog_url: renee-massage.com/blog\n", encoding="utf-8")
    assert main({"CHATBOT_SETTINGS": str(local)}, run=lambda cmd: "") == 1
    out = capsys.readouterr().out
    assert "cannot be read: links.blog_url should be an http(s) address" in out
    assert out.rstrip().endswith("Not ready to go online.")
