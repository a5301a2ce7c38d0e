"""Helpers shared by the channels: refusals, JSON parsing, outbound HTTP, last buttons."""

from __future__ import annotations

import json
import logging
from typing import Any, Awaitable, Callable, Dict, List, Optional

import aiohttp
from rasa.core.channels.channel import UserMessage
from sanic import response
from sanic.request import Request
from sanic.response import HTTPResponse

from chatbot.redact import redact_if_enabled

logger = logging.getLogger(__name__)

TIMEOUT = aiohttp.ClientTimeout(total=15)


def forbidden(channel: str, request: Request) -> HTTPResponse:
    # The body is not logged: it may hold a visitor's message, and it is unauthenticated.
    logger.warning("%s webhook: bad or missing signature from %s: refused", channel, request.ip)
    return response.text("forbidden", status=403)


def bad_request(channel: str, why: str) -> HTTPResponse:
    logger.warning("%s webhook: malformed request (%s)", channel, why)
    return response.text(f"bad request: {why}", status=400)


def json_object(request: Request) -> Optional[Dict[str, Any]]:
    """The body as a JSON object, or None (not JSON, or not an object)."""
    try:
        data = json.loads(request.body or b"")
    except (ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None


def text_of(value: Any) -> Optional[str]:
    """A usable text message, or None (absent, not a string, blank)."""
    return value if isinstance(value, str) and value.strip() else None


async def post(url: str, channel: str, **kwargs: Any) -> Optional[Any]:
    """POST to a platform API; logs (never raises) on failure so the dialogue goes on."""
    try:
        async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
            async with session.post(url, **kwargs) as resp:
                text = await resp.text()
                if resp.status >= 400:
                    logger.error("%s API answered %s: %s", channel, resp.status, text[:300])
                    return None
                try:
                    return json.loads(text)
                except ValueError:
                    return text
    except (aiohttp.ClientError, TimeoutError) as err:
        logger.error("%s API unreachable (%s): %r", channel, url.split("?")[0], err)
        return None


async def last_buttons(request: Request, sender_id: str) -> List[Dict[str, Any]]:
    """Buttons of the bot's latest message, if the person has not written since."""
    agent = getattr(request.app.ctx, "agent", None)
    store = getattr(agent, "tracker_store", None)
    tracker = await store.retrieve(sender_id) if store else None
    for event in reversed(tracker.events if tracker else []):
        if event.type_name == "user":
            break
        if event.type_name == "bot" and (event.data or {}).get("buttons"):
            return list(event.data["buttons"])
    return []


MAX_MESSAGE_CHARS = 4000
_CONTROL = dict.fromkeys(c for c in range(32) if chr(c) not in "\n\t")


def clean_text(text: str) -> str:
    """Text the NLU pipeline can always read, with contact details redacted.

    A lone UTF-16 surrogate (valid in JSON, invalid in UTF-8) makes spaCy raise, and
    over-long messages only cost time: both are tamed here, before the bot sees them.
    Emails and phone numbers become [email] / [phone] before anything is stored
    (setting privacy.redact_contact_details, default on).
    """
    text = text.encode("utf-8", "replace").decode("utf-8").translate(_CONTROL)
    return redact_if_enabled(text[:MAX_MESSAGE_CHARS])


def cleaning(
    on_new_message: Callable[[UserMessage], Awaitable[Any]],
) -> Callable[[UserMessage], Awaitable[Any]]:
    """Wraps a channel's handler so that every message's text is cleaned first.

    Every channel's blueprint wraps its ``on_new_message`` with this: one place where
    text is made safe and redacted, whatever the platform.
    """

    async def handler(message: UserMessage) -> Any:
        if isinstance(message.text, str):
            message.text = clean_text(message.text)
        return await on_new_message(message)

    return handler
