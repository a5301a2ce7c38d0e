"""Read and delete conversations in Rasa's SQL tracker store (SQLite or PostgreSQL).

Rasa 3.6's ``SQLTrackerStore`` keeps one row per event in the table ``events``
(id, sender_id, type_name, timestamp, intent_name, action_name, data = the event as JSON).
A *conversation* here is everything stored for one ``sender_id`` (all its sessions).

The review tool's own data (reviewed mark, private note) lives in a separate table,
``review_notes``, created on first use, and so do the "teach the bot" corrections
(``review_corrections``); deleting a conversation deletes its note and corrections too.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url

from chatbot.home import home, var_dir

DAY = 86400.0

metadata = sa.MetaData()
# Rasa's table, described (never created or altered) by us.
events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sender_id", sa.String(255), nullable=False),
    sa.Column("type_name", sa.String(255), nullable=False),
    sa.Column("timestamp", sa.Float),
    sa.Column("intent_name", sa.String(255)),
    sa.Column("action_name", sa.String(255)),
    sa.Column("data", sa.Text),
)
notes_metadata = sa.MetaData()
notes = sa.Table(
    "review_notes",
    notes_metadata,
    sa.Column("sender_id", sa.String(255), primary_key=True),
    sa.Column("reviewed", sa.Boolean, nullable=False, default=False),
    sa.Column("note", sa.Text, nullable=False, default=""),
    sa.Column("updated", sa.Float),
)
# "Teach the bot": the right intent (and condition) for one visitor message.
corrections = sa.Table(
    "review_corrections",
    notes_metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("sender_id", sa.String(255), nullable=False, index=True),
    sa.Column("event_id", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("intent", sa.String(255), nullable=False),
    sa.Column("condition", sa.String(255)),
    sa.Column("updated", sa.Float),
    sa.UniqueConstraint("sender_id", "event_id", name="uq_review_corrections_message"),
)
# E-mail alerts (chatbot/review/notify.py): the last one per conversation, and the
# token its link carries instead of the conversation id (which may be a phone number).
alerts = sa.Table(
    "review_alerts",
    notes_metadata,
    sa.Column("sender_id", sa.String(255), primary_key=True),
    sa.Column("event_id", sa.Integer, nullable=False),
    sa.Column("token", sa.String(64), nullable=False, unique=True),
    sa.Column("sent", sa.Float, nullable=False),
)
digests = sa.Table(
    "review_digests",
    notes_metadata,
    sa.Column("day", sa.String(10), primary_key=True),
    sa.Column("sent", sa.Float, nullable=False),
)


def database_url(url: Optional[str] = None) -> str:
    """The URL given, else $CHATBOT_DB_URL, else the bot's default SQLite file.

    A relative SQLite path is taken from the repository root (where ``make run`` runs
    the bot), so the tool finds the same file from any working directory.
    """
    url = url or os.environ.get("CHATBOT_DB_URL") or f"sqlite:///{var_dir() / 'conversations.db'}"
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        path = Path(parsed.database)
        if not path.is_absolute():
            url = str(parsed.set(database=str(home() / path)))
    return url


def safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    return make_url(url).render_as_string(hide_password=True)


class Store:
    def __init__(self, url: Optional[str] = None, engine: Optional[Engine] = None) -> None:
        self.url = database_url(url)
        self.engine = engine or sa.create_engine(self.url, future=True)

    # --- reading -----------------------------------------------------------------------
    def has_events(self) -> bool:
        return sa.inspect(self.engine).has_table("events")

    def sender_ids(self) -> List[str]:
        """Conversation ids, most recently active first."""
        if not self.has_events():
            return []
        last = sa.func.max(events.c.timestamp)
        query = sa.select(events.c.sender_id).group_by(events.c.sender_id).order_by(last.desc())
        with self.engine.connect() as conn:
            return [row[0] for row in conn.execute(query)]

    def events(self, sender_id: str) -> List[Dict[str, Any]]:
        """The conversation's events (Rasa's JSON), oldest first, with the row id as ``_id``."""
        return self.all_events([sender_id]).get(sender_id, [])

    def all_events(self, sender_ids: Optional[Iterable[str]] = None) -> Dict[str, List[Dict]]:
        """Events of many conversations in one query: {sender_id: [event, ...]}."""
        if not self.has_events():
            return {}
        query = sa.select(events.c.id, events.c.sender_id, events.c.data).order_by(
            events.c.sender_id, events.c.timestamp, events.c.id
        )
        if sender_ids is not None:
            query = query.where(events.c.sender_id.in_(list(sender_ids)))
        result: Dict[str, List[Dict]] = {}
        with self.engine.connect() as conn:
            for row_id, sender_id, data in conn.execute(query):
                try:
                    event = json.loads(data or "{}")
                except ValueError:
                    event = {}
                event["_id"] = row_id
                result.setdefault(sender_id, []).append(event)
        return result

    # --- deleting ----------------------------------------------------------------------
    def delete(self, sender_id: str) -> int:
        """Deletes one whole conversation (and its review note); returns the rows removed."""
        return self._delete([sender_id])

    def expired(self, older_than_days: float, now: Optional[float] = None) -> List[str]:
        """Conversations whose last event is more than ``older_than_days`` days old."""
        if not self.has_events():
            return []
        cutoff = (time.time() if now is None else now) - older_than_days * DAY
        query = (
            sa.select(events.c.sender_id)
            .group_by(events.c.sender_id)
            .having(sa.func.max(events.c.timestamp) < cutoff)
        )
        with self.engine.connect() as conn:
            return [row[0] for row in conn.execute(query)]

    def purge(self, older_than_days: float, now: Optional[float] = None) -> List[str]:
        """Deletes every conversation whose last event is older than the cut-off."""
        if older_than_days < 0:
            raise ValueError("older_than_days must be >= 0")
        ids = self.expired(older_than_days, now)
        if ids:
            self._delete(ids)
        return ids

    def _delete(self, sender_ids: List[str]) -> int:
        removed = 0
        with self.engine.begin() as conn:
            for start in range(0, len(sender_ids), 500):  # stay under bind-parameter limits
                chunk = sender_ids[start : start + 500]
                if self.has_events():
                    removed += conn.execute(
                        events.delete().where(events.c.sender_id.in_(chunk))
                    ).rowcount
                if sa.inspect(conn).has_table("review_notes"):
                    conn.execute(notes.delete().where(notes.c.sender_id.in_(chunk)))
                if sa.inspect(conn).has_table("review_corrections"):
                    conn.execute(corrections.delete().where(corrections.c.sender_id.in_(chunk)))
                if sa.inspect(conn).has_table("review_alerts"):
                    conn.execute(alerts.delete().where(alerts.c.sender_id.in_(chunk)))
        if self.engine.dialect.name == "sqlite":
            # Deleted means gone: SQLite keeps freed pages (with the old text) until VACUUM,
            # and the bot's write-ahead log keeps copies of pages until it is truncated.
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("VACUUM")
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            except sa.exc.OperationalError:  # busy: the rows are gone, pages freed later
                pass
        return removed

    # --- review notes ------------------------------------------------------------------
    def _ensure_notes(self) -> None:
        notes_metadata.create_all(self.engine, checkfirst=True)

    def notes(self) -> Dict[str, Dict[str, Any]]:
        if not sa.inspect(self.engine).has_table("review_notes"):
            return {}
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(notes)).mappings().all()
        return {row["sender_id"]: dict(row) for row in rows}

    def set_note(
        self, sender_id: str, reviewed: Optional[bool] = None, note: Optional[str] = None
    ) -> None:
        self._ensure_notes()
        current = self.notes().get(sender_id)
        values = {
            "reviewed": bool(current["reviewed"]) if current else False,
            "note": current["note"] if current else "",
            "updated": time.time(),
        }
        if reviewed is not None:
            values["reviewed"] = reviewed
        if note is not None:
            values["note"] = note
        with self.engine.begin() as conn:
            if current:
                conn.execute(notes.update().where(notes.c.sender_id == sender_id).values(**values))
            else:
                conn.execute(notes.insert().values(sender_id=sender_id, **values))

    # --- corrections ("teach the bot") --------------------------------------------------
    def corrections(self, sender_id: Optional[str] = None) -> List[Dict[str, Any]]:
        """Stored corrections (oldest first), of one conversation or of all."""
        if not sa.inspect(self.engine).has_table("review_corrections"):
            return []
        query = sa.select(corrections).order_by(corrections.c.id)
        if sender_id is not None:
            query = query.where(corrections.c.sender_id == sender_id)
        with self.engine.connect() as conn:
            return [dict(row) for row in conn.execute(query).mappings().all()]

    def set_correction(
        self, sender_id: str, event_id: int, text: str, intent: str, condition: Optional[str]
    ) -> None:
        """Stores (or replaces) the correction of one visitor message."""
        self._ensure_notes()
        values = {"text": text, "intent": intent, "condition": condition or None}
        values["updated"] = time.time()
        where = sa.and_(corrections.c.sender_id == sender_id, corrections.c.event_id == event_id)
        with self.engine.begin() as conn:
            if conn.execute(corrections.update().where(where).values(**values)).rowcount == 0:
                conn.execute(
                    corrections.insert().values(sender_id=sender_id, event_id=event_id, **values)
                )

    # --- e-mail alerts and digests -------------------------------------------------------
    def alerts(self) -> Dict[str, Dict[str, Any]]:
        """{sender_id: {event_id, token, sent}} of the last alert of each conversation."""
        if not sa.inspect(self.engine).has_table("review_alerts"):
            return {}
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(alerts)).mappings().all()
        return {row["sender_id"]: dict(row) for row in rows}

    def set_alert(self, sender_id: str, event_id: int, token: str, sent: float) -> None:
        self._ensure_notes()
        values = {"event_id": event_id, "token": token, "sent": sent}
        with self.engine.begin() as conn:
            where = alerts.c.sender_id == sender_id
            if conn.execute(alerts.update().where(where).values(**values)).rowcount == 0:
                conn.execute(alerts.insert().values(sender_id=sender_id, **values))

    def alert_sender(self, token: str) -> Optional[str]:
        """The conversation an alert's link points to (None: unknown or deleted)."""
        if not token or not sa.inspect(self.engine).has_table("review_alerts"):
            return None
        query = sa.select(alerts.c.sender_id).where(alerts.c.token == token)
        with self.engine.connect() as conn:
            return conn.execute(query).scalar()

    def digest_sent(self, day: str) -> bool:
        if not sa.inspect(self.engine).has_table("review_digests"):
            return False
        query = sa.select(digests.c.day).where(digests.c.day == day)
        with self.engine.connect() as conn:
            return conn.execute(query).scalar() is not None

    def set_digest_sent(self, day: str, sent: float) -> None:
        self._ensure_notes()
        with self.engine.begin() as conn:
            conn.execute(digests.insert().values(day=day, sent=sent))
