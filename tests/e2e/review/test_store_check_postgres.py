"""The store check on a real PostgreSQL server: a role that may connect but not write is
refused before the bot starts; the owner passes and leaves nothing behind."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa

from chatbot.server import store_check

pytestmark = pytest.mark.postgres


def test_a_role_that_cannot_write_is_refused_and_the_owner_passes(postgres_url):
    admin = sa.create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    role = "reader_" + uuid.uuid4().hex[:8]
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN")  # PostgreSQL 15+: no CREATE on public
    try:
        reader = sa.engine.make_url(postgres_url).set(username=role)
        why = store_check.problem(reader)
        assert "permission denied" in why and reader.database in why

        assert store_check.problem(sa.engine.make_url(postgres_url)) is None
        assert sa.inspect(admin).get_table_names() == []  # the check rolled back
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP ROLE {role}")
        admin.dispose()
