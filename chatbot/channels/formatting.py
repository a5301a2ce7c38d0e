"""Fit a reply (text + buttons) to each platform: length limits, quick replies, SMS menus.

Pure functions, no Rasa import. Buttons are Rasa's ``{"title", "payload"}`` dicts whose
payloads are intents ("/faq_booking"), so a click means the same as the typed question.
Splits happen at paragraph, line or word boundaries, so a link is never cut in two.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

Button = Dict[str, Any]

TELEGRAM_MAX = 4096  # characters per message
TELEGRAM_CALLBACK_MAX = 64  # bytes of callback_data
MESSENGER_MAX = 2000  # characters per text message
MESSENGER_QUICK_REPLIES_MAX = 13
MESSENGER_TITLE_MAX = 20
SLACK_SECTION_MAX = 3000  # characters of a section block's text
SLACK_BLOCKS_MAX = 50  # blocks per message
SLACK_BUTTONS_MAX = 25  # elements of one actions block
SLACK_BUTTON_TEXT_MAX = 75
SMS_MAX = 1600  # Twilio's body limit; it sends longer texts as concatenated segments

NOT_TEXT_REPLY = (
    "Sorry, I can only read text messages. Please type your question and I'll do my best to help."
)


def split_text(text: str, limit: int, size: Callable[[str], int] = len) -> List[str]:
    """Chunks of ``text`` with ``size(chunk) <= limit``, cut at the best boundary."""
    text = text.strip()
    chunks: List[str] = []
    while text and size(text) > limit:
        n = _longest_prefix(text, limit, size)
        cut = _best_cut(text, n)
        chunks.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        chunks.append(text)
    return chunks


def _best_cut(text: str, n: int) -> int:
    """A paragraph, line or word break within ``text[:n]``: the latest that keeps the
    chunk at least half full, else any break, else ``n`` (one word longer than a chunk)."""
    seps = ("\n\n", "\n", " ")
    for floor in (n // 2, 1):
        for sep in seps:
            i = text.rfind(sep, 0, n + len(sep))
            if i >= floor:
                return i
    return n


def _longest_prefix(text: str, limit: int, size: Callable[[str], int]) -> int:
    lo, hi = 1, len(text)  # size() grows with length: binary search
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if size(text[:mid]) <= limit:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _shorten(title: str, limit: int) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def _valid(buttons: Optional[Sequence[Button]]) -> List[Button]:
    return [b for b in buttons or [] if b.get("title") and b.get("payload")]


# --- Telegram: inline keyboard, one button per row (titles are long) -------------------


def telegram_messages(text: str, buttons: Optional[Sequence[Button]] = None) -> List[Dict]:
    """sendMessage parameters (without chat_id); the keyboard goes with the last part."""
    parts = split_text(text, TELEGRAM_MAX) or [""]
    messages: List[Dict[str, Any]] = [{"text": p} for p in parts]
    rows = [
        [{"text": b["title"], "callback_data": b["payload"]}]
        for b in _valid(buttons)
        if len(str(b["payload"]).encode("utf-8")) <= TELEGRAM_CALLBACK_MAX
    ]
    if rows:
        messages[-1]["reply_markup"] = {"inline_keyboard": rows}
    return [m for m in messages if m["text"]]


# --- Messenger: quick replies (max 13, titles max 20 characters) ----------------------


def messenger_messages(text: str, buttons: Optional[Sequence[Button]] = None) -> List[Dict]:
    """Send API ``message`` objects; quick replies go with the last part."""
    messages: List[Dict[str, Any]] = [{"text": p} for p in split_text(text, MESSENGER_MAX)]
    quick = [
        {
            "content_type": "text",
            "title": _shorten(str(b["title"]), MESSENGER_TITLE_MAX),
            "payload": str(b["payload"]),
        }
        for b in _valid(buttons)[:MESSENGER_QUICK_REPLIES_MAX]
    ]
    if quick and messages:
        messages[-1]["quick_replies"] = quick
    return messages


# --- Slack: mrkdwn sections (bare URLs stay clickable) + one actions block --------------


def slack_escape(text: str) -> str:
    """Slack's three control characters; everything else, URLs included, stays as is."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_messages(
    text: str, buttons: Optional[Sequence[Button]] = None
) -> List[Tuple[str, List[Dict]]]:
    """(fallback text, blocks) per chat.postMessage call."""
    sections = [
        {"type": "section", "text": {"type": "mrkdwn", "text": slack_escape(part)}}
        for part in split_text(text, SLACK_SECTION_MAX, size=lambda s: len(slack_escape(s)))
    ]
    elements = [
        {
            "type": "button",
            "text": {"type": "plain_text", "text": _shorten(str(b["title"]), 75)},
            "value": str(b["payload"]),
        }
        for b in _valid(buttons)[:SLACK_BUTTONS_MAX]
    ]
    blocks: List[Dict[str, Any]] = sections + (
        [{"type": "actions", "elements": elements}] if elements else []
    )
    messages = []
    for start in range(0, len(blocks), SLACK_BLOCKS_MAX):
        chunk = blocks[start : start + SLACK_BLOCKS_MAX]
        fallback = "\n".join(b["text"]["text"] for b in chunk if b["type"] == "section")
        messages.append((fallback or text[:SLACK_SECTION_MAX], chunk))
    return messages


# --- SMS / WhatsApp: buttons become a numbered menu; reply "2" picks the second ---------

_GSM7 = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM7_EXT = set("^{}\\[~]|€")  # count as two characters
# Typographic characters that would switch a whole SMS to UCS-2 (70, not 160 per segment).
_TO_GSM7 = {
    "‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...",
    "•": "-", "™": "", "®": "", "\u00a0": " ",
}  # fmt: skip


def to_gsm7(text: str) -> str:
    return "".join(_TO_GSM7.get(ch, ch) for ch in text)


def is_gsm7(text: str) -> bool:
    return all(ch in _GSM7 or ch in _GSM7_EXT for ch in text)


def sms_segments(text: str) -> int:
    """How many SMS segments the carrier bills for ``text`` (concatenated: 153 / 67)."""
    if is_gsm7(text):
        units = sum(2 if ch in _GSM7_EXT else 1 for ch in text)
        single, multi = 160, 153
    else:
        units = len(text.encode("utf-16-le")) // 2
        single, multi = 70, 67
    return 1 if units <= single else -(-units // multi)


def numbered_menu(buttons: Optional[Sequence[Button]]) -> str:
    valid = _valid(buttons)
    if not valid:
        return ""
    lines = [f"{i}. {b['title']}" for i, b in enumerate(valid, 1)]
    return "\n".join(lines) + "\nReply with a number to choose."


def sms_messages(text: str, buttons: Optional[Sequence[Button]] = None) -> List[str]:
    menu = numbered_menu(buttons)
    body = to_gsm7("\n\n".join(p for p in (text.strip(), menu) if p))
    return split_text(body, SMS_MAX)


_CHOICE = re.compile(r"^\s*#?(\d{1,2})\s*[.)]?\s*$")


def chosen_payload(reply: str, buttons: Optional[Sequence[Button]]) -> Optional[str]:
    """The payload of the button numbered ``reply`` ("2", "2.", "#2"), else None."""
    match = _CHOICE.match(reply or "")
    valid = _valid(buttons)
    if not match or not 1 <= int(match.group(1)) <= len(valid):
        return None
    return str(valid[int(match.group(1)) - 1]["payload"])
