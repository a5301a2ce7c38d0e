"""Webhook authentication for each platform: pure functions, constant-time compares.

Every function returns False (never raises) on a missing or malformed header, and on
an empty secret: a channel without its secret must refuse everything.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from typing import Iterable, Mapping, Optional, Sequence, Union
from urllib.parse import urlsplit, urlunsplit

SLACK_WINDOW_SECONDS = 300  # Slack's documented replay window (5 minutes)

FormValue = Union[str, Sequence[str]]


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


# --- Twilio: X-Twilio-Signature = base64(HMAC-SHA1(auth_token, url + sorted params)) ---


def twilio_signature(auth_token: str, url: str, params: Mapping[str, FormValue]) -> str:
    payload = url
    for name in sorted(params):
        values = params[name]
        for value in sorted([values] if isinstance(values, str) else set(values)):
            payload += name + value
    digest = hmac.new(auth_token.encode("utf-8"), payload.encode("utf-8"), hashlib.sha1)
    return base64.b64encode(digest.digest()).decode("ascii")


def _port_variants(url: str) -> Iterable[str]:
    """Twilio may sign the URL with or without the default port: accept both."""
    yield url
    parts = urlsplit(url)
    default = {"https": 443, "http": 80}.get(parts.scheme)
    if default is None or not parts.hostname:
        return
    if parts.port is None:
        yield urlunsplit(parts._replace(netloc=f"{parts.netloc}:{default}"))
    elif parts.port == default:
        yield urlunsplit(parts._replace(netloc=parts.netloc.rsplit(":", 1)[0]))


def verify_twilio(
    auth_token: str, url: str, params: Mapping[str, FormValue], signature: Optional[str]
) -> bool:
    if not auth_token or not signature or not url:
        return False
    return any(
        _same(twilio_signature(auth_token, u, params), signature) for u in _port_variants(url)
    )


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


# --- Slack: v0 signature over "v0:{timestamp}:{body}", timestamp within the window ----


def slack_signature(signing_secret: str, timestamp: str, body: bytes) -> str:
    base = f"v0:{timestamp}:".encode() + body
    return "v0=" + hmac.new(signing_secret.encode("utf-8"), base, hashlib.sha256).hexdigest()


def verify_slack(
    signing_secret: str,
    body: bytes,
    timestamp: Optional[str],
    signature: Optional[str],
    now: Optional[float] = None,
    window: int = SLACK_WINDOW_SECONDS,
) -> bool:
    if not signing_secret or not timestamp or not signature:
        return False
    try:
        sent = int(timestamp)
    except ValueError:
        return False
    if abs((time.time() if now is None else now) - sent) > window:
        return False  # a replayed request, even if correctly signed
    return _same(slack_signature(signing_secret, timestamp, body), signature)
