"""The review tool's fixtures: SQLite conversation files and a local SMTP server."""

from tests.conversations import smtp, sqlite_url  # noqa: F401 (fixtures)
