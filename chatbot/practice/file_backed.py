"""A value read from files and read again when one of them changes.

The knowledge file and the settings are edited while the bot runs: the actions answer
from the new files at once, and a model switched in by ``python -m chatbot.server.reload``
builds its recogniser from the new knowledge, with no restart. A broken edit never
takes the bot down: the previous value stays in use and the error is logged (``make
doctor`` names it).
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import Callable, Generic, Optional, Sequence, Tuple, TypeVar

logger = logging.getLogger(__name__)
T = TypeVar("T")
Stamp = Tuple[Optional[Tuple[int, int, int]], ...]


def _stamp(path: Path) -> Optional[Tuple[int, int, int]]:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size, st.st_ino


class FileBacked(Generic[T]):
    """``load()`` once, and again whenever a file of ``paths()`` changes (mtime, size or
    inode: editors that write a new file and rename it are seen too)."""

    def __init__(self, load: Callable[[], T], paths: Callable[[], Sequence[Path]]) -> None:
        self._load, self._paths = load, paths
        self._value: Optional[T] = None
        self._stamp: Optional[Stamp] = None
        self._lock = threading.Lock()

    def __call__(self) -> T:
        stamp = tuple(_stamp(p) for p in self._paths())
        if self._value is not None and stamp == self._stamp:
            return self._value
        with self._lock:
            if self._value is None or stamp != self._stamp:
                self._refresh(stamp)
        return self._value  # type: ignore[return-value]

    def _refresh(self, stamp: Stamp) -> None:
        try:
            value = self._load()
        except Exception as err:
            if self._value is None:
                raise
            # The class and message only: YAML errors quote a line of the file, never a visitor's.
            logger.error("An edited file cannot be read (%s: %s); the previous version stays in use.",
                         type(err).__name__, err)  # fmt: skip
            self._stamp = stamp  # tried again at the next change, not at every call
            return
        if self._value is not None:
            logger.info("Files changed and read again: %s", ", ".join(p.name for p in self._paths()))
        self._value, self._stamp = value, stamp

    def cache_clear(self) -> None:
        """Forget the value (tests that change the environment the files are chosen by)."""
        with self._lock:
            self._value, self._stamp = None, None
