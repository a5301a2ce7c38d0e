"""Channels are enabled from the environment; secrets stay out of the written file."""

from __future__ import annotations

import yaml

from chatbot.channels import credentials

ALL = {
    "TELEGRAM_TOKEN": "1:a", "TELEGRAM_SECRET_TOKEN": "s",
    "TWILIO_ACCOUNT_SID": "AC1", "TWILIO_AUTH_TOKEN": "t", "TWILIO_NUMBER": "+1",
    "FACEBOOK_VERIFY_TOKEN": "v", "FACEBOOK_APP_SECRET": "s", "FACEBOOK_PAGE_ACCESS_TOKEN": "p",
    "SLACK_TOKEN": "xoxb", "SLACK_SIGNING_SECRET": "s",
}  # fmt: skip


def test_nothing_set_means_web_channels_only():
    result = credentials.build({}, {"rest": None})
    assert result.credentials == {"rest": None}
    assert result.enabled == [] and result.incomplete == {}
    assert "none (web only)" in result.summary()


def test_every_channel_enabled_with_references_not_values():
    result = credentials.build({**ALL, "SLACK_API_BASE": "http://fake/"}, {"rest": None})
    assert result.enabled == ["telegram", "twilio", "facebook", "slack"]
    slack = result.credentials["chatbot.channels.slack.SlackInput"]
    assert slack == {
        "slack_token": "${SLACK_TOKEN}",
        "slack_signing_secret": "${SLACK_SIGNING_SECRET}",
        "api_base": "${SLACK_API_BASE}",
    }
    assert "rest" in result.credentials


def test_partly_configured_channel_is_off_and_reported():
    result = credentials.build({"TELEGRAM_TOKEN": "1:a"})
    assert result.enabled == []
    assert result.incomplete == {"telegram": ["TELEGRAM_SECRET_TOKEN"]}
    assert "TELEGRAM_SECRET_TOKEN" in result.summary()


def test_written_file_is_expanded_by_rasa(tmp_path, monkeypatch):
    from rasa.shared.utils.io import read_config_file

    base = tmp_path / "credentials.yml"
    base.write_text("rest:\n", encoding="utf-8")
    out = tmp_path / "var" / "credentials.yml"
    credentials.write(out, ALL, base)
    assert "xoxb" not in out.read_text(encoding="utf-8")  # no secret on disk
    for key, value in ALL.items():
        monkeypatch.setenv(key, value)
    loaded = read_config_file(str(out))
    assert loaded["chatbot.channels.telegram.TelegramInput"]["access_token"] == "1:a"
    assert "rest" in loaded and yaml.safe_load(out.read_text())["rest"] is None
