"""De-duplication of platform deliveries on PostgreSQL: a claim holds across two engines,
as across two servers on one database (the rest: tests/unit/test_channels_deliveries.py)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from chatbot.channels.deliveries import SQLDeliveries
from tests.services import postgres_server_fixture, postgres_url_fixture  # noqa: F401 (fixtures)


@pytest.mark.postgres
def test_a_claim_holds_across_two_engines_on_postgresql(postgres_url):
    engines = [sa.create_engine(postgres_url), sa.create_engine(postgres_url)]
    try:
        first, second = (SQLDeliveries(e) for e in engines)
        assert first.claim("slack", "Ev1")
        assert not second.claim("slack", "Ev1")
        second.release("slack", "Ev1")
        assert first.claim("slack", "Ev1")
    finally:
        for engine in engines:
            engine.dispose()
