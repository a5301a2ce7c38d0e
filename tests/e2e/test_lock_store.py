"""chatbot.server.lock_store.AtomicRedisLockStore against a real redis-server (tests/services.py).

Each critical section below does a read, a pause and a write of a shared Redis counter, and
counts how many holders are inside at once: without mutual exclusion updates get lost and
two holders overlap.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal

import pytest
import redis
from rasa.core.lock_store import LockError, LockStore
from rasa.utils.endpoints import EndpointConfig, read_endpoint_config

from chatbot.server.endpoints import write
from chatbot.server.lock_store import AtomicRedisLockStore
from tests.services import redis_server_fixture, redis_url_fixture  # noqa: F401 (fixtures)

COUNTER, INSIDE, OVERLAPS = "test:counter", "test:inside", "test:overlaps"
GIVE_UP = 120  # seconds: a broken lock fails the test instead of hanging it


def run(coroutine) -> None:
    asyncio.run(asyncio.wait_for(coroutine, GIVE_UP))


async def critical_section(store: AtomicRedisLockStore, conversation_id: str) -> None:
    async with store.lock(conversation_id):
        red = store.red
        if await red.incr(INSIDE) > 1:
            await red.incr(OVERLAPS)
        value = int(await red.get(COUNTER) or 0)
        await asyncio.sleep(0.001)  # lets every other task run between the read and the write
        await red.set(COUNTER, value + 1)
        await red.decr(INSIDE)


async def many_tasks(url: str, tasks: int, stores: int = 1) -> None:
    pool = [AtomicRedisLockStore(url=url) for _ in range(stores)]
    await asyncio.gather(
        *(critical_section(pool[i % stores], "rest:visitor") for i in range(tasks))
    )
    for store in pool:
        await store.red.close()


def run_tasks_in_process(url: str, tasks: int) -> None:
    run(many_tasks(url, tasks))


def hold_until_killed(url: str, lifetime: float, held) -> None:
    async def hold() -> None:
        store = AtomicRedisLockStore(url=url, lock_lifetime=lifetime)
        async with store.lock("rest:visitor"):
            held.set()
            await asyncio.sleep(3600)

    asyncio.run(hold())


def counts(url: str) -> tuple:
    client = redis.Redis.from_url(url)
    try:
        return int(client.get(COUNTER) or 0), int(client.get(OVERLAPS) or 0)
    finally:
        client.close()


def test_many_asyncio_tasks_take_turns(redis_url):
    # Two stores stand for two servers sharing one event loop's worth of traffic.
    run(many_tasks(redis_url, tasks=60, stores=2))
    assert counts(redis_url) == (60, 0)


def test_two_processes_take_turns(redis_url):
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=run_tasks_in_process, args=(redis_url, 40)) for _ in range(2)]
    for proc in procs:
        proc.start()
    try:
        for proc in procs:
            proc.join(timeout=GIVE_UP)
    finally:
        for proc in procs:
            proc.kill()
    assert [proc.exitcode for proc in procs] == [0, 0]
    assert counts(redis_url) == (80, 0)


def test_busy_conversation_fails_clearly_and_others_go_on(redis_url):
    async def scenario() -> None:
        holder = AtomicRedisLockStore(url=redis_url)
        other = AtomicRedisLockStore(url=redis_url, wait_timeout=0.2)
        async with holder.lock("rest:visitor"):
            with pytest.raises(LockError, match="stayed busy for 0.2 s"):
                async with other.lock("rest:visitor"):
                    pass
            async with other.lock("rest:someone-else"):
                pass
        async with other.lock("rest:visitor"):  # released when the holder left
            pass
        await holder.red.close()
        await other.red.close()

    run(scenario())


def test_only_the_holder_releases(redis_url):
    async def scenario() -> None:
        first = AtomicRedisLockStore(url=redis_url)
        second = AtomicRedisLockStore(url=redis_url)
        third = AtomicRedisLockStore(url=redis_url, wait_timeout=0)
        first_holds, second_holds, first_may_leave = (asyncio.Event() for _ in range(3))

        async def first_holder() -> None:
            async with first.lock("rest:visitor"):
                first_holds.set()
                await first_may_leave.wait()  # its key is gone meanwhile, then it leaves

        async def second_holder() -> None:
            async with second.lock("rest:visitor"):  # gets in once first's key is gone
                second_holds.set()
                await asyncio.sleep(3600)

        first_task = asyncio.create_task(first_holder())
        await first_holds.wait()
        second_task = asyncio.create_task(second_holder())
        await first.red.delete(first.key("rest:visitor"))  # as if its lifetime had run out
        await second_holds.wait()
        first_may_leave.set()
        await first_task  # its release (and its renewal) must not touch what second holds
        with pytest.raises(LockError):
            async with third.lock("rest:visitor"):
                pass
        second_task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await second_task
        async with third.lock("rest:visitor"):  # a cancelled holder still releases
            pass
        for store in (first, second, third):
            await store.red.close()

    run(scenario())


def test_a_dead_holders_lock_expires(redis_url):
    ctx = multiprocessing.get_context("spawn")
    held = ctx.Event()
    proc = ctx.Process(target=hold_until_killed, args=(redis_url, 15.0, held))
    proc.start()
    try:
        assert held.wait(timeout=60)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.join(timeout=30)

    async def scenario() -> None:
        impatient = AtomicRedisLockStore(url=redis_url, wait_timeout=0)
        with pytest.raises(LockError):  # the crash did not free it...
            async with impatient.lock("rest:visitor"):
                pass
        patient = AtomicRedisLockStore(url=redis_url, wait_timeout=60)
        async with patient.lock("rest:visitor"):  # ...its lifetime does
            pass
        await impatient.red.close()
        await patient.red.close()

    run(scenario())


def test_a_live_holder_keeps_its_lock_past_one_lifetime(redis_url):
    """A turn that runs longer than the lock's lifetime (slow custom actions) keeps it."""

    async def scenario() -> None:
        holder = AtomicRedisLockStore(url=redis_url, lock_lifetime=0.6)
        other = AtomicRedisLockStore(url=redis_url, wait_timeout=0)
        async with holder.lock("rest:visitor"):
            await asyncio.sleep(2.0)  # more than three lifetimes
            with pytest.raises(LockError):
                async with other.lock("rest:visitor"):
                    pass
        async with other.lock("rest:visitor"):  # released at the end of the turn
            pass
        await holder.red.close()
        await other.red.close()

    run(scenario())


def test_endpoints_file_loads_our_store_and_allows_sanic_workers(redis_url, tmp_path, monkeypatch):
    from rasa.core.utils import number_of_sanic_workers

    path = tmp_path / "endpoints.yml"
    write(path, {"CHATBOT_REDIS_URL": redis_url})
    config = read_endpoint_config(str(path), "lock_store")
    assert isinstance(LockStore.create(config), AtomicRedisLockStore)
    monkeypatch.setenv("SANIC_WORKERS", "2")
    assert number_of_sanic_workers(config) == 2


def test_settings_from_the_endpoints_file(redis_url):
    config = EndpointConfig(
        url=redis_url, type="chatbot.server.lock_store.AtomicRedisLockStore",
        lock_lifetime=7, wait_timeout=3, key_prefix="other:",
    )  # fmt: skip
    store = LockStore.create(config)
    assert (store.lock_lifetime, store.wait_timeout, store.key("c")) == (7.0, 3.0, "other:c")
