"""Keeps the bot's servers running: a child that dies is started again, with back-off.

The first restart waits ``first`` seconds, each further one twice as long up to ``cap``;
a child that stayed up for ``stable`` seconds counts as healthy again and its next
restart waits ``first`` again. ``Supervisor.step(now)`` does one round of checks and
is driven by ``scripts/run.py`` (and by tests with a fake clock and fake processes).
"""

from __future__ import annotations

import signal
from dataclasses import dataclass
from typing import Callable, List, Optional

from scripts import servers


def describe_exit(code: int) -> str:
    if code >= 0:
        return str(code)
    try:
        return f"{code} ({signal.Signals(-code).name})"
    except ValueError:
        return str(code)


@dataclass(frozen=True)
class Backoff:
    first: float = 1.0
    cap: float = 60.0
    stable: float = 120.0

    def delay(self, failures: int) -> float:
        """Wait before restart number ``failures`` (1, 2, …) in a row."""
        return min(self.cap, self.first * 2 ** max(0, failures - 1))


@dataclass
class Child:
    name: str
    launch: Callable[[], servers.Proc]
    proc: Optional[servers.Proc] = None
    started: float = 0.0
    failures: int = 0  # deaths in a row, each within `stable` seconds of its start
    restart_at: Optional[float] = None
    ready: Optional[Callable[[], bool]] = None  # answers requests (checked after a restart)
    awaiting_ready: bool = False


class Supervisor:
    def __init__(self, children: List[Child], backoff: Backoff, log: Callable[[str], None]) -> None:
        self.children = children
        self.backoff = backoff
        self.log = log

    def start(self, now: float) -> None:
        for child in self.children:
            self._launch(child, now)

    def procs(self) -> List[servers.Proc]:
        return [c.proc for c in self.children if c.proc is not None]

    def _launch(self, child: Child, now: float) -> None:
        child.proc, child.started, child.restart_at = child.launch(), now, None

    def step(self, now: float) -> None:
        """Notice dead children, schedule their restarts, start those that are due."""
        for child in self.children:
            if child.restart_at is not None:
                if now >= child.restart_at:
                    self.log(f"restarting the {child.name}")
                    self._launch(child, now)
                    child.awaiting_ready = child.ready is not None
                continue
            code = child.proc.popen.poll() if child.proc else None
            if code is None:
                if child.awaiting_ready and child.ready():
                    child.awaiting_ready = False
                    self.log(f"the {child.name} is back")
                continue
            child.awaiting_ready = False
            # What the leader forked may outlive it: sweep its process group first.
            servers.stop([child.proc], grace=0)
            uptime = now - child.started
            child.failures = 1 if uptime >= self.backoff.stable else child.failures + 1
            wait = self.backoff.delay(child.failures)
            child.restart_at = now + wait
            self.log(
                f"the {child.name} exited with code {describe_exit(code)} after "
                f"{uptime:.0f} s; restarting it in {wait:.0f} s"
            )
