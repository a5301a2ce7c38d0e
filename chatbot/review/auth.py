"""The therapist's password (scrypt, stdlib) and the review app's sessions."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
from pathlib import Path
from typing import Dict, Optional

from chatbot.review.store import ROOT

PASSWORD_FILE = ROOT / "var" / "review-password"
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


def stored_hash(path: Path = PASSWORD_FILE) -> Optional[str]:
    """$REVIEW_PASSWORD_HASH, else the file written by `set-password`, else None."""
    value = os.environ.get("REVIEW_PASSWORD_HASH")
    if value:
        return value.strip()
    if path.is_file():
        return path.read_text(encoding="utf-8").strip() or None
    return None


def write_hash(hashed: str, path: Path = PASSWORD_FILE) -> None:
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
    """After ``limit`` failed logins in a row, logins are refused for ``lockout`` seconds
    (doubling each time); each failure also costs ``delay`` seconds."""

    def __init__(self, limit: int = 5, lockout: float = 60.0, delay: float = 1.0) -> None:
        self.limit, self.lockout, self.delay = limit, lockout, delay
        self.failures = 0
        self.locked_until = 0.0
        self.lockouts = 0

    def locked(self) -> float:
        return max(0.0, self.locked_until - time.time())

    def failed(self) -> None:
        self.failures += 1
        if self.failures >= self.limit:
            self.lockouts += 1
            self.locked_until = time.time() + self.lockout * 2 ** (self.lockouts - 1)
            self.failures = 0

    def succeeded(self) -> None:
        self.failures = 0
        self.lockouts = 0
