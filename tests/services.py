"""Throw-away Redis and PostgreSQL for tests, on 127.0.0.1 and a free port, keeping
nothing once stopped; skipped locally (a failure under CI=true) when the server is
missing, as in tests/needs.py. A test module imports the fixtures by their ``*_fixture``
names, so that no test argument shadows them::

    from tests.services import redis_server_fixture, redis_url_fixture  # noqa: F401

Redis: ``redis_server`` (session-wide) and ``redis_url`` (emptied for each test).
PostgreSQL: ``postgres_server`` (session-wide) is $REVIEW_TEST_PG_URL if set, else a
cluster started here from Debian's ``postgresql`` package (initdb + pg_ctl under
/usr/lib/postgresql/*/bin, as the ``postgres`` user when run as root); ``postgres_url``
is a fresh database on it for one test."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
import uuid
from pathlib import Path
from typing import List

import pytest

from scripts import servers
from tests import needs

# --- Redis ----------------------------------------------------------------------------

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


# --- PostgreSQL -----------------------------------------------------------------------


def _as_postgres(cmd: List[str]) -> List[str]:
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@pytest.fixture(scope="session", name="postgres_server")
def postgres_server_fixture():
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


@pytest.fixture(name="postgres_url")
def postgres_url_fixture(postgres_server) -> str:
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
