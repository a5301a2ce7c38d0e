"""The store's tests of tests/unit/review/test_store.py, on PostgreSQL: the same test
functions, collected here with a PostgreSQL ``db_url``."""

import pytest

from tests.unit.review.test_store import (  # noqa: F401 (collected here too)
    test_delete_removes_every_row_of_one_conversation,
    test_filters_and_search,
    test_flags_conditions_turns_channel,
    test_notes_round_trip,
    test_purge_deletes_whole_conversations_by_last_event,
    test_stats,
    test_transcript_has_intent_and_confidence,
)


@pytest.fixture(params=[pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, postgres_url):
    return postgres_url
