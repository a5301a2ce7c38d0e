"""Who may use which route of the Rasa server.

Open to anyone: the chat doors (``/webhooks/<channel>/…``, the widget's ``/widget/…`` and
``/socket.io/…``) and ``/`` (a health check). Every other route (conversations, model,
training, status) needs the API token, sent as ``Authorization: Bearer <token>`` or
``?token=<token>``; with no token configured, those routes are closed. The token comes
from ``CHATBOT_API_TOKEN`` in the server's environment (``make run`` generates one).

The REST channel is for this machine only (``make shell``, tests, curl): a request from
another address, or one that came through a reverse proxy (it carries
``X-Forwarded-For``, ``Forwarded`` or ``X-Real-IP``), needs the token too. Conversation
ids in API paths are checked like every other id, and ``output_channel`` must be the
conversation's own channel.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
from typing import Any, Iterable, Mapping, Optional, Tuple
from urllib.parse import unquote

from sanic import response
from sanic.request import Request

from chatbot.channels import ids

OPEN_PREFIXES = ("/webhooks/", "/widget/", "/socket.io/")
LOCAL_ONLY_PREFIX = "/webhooks/rest/"
PROXY_HEADERS = ("x-forwarded-for", "forwarded", "x-real-ip")
TOKEN_ENV = "CHATBOT_API_TOKEN"
TOKEN_FILE = "api-token"  # in the var directory, when make run generated the token

Refusal = Tuple[int, str]


def configured_token(env: Mapping[str, str] = os.environ) -> Optional[str]:
    return env.get(TOKEN_ENV) or None


def presented_token(headers: Mapping[str, str], args: Mapping[str, Any]) -> Optional[str]:
    auth = headers.get("authorization") or ""
    scheme, _, value = auth.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    token = args.get("token")
    return token if isinstance(token, str) and token else None


def _token_ok(expected: Optional[str], given: Optional[str]) -> bool:
    return bool(expected and given) and hmac.compare_digest(expected.encode(), given.encode())


def loopback(address: Optional[str]) -> bool:
    try:
        return ipaddress.ip_address(address or "").is_loopback
    except ValueError:
        return False


def refusal(
    path: str,
    headers: Mapping[str, str],
    args: Mapping[str, Any],
    token: Optional[str],
    channels: Iterable[str] = (),
    peer: Optional[str] = "127.0.0.1",
) -> Optional[Refusal]:
    """(status, reason) when the request must be refused, else None."""
    authorised = _token_ok(token, presented_token(headers, args))
    if path == "/":
        return None
    if path.startswith(LOCAL_ONLY_PREFIX):
        local = loopback(peer) and not any(h in headers for h in PROXY_HEADERS)
        if not local and not authorised:
            return 403, "the REST channel is for this machine only"
        return None
    if path.startswith(OPEN_PREFIXES):
        return None
    if not token:
        return 403, f"the HTTP API is closed: set {TOKEN_ENV} to open it"
    if not authorised:
        return 401, "the HTTP API needs the API token (Authorization: Bearer <token>)"
    return _conversation_refusal(path, args, set(channels))


def _conversation_refusal(path: str, args: Mapping[str, Any], channels: set) -> Optional[Refusal]:
    parts = path.split("/")
    if len(parts) < 3 or parts[1] != "conversations":
        return None
    conversation = unquote(parts[2], errors="strict")
    # Checked as the doors check them: the platform's id, and the channel in front of it.
    channel, platform = ids.split(conversation)
    why = ids.problem(platform) or (ids.problem(channel) if channel is not None else None)
    if why:
        return 400, why
    wanted = args.get("output_channel")
    if wanted is None or wanted == "latest":
        return None
    own = ids.split(conversation)[0]
    if wanted not in channels or (own is not None and wanted != own):
        return 400, f"output_channel must be this conversation's channel ({own or 'none'})"
    return None


def install(app: Any) -> None:
    """Registers the check as the first request middleware of a Sanic app."""

    async def guard(request: Request) -> Optional[response.HTTPResponse]:
        channels = [c.name() for c in getattr(request.app.ctx, "input_channels", None) or []]
        try:
            refused = refusal(
                request.path,
                request.headers,
                request.args,
                configured_token(),
                channels,
                peer=request.ip,
            )
        except (UnicodeDecodeError, ValueError):
            refused = (400, "malformed request")
        if refused:
            status, reason = refused
            return response.json({"status": "failure", "reason": reason, "code": status}, status)
        return None

    app.register_middleware(guard, "request")
