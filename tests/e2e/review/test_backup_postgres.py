"""`make backup` / `make restore` on a PostgreSQL conversation store (pg_dump / psql),
while conversations are being written, into a fresh database."""

from __future__ import annotations

import subprocess
import sys
import threading
import uuid

import sqlalchemy as sa

from tests.conversations import user, write_conversation, write_sample

BACKUP = [sys.executable, "-m", "scripts.backup"]  # run from the checkout, as make does


def events(url: str) -> dict:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT sender_id, data FROM events ORDER BY id").fetchall()
    engine.dispose()
    found: dict = {}
    for sender, data in rows:
        found.setdefault(sender, []).append(data)
    return found


def test_a_postgres_backup_under_load_restores_every_conversation(
    postgres_server, postgres_url, tmp_path
):
    write_sample(postgres_url)
    stop, written = threading.Event(), []

    def visitors() -> None:
        while not stop.is_set():
            sender = "load-" + uuid.uuid4().hex[:8]
            write_conversation(postgres_url, sender, [user("hi", "greet")])
            written.append(sender)

    writer = threading.Thread(target=visitors, daemon=True)
    writer.start()
    try:
        while len(written) < 2:
            stop.wait(0.1)
        before = list(written)
        out = subprocess.run([*BACKUP, "--db", postgres_url, "backup", "--dir", str(tmp_path)],
                             capture_output=True, text=True, check=True)  # fmt: skip
        while len(written) < len(before) + 2:  # still writing after the backup
            stop.wait(0.1)
    finally:
        stop.set()
        writer.join(timeout=60)
    dump = out.stdout.strip()
    assert dump.endswith(".sql") and "password" not in out.stdout

    fresh = "restored_" + uuid.uuid4().hex[:8]
    admin = sa.create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{fresh}"')
    fresh_url = str(sa.engine.make_url(postgres_server).set(database=fresh))
    try:
        subprocess.run([*BACKUP, "--db", fresh_url, "restore", dump],
                       capture_output=True, text=True, check=True)  # fmt: skip
        restored, live = events(fresh_url), events(postgres_url)
        for sender in ["conv-sciatica", "conv-crisis", *before]:
            assert restored[sender] == live[sender]
        # Restoring again over the restored copy replaces it rather than doubling it.
        subprocess.run([*BACKUP, "--db", fresh_url, "restore", dump],
                       capture_output=True, text=True, check=True)  # fmt: skip
        assert events(fresh_url) == restored
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{fresh}"')
        admin.dispose()
