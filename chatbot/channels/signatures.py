"""Webhook authentication for each platform, constant-time compares.

Twilio and Slack are checked with their own libraries (installed with Rasa):
``twilio.request_validator.RequestValidator`` and ``slack_sdk.signature.SignatureVerifier``.
Telegram (a shared secret echoed in a header) and Meta (one HMAC-SHA256 of the body, for
which no maintained library is installed) are a compare each.

Every function returns False (never raises) on a missing or malformed header, and on
an empty secret: a channel without its secret must refuse everything.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from typing import List, Mapping, Optional, Sequence, Union

from slack_sdk.signature import Clock, SignatureVerifier
from twilio.request_validator import RequestValidator

FormValue = Union[str, Sequence[str]]


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


# --- Twilio: X-Twilio-Signature over the URL and the sorted form fields -----------------


class _Form(dict):
    """Form fields as RequestValidator reads repeated fields (``getlist``)."""

    def getlist(self, name: str) -> List[str]:
        values = self[name]
        return [values] if isinstance(values, str) else list(values)


def twilio_signature(auth_token: str, url: str, params: Mapping[str, FormValue]) -> str:
    return RequestValidator(auth_token).compute_signature(url, _Form(params))


def verify_twilio(
    auth_token: str, url: str, params: Mapping[str, FormValue], signature: Optional[str]
) -> bool:
    if not auth_token or not signature or not url:
        return False
    # The library also accepts the URL with or without its default port, as Twilio signs.
    return bool(RequestValidator(auth_token).validate(url, _Form(params), signature))


# --- Telegram: the secret_token given to setWebhook comes back in a header -------------


def verify_telegram(secret_token: str, header: Optional[str]) -> bool:
    return bool(secret_token) and header is not None and _same(secret_token, header)


# --- Facebook / Meta: X-Hub-Signature-256 = "sha256=" + hex HMAC-SHA256(app secret, body)


def hub_signature_256(app_secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(app_secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify_facebook(app_secret: str, body: bytes, header: Optional[str]) -> bool:
    if not app_secret or not header or not header.startswith("sha256="):
        return False
    return _same(hub_signature_256(app_secret, body), header)


# --- Slack: v0 signature over "v0:{timestamp}:{body}", within Slack's 5-minute window ---


class _FixedClock(Clock):
    def __init__(self, now: float) -> None:
        self._now = now

    def now(self) -> float:
        return self._now


def slack_signature(signing_secret: str, timestamp: str, body: bytes) -> str:
    return str(SignatureVerifier(signing_secret).generate_signature(timestamp=timestamp, body=body))


def verify_slack(
    signing_secret: str,
    body: bytes,
    timestamp: Optional[str],
    signature: Optional[str],
    now: Optional[float] = None,
) -> bool:
    if not signing_secret or not signing_secret.strip() or not timestamp or not signature:
        return False
    if not timestamp.strip().lstrip("-").isdigit():
        return False
    clock = _FixedClock(time.time() if now is None else now)
    try:  # a replayed request fails the library's window check even if correctly signed
        return bool(SignatureVerifier(signing_secret, clock).is_valid(body, timestamp, signature))
    except (ValueError, UnicodeDecodeError):  # a body that is not UTF-8 text
        return False
