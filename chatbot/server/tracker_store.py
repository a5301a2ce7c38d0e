"""Rasa's SQL conversation store, reading only the recent part of a long conversation,
and never quoting what visitors wrote in its error messages.

Rasa 3.6 rebuilds the whole current session from the database on every message (and the
policies and the action server then walk all of it), so a visitor's 300th message cost
several times their first. Here a conversation is read back as its last ``window``
events, after a short synthetic start that restores the slots as they stood where the
window begins. Nothing is lost: every event is still written, the review tool and
``retrieve_full_tracker`` (the HTTP API) read everything, and only the new events of a
turn are saved. What the window must cover: the policies' history (MemoizationPolicy
``max_history``, the rules) and the actions' look-back (fallbacks in a row), a few
turns at most; a turn is about five to eight events.

Writes leave the event loop free: Rasa commits in the loop, so every other visitor waited
for each commit's disk flush. Here the commit runs in a worker thread (the conversation's
lock is held until it returns, so a reply still follows its own events to disk), and an
SQLite file is kept in write-ahead-log mode with full sync: one flush of the log per
commit instead of the rollback journal's several, and an acknowledged message survives a
power cut all the same. An SQLite file's connections stay open, and one thread writes it.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import weakref
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Dict, Iterator, List, Optional, Text

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import QueuePool

DEFAULT_WINDOW = 50
IN_MEMORY = (None, "", ":memory:")  # each pooled connection would be a new database
_STORED = "_events_in_store"  # how many of a tracker's events the store holds


def durable_wal(dbapi_connection: Any, _record: Any = None) -> None:
    """SQLite: a flush on every commit (as a "connect" listener, on each connection) and,
    called directly (once, at start-up), a write-ahead log, which the file then keeps."""
    cursor = dbapi_connection.cursor()
    if _record is None:
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


class RecentEventsSQLTrackerStore(SQLTrackerStore):
    """``SQLTrackerStore`` with a bounded read; loadable by module path from endpoints.yml."""

    def __init__(self, *args: Any, window: int = DEFAULT_WINDOW, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # A database error quotes the statement's parameters (a visitor's words) in its
        # text, which the channels' error logs would repeat.
        self.engine.hide_parameters = True
        self._writer: Optional[ThreadPoolExecutor] = None
        if self.engine.dialect.name == "sqlite":
            if self.engine.url.database not in IN_MEMORY:
                self._keep_connections_open()
            with self.engine.connect() as conn:  # once: the mode stays with the file
                durable_wal(conn.connection.dbapi_connection)
            sa.event.listen(self.engine, "connect", durable_wal)
        self.window = int(window)
        if self.window < 20:
            raise ValueError("tracker store window: at least 20 events")

    def _keep_connections_open(self) -> None:
        """SQLAlchemy 1.4 opens a new connection to a file for every read and write: keep
        them open. And one thread writes: SQLite takes one writer at a time, and writers
        that wait for each other sleep in steps of milliseconds."""
        url = self.engine.url
        self.engine.dispose()
        self.engine = sa.create_engine(
            url,
            poolclass=QueuePool,
            connect_args={"check_same_thread": False},  # each one used by one thread at a time
            hide_parameters=True,
        )
        self.sessionmaker = sessionmaker(bind=self.engine)
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="conversation-writer")
        # A model reload makes a new store: the old one's thread and connections go
        # with it (pending writes first).
        weakref.finalize(self, self._writer.shutdown, wait=True)
        weakref.finalize(self, self.engine.dispose)

    async def _retrieve(
        self, sender_id: Text, fetch_events_from_all_sessions: bool
    ) -> Optional[DialogueStateTracker]:
        if fetch_events_from_all_sessions or not self.domain:
            return await super()._retrieve(sender_id, fetch_events_from_all_sessions)
        with self.session_scope() as session:
            query = self._event_query(session, sender_id, fetch_events_from_all_sessions=False)
            event = self.SQLEvent
            # Columns, not ORM objects: building and tracking an object per row cost more
            # than the query.
            newest_first = query.order_by(None).order_by(event.id.desc())
            columns = newest_first.with_entities(event.id, event.timestamp, event.data)
            rows = columns.limit(self.window + 1).all()[::-1]
            if not rows:
                return None
            prefix: List[Dict[str, Any]] = []
            if len(rows) > self.window:
                rows = rows[1:]
                prefix = self._restart_before(session, query, rows[0])
            events = [json.loads(row.data) for row in rows]
        tracker = DialogueStateTracker.from_dict(sender_id, prefix + events, self.domain.slots)
        setattr(tracker, _STORED, len(tracker.events))
        return tracker

    def _restart_before(self, session: Any, query: Any, first: Any) -> List[Dict[str, Any]]:
        """A session start, then the slots as they were just before ``first``."""
        event = self.SQLEvent
        # Rasa stores a SlotSet's slot name in the action_name column: the newest value of
        # each slot is one grouped query, without reading every older event back.
        latest = (
            query.filter(event.type_name == SlotSet.type_name, event.id < first.id)
            .order_by(None)
            .with_entities(sa.func.max(event.id))
            .group_by(event.action_name)
        )
        ids = [newest for (newest,) in latest.all()]
        rows = session.query(event.data).filter(event.id.in_(ids)).all() if ids else []
        values = {d.get("name"): d.get("value") for d in (json.loads(r.data) for r in rows)}
        at = first.timestamp
        start = [ActionExecuted(ACTION_SESSION_START_NAME, timestamp=at), SessionStarted(at)]
        slots = [SlotSet(name, value, timestamp=at) for name, value in values.items() if name]
        listen = [ActionExecuted(ACTION_LISTEN_NAME, timestamp=at)]
        return [e.as_dict() for e in start + slots + listen]

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator:
        stored = getattr(tracker, _STORED, None)
        if stored is None:  # a tracker this store did not read: Rasa's own count
            return super()._additional_events(session, tracker)
        return itertools.islice(tracker.events, stored, len(tracker.events))

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        await asyncio.get_running_loop().run_in_executor(self._writer, self._write, tracker)
        # Its events are all stored now, a new conversation's too: the next save of this
        # tracker writes what follows them, without Rasa's count of the stored rows.
        setattr(tracker, _STORED, len(tracker.events))

    def _write(self, tracker: DialogueStateTracker) -> None:
        """The rows Rasa's ``SQLTrackerStore.save`` writes, off the event loop."""
        with self.session_scope() as session:
            rows = []
            for event in self._additional_events(session, tracker):
                data = event.as_dict()
                intent = data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY)
                rows.append(
                    {
                        "sender_id": tracker.sender_id,
                        "type_name": event.type_name,
                        "timestamp": data.get("timestamp"),
                        "intent_name": intent,
                        "action_name": data.get("name"),
                        "data": json.dumps(data),
                    }
                )
            if rows:
                # One statement for all the rows: the ORM's unit of work per event cost
                # more than the commit (and the thread holds the interpreter meanwhile).
                session.execute(sa.insert(self.SQLEvent.__table__), rows)
                session.commit()
