"""What the therapist sees of a conversation: flags, conditions, turns, channel, transcript.

Works on the events of one ``sender_id`` as Rasa stores them (see ``store.py``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any, Dict, Iterable, List, Optional

FLAGS = ("fallback", "out_of_scope", "crisis", "human")
FLAG_LABELS = {
    "fallback": "not understood",
    "out_of_scope": "out of scope",
    "crisis": "crisis / emergency",
    "human": "asked for a person",
}
FALLBACK_INTENT = "nlu_fallback"
FLAG_INTENTS = {
    FALLBACK_INTENT: "fallback",
    "out_of_scope": "out_of_scope",
    "crisis": "crisis",
    "emergency": "crisis",
    "request_human": "human",
}
FLAG_ACTIONS = {
    "action_fallback": "fallback",
    "action_crisis_response": "crisis",
    "action_emergency_response": "crisis",
}
LOW_CONFIDENCE = 0.5


@dataclass
class Message:
    role: str  # "user" or "bot"
    text: str
    timestamp: float
    intent: Optional[str] = None
    confidence: Optional[float] = None
    conditions: List[str] = field(default_factory=list)
    event_id: Optional[int] = None

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

    @property
    def date(self) -> str:
        return day(self.started)

    def as_dict(self) -> Dict[str, Any]:
        data = asdict(self)
        data["started_iso"] = iso(self.started)
        data["last_iso"] = iso(self.last)
        return data


def iso(timestamp: float) -> str:
    return dt.datetime.fromtimestamp(timestamp, dt.timezone.utc).isoformat(timespec="seconds")


def day(timestamp: float) -> str:
    return dt.datetime.fromtimestamp(timestamp, dt.timezone.utc).date().isoformat()


def _conditions(event: Dict[str, Any]) -> List[str]:
    entities = (event.get("parse_data") or {}).get("entities") or []
    found = []
    for entity in entities:
        if isinstance(entity, dict) and entity.get("entity") == "condition":
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
            intent = (event.get("parse_data") or {}).get("intent") or {}
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
                )
            )
        elif kind == "bot" and event.get("text"):
            messages.append(Message("bot", event["text"], event.get("timestamp") or 0.0))
    return messages


def summarize(sender_id: str, events: List[Dict[str, Any]], note: Optional[Dict] = None) -> Summary:
    flags, conditions, channels = set(), [], []
    turns, first = 0, ""
    stamps = [e["timestamp"] for e in events if isinstance(e.get("timestamp"), (int, float))]
    for event in events:
        kind = event.get("event")
        if kind == "user":
            turns += 1
            first = first or (event.get("text") or "")
            intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
            if intent in FLAG_INTENTS:
                flags.add(FLAG_INTENTS[intent])
            for condition in _conditions(event):
                if condition not in conditions:
                    conditions.append(condition)
            channel = event.get("input_channel")
            if channel and channel not in channels:
                channels.append(channel)
        elif kind == "action" and event.get("name") in FLAG_ACTIONS:
            flags.add(FLAG_ACTIONS[event["name"]])
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
    )


def summaries(store, **filters: Any) -> List[Summary]:
    """Every conversation in the store, most recent first, filtered (see ``matches``)."""
    all_events = store.all_events()
    notes = store.notes()
    result = [summarize(sid, evs, notes.get(sid)) for sid, evs in all_events.items()]
    result.sort(key=lambda s: s.last, reverse=True)
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
    if condition and condition not in summary.conditions:
        return False
    if reviewed is not None and summary.reviewed != reviewed:
        return False
    if search:
        haystack = " ".join([summary.sender_id, text, summary.note]).casefold()
        if search.casefold() not in haystack:
            return False
    return True


def stats(store, top: int = 10) -> Dict[str, Any]:
    """Totals for the overview and `stats`: per flag, per day, top conditions and questions."""
    all_events = store.all_events()
    items = [summarize(sid, evs) for sid, evs in all_events.items()]
    per_day: Counter = Counter(s.date for s in items)
    fallback_per_day: Counter = Counter(s.date for s in items if "fallback" in s.flags)
    conditions: Counter = Counter(c for s in items for c in s.conditions)
    intents: Counter = Counter()
    user_messages = fallback_messages = 0
    for evs in all_events.values():
        for message in transcript(evs):
            if message.role == "user":
                user_messages += 1
                intents[message.intent or "none"] += 1
                fallback_messages += message.intent == FALLBACK_INTENT
    total = len(items)
    return {
        "conversations": total,
        "user_messages": user_messages,
        "flags": {flag: sum(flag in s.flags for s in items) for flag in FLAGS},
        "fallback_rate": round(fallback_messages / user_messages, 4) if user_messages else 0.0,
        "conversations_with_fallback_rate": (
            round(sum("fallback" in s.flags for s in items) / total, 4) if total else 0.0
        ),
        "per_day": [
            {"day": d, "conversations": per_day[d], "with_fallback": fallback_per_day[d]}
            for d in sorted(per_day)
        ],
        "top_conditions": conditions.most_common(top),
        "top_intents": intents.most_common(top),
    }
