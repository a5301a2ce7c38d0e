"""The therapist's password (scrypt, stdlib) and the review app's sessions."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
from collections import OrderedDict
from pathlib import Path
from typing import Dict, Optional

from chatbot.home import var_dir


def password_file() -> Path:
    """Written by `set-password` (owner-only)."""
    return var_dir() / "review-password"
N, R, P = 2**14, 8, 1


def hash_password(password: str, salt: Optional[bytes] = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=N, r=R, p=P, dklen=32)
    return f"scrypt${N}${R}${P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.strip().split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(
            password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
            dklen=len(bytes.fromhex(digest)), maxmem=64 * 1024 * 1024,
        )  # fmt: skip
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), digest)


def stored_hash(path: Optional[Path] = None) -> Optional[str]:
    """$REVIEW_PASSWORD_HASH, else the file written by `set-password`, else None."""
    value = os.environ.get("REVIEW_PASSWORD_HASH")
    if value:
        return value.strip()
    path = path or password_file()
    if path.is_file():
        return path.read_text(encoding="utf-8").strip() or None
    return None


def write_hash(hashed: str, path: Optional[Path] = None) -> None:
    path = path or password_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(hashed + "\n")
    os.chmod(path, 0o600)


class Sessions:
    """In-memory sessions (one process, one therapist): token -> CSRF token + expiry."""

    def __init__(self, lifetime: float = 8 * 3600) -> None:
        self.lifetime = lifetime
        self._sessions: Dict[str, Dict] = {}

    def create(self) -> str:
        token = secrets.token_urlsafe(32)
        self._sessions[token] = {
            "csrf": secrets.token_urlsafe(32),
            "expires": time.time() + self.lifetime,
        }
        return token

    def get(self, token: Optional[str]) -> Optional[Dict]:
        session = self._sessions.get(token or "")
        if session and session["expires"] < time.time():
            self._sessions.pop(token, None)
            return None
        return session

    def drop(self, token: Optional[str]) -> None:
        self._sessions.pop(token or "", None)


class Throttle:
    """Per client address: after ``limit`` failed logins in a row, that client's logins are
    refused for ``lockout`` seconds (doubling each time); each failure also costs ``delay``
    seconds. Per client, so that someone guessing cannot lock the therapist out; at most
    ``max_clients`` addresses are remembered (the least recently seen is forgotten)."""

    def __init__(
        self, limit: int = 5, lockout: float = 60.0, delay: float = 1.0, max_clients: int = 10_000
    ) -> None:
        self.limit, self.lockout, self.delay = limit, lockout, delay
        self.max_clients = max_clients
        self._clients: OrderedDict[str, Dict[str, float]] = OrderedDict()

    def _state(self, client: str) -> Dict[str, float]:
        state = self._clients.pop(client, None) or {"failures": 0, "until": 0.0, "lockouts": 0}
        self._clients[client] = state
        while len(self._clients) > self.max_clients:
            self._clients.popitem(last=False)
        return state

    def locked(self, client: str = "") -> float:
        state = self._clients.get(client)
        return max(0.0, state["until"] - time.time()) if state else 0.0

    def failed(self, client: str = "") -> None:
        state = self._state(client)
        state["failures"] += 1
        if state["failures"] >= self.limit:
            state["lockouts"] += 1
            state["until"] = time.time() + self.lockout * 2 ** (state["lockouts"] - 1)
            state["failures"] = 0

    def succeeded(self, client: str = "") -> None:
        self._clients.pop(client, None)
