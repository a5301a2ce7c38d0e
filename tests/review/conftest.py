"""Fixtures for the review tool: conversations written by Rasa's own SQLTrackerStore
(so the schema is the real one) into SQLite files and into a throw-away PostgreSQL.

PostgreSQL: $REVIEW_TEST_PG_URL if set, else a cluster started here from Debian's
``postgresql`` package (initdb + pg_ctl under /usr/lib/postgresql/*/bin, on 127.0.0.1,
as the ``postgres`` user when run as root). Without either, `postgres` tests are
skipped locally and fail under CI=true (where .ci/run installs the package).
"""

from __future__ import annotations

import asyncio
import glob
import os
import shutil
import subprocess
import tempfile
import time
import uuid
from pathlib import Path
from typing import Dict, Iterable, List, Optional

import pytest

from scripts import servers
from tests import needs


# --- writing conversations the way the Rasa server does ---------------------------------
def user(
    text: str,
    intent: str,
    confidence: float = 0.95,
    conditions: Iterable[str] = (),
    unlisted: Iterable[str] = (),
    **parse_extra,
):
    """A visitor message; ``parse_extra``: more parse data keys (safety_rule, language)."""
    return ("user", text, intent, confidence, list(conditions), list(unlisted), parse_extra)


def bot_says(text: str):
    return ("bot", text)


def action(name: str):
    return ("action", name)


def write_conversation(
    url: str,
    sender_id: str,
    turns: List[tuple],
    start: Optional[float] = None,
    channel: str = "rest",
) -> None:
    """Saves a tracker through Rasa's SQLTrackerStore (one event per second from ``start``)."""
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    t = time.time() if start is None else start
    events = [ActionExecuted("action_session_start", timestamp=t)]
    for i, turn in enumerate(turns, start=1):
        ts = t + i
        if turn[0] == "user":
            _, text, intent, conf, conditions, unlisted, extra = turn
            entities = [
                {"entity": "condition", "value": c, "start": 0, "end": 1} for c in conditions
            ] + [
                {"entity": "unlisted_condition", "value": c, "start": 0, "end": 1} for c in unlisted
            ]
            parse = {
                "intent": {"name": intent, "confidence": conf},
                "entities": entities,
                "text": text,
                **extra,
            }
            events.append(
                UserUttered(
                    text, parse["intent"], entities, parse, timestamp=ts, input_channel=channel
                )
            )
        elif turn[0] == "bot":
            events.append(BotUttered(turn[1], timestamp=ts))
        else:
            events.append(ActionExecuted(turn[1], timestamp=ts))
    store = SQLTrackerStore(Domain.empty(), dialect=url.split(":")[0], host=url)

    async def save() -> None:  # appended to what is stored, as the server does
        old = await store.retrieve_full_tracker(sender_id)
        before = list(old.events) if old else []
        await store.save(DialogueStateTracker.from_events(sender_id, before + events))

    asyncio.run(save())
    store.engine.dispose()


SAMPLE = {
    "conv-sciatica": [
        user("can massage help with sciatica?", "ask_condition", 0.9, ["sciatic_pain"]),
        bot_says("Yes: Sciatic pain is on Renée's list."),
        user("and fibromyalgia or migraines?", "ask_condition", 0.8, ["fibromyalgia", "migraines"]),
    ],
    "conv-fallback": [
        user("asdf qwer", "nlu_fallback", 0.1),
        action("action_fallback"),
        bot_says("Could you say it another way?"),
    ],
    "conv-crisis": [user("I want to kill myself", "crisis", 1.0), action("action_crisis_response")],
    "conv-human": [user("I want to talk to a real person", "request_human", 0.97)],
    "conv-oos": [user("what's the weather", "out_of_scope", 0.88)],
}


def write_sample(url: str, start: Optional[float] = None) -> Dict[str, List[tuple]]:
    for sender_id, turns in SAMPLE.items():
        write_conversation(url, sender_id, turns, start=start)
    return SAMPLE


class SmtpInbox:
    """aiosmtpd handler: keeps every message received, as (recipients, message)."""

    def __init__(self) -> None:
        self.messages: list = []

    async def handle_DATA(self, server, session, envelope):
        import email
        import email.policy

        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((envelope.rcpt_tos, message))
        return "250 OK"


@pytest.fixture
def smtp():
    """A real SMTP server on 127.0.0.1 (aiosmtpd): (inbox, port)."""
    controller_module = pytest.importorskip("aiosmtpd.controller")
    inbox = SmtpInbox()
    port = servers.free_port()
    controller = controller_module.Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'conversations.db'}"


# --- PostgreSQL -----------------------------------------------------------------------


def _as_postgres(cmd: List[str]) -> List[str]:
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@pytest.fixture(scope="session")
def postgres_server():
    """The URL of an empty-at-start PostgreSQL server (session-wide)."""
    explicit = os.environ.get("REVIEW_TEST_PG_URL")
    if explicit:
        yield explicit
        return
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not bins:
        needs.unavailable("no PostgreSQL server binaries (apt-get install postgresql)")
    if os.geteuid() == 0 and not shutil.which("runuser"):
        needs.unavailable("running as root without runuser")
    bindir = Path(bins[-1]).parent
    data = Path(tempfile.mkdtemp(prefix="review-pg-"))
    if os.geteuid() == 0:
        shutil.chown(data, "postgres", "postgres")
    port = servers.free_port()
    run = dict(check=True, capture_output=True, text=True, timeout=120)
    try:
        subprocess.run(
            _as_postgres([str(bindir / "initdb"), "-D", str(data / "db"), "-A", "trust",
                          "-U", "postgres", "-E", "UTF8"]), **run)  # fmt: skip
        subprocess.run(
            _as_postgres([str(bindir / "pg_ctl"), "-D", str(data / "db"), "-w", "-l",
                          str(data / "log"), "-o", f"-h 127.0.0.1 -p {port} -k {data}",
                          "start"]), **run)  # fmt: skip
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as err:
        shutil.rmtree(data, ignore_errors=True)
        needs.unavailable(f"could not start PostgreSQL: {getattr(err, 'stderr', err)}")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_postgres([str(bindir / "pg_ctl"), "-D", str(data / "db"), "-m", "fast", "-w",
                          "stop"]), capture_output=True, timeout=60)  # fmt: skip
        shutil.rmtree(data, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """A fresh database on the server for one test (dropped afterwards)."""
    import sqlalchemy as sa

    name = "review_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = str(sa.engine.make_url(postgres_server).set(database=name))
    yield url
    with admin.connect() as conn:
        conn.exec_driver_sql(
            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
        )
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
    admin.dispose()
