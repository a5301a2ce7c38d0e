"""Throw-away Redis and PostgreSQL servers on 127.0.0.1 and a free port, keeping nothing
once stopped: for the tests (``tests/services.py``) and the benchmarks of several workers.

PostgreSQL comes from Debian's ``postgresql`` package (initdb + pg_ctl under
/usr/lib/postgresql/*/bin, as the ``postgres`` user when run as root). A server that is
missing or does not start raises ``Unavailable`` with the reason.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, List

from scripts import servers

READY_TIMEOUT = 30.0


class Unavailable(RuntimeError):
    """The server is not installed here, or did not start."""


@contextmanager
def redis_server() -> Iterator[str]:
    """The redis:// URL (database 0) of a Redis server with no persistence."""
    binary = shutil.which("redis-server")
    if not binary:
        raise Unavailable("no redis-server (apt-get install redis-server)")
    import redis

    port = servers.free_port()
    data = Path(tempfile.mkdtemp(prefix="redis-"))
    # No persistence and no config file: nothing outlives the server.
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
                    raise Unavailable(f"redis-server did not start: {log}") from None
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


def _as_postgres(cmd: List[str]) -> List[str]:
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@contextmanager
def postgres_server() -> Iterator[str]:
    """The URL of an empty PostgreSQL server's ``postgres`` database."""
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not bins:
        raise Unavailable("no PostgreSQL server binaries (apt-get install postgresql)")
    if os.geteuid() == 0 and not shutil.which("runuser"):
        raise Unavailable("running as root without runuser")
    bindir = Path(bins[-1]).parent
    data = Path(tempfile.mkdtemp(prefix="pg-"))
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
        _stop_postgres(bindir, data)  # a start that timed out may still be running
        raise Unavailable(f"could not start PostgreSQL: {getattr(err, 'stderr', err)}") from None
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        _stop_postgres(bindir, data)


def _stop_postgres(bindir: Path, data: Path) -> None:
    try:
        subprocess.run(
            _as_postgres([str(bindir / "pg_ctl"), "-D", str(data / "db"), "-m", "fast", "-w",
                          "stop"]), capture_output=True, timeout=60)  # fmt: skip
    except subprocess.TimeoutExpired:
        pass  # the files go all the same
    shutil.rmtree(data, ignore_errors=True)


@contextmanager
def fresh_database(server_url: str, prefix: str = "db_") -> Iterator[str]:
    """A new database on the PostgreSQL server, dropped afterwards."""
    import uuid

    import sqlalchemy as sa

    name = prefix + uuid.uuid4().hex[:12]
    admin = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield str(sa.engine.make_url(server_url).set(database=name))
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(
                f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
            )
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
        admin.dispose()
