"""The conversation store is checked by really writing to it (and rolling back)."""

import sqlite3
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from chatbot.server import store_check
from scripts import servers


def check(path) -> str:
    return store_check.problem(make_url(f"sqlite:///{path}"))


def test_a_writable_file_passes_and_keeps_nothing(tmp_path):
    db = tmp_path / "conversations.db"
    assert check(db) is None
    assert sa.inspect(sa.create_engine(f"sqlite:///{db}")).get_table_names() == []


def test_an_existing_store_gets_no_row(tmp_path):
    db = tmp_path / "conversations.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255) "
                     "NOT NULL, type_name VARCHAR(255) NOT NULL, timestamp FLOAT, "
                     "intent_name VARCHAR(255), action_name VARCHAR(255), data TEXT)")  # fmt: skip
    assert check(db) is None
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM events").fetchone() == (0,)
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["events"]


def test_a_path_under_a_regular_file(tmp_path):
    (tmp_path / "a-file").write_text("")
    why = check(tmp_path / "a-file" / "conversations.db")
    assert why.startswith("cannot write the conversation store")
    assert str(tmp_path / "a-file" / "conversations.db") in why


def test_a_directory(tmp_path):
    assert str(tmp_path) in check(tmp_path)


def test_a_directory_even_root_cannot_write():
    assert "unable to open database file" in check("/proc/conversations.db")


def test_an_unreachable_postgresql_server_is_named_without_its_password():
    url = make_url(f"postgresql://renee:s3cret@127.0.0.1:{servers.free_port()}/chat")
    why = store_check.problem(url)
    assert "127.0.0.1" in why and "/chat" in why and "s3cret" not in why


def test_url_expands_variables_and_anchors_relative_sqlite_paths():
    store = {"type": "SQL", "dialect": "postgresql", "url": "db.local", "port": 5433,
             "db": "chat", "username": "renee", "password": "${CHATBOT_DB_PASSWORD}"}  # fmt: skip
    url = store_check.url(store, {"CHATBOT_DB_PASSWORD": "p w$x"}, Path("/srv"))
    assert (url.host, url.port, url.database, url.password) == ("db.local", 5433, "chat", "p w$x")
    sqlite = {"type": "SQL", "dialect": "sqlite", "db": "var/conversations.db"}
    assert store_check.url(sqlite, {}, Path("/srv")).database == "/srv/var/conversations.db"
    assert store_check.url({"type": "redis"}, {}, Path("/srv")) is None
    ours = {**sqlite, "type": "chatbot.server.tracker_store.RecentEventsSQLTrackerStore"}
    assert store_check.url(ours, {}, Path("/srv")).database == "/srv/var/conversations.db"
