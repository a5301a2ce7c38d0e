"""Helpers shared by the channels: refusals, JSON parsing, outbound HTTP, last buttons,
and ``cleaning``, which every message passes through (ids, text, typed intents)."""

from __future__ import annotations

import functools
import json
import logging
from typing import Any, Awaitable, Callable, Dict, FrozenSet, List, Optional

import aiohttp
import yaml
from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.shared.constants import INTENT_MESSAGE_PREFIX
from sanic import response
from sanic.request import Request
from sanic.response import HTTPResponse

from chatbot.channels import ids
from chatbot.channels.redact import redact_if_enabled
from chatbot.home import domain_path
from chatbot.limits import MAX_MESSAGE_CHARS
from chatbot.practice import wording

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
    except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: deep nesting
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


async def last_buttons(request: Request, channel: str, platform_id: str) -> List[Dict[str, Any]]:
    """Buttons of the bot's latest message, if the person has not written since.

    The conversation is stored under "<channel>:<platform id>" (see ``cleaning``).
    """
    agent = getattr(request.app.ctx, "agent", None)
    store = getattr(agent, "tracker_store", None)
    conversation = ids.conversation_id(channel, platform_id)
    tracker = await store.retrieve(conversation) if store else None
    for event in reversed(tracker.events if tracker else []):
        if event.type_name == "user":
            break
        if event.type_name == "bot" and (event.data or {}).get("buttons"):
            return list(event.data["buttons"])
    return []


_CONTROL = dict.fromkeys(c for c in range(32) if chr(c) not in "\n\t")


def clean_text(text: str) -> str:
    """Text the NLU pipeline can always read, with contact details redacted.

    A lone UTF-16 surrogate (valid in JSON, invalid in UTF-8) makes spaCy raise, and
    over-long messages only cost time: both are tamed here, before the bot sees them.
    Emails and phone numbers become [email] / [phone] before anything is stored
    (setting privacy.redact_contact_details, default on). A typed "/intent" that is not
    one of the bot's own button payloads loses its slash (``typed_intent_as_words``).
    """
    text = text.encode("utf-8", "replace").decode("utf-8").translate(_CONTROL)
    return typed_intent_as_words(redact_if_enabled(text[:MAX_MESSAGE_CHARS]))


@functools.lru_cache(maxsize=1)
def offered_payloads() -> FrozenSet[str]:
    """Every "/intent" payload the bot itself offers: the buttons of its replies
    (``chatbot.practice.wording.BUTTONS`` and ``TOPICS``), of the domain's responses, and the
    Telegram commands."""
    from chatbot.channels.telegram import COMMANDS  # imports this module: not at the top
    buttons = (*wording.BUTTONS.values(), *wording.TOPICS.values())
    payloads = {button["payload"] for button in buttons}
    responses = yaml.safe_load(domain_path().read_text(encoding="utf-8")).get("responses") or {}
    for variations in responses.values():
        for variation in variations or []:
            payloads.update(b["payload"] for b in variation.get("buttons") or [])
    payloads.update(COMMANDS.values())
    return frozenset(p for p in payloads if p.startswith(INTENT_MESSAGE_PREFIX))


def typed_intent_as_words(text: str) -> str:
    """Rasa reads a message that starts with "/" as an intent ("/crisis", "/emergency{...}"),
    skipping the classifier and the safety detector. Only the bot's own button payloads may
    do that; any other such message keeps its words and loses its leading slashes."""
    stripped = text.strip()  # Rasa strips before it looks for the "/"
    if not stripped.startswith(INTENT_MESSAGE_PREFIX) or stripped in offered_payloads():
        return text
    while stripped.startswith(INTENT_MESSAGE_PREFIX):
        stripped = stripped[len(INTENT_MESSAGE_PREFIX) :].lstrip()
    return stripped


METADATA_MAX_BYTES = 2000
METADATA_MAX_DEPTH = 4


def metadata_problem(value: Any) -> Optional[str]:
    """Why ``value`` is not acceptable message metadata, or None (absent or a small object).

    Nothing in the bot reads metadata, but Rasa copies and stores it with the message: deep
    or huge values, or text that is not valid Unicode, would fail there instead of here.
    """
    if value is None:
        return None
    if not isinstance(value, dict):
        return "metadata must be a JSON object"
    if _depth(value, METADATA_MAX_DEPTH) > METADATA_MAX_DEPTH:
        return f"metadata must be nested at most {METADATA_MAX_DEPTH} levels deep"
    try:
        size = len(json.dumps(value, ensure_ascii=False).encode("utf-8"))
    except (TypeError, ValueError, UnicodeEncodeError):
        return "metadata must be JSON with valid text"
    if size > METADATA_MAX_BYTES:
        return f"metadata must be at most {METADATA_MAX_BYTES} bytes"
    return None


def _depth(value: Any, limit: int) -> int:
    """Nesting depth of a JSON value, counted no further than ``limit`` + 1."""
    if limit < 0 or not isinstance(value, (dict, list)):
        return 0
    children = value.values() if isinstance(value, dict) else value
    return 1 + max((_depth(child, limit - 1) for child in children), default=0)


class BadId(ValueError):
    """An id that no door should have let through (see ``chatbot.channels.ids``)."""


class PlatformIds(OutputChannel):
    """An output channel that is handed conversation ids ("telegram:123") and gives the
    platform its own id ("123"). Everything else is the wrapped channel's."""

    def __init__(self, inner: OutputChannel) -> None:
        self.inner = inner

    def name(self) -> str:
        return self.inner.name()

    async def send_response(self, recipient_id: str, message: Dict[str, Any]) -> None:
        await self.inner.send_response(ids.platform_id(recipient_id), message)

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.inner, attr)


def cleaning(
    on_new_message: Callable[[UserMessage], Awaitable[Any]],
) -> Callable[[UserMessage], Awaitable[Any]]:
    """Wraps a channel's handler: one place where every message is made safe.

    Every channel's blueprint wraps its ``on_new_message`` with this, whatever the
    platform. The text is cleaned and redacted; the sender id is checked (each door
    refuses a bad id with its own answer first; this is the last line) and becomes the
    conversation id ``<channel>:<platform id>``; replies go out with the platform's id.
    """

    async def handler(message: UserMessage) -> Any:
        why = ids.problem(message.sender_id)
        if why:
            raise BadId(why)
        shortened = isinstance(message.text, str) and len(message.text) > MAX_MESSAGE_CHARS
        if isinstance(message.text, str):
            message.text = clean_text(message.text)
        if shortened:  # the visitor learns that the end of their message was not read
            await _say_shortened(message.output_channel, message.sender_id)
        message.sender_id = ids.conversation_id(message.input_channel, message.sender_id)
        message.output_channel = PlatformIds(message.output_channel)
        return await on_new_message(message)

    return handler


SHORTENED_NOTE = wording.shortened_note(MAX_MESSAGE_CHARS)


async def _say_shortened(output: OutputChannel, platform_id: str) -> None:
    try:
        await output.send_text_message(platform_id, SHORTENED_NOTE)
    except Exception:  # a note must never cost the visitor the answer itself
        logger.exception("could not send the shortened-message note")
