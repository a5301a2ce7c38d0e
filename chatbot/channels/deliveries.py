"""Each platform delivery is handled once, even when the platform sends it again.

Platforms resend a message when they think it was not received (a timeout, a 5xx, a
restart in between), with the same id: Telegram's ``update_id``, Twilio's ``MessageSid``,
Messenger's ``mid``, Slack's ``event_id``. The first delivery *claims* its id with one
INSERT into a small table with a primary key, and marks it done once handled. A later
delivery of the same id is then a duplicate (done: acknowledged, not answered again) or
finds it still being handled (busy: the channel answers 503, so the platform tries again
later). A claim left unfinished for ``HANDLING_SECONDS`` (its server died mid-turn) is
taken over by the next delivery, so a crash loses no acknowledged message.

The table lives in the conversation database (Rasa's SQL tracker store), so a claim holds
across restarts and across several servers sharing that database. When conversations are
not kept in SQL, an in-memory window (one process only) stands in.

This module knows nothing of Rasa: ``SQLDeliveries`` takes a SQLAlchemy engine.
"""

from __future__ import annotations

import asyncio
import enum
import hashlib
import logging
import threading
import time
from collections import OrderedDict
from typing import Any, Callable, Optional, Protocol, Tuple

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from chatbot.channels import ids

logger = logging.getLogger(__name__)

# How long a claim is kept. Slack retries three times within minutes; Telegram keeps an
# undelivered update for up to 24 hours; Meta retries a failing Messenger webhook for up to
# about 36 hours; Twilio retries only when told to, within seconds. 48 hours covers them all.
WINDOW_SECONDS = 48 * 3600
PURGE_EVERY_SECONDS = 600  # old claims are deleted at most this often per process
MEMORY_MAX_ENTRIES = 100_000  # the in-memory window's bound, whatever the traffic
MAX_KEY_CHARS = ids.MAX_ID_CHARS
# Longer than a turn can take (a wait for the conversation's lock, then its actions): a
# claim still unfinished after this long belongs to a server that died mid-turn.
HANDLING_SECONDS = 180

TABLE_NAME = "channel_deliveries"
_metadata = sa.MetaData()
TABLE = sa.Table(
    TABLE_NAME,
    _metadata,
    sa.Column("channel", sa.String(32), primary_key=True),
    sa.Column("delivery_id", sa.String(MAX_KEY_CHARS), primary_key=True),
    sa.Column("received_at", sa.Float, nullable=False, index=True),
    sa.Column("done", sa.Boolean, nullable=False, default=False),
)


class Claim(enum.Enum):
    NEW = "new"  # handle it (the first delivery, or a retry of one whose server died)
    DONE = "done"  # handled already: acknowledge, answer nothing
    BUSY = "busy"  # being handled right now: ask the platform to try again later

    def __bool__(self) -> bool:
        return self is Claim.NEW


class Deliveries(Protocol):
    def claim(self, channel: str, delivery_id: str) -> Claim:
        """``Claim.NEW`` when this delivery is to be handled here."""

    def finish(self, channel: str, delivery_id: str) -> None:
        """The delivery was handled: later ones of this id are duplicates."""

    def release(self, channel: str, delivery_id: str) -> None:
        """Forget a claim (its handling failed), so that a retry is answered."""


def key(delivery_id: str) -> str:
    """The stored form of an id: as sent when it is short and printable, else a hash."""
    if ids.problem(delivery_id) is None:
        return delivery_id
    raw = delivery_id.encode("utf-8", "surrogatepass")
    return "sha256:" + hashlib.sha256(raw).hexdigest()


class SQLDeliveries:
    """Claims kept in a table of the given database (created when missing)."""

    def __init__(
        self,
        engine: sa.engine.Engine,
        window: float = WINDOW_SECONDS,
        clock: Callable[[], float] = time.time,
        stale: float = HANDLING_SECONDS,
    ) -> None:
        self.engine = engine
        self.window = window
        self.clock = clock
        self.stale = stale
        self._ready = False
        self._last_purge = float("-inf")
        self._lock = threading.Lock()

    def _ensure_table(self) -> None:
        if self._ready:
            return
        try:
            TABLE.create(self.engine, checkfirst=True)
        except SQLAlchemyError:
            # Another server may have created it between the check and the CREATE.
            if not sa.inspect(self.engine).has_table(TABLE_NAME):
                raise
        self._ready = True

    def _where(self, channel: str, delivery_id: str) -> Any:
        return (TABLE.c.channel == channel) & (TABLE.c.delivery_id == key(delivery_id))

    def claim(self, channel: str, delivery_id: str) -> Claim:
        self._ensure_table()
        now = self.clock()
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    TABLE.insert().values(
                        channel=channel, delivery_id=key(delivery_id), received_at=now, done=False
                    )
                )
        except IntegrityError:
            return self._claimed_before(channel, delivery_id, now)
        self._purge_now_and_then(now)
        return Claim.NEW

    def _claimed_before(self, channel: str, delivery_id: str, now: float) -> Claim:
        where = self._where(channel, delivery_id)
        with self.engine.begin() as conn:
            row = conn.execute(sa.select(TABLE.c.done, TABLE.c.received_at).where(where)).first()
            if row is None:  # released in between: the platform's next try is answered
                return Claim.BUSY
            if row.done:
                return Claim.DONE
            if now - row.received_at < self.stale:
                return Claim.BUSY
            # Taken over only if nobody else took it since it was read.
            taken = conn.execute(
                TABLE.update()
                .where(where & (TABLE.c.received_at == row.received_at) & ~TABLE.c.done)
                .values(received_at=now)
            ).rowcount
        return Claim.NEW if taken == 1 else Claim.BUSY

    def finish(self, channel: str, delivery_id: str) -> None:
        self._ensure_table()
        with self.engine.begin() as conn:
            conn.execute(TABLE.update().where(self._where(channel, delivery_id)).values(done=True))

    def release(self, channel: str, delivery_id: str) -> None:
        self._ensure_table()
        with self.engine.begin() as conn:
            conn.execute(TABLE.delete().where(self._where(channel, delivery_id)))

    def purge(self, now: Optional[float] = None) -> int:
        """Deletes claims older than the window; returns how many."""
        self._ensure_table()
        cutoff = (self.clock() if now is None else now) - self.window
        with self.engine.begin() as conn:
            return conn.execute(TABLE.delete().where(TABLE.c.received_at < cutoff)).rowcount

    def _purge_now_and_then(self, now: float) -> None:
        with self._lock:
            if now - self._last_purge < PURGE_EVERY_SECONDS:
                return
            self._last_purge = now
        try:
            self.purge(now)
        except SQLAlchemyError as err:  # the claim stands; the next purge will catch up
            logger.warning("could not purge old channel deliveries: %s", err)


class MemoryDeliveries:
    """Claims kept in this process only: for a bot whose conversations are not in SQL."""

    def __init__(
        self,
        window: float = WINDOW_SECONDS,
        clock: Callable[[], float] = time.time,
        max_entries: int = MEMORY_MAX_ENTRIES,
    ) -> None:
        self.window = window
        self.clock = clock
        self.max_entries = max_entries
        # (channel, key) -> [claimed at, done]; a crash empties it, so nothing is left busy.
        self._seen: OrderedDict[Tuple[str, str], list] = OrderedDict()
        self._lock = threading.Lock()

    def claim(self, channel: str, delivery_id: str) -> Claim:
        now = self.clock()
        entry = (channel, key(delivery_id))
        with self._lock:
            while self._seen and (
                len(self._seen) >= self.max_entries
                or next(iter(self._seen.values()))[0] < now - self.window
            ):
                self._seen.popitem(last=False)  # oldest first: claims are in time order
            if entry in self._seen:
                return Claim.DONE if self._seen[entry][1] else Claim.BUSY
            self._seen[entry] = [now, False]
            return Claim.NEW

    def finish(self, channel: str, delivery_id: str) -> None:
        with self._lock:
            state = self._seen.get((channel, key(delivery_id)))
            if state is not None:
                state[1] = True

    def release(self, channel: str, delivery_id: str) -> None:
        with self._lock:
            self._seen.pop((channel, key(delivery_id)), None)


# --- the channels' side: one ledger per server, in the tracker store's database ----------


def _sql_engine(store: object) -> Optional[sa.engine.Engine]:
    """The SQLAlchemy engine of Rasa's SQL tracker store, through its wrappers (fail-safe,
    awaitable), or None when conversations are not kept in SQL."""
    for _ in range(5):
        engine = getattr(store, "engine", None)
        if isinstance(engine, sa.engine.Engine):
            return engine
        store = getattr(store, "_tracker_store", None)
        if store is None:
            return None
    return None


def for_app(app: Any) -> Deliveries:
    """The ledger of a Sanic app running a Rasa agent (rebuilt if its store changes)."""
    ctx = app.ctx
    engine = _sql_engine(getattr(getattr(ctx, "agent", None), "tracker_store", None))
    cached = getattr(ctx, "channel_deliveries", None)
    if cached is not None and cached[0] is engine:
        return cached[1]
    ledger: Deliveries = SQLDeliveries(engine) if engine is not None else MemoryDeliveries()
    if engine is None:
        logger.info("channel deliveries: no SQL tracker store, duplicates checked in memory")
    ctx.channel_deliveries = (engine, ledger)
    return ledger


async def claim(request: Any, channel: str, delivery_id: Optional[str]) -> Claim:
    """Whether this delivery is to be handled (``Claim.NEW``; also for one without an id),
    is a duplicate (``DONE``) or is being handled right now (``BUSY``).

    If the database cannot be reached the message is handled anyway: a rare double answer
    is better than none.
    """
    if delivery_id is None:
        return Claim.NEW
    ledger = for_app(request.app)
    try:
        if isinstance(ledger, SQLDeliveries):  # off the event loop: it may wait on a lock
            return await asyncio.to_thread(ledger.claim, channel, delivery_id)
        return ledger.claim(channel, delivery_id)
    except SQLAlchemyError as err:
        logger.error("%s: duplicate check failed, message handled anyway: %s", channel, err)
        return Claim.NEW


async def _call(request: Any, method: str, channel: str, delivery_id: Optional[str]) -> None:
    if delivery_id is None:
        return
    ledger = for_app(request.app)
    try:
        if isinstance(ledger, SQLDeliveries):
            await asyncio.to_thread(getattr(ledger, method), channel, delivery_id)
        else:
            getattr(ledger, method)(channel, delivery_id)
    except SQLAlchemyError as err:
        logger.error("%s: could not %s a delivery: %s", channel, method, err)


async def finish(request: Any, channel: str, delivery_id: Optional[str]) -> None:
    """After the delivery was handled: later deliveries of its id are duplicates."""
    await _call(request, "finish", channel, delivery_id)


async def release(request: Any, channel: str, delivery_id: Optional[str]) -> None:
    """After a failed handling: a retry of this delivery will be answered."""
    await _call(request, "release", channel, delivery_id)


# Failures a retry may get past: the store, the lock or the network, not the message.
TRANSIENT = (SQLAlchemyError, OSError, asyncio.TimeoutError, ConnectionError)


def transient(err: BaseException) -> bool:
    """A failure worth the platform's retry (answered ``busy()``). A message that fails on
    its own would fail at every retry: it is acknowledged, since a platform that keeps
    resending it holds back what comes after it, or gives up on the webhook."""
    from rasa.core.lock_store import LockError

    return isinstance(err, TRANSIENT + (LockError,))


def busy() -> Any:
    """The answer that makes a platform deliver again later."""
    from sanic import response

    return response.text("try again later", status=503, headers={"Retry-After": "30"})
