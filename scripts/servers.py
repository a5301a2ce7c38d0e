"""Start, wait for and stop the two processes of the bot: action server + Rasa server.

Shared by ``scripts/run.py`` (make run), the e2e test fixture and the benchmark so
that all three start the bot the same way. Each child gets its own process group
(``start_new_session``) so that stopping it also stops anything it spawned.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, List, Optional, Sequence

import yaml

from chatbot.server.api_guard import TOKEN_ENV
from chatbot.server.endpoints import IN_PROCESS_LOCK_STORE, TRACKER_STORE_TYPE

ROOT = Path(__file__).resolve().parent.parent


_HANDED_OUT: set = set()


def free_port() -> int:
    """A port nothing listens on, never one this process was given before: two calls in
    a row (the Rasa and action ports, Caddy's HTTP and HTTPS ports) may otherwise get the
    same port back from the kernel, and the second server then fails to bind."""
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port not in _HANDED_OUT:
            _HANDED_OUT.add(port)
            return port


def child_env(api_token: Optional[str] = None, **extra: str) -> dict:
    """The environment of a child server. The API token travels here, never on a command
    line, where ``ps`` and /proc/<pid>/cmdline would show it to every local user."""
    env = dict(os.environ)
    env["RASA_TELEMETRY_ENABLED"] = "false"  # the bot never phones home
    env["SQLALCHEMY_SILENCE_UBER_WARNING"] = "1"  # SQLAlchemy 2.0 notice: noise here
    env.setdefault("SANIC_HOST", "127.0.0.1")  # action server: loopback unless told
    env.update(extra)
    if api_token is not None:
        env[TOKEN_ENV] = api_token
    return env


def write_endpoints(
    path: Path, action_port: int, db: Path, tracker_store: Optional[dict] = None
) -> Path:
    """An endpoints file for a throw-away bot: its own action port and SQLite file
    (or the given tracker store settings, e.g. a PostgreSQL database)."""
    store = tracker_store or {"type": TRACKER_STORE_TYPE, "dialect": "sqlite", "db": str(db)}
    path.write_text(
        yaml.safe_dump(
            {
                "action_endpoint": {"url": f"http://127.0.0.1:{action_port}/webhook"},
                "tracker_store": store,
                "lock_store": {"type": IN_PROCESS_LOCK_STORE},
            }
        ),
        encoding="utf-8",
    )
    return path


def action_server_cmd(port: int) -> List[str]:
    return [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "-p", str(port)]


def rasa_server_cmd(
    model: str,
    port: int,
    endpoints: str = "endpoints.yml",
    credentials: str = "credentials.yml",
    interface: str = "127.0.0.1",
    cors: Optional[str] = None,
) -> List[str]:
    """The patched Rasa server (``chatbot.server.rasa_server``); its API token comes from the
    environment (``child_env(api_token=...)``)."""
    cmd = [
        sys.executable, "-m", "chatbot.server.rasa_server", "run", "--enable-api",
        "-i", interface, "-p", str(port), "-m", model,
        "--endpoints", endpoints, "--credentials", credentials,
    ]  # fmt: skip
    if cors:
        cmd += ["--cors", *cors.split()]
    return cmd


@dataclass
class Proc:
    name: str
    popen: subprocess.Popen
    log_path: Optional[Path] = None
    _log: Optional[IO] = field(default=None, repr=False)

    def tail(self, lines: int = 60) -> str:
        if not self.log_path or not self.log_path.exists():
            return "(output went to the terminal)"
        text = self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()
        return "\n".join(text[-lines:])


def start(name: str, cmd: Sequence[str], env: dict, log_path: Optional[Path] = None) -> Proc:
    log = open(log_path, "wb") if log_path else None  # noqa: SIM115 (closed in stop)
    popen = subprocess.Popen(
        list(cmd),
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT if log else None,
        start_new_session=True,  # own process group: killed as a whole in stop()
    )
    return Proc(name, popen, log_path, log)


def http_ok(url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return 200 <= resp.status < 500
    except urllib.error.HTTPError as err:
        return err.code < 500
    except (OSError, ValueError):
        return False


def wait_ready(urls: Sequence[str], procs: Sequence[Proc], timeout: float = 180.0) -> None:
    """Wait until every URL answers; raise with the logs if a child dies or time runs out."""
    deadline = time.monotonic() + timeout
    pending = list(urls)
    while pending:
        for proc in procs:
            if proc.popen.poll() is not None:
                raise RuntimeError(
                    f"{proc.name} exited with code {proc.popen.returncode} before "
                    f"the bot was ready. Last output:\n{proc.tail()}"
                )
        pending = [u for u in pending if not http_ok(u)]
        if not pending:
            return
        if time.monotonic() > deadline:
            logs = "\n".join(f"--- {p.name} ---\n{p.tail()}" for p in procs)
            raise TimeoutError(f"no answer from {pending} after {timeout:.0f} s.\n{logs}")
        time.sleep(0.5)


def start_bot(
    rasa_cmd: Sequence[str],
    rasa_port: int,
    action_port: int,
    env: dict,
    log_dir: Optional[Path] = None,
    timeout: float = 180.0,
) -> List[Proc]:
    """Start the action server and Rasa and wait until both answer.

    On failure both are stopped and the error (RuntimeError / TimeoutError, with the
    logs) is raised again, so callers only decide how to report it.
    """
    logs = (log_dir / "actions.log", log_dir / "rasa.log") if log_dir else (None, None)
    procs = [start("action server", action_server_cmd(action_port), env, logs[0])]
    try:
        procs.append(start("rasa server", rasa_cmd, env, logs[1]))
        urls = [f"http://127.0.0.1:{action_port}/health", f"http://127.0.0.1:{rasa_port}/"]
        wait_ready(urls, procs, timeout=timeout)
    except BaseException:
        stop(procs)
        raise
    return procs


def _signal_group(proc: Proc, sig: int) -> None:
    try:
        os.killpg(proc.popen.pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def stop(procs: Sequence[Proc], grace: float = 10.0) -> None:
    """SIGTERM each process group, then SIGKILL what is still there after ``grace`` s."""
    for proc in procs:
        _signal_group(proc, signal.SIGTERM)
    deadline = time.monotonic() + grace
    for proc in procs:
        try:
            proc.popen.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            pass
        # The leader may be gone while workers it forked are not: always sweep the group.
        _signal_group(proc, signal.SIGKILL)
        try:
            proc.popen.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        if proc._log:
            proc._log.close()


def rss_kib(pid: int) -> int:
    """Resident memory of ``pid`` plus all its descendants, in KiB (Linux /proc)."""
    children = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
        todo.extend(children.get(current, []))
    return total
