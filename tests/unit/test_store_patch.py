"""A bad value inside Rasa's SQL store fails that one request; the server goes on.

Without ``rasa_patches.store_errors_stay_errors``, Rasa turns any ValueError raised in a
store session into ``sys.exit``: a lone surrogate in a sender id (SQLite cannot encode
it) or a NUL (PostgreSQL refuses it) stopped the whole server.
"""

import asyncio

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from chatbot.server import rasa_patches


@pytest.fixture
def store(tmp_path):
    assert "store_errors_stay_errors" in rasa_patches.apply()
    return SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "c.db"))


def test_an_unstorable_id_raises_instead_of_exiting(store):
    tracker = DialogueStateTracker.from_events("a\udc00", [UserUttered("hi")])
    with pytest.raises(ValueError):
        asyncio.run(store.save(tracker))


def test_the_store_still_works_after_the_error(store):
    with pytest.raises(ValueError):
        asyncio.run(store.retrieve("x\udc00y"))
    asyncio.run(store.save(DialogueStateTracker.from_events("rest:ok", [UserUttered("hi")])))
    assert asyncio.run(store.retrieve("rest:ok")).latest_message.text == "hi"


def test_a_rasa_version_the_patches_were_not_written_for_is_refused(monkeypatch):
    import rasa

    monkeypatch.setattr(rasa, "__version__", "3.7.0")
    with pytest.raises(RuntimeError, match="written for Rasa 3.6"):
        rasa_patches.apply()


def test_a_failing_store_fails_the_turn_instead_of_forgetting(store, tmp_path):
    """Rasa's FailSafeTrackerStore would read "no conversation" and keep the new events in
    process memory only; with ``store_failures_fail_the_turn`` both raise."""
    import sqlalchemy as sa
    from rasa.core.tracker_store import FailSafeTrackerStore

    assert "store_failures_fail_the_turn" in rasa_patches.apply()
    safe = FailSafeTrackerStore(store)
    asyncio.run(safe.save(DialogueStateTracker.from_events("rest:a", [UserUttered("hi")])))
    assert asyncio.run(safe.retrieve("rest:a")).latest_message.text == "hi"
    with sa.create_engine(f"sqlite:///{tmp_path / 'c.db'}").begin() as db:
        db.execute(sa.text("DROP TABLE events"))  # the store can no longer read or write
    with pytest.raises(sa.exc.OperationalError):
        asyncio.run(safe.retrieve("rest:a"))
    with pytest.raises(sa.exc.OperationalError):
        asyncio.run(safe.save(DialogueStateTracker.from_events("rest:b", [UserUttered("x")])))
