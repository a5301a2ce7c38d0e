"""E-mails to the therapist: an alert when a visitor may be in crisis or asks for her, and
an optional daily digest. Never any visitor text: the flag, the channel, the time and a
link to the review app (by a random token, since a conversation id may be a phone number).

Off until configured: the recipient is the setting review.notify_email, the SMTP server
comes from the environment (REVIEW_SMTP_HOST, REVIEW_SMTP_PORT, REVIEW_SMTP_STARTTLS,
REVIEW_SMTP_USER, REVIEW_SMTP_PASSWORD, REVIEW_SMTP_FROM). ``python -m chatbot.review
notify`` runs one pass (for cron); ``serve`` runs it every minute.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import secrets
import smtplib
import ssl
import time
from dataclasses import dataclass
from email.message import EmailMessage
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional

from chatbot.review import plain
from chatbot.review import summary as sm
from chatbot.review.store import Store

if TYPE_CHECKING:
    from chatbot.practice.settings import Settings

logger = logging.getLogger(__name__)

ALERT_FLAGS = ("crisis", "human")  # what is worth an e-mail, most urgent first
ALERT_INTERVAL = 3600.0  # at most one alert per conversation per hour
LOOK_BACK = 86400.0  # older flags are not mailed (e.g. when alerts are first switched on)
SUBJECTS = {
    "crisis": "A visitor may be in crisis or an emergency",
    "human": "A visitor asked to talk to you",
}


@dataclass(frozen=True)
class Config:
    recipient: str
    host: str
    port: int = 587
    starttls: bool = True
    user: str = ""
    password: str = ""
    sender: str = ""
    review_url: str = "http://127.0.0.1:5006"
    digest: bool = False
    digest_hour: int = 7

    def __repr__(self) -> str:  # never the password
        return f"Config(recipient={self.recipient!r}, host={self.host!r}, port={self.port})"


def _on(value: Any, default: bool) -> bool:
    if value is None or value == "":
        return default
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def config(settings: Optional[Settings] = None, env: Optional[Mapping[str, str]] = None):
    """The notification settings, or None when e-mails are off (no recipient or no host)."""
    import os

    env = os.environ if env is None else env
    if settings is None:
        from chatbot.practice.settings import load_settings

        settings = load_settings(env)
    review = settings.review
    recipient = review.notify_email.strip()
    host = (env.get("REVIEW_SMTP_HOST") or "").strip()
    if not recipient or not host:
        return None
    user = env.get("REVIEW_SMTP_USER") or ""
    return Config(
        recipient=recipient,
        host=host,
        port=int(env.get("REVIEW_SMTP_PORT") or 587),
        starttls=_on(env.get("REVIEW_SMTP_STARTTLS"), True),
        user=user,
        password=env.get("REVIEW_SMTP_PASSWORD") or "",
        sender=env.get("REVIEW_SMTP_FROM") or user or recipient,
        review_url=(review.review_url or "http://127.0.0.1:5006").rstrip("/"),
        digest=review.daily_digest,
        digest_hour=review.digest_hour,
    )


def status_line(settings: Optional[Settings] = None, env=None) -> str:
    """One line for the start-up summary."""
    cfg = config(settings, env)
    if cfg is None:
        return ("e-mail notifications: off (set review.notify_email and REVIEW_SMTP_HOST "
                "to turn them on)")  # fmt: skip
    digest = "on" if cfg.digest else "off"
    return (f"e-mail notifications: on, to {cfg.recipient} via {cfg.host}:{cfg.port}; "
            f"daily digest {digest}")  # fmt: skip


def send(cfg: Config, subject: str, body: str) -> None:
    message = EmailMessage()
    message["From"] = cfg.sender or cfg.recipient
    message["To"] = cfg.recipient
    message["Subject"] = subject
    message.set_content(body)
    with smtplib.SMTP(cfg.host, cfg.port, timeout=30) as smtp:
        if cfg.starttls:  # the server's certificate is checked
            smtp.starttls(context=ssl.create_default_context())
        if cfg.user:
            smtp.login(cfg.user, cfg.password)
        smtp.send_message(message)


# --- alerts ------------------------------------------------------------------------------
def _flagged(events: List[Dict[str, Any]]) -> List[tuple]:
    """[(flag, event row id, timestamp)] of the visitor messages raising an alert flag."""
    found, last_user = [], None
    for event in events:
        kind = event.get("event")
        if kind == "user":
            last_user = event
            intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
            flag = sm.FLAG_INTENTS.get(intent)
        elif kind == "action" and last_user is not None:
            flag = sm.FLAG_ACTIONS.get(event.get("name"))
        else:
            continue
        if flag in ALERT_FLAGS and last_user.get("_id") is not None:
            found.append((flag, last_user["_id"], last_user.get("timestamp") or 0.0))
    return found


def due_alerts(store: Store, now: Optional[float] = None) -> List[Dict[str, Any]]:
    """Conversations with a crisis or "asked for Renée" message newer than their last
    alert, whose last alert is at least an hour old."""
    now = time.time() if now is None else now
    sent = store.alerts()
    due = []
    for sender_id, events in store.all_events().items():
        previous = sent.get(sender_id)
        new = [
            (flag, event_id, ts) for flag, event_id, ts in _flagged(events)
            if ts >= now - LOOK_BACK and (previous is None or event_id > previous["event_id"])
        ]  # fmt: skip
        if not new or (previous and now - previous["sent"] < ALERT_INTERVAL):
            continue
        flag = next(f for f in ALERT_FLAGS if any(n[0] == f for n in new))
        first = min(ts for _, _, ts in new)
        due.append(
            {"sender_id": sender_id, "flag": flag, "event_id": max(n[1] for n in new),
             "timestamp": first, "channel": plain.channel_name(sender_id, _channel(events))}
        )  # fmt: skip
    return due


def _channel(events: List[Dict[str, Any]]) -> str:
    return next((e.get("input_channel") or "" for e in events if e.get("event") == "user"), "")


def alert_body(cfg: Config, item: Dict[str, Any], token: str, tz=None) -> str:
    return (
        f"{SUBJECTS[item['flag']]}.\n\n"
        f"Flag: {sm.FLAG_LABELS[item['flag']]}\n"
        f"Channel: {item['channel']}\n"
        f"When: {plain.when(item['timestamp'], tz)}\n\n"
        f"Open the conversation in the review app:\n{cfg.review_url}/alert/{token}\n\n"
        "This e-mail holds no message text; the conversation is in the review app.\n"
    )


def send_alerts(store: Store, cfg: Config, now: Optional[float] = None, tz=None) -> int:
    """Sends the due alerts; returns how many were sent."""
    now = time.time() if now is None else now
    count = 0
    for item in due_alerts(store, now):
        token = secrets.token_urlsafe(16)
        send(cfg, f"Review: {SUBJECTS[item['flag']].lower()}", alert_body(cfg, item, token, tz))
        store.set_alert(item["sender_id"], item["event_id"], token, now)
        count += 1
    return count


# --- daily digest ------------------------------------------------------------------------
def digest(store: Store, now: Optional[float] = None, tz=None) -> Dict[str, Any]:
    """Figures of the previous local day: conversations, visitor messages, flags, top
    questions, conditions not on her list, and how many flagged ones are not reviewed."""
    now = time.time() if now is None else now
    today = plain.local(now, tz).date()
    day = today - dt.timedelta(days=1)
    data = sm.stats(
        store, top=10, tz=tz, since=sm.day_start(day, tz), until=sm.day_start(today, tz)
    )
    data["day"] = day.isoformat()
    data["to_review_all"] = sum(1 for s in sm.summaries(store, reviewed=False) if s.flags)
    return data


def digest_body(cfg: Config, data: Dict[str, Any]) -> str:
    lines = [
        f"Your assistant on {data['day']}:",
        f"  {data['conversations']} conversation(s), {data['user_messages']} visitor message(s)",
    ]
    lines += [f"  {sm.FLAG_LABELS[f]}: {n}" for f, n in data["flags"].items() if n]
    if data["top_intents"]:
        lines.append("Top questions:")
        lines += [f"  {plain.intent_name(i)}: {n}" for i, n in data["top_intents"]]
    if data["top_unlisted"]:
        lines.append("Asked about, not on your list:")
        lines += [f"  {name}: {n}" for name, n in data["top_unlisted"]]
    lines.append(f"Flagged conversations not yet reviewed: {data['to_review_all']}")
    lines.append(f"\nReview app: {cfg.review_url}/")
    return "\n".join(lines) + "\n"


def send_digest(store: Store, cfg: Config, now: Optional[float] = None, tz=None) -> bool:
    """Sends yesterday's digest once, at or after review.digest_hour (local time)."""
    now = time.time() if now is None else now
    if not cfg.digest or plain.local(now, tz).hour < cfg.digest_hour:
        return False
    data = digest(store, now, tz)
    if store.digest_sent(data["day"]):
        return False
    send(cfg, f"Review: your assistant on {data['day']}", digest_body(cfg, data))
    store.set_digest_sent(data["day"], now)
    return True


def run_once(store: Store, cfg: Config, now: Optional[float] = None, tz=None) -> int:
    sent = send_alerts(store, cfg, now, tz)
    return sent + send_digest(store, cfg, now, tz)


async def loop(store: Store, cfg: Config, every: float = 60.0, tz=None) -> None:
    """What ``serve`` runs beside the app: a pass every ``every`` seconds."""
    while True:
        try:
            await asyncio.get_running_loop().run_in_executor(None, run_once, store, cfg, None, tz)
        except Exception as err:  # an SMTP or database hiccup: try again next time
            logger.warning("notifications: %s: %s", err.__class__.__name__, err)
        await asyncio.sleep(every)
