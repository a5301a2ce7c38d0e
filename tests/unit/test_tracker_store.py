"""The conversation store reads a bounded window of a long conversation and loses nothing
(chatbot.server.tracker_store), on a real SQLite database through Rasa's own store code."""

import asyncio
import sqlite3
import threading

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from chatbot.server.tracker_store import RecentEventsSQLTrackerStore
from scripts.servers import ROOT

WINDOW = 40


@pytest.fixture(scope="module")
def domain():
    return Domain.load(str(ROOT / "domain.yml"))


@pytest.fixture
def stores(domain, tmp_path):
    db = str(tmp_path / "c.db")
    windowed = RecentEventsSQLTrackerStore(domain, dialect="sqlite", db=db, window=WINDOW)
    return windowed, SQLTrackerStore(domain, dialect="sqlite", db=db)


def turn(i, slot=None):
    events = [UserUttered(f"message {i}", {"name": "greet", "confidence": 1.0})]
    events += [ActionExecuted("action_answer_condition")]
    if slot:
        events.append(SlotSet("condition", slot))
    events += [BotUttered(f"answer {i}"), ActionExecuted("action_listen")]
    return events


def run(coro):
    return asyncio.run(coro)


def converse(store, domain, sender, turns, slot_at=None):
    """Saves ``turns`` turns, one save per turn as the Rasa server does."""
    tracker = run(store.retrieve(sender)) or DialogueStateTracker(sender, domain.slots)
    for i in range(turns):
        for event in turn(i, slot=["fibromyalgia"] if i == slot_at else None):
            tracker.update(event)
        run(store.save(tracker))
        tracker = run(store.retrieve(sender))
    return tracker


def test_a_long_conversation_is_read_back_as_a_bounded_window(stores, domain):
    windowed, full = stores
    converse(windowed, domain, "rest:long", 60, slot_at=3)
    recent = run(windowed.retrieve("rest:long"))
    everything = run(full.retrieve("rest:long"))
    assert len(everything.events) == 60 * 4 + 1  # the slot once, nothing written twice
    assert len(recent.events) <= WINDOW + 4
    assert recent.latest_message.text == everything.latest_message.text == "message 59"
    # The slot was set long before the window: it is restored, as Rasa's full read has it.
    assert recent.get_slot("condition") == everything.get_slot("condition") == ["fibromyalgia"]
    assert recent.current_slot_values() == everything.current_slot_values()
    tail = [e for e in recent.events if isinstance(e, UserUttered)][-5:]
    assert [e.text for e in tail] == [f"message {i}" for i in range(55, 60)]


def test_each_turn_saves_only_its_new_events(stores, domain):
    windowed, full = stores
    tracker = converse(windowed, domain, "rest:count", 30)
    for event in turn(99):
        tracker.update(event)
    run(windowed.save(tracker))
    run(windowed.save(tracker))  # saving again writes nothing more
    everything = run(full.retrieve("rest:count"))
    texts = [e.text for e in everything.events if isinstance(e, UserUttered)]
    assert texts == [f"message {i}" for i in range(30)] + ["message 99"]


def test_a_short_conversation_is_read_as_rasa_reads_it(stores, domain):
    windowed, full = stores
    converse(windowed, domain, "rest:short", 5)
    assert list(run(windowed.retrieve("rest:short")).events) == list(
        run(full.retrieve("rest:short")).events
    )
    assert run(windowed.retrieve("rest:nobody")) is None


def test_the_full_conversation_is_still_available(stores, domain):
    windowed, _ = stores
    converse(windowed, domain, "rest:all", 30)
    full = run(windowed.retrieve_full_tracker("rest:all"))
    assert len([e for e in full.events if isinstance(e, UserUttered)]) == 30


def test_a_database_error_does_not_quote_the_visitors_words(stores, domain):
    import sqlalchemy as sa

    windowed, _ = stores
    converse(windowed, domain, "rest:quiet", 1)
    with windowed.engine.begin() as db:
        db.execute(sa.text("CREATE TRIGGER no_more BEFORE INSERT ON events "
                           "BEGIN SELECT RAISE(ABORT, 'disk full'); END"))  # fmt: skip
    tracker = run(windowed.retrieve("rest:quiet"))
    tracker.update(UserUttered("my private health words", {"name": "greet", "confidence": 1.0}))
    with pytest.raises(sa.exc.DatabaseError) as err:
        run(windowed.save(tracker))
    assert "private health" not in str(err.value) and "disk full" in str(err.value)


def test_sqlite_file_is_a_durable_write_ahead_log(stores, domain, tmp_path):
    windowed, _ = stores
    converse(windowed, domain, "rest:one", 1)
    with windowed.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_a_slow_write_does_not_hold_up_other_visitors(stores, domain, tmp_path):
    """While one conversation's commit waits for the disk (here: for another writer's
    lock), the event loop goes on serving everyone else."""
    windowed, _ = stores
    converse(windowed, domain, "rest:first", 1)  # the file exists, in WAL mode
    tracker = run(windowed.retrieve("rest:first"))
    for event in turn(1):
        tracker.update(event)
    blocker = sqlite3.connect(tmp_path / "c.db", isolation_level=None, check_same_thread=False)
    blocker.execute("BEGIN IMMEDIATE")  # holds the write lock
    threading.Timer(0.5, blocker.rollback).start()

    async def both():
        ticks = 0

        async def ticker():
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        task = asyncio.create_task(ticker())
        await windowed.save(tracker)
        task.cancel()
        return ticks

    try:
        assert run(both()) >= 20  # the loop ran throughout the half-second wait
    finally:
        blocker.close()
    assert len(run(windowed.retrieve("rest:first")).events) == len(tracker.events)


def test_a_new_conversation_is_written_once_without_counting_the_stored_rows(
    stores, domain, monkeypatch
):
    windowed, full = stores
    tracker = DialogueStateTracker("rest:new", domain.slots)  # not read from the store
    for event in turn(0):
        tracker.update(event)
    run(windowed.save(tracker))
    monkeypatch.setattr(SQLTrackerStore, "_additional_events",
                        lambda *a: pytest.fail("counted the stored rows again"))  # fmt: skip
    for event in turn(1):
        tracker.update(event)
    run(windowed.save(tracker))
    texts = [e.text for e in run(full.retrieve("rest:new")).events if isinstance(e, UserUttered)]
    assert texts == ["message 0", "message 1"]


def test_sqlite_connections_stay_open_and_one_thread_writes(stores, domain, monkeypatch):
    import sqlalchemy as sa

    windowed, _ = stores
    opened, writers = [], set()
    sa.event.listen(windowed.engine, "connect", lambda *a: opened.append(1))
    write = RecentEventsSQLTrackerStore._write
    monkeypatch.setattr(RecentEventsSQLTrackerStore, "_write",
                        lambda self, t: writers.add(threading.get_ident()) or write(self, t))  # fmt: skip

    async def visitors():
        trackers = [DialogueStateTracker(f"rest:v{i}", domain.slots) for i in range(8)]
        for tracker in trackers:
            tracker.update(turn(0)[0])
        await asyncio.gather(*(windowed.save(t) for t in trackers))
        return [await windowed.retrieve(t.sender_id) for t in trackers]

    for _ in range(3):
        assert all(t.latest_message.text == "message 0" for t in run(visitors()))
    assert len(writers) == 1
    assert len(opened) <= 2  # one for reading, one for writing, kept

