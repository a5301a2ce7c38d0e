"""Throw-away Redis and PostgreSQL for tests (``scripts/services.py``), skipped locally (a
failure under CI=true) when the server is missing, as in tests/needs.py. A test module
imports the fixtures by their ``*_fixture`` names, so that no test argument shadows them::

    from tests.services import redis_server_fixture, redis_url_fixture  # noqa: F401

Redis: ``redis_server`` (session-wide) and ``redis_url`` (emptied for each test).
PostgreSQL: ``postgres_server`` (session-wide) is $REVIEW_TEST_PG_URL if set, else a
cluster started here; ``postgres_url`` is a fresh database on it for one test."""

from __future__ import annotations

import contextlib
import os

import pytest

from scripts import services
from tests import needs


def _started(server):
    """The server's URL, kept for the test session; a missing server skips (fails in CI)."""
    stack = contextlib.ExitStack()
    try:
        url = stack.enter_context(server())
    except services.Unavailable as err:
        needs.unavailable(str(err))
    with stack:
        yield url


@pytest.fixture(scope="session", name="redis_server")
def redis_server_fixture():
    """The redis:// URL (database 0) of a Redis server started for the test session."""
    yield from _started(services.redis_server)


@pytest.fixture(name="redis_url")
def redis_url_fixture(redis_server):
    """The session's Redis, emptied for this test."""
    import redis

    client = redis.Redis.from_url(redis_server)
    client.flushall()
    client.close()
    return redis_server


@pytest.fixture(scope="session", name="postgres_server")
def postgres_server_fixture():
    """The URL of an empty-at-start PostgreSQL server (session-wide)."""
    explicit = os.environ.get("REVIEW_TEST_PG_URL")
    if explicit:
        yield explicit
        return
    yield from _started(services.postgres_server)


@pytest.fixture(name="postgres_url")
def postgres_url_fixture(postgres_server) -> str:
    """A fresh database on the server for one test (dropped afterwards)."""
    with services.fresh_database(postgres_server, prefix="review_") as url:
        yield url
