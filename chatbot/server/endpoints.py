"""The Rasa endpoints file, written from endpoints.yml plus the environment.

``CHATBOT_DB_URL`` (a SQLAlchemy URL, e.g. postgresql://user:pass@host:5432/name) moves
the conversation store from the default SQLite file to that database; the review tool
reads the same variable. ``CHATBOT_REDIS_URL`` (redis://host:6379/0) adds our Redis lock
store (``chatbot.server.lock_store``), which two or more Rasa servers or Sanic workers sharing one
database need. ``ACTION_PORT`` moves the action endpoint to that port. Rasa refuses an
unset ``${VAR}`` in endpoints.yml, hence a generated file (var/endpoints.yml).

The database password is not written into that file: it holds ``${CHATBOT_DB_PASSWORD}``,
which Rasa expands from its environment when it reads the file (``secret_env`` gives the
variables the Rasa server needs). The file is written with mode 0600 all the same.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path, PurePosixPath
from typing import Any, Dict, List, Mapping, Optional
from urllib.parse import urlsplit, urlunsplit

import yaml
from sqlalchemy.engine import make_url

# Rasa's SQL store with a bounded read of long conversations (chatbot/server/tracker_store.py).
TRACKER_STORE_TYPE = "chatbot.server.tracker_store.RecentEventsSQLTrackerStore"
SQL_STORE_TYPES = ("sql", TRACKER_STORE_TYPE.lower())
# One process: conversations take turns without polling (chatbot/server/lock_store.py).
IN_PROCESS_LOCK_STORE = "chatbot.server.lock_store.InProcessLockStore"
DB_PASSWORD_VAR = "CHATBOT_DB_PASSWORD"
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")  # as urlsplit gives them ([::1] -> ::1)
PLACEHOLDER = "${" + DB_PASSWORD_VAR + "}"


def tracker_store(url: str) -> Dict[str, Any]:
    """The conversation store's settings for a SQLAlchemy URL."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return {"type": TRACKER_STORE_TYPE, "dialect": "sqlite", "db": parsed.database}
    settings = {
        "type": TRACKER_STORE_TYPE,
        "dialect": parsed.drivername,
        "url": parsed.host,
        "port": parsed.port,
        "db": parsed.database,
        "username": parsed.username,
        "password": parsed.password,
    }
    return {k: v for k, v in settings.items() if v is not None}


def lock_store(url: str) -> Dict[str, Any]:
    """``chatbot.server.lock_store.AtomicRedisLockStore`` for a redis:// or rediss:// URL. A URL
    with a password is not written out: Rasa expands ``${CHATBOT_REDIS_URL}`` from the
    server's environment instead."""
    secret = urlsplit(url).password is not None
    return {
        "type": "chatbot.server.lock_store.AtomicRedisLockStore",
        "url": "${CHATBOT_REDIS_URL}" if secret else url,
    }


def with_port(url: str, port: int) -> str:
    """``url`` with its port replaced (host, scheme and path kept)."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    host = f"[{host}]" if ":" in host else host
    return urlunsplit(parts._replace(netloc=f"{host}:{port}"))


def in_var_dir(store: Dict[str, Any], var_dir: Path) -> Dict[str, Any]:
    """A SQLite store under the relative ``var/`` of endpoints.yml, moved to ``var_dir``."""
    db = store.get("db")
    if store.get("dialect") != "sqlite" or not db or Path(db).is_absolute():
        return store
    parts = PurePosixPath(db).parts
    if not parts or parts[0] != "var":
        return store
    return {**store, "db": str(Path(var_dir, *parts[1:]))}


def _expandable(password: str) -> bool:
    # Rasa refuses an expanded value holding a word that starts with "$" and also occurs
    # in the placeholder (it takes it for an unset variable).
    return not any(w.startswith("$") and w in PLACEHOLDER for w in password.split())


def secret_env(env: Mapping[str, str]) -> Dict[str, str]:
    """The variables the Rasa server needs to expand the written file."""
    url = env.get("CHATBOT_DB_URL")
    password = make_url(url).password if url else None
    return {DB_PASSWORD_VAR: password} if password else {}


def build(
    base: Mapping[str, Any], env: Mapping[str, str], var_dir: Optional[Path] = None
) -> Dict[str, Any]:
    endpoints = dict(base)
    action = dict(endpoints.get("action_endpoint") or {})
    action_url = action.get("url") or "http://localhost/webhook"
    # ACTION_PORT is where `make run` starts its own action server, on this machine.
    if env.get("ACTION_PORT") and urlsplit(action_url).hostname in LOCAL_HOSTS:
        action["url"] = with_port(action_url, int(env["ACTION_PORT"]))
        endpoints["action_endpoint"] = action
    if env.get("CHATBOT_DB_URL"):
        store = tracker_store(env["CHATBOT_DB_URL"])
        if "password" in store:
            if not _expandable(store["password"]):
                raise ValueError("the database password in CHATBOT_DB_URL cannot be passed "
                                 "to Rasa: a word of it starts with '$'")  # fmt: skip
            store["password"] = PLACEHOLDER
        endpoints["tracker_store"] = store
    elif var_dir is not None and isinstance(endpoints.get("tracker_store"), dict):
        endpoints["tracker_store"] = in_var_dir(endpoints["tracker_store"], var_dir)
    if env.get("CHATBOT_REDIS_URL"):
        endpoints["lock_store"] = lock_store(env["CHATBOT_REDIS_URL"])
    return endpoints


def write(
    path: Path,
    env: Mapping[str, str],
    base_file: Optional[Path] = None,
    var_dir: Optional[Path] = None,
) -> Dict[str, Any]:
    base = yaml.safe_load(base_file.read_text(encoding="utf-8")) if base_file else {}
    endpoints = build(base or {}, env, var_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    header = "# Generated by chatbot/server/endpoints.py from endpoints.yml and the environment.\n"
    # Owner-only from the first byte: the file may name hosts, users and lock-store secrets.
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        os.fchmod(out.fileno(), 0o600)
        out.write(header + yaml.safe_dump(endpoints, sort_keys=False))
    os.replace(tmp, path)
    return endpoints


def main(argv: Optional[List[str]] = None) -> int:
    """``python -m chatbot.server.endpoints``: the systemd unit's step before the server."""
    parser = argparse.ArgumentParser(description="Write the endpoints the Rasa server runs with.")
    parser.add_argument("--base", type=Path, default=Path("endpoints.yml"))
    parser.add_argument("-o", "--out", type=Path, default=Path("var/endpoints.yml"))
    args = parser.parse_args(argv)
    try:
        write(args.out, os.environ, args.base, args.out.parent.resolve())
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
