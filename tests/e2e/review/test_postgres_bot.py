"""The bot on PostgreSQL: two real Rasa servers share one conversation store.

A visitor's first message goes to one server and the second to the other; the second
server sees the whole conversation, and so does the review tool reading the database.
"""

from __future__ import annotations

import secrets
import uuid

import pytest

from chatbot.review import summary as sm
from chatbot.review.store import Store
from chatbot.server.endpoints import tracker_store
from scripts import servers
from tests.bot_fixture import READY_TIMEOUT, Bot, find_model

pytestmark = [pytest.mark.e2e, pytest.mark.postgres]


@pytest.fixture
def two_bots(postgres_url, tmp_path):
    model = str(find_model())
    action_port = servers.free_port()
    ports = [servers.free_port(), servers.free_port()]
    endpoints = servers.write_endpoints(
        tmp_path / "endpoints.yml", action_port, tmp_path / "unused.db",
        tracker_store=tracker_store(postgres_url),
    )  # fmt: skip
    token = secrets.token_hex(16)
    env = servers.child_env(api_token=token)
    procs = [servers.start("action server", servers.action_server_cmd(action_port), env,
                           tmp_path / "actions.log")]  # fmt: skip
    try:
        for i, port in enumerate(ports):
            cmd = servers.rasa_server_cmd(model, port, endpoints=str(endpoints))
            procs.append(servers.start(f"rasa server {i}", cmd, env, tmp_path / f"rasa{i}.log"))
        servers.wait_ready(
            [f"http://127.0.0.1:{action_port}/health"] + [f"http://127.0.0.1:{p}/" for p in ports],
            procs,
            timeout=READY_TIMEOUT,
        )
    except (RuntimeError, TimeoutError) as err:
        servers.stop(procs)
        pytest.fail(f"the bots did not start: {err}", pytrace=False)
    yield [Bot(f"http://127.0.0.1:{p}", token) for p in ports], postgres_url
    servers.stop(procs)


def test_two_servers_share_one_postgresql_store(two_bots):
    (first, second), url = two_bots
    sender = f"pg-{uuid.uuid4().hex[:10]}"
    assert "Sciatic pain" in first.texts(sender, "can massage help with sciatica?")
    assert "insurance" in second.texts(sender, "do you take insurance?").lower()
    status, tracker = second.api("GET", f"/conversations/rest:{sender}/tracker")
    assert status == 200
    texts = [e["text"] for e in tracker["events"] if e.get("event") == "user"]
    assert texts == ["can massage help with sciatica?", "do you take insurance?"]
    summary = next(s for s in sm.summaries(Store(url)) if s.sender_id == f"rest:{sender}")
    assert summary.conditions == ["sciatic_pain"] and summary.turns == 2
