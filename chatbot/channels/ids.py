"""Conversation ids: what a door accepts, and the channel each one carries.

Every id that reaches the bot from outside (a REST ``sender``, a widget session id, a chat
id, a phone number, a PSID, a Slack user id, an id in an API path) is checked here first:
a printable string of at most ``MAX_ID_CHARS`` characters, without surrounding spaces.
Anything else (a lone surrogate, a NUL, control characters) is refused at the door,
before a store or a log sees it.

The conversation id stored by the bot is ``<channel>:<platform id>`` ("rest:me",
"telegram:12345", "twilio:whatsapp:+15551234567"), so no door can write into another
door's conversations: a REST sender "twilio:whatsapp:+1555…" becomes
"rest:twilio:whatsapp:+1555…".
"""

from __future__ import annotations

from typing import Any, Optional, Tuple

MAX_ID_CHARS = 128
SEPARATOR = ":"


def problem(value: Any) -> Optional[str]:
    """Why ``value`` is not an acceptable id, or None when it is."""
    if not isinstance(value, str) or not value:
        return "the id must be a non-empty string"
    if len(value) > MAX_ID_CHARS:
        return f"the id must be at most {MAX_ID_CHARS} characters"
    if not value.isprintable():  # control characters, NUL, lone surrogates, line breaks
        return "the id must hold printable characters only"
    if value.strip() != value:
        return "the id must not start or end with a space"
    return None


def conversation_id(channel: str, platform_id: str) -> str:
    return f"{channel}{SEPARATOR}{platform_id}"


def split(conversation: str) -> Tuple[Optional[str], str]:
    """(channel, platform id); (None, id) for an id without a channel."""
    channel, sep, rest = conversation.partition(SEPARATOR)
    return (channel, rest) if sep and channel and rest else (None, conversation)


def platform_id(conversation: str) -> str:
    return split(conversation)[1]
