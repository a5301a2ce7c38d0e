"""Back up the conversation store to a dated file, keep the newest N, restore one.

    python -m scripts.backup backup [--keep 14] [--dir var/backups]   # make backup
    python -m scripts.backup restore FILE                              # make restore FILE=…

The store is ``CHATBOT_DB_URL`` when set (as for ``make run``), else the SQLite file
``<CHATBOT_VAR_DIR or var>/conversations.db``; ``--db URL`` names another one. SQLite is
copied with its online backup API, so the bot may keep writing meanwhile; PostgreSQL with
``pg_dump`` (restored with ``psql``), the password passed in ``PGPASSWORD``, never on the
command line. Backups hold health data: the directory is owner-only (0700), each file 0600.

A conversation deleted from the store (by hand or by ``python -m chatbot.review purge``)
stays in the backups taken before, until they are rotated out: at most ``--keep`` backups
after its deletion, i.e. ``--keep`` days with one backup a day.
"""

from __future__ import annotations

import argparse
import datetime
import glob
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import List, Mapping, Optional

from sqlalchemy.engine import URL, make_url

from chatbot.home import var_dir

ROOT = Path(__file__).resolve().parent.parent

PREFIX = "conversations-"
SUFFIXES = {"sqlite": ".db", "postgresql": ".sql"}
DEFAULT_KEEP = 14


def store_url(env: Mapping[str, str], db: Optional[str] = None) -> URL:
    if db or env.get("CHATBOT_DB_URL"):
        return make_url(db or env["CHATBOT_DB_URL"])
    return URL.create("sqlite", database=str(var_dir(env) / "conversations.db"))


def _kind(url: URL) -> str:
    kind = url.get_backend_name()
    if kind not in SUFFIXES:
        raise SystemExit(f"error: no backup method for a {kind} store")
    return kind


def _pg_tool(name: str) -> str:
    found = shutil.which(name) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None
    )
    if not found:
        raise SystemExit(f"error: {name} not found (apt-get install postgresql-client)")
    return found


def _pg_args(url: URL, env: Mapping[str, str]) -> tuple:
    """A libpq URI without the password, and an environment that carries it."""
    bare = URL.create("postgresql", url.username, None, url.host, url.port, url.database, url.query)
    uri = bare.render_as_string(hide_password=False)
    child = dict(env)
    if url.password:
        child["PGPASSWORD"] = str(url.password)
    return uri, child


def _private_file(path: Path) -> None:
    path.touch(mode=0o600)
    os.chmod(path, 0o600)


def _sqlite_copy(source: str, target: str) -> None:
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
    finally:
        src.close()
        dst.close()


def backup(url: URL, directory: Path, keep: int, env: Mapping[str, str]) -> Path:
    kind = _kind(url)
    directory.mkdir(parents=True, exist_ok=True)
    os.chmod(directory, 0o700)
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    path = directory / f"{PREFIX}{stamp}{SUFFIXES[kind]}"
    part = path.with_name(path.name + ".part")  # never a half-written file among the backups
    _private_file(part)
    try:
        if kind == "sqlite":
            if not Path(url.database or "").is_file():
                raise SystemExit(f"error: no conversation store at {url.database}")
            _sqlite_copy(str(url.database), str(part))
        else:
            uri, child = _pg_args(url, env)
            cmd = [_pg_tool("pg_dump"), "--clean", "--if-exists", "--no-owner", "-f", str(part)]
            subprocess.run([*cmd, uri], env=child, check=True)
        part.rename(path)
    finally:
        part.unlink(missing_ok=True)
    rotate(directory, keep)
    return path


def rotate(directory: Path, keep: int) -> List[Path]:
    """Delete all but the newest ``keep`` backups (the names sort by date)."""
    dated = sorted(p for p in directory.glob(PREFIX + "*") if p.suffix in SUFFIXES.values())
    old = dated[: max(len(dated) - keep, 0)]
    for path in old:
        path.unlink()
    return old


def restore(path: Path, url: URL, env: Mapping[str, str]) -> None:
    """Replace the store's content with the backup's. Stop the bot first."""
    kind = _kind(url)
    if path.suffix != SUFFIXES[kind]:
        raise SystemExit(f"error: {path} is not a {kind} backup")
    if kind == "sqlite":
        target = Path(str(url.database))
        target.parent.mkdir(parents=True, exist_ok=True)
        _private_file(target)
        _sqlite_copy(str(path.resolve()), str(target))
    else:
        uri, child = _pg_args(url, env)
        cmd = [_pg_tool("psql"), "-q", "-v", "ON_ERROR_STOP=1", "-1", "-f", str(path), uri]
        subprocess.run(cmd, env=child, check=True, stdout=subprocess.DEVNULL)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="the store's SQLAlchemy URL (default: see above)")
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("backup", help="write a dated backup and delete the oldest")
    make.add_argument("--dir", type=Path, default=None, help="default: <var>/backups")
    make.add_argument("--keep", type=int, default=DEFAULT_KEEP, help="backups to keep")
    back = sub.add_parser("restore", help="replace the store's content with a backup")
    back.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    env = dict(os.environ)
    url = store_url(env, args.db)
    if args.command == "backup":
        if args.keep < 1:
            parser.error("--keep must be at least 1")
        print(backup(url, args.dir or var_dir(env) / "backups", args.keep, env))
    else:
        if not args.file.is_file():
            parser.error(f"no backup at {args.file}")
        restore(args.file, url, env)
        print(f"restored {args.file} into {url.render_as_string(hide_password=True)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
