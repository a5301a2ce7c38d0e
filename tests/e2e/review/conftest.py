"""The review tool's fixtures: SQLite conversation files, a local SMTP server and a
throw-away PostgreSQL (tests/services.py)."""

from tests.conversations import smtp, sqlite_url  # noqa: F401 (fixtures)
from tests.services import postgres_server_fixture, postgres_url_fixture  # noqa: F401 (fixtures)
