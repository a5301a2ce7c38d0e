"""What the therapist sees of a conversation: flags, conditions, turns, channel, transcript.

Works on the events of one ``sender_id`` as Rasa stores them (see ``store.py``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional

import yaml

from chatbot import action_names
from chatbot.home import config_path

FLAGS = ("fallback", "out_of_scope", "crisis", "human")
FALLBACK_INTENT = "nlu_fallback"
FLAG_INTENTS = {
    FALLBACK_INTENT: "fallback",
    "out_of_scope": "out_of_scope",
    "crisis": "crisis",
    "emergency": "crisis",
    "request_human": "human",
}
FLAG_ACTIONS = {
    action_names.FALLBACK: "fallback",
    action_names.CRISIS: "crisis",
    action_names.CRISIS_FOLLOW_UP: "crisis",
    action_names.EMERGENCY: "crisis",
    action_names.EMERGENCY_FOLLOW_UP: "crisis",
    action_names.CONTACT_THERAPIST: "human",
}
# The review's bands of how sure the bot was of a message's topic (plain.confidence_word).
# From SURE_CONFIDENCE: "sure"; from LOW_CONFIDENCE: "fairly sure"; under it "unsure", and
# the message is marked and can be taught. Both lie above the bot's own fallback line
# (fallback_threshold()), under which it did not take a topic at all.
SURE_CONFIDENCE = 0.9
LOW_CONFIDENCE = 0.6
# What needs the therapist first (the inbox order).
PRIORITY = ("crisis", "human", "fallback", "out_of_scope")
# One plain name per flag: the app, the command line and the e-mails.
FLAG_LABELS = {
    "crisis": "Crisis / emergency",
    "human": "Asked for Renée",
    "fallback": "Not understood",
    "out_of_scope": "Unrelated question",
}


def fallback_threshold(path: Optional[Path] = None) -> float:
    """The bot's fallback line: the FallbackClassifier's ``threshold`` in config.yml. A
    message the classifier is less sure of gets ``nlu_fallback``, stored with this value
    as its confidence."""
    config = yaml.safe_load((path or config_path()).read_text(encoding="utf-8")) or {}
    for component in config.get("pipeline") or []:
        if component.get("name") == "FallbackClassifier":
            return float(component["threshold"])
    raise ValueError("config.yml has no FallbackClassifier")


@dataclass
class Message:
    role: str  # "user" or "bot"
    text: str
    timestamp: float
    intent: Optional[str] = None
    confidence: Optional[float] = None
    conditions: List[str] = field(default_factory=list)
    event_id: Optional[int] = None
    unlisted: List[str] = field(default_factory=list)
    safety_rule: Optional[str] = None
    language: Optional[str] = None

    @property
    def low_confidence(self) -> bool:
        return self.role == "user" and (
            self.intent == FALLBACK_INTENT
            or self.confidence is None
            or self.confidence < LOW_CONFIDENCE
        )


@dataclass
class Summary:
    sender_id: str
    started: float
    last: float
    channel: str
    turns: int
    conditions: List[str]
    flags: List[str]
    first_message: str
    reviewed: bool = False
    note: str = ""
    unlisted: List[str] = field(default_factory=list)
    # The visitor message that raised the most urgent flag (see PRIORITY), and its row id.
    flag_message: str = ""
    flag_event: Optional[int] = None

    @property
    def date(self) -> str:
        return day(self.started)

    @property
    def top_flag(self) -> Optional[str]:
        return next((f for f in PRIORITY if f in self.flags), None)

    @property
    def headline(self) -> str:
        """The line the list shows: what raised the flag, else the first message."""
        return self.flag_message or self.first_message

    def as_dict(self) -> Dict[str, Any]:
        data = asdict(self)
        data["started_iso"] = iso(self.started)
        data["last_iso"] = iso(self.last)
        return data


def iso(timestamp: float) -> str:
    return dt.datetime.fromtimestamp(timestamp, dt.timezone.utc).isoformat(timespec="seconds")


def day(timestamp: float) -> str:
    return dt.datetime.fromtimestamp(timestamp, dt.timezone.utc).date().isoformat()


def _conditions(event: Dict[str, Any], kind: str = "condition") -> List[str]:
    entities = (event.get("parse_data") or {}).get("entities") or []
    found = []
    for entity in entities:
        if isinstance(entity, dict) and entity.get("entity") == kind:
            value = entity.get("value")
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str) and item not in found:
                    found.append(item)
    return found


def transcript(events: Iterable[Dict[str, Any]]) -> List[Message]:
    """The visible conversation: user messages (with intent, confidence) and bot replies."""
    messages = []
    for event in events:
        kind = event.get("event")
        if kind == "user":
            parse = event.get("parse_data") or {}
            intent = parse.get("intent") or {}
            confidence = intent.get("confidence")
            messages.append(
                Message(
                    "user",
                    event.get("text") or "",
                    event.get("timestamp") or 0.0,
                    intent.get("name"),
                    float(confidence) if isinstance(confidence, (int, float)) else None,
                    _conditions(event),
                    event.get("_id"),
                    _conditions(event, "unlisted_condition"),
                    parse.get("safety_rule") if isinstance(parse.get("safety_rule"), str) else None,
                    parse.get("language") if isinstance(parse.get("language"), str) else None,
                )
            )
        elif kind == "bot" and event.get("text"):
            messages.append(Message("bot", event["text"], event.get("timestamp") or 0.0))
    return messages


def summarize(sender_id: str, events: List[Dict[str, Any]], note: Optional[Dict] = None) -> Summary:
    flags, conditions, unlisted, channels = set(), [], [], []
    turns, first = 0, ""
    raised: Dict[str, Dict[str, Any]] = {}  # flag -> the first visitor message raising it
    last_user: Optional[Dict[str, Any]] = None
    stamps = [e["timestamp"] for e in events if isinstance(e.get("timestamp"), (int, float))]
    for event in events:
        kind = event.get("event")
        if kind == "user":
            turns += 1
            last_user = event
            first = first or (event.get("text") or "")
            intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
            if intent in FLAG_INTENTS:
                flags.add(FLAG_INTENTS[intent])
                raised.setdefault(FLAG_INTENTS[intent], event)
            for condition in _conditions(event):
                if condition not in conditions:
                    conditions.append(condition)
            for condition in _conditions(event, "unlisted_condition"):
                if condition not in unlisted:
                    unlisted.append(condition)
            channel = event.get("input_channel")
            if channel and channel not in channels:
                channels.append(channel)
        elif kind == "action" and event.get("name") in FLAG_ACTIONS:
            flags.add(FLAG_ACTIONS[event["name"]])
            if last_user is not None:
                raised.setdefault(FLAG_ACTIONS[event["name"]], last_user)
    top = next((f for f in PRIORITY if f in raised), None)
    return Summary(
        sender_id=sender_id,
        started=min(stamps) if stamps else 0.0,
        last=max(stamps) if stamps else 0.0,
        channel=",".join(channels) or "unknown",
        turns=turns,
        conditions=conditions,
        flags=[flag for flag in FLAGS if flag in flags],
        first_message=first,
        reviewed=bool(note and note.get("reviewed")),
        note=(note or {}).get("note") or "",
        unlisted=unlisted,
        flag_message=(raised[top].get("text") or "") if top else "",
        flag_event=raised[top].get("_id") if top else None,
    )


def inbox_key(summary: Summary) -> tuple:
    """Unreviewed first, by PRIORITY (crisis, asked for Renée, not understood, …), then the
    newest; reviewed ones after, newest first."""
    if summary.reviewed:
        return (1, 0, -summary.last)
    rank = PRIORITY.index(summary.top_flag) if summary.top_flag else len(PRIORITY)
    return (0, rank, -summary.last)


def summaries(store, order: str = "newest", **filters: Any) -> List[Summary]:
    """Every conversation in the store, most recent first (``order="inbox"``: see
    ``inbox_key``), filtered (see ``matches``)."""
    all_events = store.all_events()
    notes = store.notes()
    result = [summarize(sid, evs, notes.get(sid)) for sid, evs in all_events.items()]
    result.sort(key=lambda s: s.last, reverse=True)
    if order == "inbox":
        result.sort(key=inbox_key)
    texts = {sid: " ".join(m.text for m in transcript(evs)) for sid, evs in all_events.items()}
    return [s for s in result if matches(s, texts.get(s.sender_id, ""), **filters)]


def matches(
    summary: Summary,
    text: str = "",
    flag: Optional[str] = None,
    condition: Optional[str] = None,
    search: Optional[str] = None,
    reviewed: Optional[bool] = None,
) -> bool:
    if flag and flag not in summary.flags:
        return False
    if condition and condition not in summary.conditions + summary.unlisted:
        return False
    if reviewed is not None and summary.reviewed != reviewed:
        return False
    if search:
        haystack = " ".join([summary.sender_id, text, summary.note]).casefold()
        if search.casefold() not in haystack:
            return False
    return True


def _local_day(timestamp: float, tz: Optional[dt.tzinfo]) -> dt.date:
    return dt.datetime.fromtimestamp(timestamp, dt.timezone.utc).astimezone(tz).date()


def day_start(day_: dt.date, tz: Optional[dt.tzinfo]) -> float:
    """The timestamp of local midnight starting ``day_``."""
    return dt.datetime.combine(day_, dt.time(), tzinfo=tz).astimezone(tz).timestamp()


def stats(
    store,
    top: int = 10,
    days: Optional[int] = None,
    tz: Optional[dt.tzinfo] = None,
    now: Optional[float] = None,
    since: Optional[float] = None,
    until: Optional[float] = None,
) -> Dict[str, Any]:
    """Totals for the overview, the digest and `stats`: per flag, per day, top conditions
    (listed and not), top questions. Only conversations started in [since, until) count;
    ``days``: the last ``days`` local days up to today (since = their first midnight).
    ``per_day`` has every day of the range, empty ones included (local dates in ``tz``,
    None = the server's zone)."""
    now = dt.datetime.now().timestamp() if now is None else now
    today = _local_day(now, tz)
    if days is not None:
        since = day_start(today - dt.timedelta(days=days - 1), tz)
    all_events = store.all_events()
    notes = {sid: row["reviewed"] for sid, row in store.notes().items() if row["reviewed"]}
    items = [summarize(sid, evs) for sid, evs in all_events.items()]
    items = [
        s for s in items
        if (since is None or s.started >= since) and (until is None or s.started < until)
    ]  # fmt: skip
    kept = {s.sender_id for s in items}
    per_day: Counter = Counter(_local_day(s.started, tz) for s in items)
    fallback_per_day: Counter = Counter(
        _local_day(s.started, tz) for s in items if "fallback" in s.flags
    )
    conditions: Counter = Counter(c for s in items for c in s.conditions)
    unlisted: Counter = Counter(c for s in items for c in s.unlisted)
    intents: Counter = Counter()
    user_messages = fallback_messages = 0
    for sid, evs in all_events.items():
        if sid not in kept:
            continue
        for message in transcript(evs):
            if message.role == "user":
                user_messages += 1
                intents[message.intent or "none"] += 1
                fallback_messages += message.intent == FALLBACK_INTENT
    total = len(items)
    first = _local_day(since, tz) if since is not None else min(per_day, default=today)
    last = _local_day(until - 1, tz) if until is not None else max([today, *per_day])
    range_days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    return {
        "conversations": total,
        "user_messages": user_messages,
        "flags": {flag: sum(flag in s.flags for s in items) for flag in FLAGS},
        "fallback_rate": round(fallback_messages / user_messages, 4) if user_messages else 0.0,
        "conversations_with_fallback_rate": (
            round(sum("fallback" in s.flags for s in items) / total, 4) if total else 0.0
        ),
        "per_day": [
            {
                "day": d.isoformat(),
                "conversations": per_day[d],
                "with_fallback": fallback_per_day[d],
            }
            for d in range_days
        ],
        "top_conditions": conditions.most_common(top),
        "top_unlisted": unlisted.most_common(top),
        "top_intents": intents.most_common(top),
        "to_review": sum(1 for s in items if s.flags and not notes.get(s.sender_id)),
    }
