"""Can the Rasa server write its conversation store? Checked by trying, before it starts.

Rasa's SQL tracker store waits forever for a database it cannot reach and only logs a
table it could not create, after which every turn fails. ``problem()`` connects with
SQLAlchemy and writes what Rasa will write (a row of ``events``, or a table when there
is none yet) in a transaction that is rolled back, so nothing is left behind.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path
from typing import Any, Mapping, Optional

import sqlalchemy as sa
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

CONNECT_TIMEOUT = 10  # seconds, for a database server that does not answer


def url(store: Mapping[str, Any], env: Mapping[str, str], root: Path) -> Optional[URL]:
    """The SQLAlchemy URL of a ``tracker_store`` endpoint (None: not an SQL store).

    ``${VAR}`` values are expanded from ``env`` as Rasa does; a relative SQLite path is
    taken from ``root``, the directory the Rasa server runs in.
    """
    from chatbot.server.endpoints import SQL_STORE_TYPES

    if str(store.get("type", "")).lower() not in SQL_STORE_TYPES:
        return None

    def value(key: str) -> Optional[str]:
        raw = store.get(key)
        return None if raw is None else _expand(str(raw), env)

    dialect = value("dialect") or "sqlite"
    host = value("url")
    if host and "://" in host:  # Rasa accepts a whole database URL as the host
        return sa.engine.make_url(host)
    db = value("db") or "rasa.db"
    if dialect == "sqlite" and not Path(db).is_absolute():
        db = str(root / db)
    port = value("port")
    return URL.create(
        dialect, value("username"), value("password"), host, int(port) if port else None, db,
        query=store.get("query") or {},
    )  # fmt: skip


_VAR = re.compile(r"\$(\w+|\{[^}]*\})")  # what os.path.expandvars expands


def _expand(raw: str, env: Mapping[str, str]) -> str:
    """``os.path.expandvars`` (which Rasa uses) with ``env`` instead of os.environ."""

    def replace(match: re.Match) -> str:
        name = match.group(1).strip("{}")
        return env.get(name, match.group(0))

    return _VAR.sub(replace, raw)


def describe(db_url: URL) -> str:
    if db_url.get_backend_name() == "sqlite":
        return f"SQLite file {db_url.database}"
    return f"database {db_url.render_as_string(hide_password=True)}"


def _engine(db_url: URL, env: Mapping[str, str]) -> sa.engine.Engine:
    if db_url.get_backend_name() != "sqlite":
        connect_args: dict = {"connect_timeout": CONNECT_TIMEOUT}
        if env.get("POSTGRESQL_SCHEMA"):  # Rasa's variable for a schema other than public
            connect_args["options"] = f"-csearch_path={env['POSTGRESQL_SCHEMA']}"
        return sa.create_engine(db_url, poolclass=NullPool, connect_args=connect_args)
    engine = sa.create_engine(db_url, poolclass=NullPool)

    # pysqlite commits DDL outside any transaction unless told otherwise: begin by hand.
    @sa.event.listens_for(engine, "connect")
    def _no_implicit_transactions(dbapi_connection, _record):
        dbapi_connection.isolation_level = None

    @sa.event.listens_for(engine, "begin")
    def _begin(connection):
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _try_write(connection: sa.engine.Connection) -> None:
    if sa.inspect(connection).has_table("events"):
        connection.execute(
            sa.text("INSERT INTO events (sender_id, type_name, timestamp) VALUES (:s, :t, :ts)"),
            {"s": "chatbot-store-check", "t": "store_check", "ts": time.time()},
        )
    else:
        connection.exec_driver_sql("CREATE TABLE chatbot_store_check (id INTEGER)")


def problem(db_url: URL, env: Mapping[str, str] = os.environ) -> Optional[str]:
    """Why the store cannot be written (naming it), or None when a write went through."""
    try:
        engine = _engine(db_url, env)
    except (sa.exc.SQLAlchemyError, ImportError) as err:
        return f"cannot use the conversation store, {describe(db_url)}: {err}"
    try:
        with engine.connect() as connection:
            transaction = connection.begin()
            try:
                _try_write(connection)
            finally:
                transaction.rollback()
    except sa.exc.SQLAlchemyError as err:
        reason = str(getattr(err, "orig", None) or err).strip().splitlines()[0]
        return f"cannot write the conversation store, {describe(db_url)}: {reason}"
    finally:
        engine.dispose()
    return None
