"""The therapist's words for what Rasa stores: local times, channel names, topic names of
intents (``chatbot.practice.wording.INTENT_NAMES``), condition names (the knowledge file) and
confidence as words.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING, Dict, Optional
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from chatbot.review.summary import LOW_CONFIDENCE, SURE_CONFIDENCE

if TYPE_CHECKING:
    from chatbot.practice.settings import Settings

# The conversation id's prefix names the channel (chatbot/channels); longest first.
CHANNEL_PREFIXES = (
    ("twilio:whatsapp:", "WhatsApp"),
    ("twilio:", "SMS"),
    ("socketio:", "Website"),
    ("rest:", "Website"),
    ("telegram:", "Telegram"),
    ("facebook:", "Messenger"),
    ("slack:", "Slack"),
)
# Rasa's input_channel names, for ids without a prefix.
CHANNEL_NAMES = {
    "rest": "Website", "socketio": "Website", "telegram": "Telegram", "twilio": "SMS",
    "facebook": "Messenger", "slack": "Slack", "cmdline": "Terminal",
}  # fmt: skip


def channel_name(sender_id: str, input_channel: str = "") -> str:
    for prefix, name in CHANNEL_PREFIXES:
        if sender_id.startswith(prefix):
            return name
    first = (input_channel or "").split(",")[0]
    return CHANNEL_NAMES.get(first, first.capitalize() or "Unknown")


def intent_name(intent: Optional[str]) -> str:
    from chatbot.practice.wording import INTENT_NAMES

    if not intent:
        return "Not understood"
    return INTENT_NAMES.get(intent, intent.replace("_", " ").capitalize())


@lru_cache(maxsize=1)
def _condition_names() -> Dict[str, str]:
    from chatbot.practice.knowledge import knowledge

    return {c.id: c.name for c in knowledge().conditions}


def condition_name(condition_id: str) -> str:
    return _condition_names().get(condition_id, condition_id.replace("_", " ").capitalize())


def confidence_word(confidence: Optional[float]) -> str:
    """How sure the bot was of the topic, in words."""
    if confidence is None:
        return "no guess"
    if confidence >= SURE_CONFIDENCE:
        return "sure"
    if confidence >= LOW_CONFIDENCE:
        return "fairly sure"
    return "unsure"


# --- time -------------------------------------------------------------------------------
def zone(settings: Optional[Settings] = None) -> Optional[dt.tzinfo]:
    """The setting review.time_zone (an IANA name); None = the server's own zone."""
    if settings is None:
        from chatbot.practice.settings import settings as load

        settings = load()
    name = settings.review.time_zone.strip()
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def local(timestamp: float, tz: Optional[dt.tzinfo] = None) -> dt.datetime:
    return dt.datetime.fromtimestamp(timestamp, dt.timezone.utc).astimezone(tz)


def when(timestamp: float, tz: Optional[dt.tzinfo] = None, now: Optional[float] = None) -> str:
    """ "today 14:05", "yesterday 09:12", "Mon 23 Nov 14:05", "23 Nov 2025 14:05"."""
    moment = local(timestamp, tz)
    today = local(now if now is not None else dt.datetime.now().timestamp(), tz).date()
    clock = moment.strftime("%H:%M")
    if moment.date() == today:
        return f"today {clock}"
    if moment.date() == today - dt.timedelta(days=1):
        return f"yesterday {clock}"
    if abs((today - moment.date()).days) < 7:
        return moment.strftime("%a %-d %b ") + clock
    if moment.year == today.year:
        return moment.strftime("%-d %b ") + clock
    return moment.strftime("%-d %b %Y ") + clock


def clock(timestamp: float, tz: Optional[dt.tzinfo] = None) -> str:
    return local(timestamp, tz).strftime("%H:%M")


def day_label(day: dt.date) -> str:
    return day.strftime("%a %-d %b")
