"""`make run` itself (scripts/run.py) with the trained model, in a temporary var dir.

The API token is generated into the var dir and reaches the Rasa server through its
environment only. Under a light load of REST messages the Rasa server and then the action
server are killed with SIGKILL: each comes back, every turn that was answered 200 is in
the conversation store, and a conversation goes on with its context. SIGTERM stops all.
"""

from __future__ import annotations

import collections
import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Callable, List, Optional, Tuple

import pytest

from scripts import servers
from tests.bot_fixture import READY_TIMEOUT, Bot, find_model

pytestmark = pytest.mark.slow
NOTICE = "I'm the virtual assistant"  # the first message of every conversation
LOAD = ("do you take insurance?", "what is medical massage?", "do I need a prescription?")


def children(pid: int) -> List[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat_line = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat_line.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def proc_text(pid: int, name: str) -> str:
    return (Path("/proc") / str(pid) / name).read_bytes().replace(b"\0", b" ").decode()


def alive(pid: int) -> bool:
    try:
        state = proc_text(pid, "stat").rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


class Run:
    """scripts/run.py as a subprocess, its output in a file."""

    def __init__(self, tmp: Path, model: Path) -> None:
        self.var = tmp / "var"
        self.rasa_port, self.action_port = servers.free_port(), servers.free_port()
        env = {k: v for k, v in os.environ.items()
               if k not in ("CHATBOT_API_TOKEN", "CHATBOT_DB_URL", "CHATBOT_REDIS_URL")}  # fmt: skip
        env.update(CHATBOT_VAR_DIR=str(self.var), RASA_PORT=str(self.rasa_port),
                   ACTION_PORT=str(self.action_port), PYTHONUNBUFFERED="1")  # fmt: skip
        self.log_path = tmp / "run.log"
        self._log = open(self.log_path, "wb")  # noqa: SIM115 (closed in stop)
        self.popen = subprocess.Popen(
            [sys.executable, "-m", "scripts.run", "--model", str(model)], cwd=servers.ROOT,
            env=env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip

    def output(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def child(self, module: str) -> int:
        pids = [p for p in children(self.popen.pid) if module in proc_text(p, "cmdline")]
        assert len(pids) == 1, (module, pids)
        return pids[0]

    def wait_for(self, what: str, check: Callable[[], bool], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not check():
            if self.popen.poll() is not None:
                pytest.fail(f"run.py exited ({self.popen.returncode}) while waiting for {what}:"
                            f"\n{self.output()[-4000:]}")  # fmt: skip
            if time.monotonic() > deadline:
                pytest.fail(f"no {what} after {timeout:.0f} s:\n{self.output()[-4000:]}")
            time.sleep(0.5)

    def stop(self) -> Optional[int]:
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(self.popen.pid, signal.SIGKILL)
                self.popen.wait()
        self._log.close()
        return self.popen.returncode


class Load(threading.Thread):
    """One message at a time from three visitors; remembers what was answered 200."""

    def __init__(self, bot: Bot) -> None:
        super().__init__(daemon=True)
        self.bot, self.done = bot, threading.Event()
        self.answered: collections.Counter = collections.Counter()
        self.failed = 0

    def run(self) -> None:
        i = 0
        while not self.done.is_set():
            sender, text = f"load-{i % 3}", LOAD[i % len(LOAD)]
            try:
                status, _ = self.bot.say(sender, text)
            except OSError:  # refused or cut off while the Rasa server is down
                status = None
            if status == 200:
                self.answered[(f"rest:{sender}", text)] += 1
            else:
                self.failed += 1
            i += 1
            self.done.wait(0.3)


def stored_turns(db: Path) -> collections.Counter:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT sender_id, data FROM events WHERE type_name = 'user'")
        return collections.Counter((s, json.loads(d)["text"]) for s, d in rows)


@pytest.fixture
def running(tmp_path) -> Tuple[Run, Bot]:
    run = Run(tmp_path, find_model())
    try:
        run.wait_for("start-up", lambda: "The bot is up" in run.output(), READY_TIMEOUT + 120)
        token = (run.var / "api-token").read_text().strip()
        yield run, Bot(f"http://127.0.0.1:{run.rasa_port}", token, run.var / "conversations.db")
    finally:
        run.stop()


def test_token_survives_only_in_the_environment_and_children_come_back(running):
    run, bot = running
    token_file = run.var / "api-token"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    out = run.output()
    assert f"API token: kept in {token_file}" in out and bot.token not in out
    rasa_pid, action_pid = run.child("chatbot.server.rasa_server"), run.child("rasa_sdk")
    assert bot.token not in proc_text(rasa_pid, "cmdline")
    assert f"CHATBOT_API_TOKEN={bot.token}" in proc_text(rasa_pid, "environ")
    assert bot.token not in proc_text(action_pid, "environ")  # the actions never need it
    assert stat.S_IMODE(run.var.stat().st_mode) == 0o700
    assert bot.api("GET", "/status")[0] == 200
    assert bot.request("GET", "/status")[0] == 401

    first = bot.texts("ctx", "can massage help me?")
    assert NOTICE in first and "Which condition" in first  # a new conversation opens so
    load = Load(bot)
    load.start()
    try:
        run.wait_for("answers under load", lambda: sum(load.answered.values()) >= 3, 120)
        os.kill(rasa_pid, signal.SIGKILL)
        run.wait_for("the restart log line",
                     lambda: "the rasa server exited with code -9" in run.output(), 30)  # fmt: skip
        run.wait_for("the Rasa server back",
                     lambda: "the rasa server is back" in run.output(), READY_TIMEOUT + 120)  # fmt: skip
        assert run.child("chatbot.server.rasa_server") != rasa_pid
        # The conversation goes on where it was: no new opening notice, same session.
        reply = bot.texts("ctx", "sciatica")
        assert "Sciatic pain" in reply and NOTICE not in reply

        os.kill(action_pid, signal.SIGKILL)
        run.wait_for("the restart log line",
                     lambda: "the action server exited with code -9" in run.output(), 30)  # fmt: skip
        run.wait_for("the action server back",
                     lambda: "the action server is back" in run.output(), 120)  # fmt: skip
        answered = sum(load.answered.values())
        run.wait_for("answers after the restarts",
                     lambda: sum(load.answered.values()) >= answered + 3, 120)  # fmt: skip
        assert "insurance" in bot.texts("ctx", "do you take insurance?").lower()
        status, tracker = bot.api("GET", "/conversations/rest:ctx/tracker")
        assert status == 200
        events = tracker["events"]
        assert [e["text"] for e in events if e["event"] == "user"] == [
            "can massage help me?",
            "sciatica",
            "do you take insurance?",
        ]
        assert sum(e["event"] == "session_started" for e in events) == 1
    finally:
        load.done.set()
        load.join(timeout=90)
    pids = [run.child("chatbot.server.rasa_server"), run.child("rasa_sdk")]
    assert run.stop() == 0
    assert not any(alive(pid) for pid in pids)

    stored = stored_turns(bot.db)
    missing = {turn: n for turn, n in load.answered.items() if stored[turn] < n}
    assert not missing, f"answered 200 but not stored: {missing}"
    assert stored[("rest:ctx", "sciatica")] == 1


def reload_cli(run: Run, model: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "CHATBOT_VAR_DIR": str(run.var), "RASA_PORT": str(run.rasa_port)}
    env.pop("CHATBOT_API_TOKEN", None)  # the token comes from the var dir, as after `make run`
    return subprocess.run([sys.executable, "-m", "chatbot.server.reload", "--model", str(model)],
                          cwd=servers.ROOT, env=env, capture_output=True, text=True, timeout=600)  # fmt: skip


def test_a_new_model_is_switched_in_while_visitors_talk(running, tmp_path):
    """`make reload`: no message fails, conversations keep what they remembered, the server
    answers while the new model loads (``models_load_in_a_thread``), a model that cannot be
    loaded changes nothing, and a restarted server comes back with the model switched to."""
    run, bot = running
    started = run.output().split("(model ", 1)[1].split(")", 1)[0]
    assert bot.api("GET", "/status")[1]["model_file"] == Path(started).name
    assert "Which condition" in bot.texts("ctx", "can massage help me?")
    assert "Sciatic pain" in bot.texts("ctx", "sciatica")
    following = tmp_path / "following.tar.gz"
    shutil.copyfile(started, following)

    load = Load(bot)
    load.start()
    try:
        run.wait_for("answers under load", lambda: sum(load.answered.values()) >= 3, 120)
        done = reload_cli(run, following)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"switched from {Path(started).name} to following.tar.gz"
        assert bot.api("GET", "/status")[1]["model_file"] == "following.tar.gz"
        assert (run.var / "model").read_text().strip() == str(following)
        # The conversation goes on with its condition: no new opening notice.
        reply = bot.texts("ctx", "is that safe?")
        assert "Sciatic pain" in reply and NOTICE not in reply

        # Answers while the model loads: a message sent well after the load began is
        # answered before it ends (with the load in the event loop, none could be).
        put_done, answered_during = threading.Event(), []
        put_status: List[int] = []

        def put() -> None:
            put_status.append(bot.api("PUT", "/model", {"model_file": started})[0])
            put_done.set()

        loader = threading.Thread(target=put)
        began = time.monotonic()
        loader.start()
        while not put_done.is_set():
            sent = time.monotonic()
            status, _ = bot.say("during", "do you take insurance?")
            if status == 200 and sent - began > 0.5 and not put_done.is_set():
                answered_during.append(round(sent - began, 2))
            time.sleep(0.05)
        loader.join()
        assert put_status == [204]
        assert answered_during, "no message was answered while the model loaded"

        bad = tmp_path / "broken.tar.gz"
        bad.write_bytes(b"not a model")
        refused = reload_cli(run, bad)
        assert refused.returncode == 1 and "keeps answering with" in refused.stderr, refused.stderr
        assert bot.api("GET", "/status")[1]["model_file"] == Path(started).name
        assert "insurance" in bot.texts("ctx", "do you take insurance?").lower()
        assert reload_cli(run, following).returncode == 0
        answered = sum(load.answered.values())
        run.wait_for("answers after the switches",
                     lambda: sum(load.answered.values()) >= answered + 3, 120)  # fmt: skip
    finally:
        load.done.set()
        load.join(timeout=90)
    assert load.failed == 0, f"{load.failed} messages failed during the switches"

    # Restarted by the supervisor, the server loads the model it was last switched to.
    os.kill(run.child("chatbot.server.rasa_server"), signal.SIGKILL)
    run.wait_for("the Rasa server back",
                 lambda: "the rasa server is back" in run.output(), READY_TIMEOUT + 120)  # fmt: skip
    assert bot.api("GET", "/status")[1]["model_file"] == "following.tar.gz"
    assert "Sciatic pain" in bot.texts("ctx", "is that safe?")
