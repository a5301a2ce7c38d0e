"""`make backup` / `make restore` on the live store of a real bot, while visitors write."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import List

BACKUP = [sys.executable, "-m", "scripts.backup"]  # run from the checkout, as make does


def conversations(db: Path) -> dict:
    """sender -> its events (type, data), as stored."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT sender_id, type_name, data FROM events ORDER BY id").fetchall()
    found: dict = {}
    for sender, kind, data in rows:
        found.setdefault(sender, []).append((kind, data))
    return found


class Visitors(threading.Thread):
    """New visitors, one message each, until stopped: the load during the backups."""

    def __init__(self, bot) -> None:
        super().__init__(daemon=True)
        self.bot, self.stop, self.answered = bot, threading.Event(), []  # type: ignore[var-annotated]
        self.lock = threading.Lock()

    def run(self) -> None:
        while not self.stop.is_set():
            sender = "backup-" + uuid.uuid4().hex[:12]
            status, messages = self.bot.say(sender, "Do you take insurance?")
            if status == 200 and messages:
                with self.lock:
                    self.answered.append(sender)

    def done(self) -> List[str]:
        with self.lock:
            return list(self.answered)

    def wait_for(self, count: int, timeout: float = 300) -> None:
        deadline = time.monotonic() + timeout
        while len(self.done()) < count:
            assert time.monotonic() < deadline, "the bot stopped answering"
            time.sleep(0.2)


def test_a_backup_under_load_restores_every_conversation(bot, tmp_path):
    url = f"sqlite:///{bot.db}"
    backups = tmp_path / "backups"
    visitors = [Visitors(bot) for _ in range(3)]
    for v in visitors:
        v.start()
    try:
        for v in visitors:
            v.wait_for(2)
        made, before = [], []
        for _ in range(3):
            before = [s for v in visitors for s in v.done()]  # answered before this backup
            out = subprocess.run([*BACKUP, "--db", url, "backup", "--dir", str(backups),
                                  "--keep", "2"], capture_output=True, text=True, check=True)  # fmt: skip
            made.append(Path(out.stdout.strip()))
            for v in visitors:  # more conversations written between the backups
                v.wait_for(len(v.done()) + 1)
    finally:
        for v in visitors:
            v.stop.set()
        for v in visitors:
            v.join(timeout=120)

    assert sorted(backups.iterdir()) == made[1:]  # the oldest rotated out
    assert oct(backups.stat().st_mode & 0o777) == "0o700"
    assert oct(made[-1].stat().st_mode & 0o777) == "0o600"
    fresh = tmp_path / "restored" / "conversations.db"
    subprocess.run([*BACKUP, "--db", f"sqlite:///{fresh}", "restore", str(made[-1])],
                   capture_output=True, text=True, check=True)  # fmt: skip
    with sqlite3.connect(fresh) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    restored, live = conversations(fresh), conversations(bot.db)
    stored = [f"rest:{sender}" for sender in before]  # the channel's conversation ids
    assert stored and set(stored) <= set(restored)
    for sender in stored:  # every event of each, nothing half-written
        assert restored[sender] == live[sender]
