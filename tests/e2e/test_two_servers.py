"""Several Rasa servers, or Sanic workers, take turns on one conversation.

Two Rasa servers (then one server with SANIC_WORKERS=2) share one PostgreSQL conversation
store and one Redis lock store, all started here with the trained model. Twenty messages of
one visitor arrive at once, split across the servers, five times over: every message must
be answered, stored, and handled as its own turn (its bot reply and ``action_listen`` stored
before the next visitor message).

``CHATBOT_TEST_LOCK_STORE=rasa`` runs the same tests with Rasa's stock ``RedisLockStore``
instead of ``chatbot.server.lock_store.AtomicRedisLockStore``: then it fails.
"""

from __future__ import annotations

import json
import os
import secrets
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Dict, List, Optional, Tuple
from urllib.parse import urlsplit

import pytest
import yaml

from chatbot.channels import ids
from chatbot.review.store import Store
from chatbot.server import endpoints
from scripts import servers
from tests.bot_fixture import READY_TIMEOUT, Bot, find_model
from tests.services import (  # noqa: F401 (fixtures)
    postgres_server_fixture,
    postgres_url_fixture,
    redis_server_fixture,
    redis_url_fixture,
)

pytestmark = [pytest.mark.e2e, pytest.mark.postgres]

MESSAGES, ROUNDS = 20, 5
REPLY_TIMEOUT = 300  # seconds: twenty turns of one conversation run one after another
QUESTIONS = [
    "do you take insurance?",
    "can massage help with sciatica?",
    "do I need a prescription?",
    "what is medical massage?",
    "how do I book?",
]


def endpoints_file(path, action_port: int, db_url: str, redis_url: str):
    settings = endpoints.build(
        {"action_endpoint": {"url": f"http://127.0.0.1:{action_port}/webhook"}},
        {"CHATBOT_DB_URL": db_url, "CHATBOT_REDIS_URL": redis_url},
    )
    # Twenty turns of one conversation queue for its lock: on a loaded machine the last
    # may wait longer than the default, which would be a 503 the test did not mean.
    settings["lock_store"]["wait_timeout"] = REPLY_TIMEOUT
    if os.environ.get("CHATBOT_TEST_LOCK_STORE") == "rasa":
        where = urlsplit(redis_url)
        settings["lock_store"] = {"type": "redis", "url": where.hostname, "port": where.port,
                                  "db": int(where.path.lstrip("/") or 0)}  # fmt: skip
    path.write_text(yaml.safe_dump(settings), encoding="utf-8")
    return path


@pytest.fixture
def start_bots(request, redis_url, tmp_path):
    """``start_bots(n, workers)``: n Rasa servers with ``workers`` Sanic workers each and one
    action server, on one PostgreSQL store and one Redis lock store; returns the servers,
    the database URL and the Rasa servers' processes."""
    db_url = request.getfixturevalue("postgres_url")  # a fresh database
    procs: List[servers.Proc] = []

    def start(n: int, workers: int) -> Tuple[List[Bot], str, List[servers.Proc]]:
        action_port = servers.free_port()
        path = endpoints_file(tmp_path / "endpoints.yml", action_port, db_url, redis_url)
        token = secrets.token_hex(16)
        env = servers.child_env(api_token=token, SANIC_WORKERS=str(workers))
        action_cmd = servers.action_server_cmd(action_port)
        procs.append(servers.start("action server", action_cmd, env, tmp_path / "actions.log"))
        ports = [servers.free_port() for _ in range(n)]
        for i, port in enumerate(ports):
            cmd = servers.rasa_server_cmd(str(find_model()), port, endpoints=str(path))
            procs.append(servers.start(f"rasa server {i}", cmd, env, tmp_path / f"rasa{i}.log"))
        urls = [f"http://127.0.0.1:{action_port}/health"]
        urls += [f"http://127.0.0.1:{p}/" for p in ports]
        try:
            servers.wait_ready(urls, procs, timeout=READY_TIMEOUT)
        except (RuntimeError, TimeoutError) as err:
            pytest.fail(f"the bots did not start: {err}", pytrace=False)
        return [Bot(f"http://127.0.0.1:{p}", token) for p in ports], db_url, procs[1:]

    yield start
    servers.stop(procs)
    for proc in procs:
        log = proc.log_path.read_text(encoding="utf-8", errors="replace")
        if "Traceback" in log:
            print(f"\n--- {proc.name} logged a traceback ---\n{proc.tail(80)}")


def say(bot: Bot, sender: str, text: str) -> Tuple[Optional[int], Any]:
    body = json.dumps({"sender": sender, "message": text}).encode("utf-8")
    try:
        return bot.request("POST", "/webhooks/rest/webhook", body, timeout=REPLY_TIMEOUT)
    except OSError as err:  # no answer at all (timeout, connection reset)
        return None, repr(err)


def turn_problems(events: List[Dict[str, Any]]) -> List[str]:
    """Where the stored conversation is not one complete turn per visitor message: each
    user event, then its bot reply, then ``action_listen``, and nothing else until the
    next user event."""
    problems: List[str] = []
    text, replied, listened = None, False, False
    for event in events:
        kind = event.get("event")
        if kind == "user":
            if text is not None and not listened:
                problems.append(f"{text!r}: the next message came before its turn ended")
            text, replied, listened = event.get("text"), False, False
        elif text is None:
            continue  # the session start, before the first message
        elif kind in ("bot", "action") and listened:
            problems.append(f"{text!r}: a stray {kind} event after its turn ended")
        elif kind == "bot":
            replied = True
        elif kind == "action" and event.get("name") == "action_listen":
            if not replied:
                problems.append(f"{text!r}: no bot reply in its turn")
            listened = True
    if text is not None and not listened:
        problems.append(f"{text!r}: its turn never ended")
    return problems


def one_round(bots: List[Bot], db_url: str, round_no: int) -> List[str]:
    """Twenty messages of one new visitor at once, alternating between ``bots``."""
    sender = f"turns-{uuid.uuid4().hex[:10]}"
    texts = [f"{QUESTIONS[i % len(QUESTIONS)]} ({i + 1})" for i in range(MESSAGES)]
    with ThreadPoolExecutor(max_workers=MESSAGES) as pool:
        answers = list(
            pool.map(lambda i: say(bots[i % len(bots)], sender, texts[i]), range(MESSAGES))
        )
    problems = [
        f"{texts[i]!r} answered {status}: {str(body)[:200]}"
        for i, (status, body) in enumerate(answers)
        if status != 200 or not body
    ]
    events = Store(db_url).events(ids.conversation_id("rest", sender))
    stored = [e.get("text") for e in events if e.get("event") == "user"]
    lost = sorted(set(texts) - set(stored))
    if lost:
        problems.append(f"{len(lost)} of {MESSAGES} messages not stored: {lost}")
    problems += turn_problems(events)
    return [f"round {round_no}: {p}" for p in problems]


def check_rounds(bots: List[Bot], db_url: str) -> None:
    problems = [p for r in range(1, ROUNDS + 1) for p in one_round(bots, db_url, r)]
    assert not problems, "\n".join(problems)


def test_two_servers_take_turns_on_one_conversation(start_bots):
    bots, db_url, _ = start_bots(2, workers=1)
    check_rounds(bots, db_url)


def test_two_sanic_workers_take_turns_on_one_conversation(start_bots):
    bots, db_url, (rasa,) = start_bots(1, workers=2)
    check_rounds(bots, db_url)
    # Rasa runs one worker when it deems the lock store unfit: then nothing was shared.
    assert rasa.log_path.read_text(errors="replace").count("Loading model") == 2
