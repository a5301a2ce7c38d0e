"""scripts/backup.py without a server: which store, which files are rotated, secrets."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.engine import make_url

from scripts import backup


def test_the_default_store_is_the_var_directory_sqlite_file(tmp_path):
    url = backup.store_url({"CHATBOT_VAR_DIR": str(tmp_path)})
    assert url.get_backend_name() == "sqlite" and url.database == str(tmp_path / "conversations.db")
    pg = "postgresql://bot:secret@db.internal:5432/chat"
    assert backup.store_url({"CHATBOT_DB_URL": pg}).host == "db.internal"


def test_the_postgres_password_travels_in_the_environment_only():
    uri, env = backup._pg_args(make_url("postgresql+psycopg2://bot:s3cret@db:5432/chat"), {})
    assert uri == "postgresql://bot@db:5432/chat" and env["PGPASSWORD"] == "s3cret"


def test_rotation_keeps_the_newest_and_nothing_else_is_touched(tmp_path):
    names = [f"conversations-2026010{d}T030000000000Z.db" for d in range(1, 6)]
    for name in [*names, "notes.txt", "conversations-x.db.part"]:
        (tmp_path / name).write_text("x")
    removed = backup.rotate(tmp_path, keep=2)
    assert [p.name for p in removed] == names[:3]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [*names[3:], "notes.txt", "conversations-x.db.part"]
    )


def test_a_backup_and_its_restore_replace_the_content(tmp_path):
    live = tmp_path / "live.db"
    with sqlite3.connect(live) as conn:
        conn.execute("CREATE TABLE events (sender_id TEXT)")
        conn.execute("INSERT INTO events VALUES ('a')")
    url = make_url(f"sqlite:///{live}")
    made = backup.backup(url, tmp_path / "backups", keep=3, env={})
    with sqlite3.connect(live) as conn:
        conn.execute("INSERT INTO events VALUES ('b')")
    backup.restore(made, url, {})
    with sqlite3.connect(live) as conn:
        assert conn.execute("SELECT sender_id FROM events").fetchall() == [("a",)]
    with pytest.raises(SystemExit, match="not a postgresql backup"):
        backup.restore(made, make_url("postgresql://x@y/z"), {})
    with pytest.raises(SystemExit, match="no conversation store"):
        backup.backup(make_url(f"sqlite:///{tmp_path / 'none.db'}"), tmp_path, 3, {})
