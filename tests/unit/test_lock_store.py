"""The lock stores without a Redis server: the Redis store's settings and its refusal to
start without Redis, and the one-process store (InProcessLockStore). Against a real
redis-server: tests/e2e/test_lock_store.py."""

from __future__ import annotations

import asyncio

import pytest
from rasa.core.lock_store import LockError, LockStore
from rasa.shared.exceptions import ConnectionException
from rasa.utils.endpoints import EndpointConfig, read_endpoint_config

from chatbot.server.endpoints import write
from scripts import servers

GIVE_UP = 120  # seconds: a broken lock fails the test instead of hanging it


def run(coroutine) -> None:
    asyncio.run(asyncio.wait_for(coroutine, GIVE_UP))


def test_a_redis_password_stays_in_the_environment(tmp_path, monkeypatch):
    url = "redis://:s3cret@127.0.0.1:6379/0"
    path = tmp_path / "endpoints.yml"
    write(path, {"CHATBOT_REDIS_URL": url})
    assert "s3cret" not in path.read_text()
    monkeypatch.setenv("CHATBOT_REDIS_URL", url)
    assert read_endpoint_config(str(path), "lock_store").url == url


def test_unreachable_redis_stops_the_start():
    config = EndpointConfig(
        url=f"redis://127.0.0.1:{servers.free_port()}/0",
        type="chatbot.server.lock_store.AtomicRedisLockStore",
    )
    with pytest.raises(ConnectionException):
        LockStore.create(config)


# --- one process: InProcessLockStore --------------------------------------------------------


def test_in_process_messages_take_turns_in_arrival_order():
    from chatbot.server.lock_store import InProcessLockStore

    store, log = InProcessLockStore(), []

    async def message(n: int) -> None:
        async with store.lock("rest:visitor"):
            log.append(("start", n))
            await asyncio.sleep(0.001)
            log.append(("end", n))

    async def scenario() -> None:
        await asyncio.gather(*(message(n) for n in range(20)))

    run(scenario())
    assert log == [(step, n) for n in range(20) for step in ("start", "end")]
    assert store._locks == {}  # nothing kept once nobody holds or waits


def test_in_process_other_conversations_go_on_and_a_long_wait_fails_clearly():
    from chatbot.server.lock_store import InProcessLockStore

    store = InProcessLockStore(EndpointConfig(type="x", wait_timeout=0.2))

    async def scenario() -> None:
        async with store.lock("rest:busy"):
            async with store.lock("rest:other"):  # not held up by the busy one
                pass
            with pytest.raises(LockError, match="busy for 0.2 s"):
                async with store.lock("rest:busy"):
                    pass
        async with store.lock("rest:busy"):  # free again once released
            pass

    run(scenario())
    assert store._locks == {}


def test_in_process_lock_refuses_several_workers(monkeypatch):
    from chatbot.server.lock_store import InProcessLockStore

    monkeypatch.setenv("SANIC_WORKERS", "2")
    with pytest.raises(ValueError, match="CHATBOT_REDIS_URL"):
        InProcessLockStore()
