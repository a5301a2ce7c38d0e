"""Store, summaries, retention and deletion on a real SQLite database (the same tests on
PostgreSQL: tests/e2e/review/test_store_postgres.py).

The rows are written by Rasa's own SQLTrackerStore (tests/conversations.py).
"""

import sqlite3
import time
from contextlib import closing

import pytest
import sqlalchemy as sa

from chatbot.review import summary as sm
from chatbot.review.store import Store, database_url
from chatbot.server.tracker_store import durable_wal
from tests.conversations import SAMPLE, bot_says, user, write_conversation, write_sample

DAY = 86400


@pytest.fixture(params=["sqlite"])
def db_url(request, sqlite_url):
    return sqlite_url


def rows(url, sender_id=None):
    engine = sa.create_engine(url)
    query = "SELECT count(*) FROM events"
    with engine.connect() as conn:
        if sender_id is None:
            n = conn.exec_driver_sql(query).scalar()
        else:
            n = conn.execute(sa.text(query + " WHERE sender_id = :s"), {"s": sender_id}).scalar()
    engine.dispose()
    return n


def by_id(items):
    return {s.sender_id: s for s in items}


def test_flags_conditions_turns_channel(db_url):
    write_sample(db_url)
    store = Store(db_url)
    items = by_id(sm.summaries(store))
    assert set(items) == set(SAMPLE)
    assert items["conv-sciatica"].conditions == ["sciatic_pain", "fibromyalgia", "migraines"]
    assert items["conv-sciatica"].flags == []
    assert items["conv-sciatica"].turns == 2
    assert items["conv-sciatica"].channel == "rest"
    assert items["conv-fallback"].flags == ["fallback"]
    assert items["conv-crisis"].flags == ["crisis"]
    assert items["conv-human"].flags == ["human"]
    assert items["conv-oos"].flags == ["out_of_scope"]


def test_filters_and_search(db_url):
    write_sample(db_url)
    store = Store(db_url)
    assert [s.sender_id for s in sm.summaries(store, flag="fallback")] == ["conv-fallback"]
    assert [s.sender_id for s in sm.summaries(store, condition="migraines")] == ["conv-sciatica"]
    assert [s.sender_id for s in sm.summaries(store, search="REAL PERSON")] == ["conv-human"]
    assert sm.summaries(store, search="nothing like this") == []


def test_transcript_has_intent_and_confidence(db_url):
    write_sample(db_url)
    messages = sm.transcript(Store(db_url).events("conv-sciatica"))
    assert [(m.role, m.text) for m in messages][:2] == [
        ("user", "can massage help with sciatica?"),
        ("bot", "Yes: Sciatic pain is on Renée's list."),
    ]
    assert (messages[0].intent, messages[0].confidence) == ("ask_condition", 0.9)
    assert messages[0].conditions == ["sciatic_pain"]


def test_stats(db_url):
    write_sample(db_url)
    data = sm.stats(Store(db_url))
    assert data["conversations"] == 5
    assert data["flags"] == {"fallback": 1, "out_of_scope": 1, "crisis": 1, "human": 1}
    assert data["user_messages"] == 6
    assert data["fallback_rate"] == round(1 / 6, 4)
    assert data["top_conditions"][0] == ("sciatic_pain", 1)
    assert sum(row["conversations"] for row in data["per_day"]) == 5


def test_delete_removes_every_row_of_one_conversation(db_url):
    write_sample(db_url)
    store = Store(db_url)
    store.set_note("conv-human", reviewed=True, note="called her back")
    before = rows(db_url)
    n = rows(db_url, "conv-human")
    assert store.delete("conv-human") == n > 0
    assert rows(db_url, "conv-human") == 0
    assert rows(db_url) == before - n
    assert "conv-human" not in store.notes()
    assert store.delete("conv-human") == 0


def test_purge_deletes_whole_conversations_by_last_event(db_url):
    now = time.time()
    write_conversation(db_url, "old", [user("hello", "greet")], start=now - 100 * DAY)
    # Started long ago but still going: kept (its last event is recent).
    write_conversation(db_url, "long", [user("hi", "greet")], start=now - 100 * DAY)
    write_conversation(db_url, "long", [bot_says("hi again")], start=now - 1 * DAY)
    write_conversation(db_url, "new", [user("hi", "greet")], start=now - 10 * DAY)
    store = Store(db_url)
    assert sorted(store.expired(90)) == ["old"]
    assert store.purge(90) == ["old"]
    assert rows(db_url, "old") == 0
    assert rows(db_url, "long") > 0 and rows(db_url, "new") > 0
    assert sorted(store.purge(0)) == ["long", "new"]
    assert rows(db_url) == 0


def test_notes_round_trip(db_url):
    write_sample(db_url)
    store = Store(db_url)
    store.set_note("conv-crisis", reviewed=True)
    store.set_note("conv-crisis", note="followed up <b>by phone</b>")
    item = by_id(sm.summaries(store))["conv-crisis"]
    assert item.reviewed and item.note == "followed up <b>by phone</b>"
    assert [s.sender_id for s in sm.summaries(store, reviewed=True)] == ["conv-crisis"]


def test_empty_database(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'none.db'}")
    assert sm.summaries(store) == [] and store.purge(1) == [] and store.delete("x") == 0
    assert sm.stats(store)["conversations"] == 0


def test_database_url(monkeypatch, tmp_path):
    monkeypatch.delenv("CHATBOT_DB_URL", raising=False)
    assert database_url().endswith("/var/conversations.db")
    assert database_url().startswith("sqlite:////")
    monkeypatch.setenv("CHATBOT_DB_URL", "postgresql://u:p@db/x")
    assert database_url() == "postgresql://u:p@db/x"
    assert database_url(f"sqlite:///{tmp_path}/a.db") == f"sqlite:///{tmp_path}/a.db"


def test_sqlite_delete_leaves_no_trace_in_the_file(tmp_path):
    url = f"sqlite:///{tmp_path / 'c.db'}"
    write_conversation(url, "secret", [user("my neighbour Zebediah has sciatica", "ask_condition")])
    write_conversation(url, "other", [user("hello", "greet")])
    Store(url).delete("secret")
    assert b"Zebediah" not in (tmp_path / "c.db").read_bytes()


def test_sqlite_delete_leaves_no_trace_in_the_write_ahead_log(tmp_path):
    """The bot keeps its SQLite file in WAL mode; another process (the bot, the review
    app) holding the file open keeps the log, and its old pages, in place."""
    db = tmp_path / "c.db"
    url = f"sqlite:///{db}"
    with closing(sqlite3.connect(db)) as conn:
        durable_wal(conn)  # the bot's store's settings (the mode stays with the file)
    held = sqlite3.connect(db)
    held.execute("PRAGMA journal_mode").fetchall()
    try:
        write_conversation(
            url, "secret", [user("my neighbour Zebediah has sciatica", "ask_condition")]
        )
        write_conversation(url, "other", [user("hello", "greet")])
        files = sorted(tmp_path.glob("c.db*"))
        assert b"Zebediah" in b"".join(f.read_bytes() for f in files)
        assert (tmp_path / "c.db-wal").exists()
        Store(url).delete("secret")
        for f in sorted(tmp_path.glob("c.db*")):
            assert b"Zebediah" not in f.read_bytes(), f.name
    finally:
        held.close()
