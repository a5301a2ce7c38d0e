"""Throw-away Redis for tests: ``redis_server`` (session-wide) and ``redis_url`` (emptied
for each test), on 127.0.0.1 and a free port, keeping nothing once stopped; skipped locally
(a failure under CI=true) when redis-server is missing, as in tests/needs.py. A test module
imports the fixtures by their ``*_fixture`` names, so that no test argument shadows them::

    from tests.services import redis_server_fixture, redis_url_fixture  # noqa: F401

PostgreSQL is ``postgres_server`` / ``postgres_url`` in tests/review/conftest.py."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from scripts import servers
from tests import needs

REDIS_SERVER = "redis-server"
READY_TIMEOUT = 30.0


@pytest.fixture(scope="session", name="redis_server")
def redis_server_fixture():
    """The redis:// URL (database 0) of a Redis server started for the test session."""
    binary = shutil.which(REDIS_SERVER)
    if not binary:
        needs.unavailable("no redis-server (apt-get install redis-server)")
    import redis

    port = servers.free_port()
    data = Path(tempfile.mkdtemp(prefix="test-redis-"))
    # No persistence and no config file: nothing outlives the test session.
    cmd = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly",
           "no", "--dir", str(data), "--logfile", str(data / "redis.log")]  # fmt: skip
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, start_new_session=True)
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url, socket_timeout=2)
    deadline = time.monotonic() + READY_TIMEOUT
    try:
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    log = (data / "redis.log").read_text(errors="replace")[-2000:]
                    needs.unavailable(f"redis-server did not start: {log}")
                time.sleep(0.05)
        yield url
    finally:
        client.close()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        shutil.rmtree(data, ignore_errors=True)


@pytest.fixture(name="redis_url")
def redis_url_fixture(redis_server):
    """The session's Redis, emptied for this test."""
    import redis

    client = redis.Redis.from_url(redis_server)
    client.flushall()
    client.close()
    return redis_server
