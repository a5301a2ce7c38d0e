"""Email addresses and phone numbers out of visitors' messages, before they are stored.

Regular expressions only (no model, nothing downloaded). Replacements are words the NLU
can still read around: "[email]" and "[phone]". Numbers that are not phone numbers stay:
"30 weeks", "988", dates (2024-05-12, 12/05/2024), times, years, ages. Common disguises
are caught too: "carla [at] example [dot] net", "carla at example dot net",
"carla (at) example.net", "tel 079/444.55.66", a shorter number after "tel"/"phone".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from chatbot.practice.settings import Settings

EMAIL_TOKEN = "[email]"
PHONE_TOKEN = "[phone]"

EMAIL = re.compile(
    r"(?<![\w.%+-])[\w.%+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}\b"
)
# "at" / "dot" in brackets (any kind) or spaced out; spelled as plain words only together.
_AT = r"\s*[\[({<]\s*at\s*[\])}>]\s*"
_DOT = r"\s*[\[({<]\s*dot\s*[\])}>]\s*"
DISGUISED_EMAIL = re.compile(
    rf"(?<![\w.%+-])[\w.%+-]+(?:{_AT}|\s+@\s*|\s*@\s+)"
    rf"(?:[A-Za-z0-9-]+(?:{_DOT}|\s*\.\s*|\s+dot\s+))+[A-Za-z]{{2,}}\b",
    re.IGNORECASE,
)
WORDY_EMAIL = re.compile(
    r"(?<![\w.%+-])[\w.%+-]+\s+at\s+(?:[A-Za-z0-9-]+\s+dot\s+)+(?:com|net|org|edu|gov|"
    r"[a-z]{2})\b",
    re.IGNORECASE,
)
# A run of digits with the separators people type in phone numbers: spaces, dots,
# dashes, slashes, parentheses, an optional leading "+". Checked further in _is_phone.
PHONE_CANDIDATE = re.compile(r"(?<![\w+/.-])(?:\+|\(|00)?\d[\d ()./-]{5,}\d(?![\w/]|\.\d|-\d)")
# After "tel", "phone", "mobile"…, seven digits or more are a number whatever their shape.
LABELLED_PHONE = re.compile(
    r"\b(?P<label>tel|telephone|phone|mobile|cell|whatsapp|fax|natel)\b(?P<gap>\s*(?:no\.?|"
    r"number|nr\.?|#)?\s*[:.]?\s*)(?P<number>\+?\d[\d ()./-]{5,}\d)",
    re.IGNORECASE,
)
EXTENSION = re.compile(r"\s*(?:ext\.?|x)\s*\d{1,5}\b", re.IGNORECASE)
DATE_LIKE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[.-]\d{1,2}[.-]\d{2,4}$")
SLASH_DATE = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4}$")
LOCAL_US = re.compile(r"^\d{3}[-.]\d{4}$")  # 555-0123


def _is_phone(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if DATE_LIKE.match(candidate.strip()) or SLASH_DATE.match(candidate.strip()):
        return False
    if LOCAL_US.match(candidate):
        return True
    if candidate.count("(") != candidate.count(")"):
        return False
    if re.search(r"\)\s*\(|[./-]{2}|\s{2}", candidate):
        return False
    if candidate.startswith(("+", "00")):
        return 8 <= len(digits) <= 15
    # Groups of one digit ("1 2 3 4 5 6 7") are a list, not a number.
    groups = [g for g in re.split(r"[ ().-]+", candidate) if g]
    if len(groups) > 2 and all(len(g) <= 2 for g in groups):
        return False
    return 10 <= len(digits) <= 13


def _phone(match: re.Match) -> str:
    text = match.group(0)
    return PHONE_TOKEN if _is_phone(text) else text


def _labelled(match: re.Match) -> str:
    digits = re.sub(r"\D", "", match.group("number"))
    if len(digits) < 7 or DATE_LIKE.match(match.group("number")):
        return match.group(0)
    return match.group("label") + match.group("gap") + PHONE_TOKEN


def redact(text: str) -> str:
    """The text with email addresses and phone numbers replaced by [email] / [phone]."""
    if not text:
        return text
    digits = any(c.isdigit() for c in text)
    if "@" in text or re.search(r"\bat\b", text, re.IGNORECASE):
        text = EMAIL.sub(EMAIL_TOKEN, text)
        text = DISGUISED_EMAIL.sub(EMAIL_TOKEN, text)
        text = WORDY_EMAIL.sub(EMAIL_TOKEN, text)
    if not digits:
        return text
    text = LABELLED_PHONE.sub(_labelled, text)
    text = PHONE_CANDIDATE.sub(_phone, text)
    return re.sub(re.escape(PHONE_TOKEN) + EXTENSION.pattern, PHONE_TOKEN, text, flags=re.I)


def enabled(settings: Optional[Settings] = None) -> bool:
    """The setting privacy.redact_contact_details (default: on)."""
    if settings is None:
        from chatbot.practice.settings import settings as load

        settings = load()
    return settings.privacy.redact_contact_details


def redact_if_enabled(text: str) -> str:
    """What the channels call before a message reaches the bot (and its tracker store)."""
    return redact(text) if enabled() else text
