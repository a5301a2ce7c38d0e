"""Webhook signatures: documented examples, the platforms' own SDK validators as
oracles, and the refusals (wrong secret, tampered body, stale time, junk headers)."""

from __future__ import annotations

import pytest

from chatbot.channels import signatures as sig

# --- Twilio --------------------------------------------------------------------------

TW_TOKEN = "12345"
TW_URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
TW_PARAMS = {
    "CallSid": "CA1234567890ABCDE",
    "Caller": "+12349013030",
    "Digits": "1234",
    "From": "+12349013030",
    "To": "+18005551212",
}


def test_twilio_matches_the_sdk_validator():
    from twilio.request_validator import RequestValidator

    expected = RequestValidator(TW_TOKEN).compute_signature(TW_URL, TW_PARAMS)
    assert sig.twilio_signature(TW_TOKEN, TW_URL, TW_PARAMS) == expected
    assert sig.verify_twilio(TW_TOKEN, TW_URL, TW_PARAMS, expected)


def test_twilio_documented_example():
    # https://www.twilio.com/docs/usage/security#validating-requests
    assert sig.twilio_signature(TW_TOKEN, TW_URL, TW_PARAMS) == "0/KCTR6DLpKmkAf8muzZqo1nDgQ="


def test_twilio_empty_fields_are_signed_too():
    params = {"From": "+15550001111", "Body": ""}
    good = sig.twilio_signature(TW_TOKEN, TW_URL, params)
    assert sig.verify_twilio(TW_TOKEN, TW_URL, params, good)
    assert not sig.verify_twilio(TW_TOKEN, TW_URL, {"From": "+15550001111"}, good)


def test_twilio_list_values_and_default_port():
    params = {"MediaUrl": ["b", "a"], "From": "+1"}
    good = sig.twilio_signature(TW_TOKEN, "https://x.org:443/hook", params)
    assert sig.verify_twilio(TW_TOKEN, "https://x.org/hook", params, good)


def test_twilio_wrong_token_and_tampered_body():
    good = sig.twilio_signature(TW_TOKEN, TW_URL, TW_PARAMS)
    assert not sig.verify_twilio("other", TW_URL, TW_PARAMS, good)
    assert not sig.verify_twilio(TW_TOKEN, TW_URL, {**TW_PARAMS, "Digits": "9"}, good)
    assert not sig.verify_twilio(TW_TOKEN, TW_URL + "&x=1", TW_PARAMS, good)
    assert not sig.verify_twilio("", TW_URL, TW_PARAMS, good)
    assert not sig.verify_twilio(TW_TOKEN, TW_URL, TW_PARAMS, None)


# --- Telegram ------------------------------------------------------------------------


def test_telegram_secret_header():
    assert sig.verify_telegram("s3cret_token-1", "s3cret_token-1")
    assert not sig.verify_telegram("s3cret_token-1", "s3cret_token-2")
    assert not sig.verify_telegram("s3cret_token-1", None)
    assert not sig.verify_telegram("", "")  # no secret configured: refuse everything
    assert not sig.verify_telegram("s3cret", "s3cret\u00e9")


# --- Facebook ------------------------------------------------------------------------

FB_BODY = b'{"object":"page","entry":[]}'


def test_facebook_matches_rasa_validator():
    from rasa.core.channels.facebook import FacebookInput

    header = sig.hub_signature_256("app-secret", FB_BODY)
    assert FacebookInput.validate_hub_signature("app-secret", FB_BODY, header)
    assert sig.verify_facebook("app-secret", FB_BODY, header)


def test_facebook_refusals():
    good = sig.hub_signature_256("app-secret", FB_BODY)
    assert not sig.verify_facebook("other", FB_BODY, good)
    assert not sig.verify_facebook("app-secret", FB_BODY + b" ", good)
    assert not sig.verify_facebook("", FB_BODY, sig.hub_signature_256("", FB_BODY))
    for header in (None, "", "sha256=", "sha1=" + good[7:], good.upper()):
        assert not sig.verify_facebook("app-secret", FB_BODY, header)


# --- Slack ---------------------------------------------------------------------------

SL_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
SL_TS = "1531420618"
SL_BODY = (
    b"token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&"
    b"channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&"
    b"command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2F"
    b"commands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&"
    b"trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
)


def test_slack_matches_the_sdk_verifier():
    from slack_sdk.signature import SignatureVerifier

    good = sig.slack_signature(SL_SECRET, SL_TS, SL_BODY)
    verifier = SignatureVerifier(SL_SECRET, clock=type("C", (), {"now": lambda self: 1531420618})())
    assert verifier.is_valid(SL_BODY, SL_TS, good)
    assert sig.verify_slack(SL_SECRET, SL_BODY, SL_TS, good, now=1531420618)


def test_slack_timestamp_window():
    good = sig.slack_signature(SL_SECRET, SL_TS, SL_BODY)
    assert sig.verify_slack(SL_SECRET, SL_BODY, SL_TS, good, now=int(SL_TS) + 299)
    assert not sig.verify_slack(SL_SECRET, SL_BODY, SL_TS, good, now=int(SL_TS) + 301)
    assert not sig.verify_slack(SL_SECRET, SL_BODY, SL_TS, good, now=int(SL_TS) - 301)


@pytest.mark.parametrize(
    "secret,body,ts,signature",
    [
        ("other", SL_BODY, SL_TS, "GOOD"),
        (SL_SECRET, SL_BODY + b"&x=1", SL_TS, "GOOD"),
        (SL_SECRET, SL_BODY, "1531420619", "GOOD"),
        (SL_SECRET, SL_BODY, "not-a-number", "GOOD"),
        (SL_SECRET, SL_BODY, None, "GOOD"),
        (SL_SECRET, SL_BODY, SL_TS, None),
        (SL_SECRET, SL_BODY, SL_TS, "v0=deadbeef"),
        ("", SL_BODY, SL_TS, "GOOD"),
    ],
)
def test_slack_refusals(secret, body, ts, signature):
    if signature == "GOOD":
        signature = sig.slack_signature(SL_SECRET, SL_TS, SL_BODY)
    assert not sig.verify_slack(secret, body, ts, signature, now=int(SL_TS))
