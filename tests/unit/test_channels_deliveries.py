"""De-duplication of platform deliveries: a real SQLite file (shared by two ledgers, as by
two servers or a server before and after a restart) and the in-memory window. On
PostgreSQL: tests/e2e/channels/test_deliveries_postgres.py."""

from __future__ import annotations

import asyncio
import json
import time
from types import SimpleNamespace
from typing import Optional

import pytest
import sqlalchemy as sa

from chatbot.channels import deliveries
from chatbot.channels.deliveries import MemoryDeliveries, SQLDeliveries


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def sqlite_engines(tmp_path):
    """Two engines on one database file: two servers, or one before and after a restart."""
    url = f"sqlite:///{tmp_path / 'conversations.db'}"
    engines = [sa.create_engine(url), sa.create_engine(url)]
    yield engines
    for engine in engines:
        engine.dispose()


def rows(engine) -> list:
    with engine.connect() as conn:
        return conn.execute(sa.select(deliveries.TABLE)).fetchall()


def test_a_claim_holds_for_another_ledger_on_the_same_database(sqlite_engines):
    first, second = (SQLDeliveries(e) for e in sqlite_engines)
    assert first.claim("telegram", "1001")
    assert not second.claim("telegram", "1001")
    assert not first.claim("telegram", "1001")
    assert second.claim("telegram", "1002")
    assert second.claim("slack", "1001")  # ids are per channel
    assert len(rows(sqlite_engines[0])) == 3


def test_a_released_claim_can_be_claimed_again(sqlite_engines):
    first, second = (SQLDeliveries(e) for e in sqlite_engines)
    assert first.claim("twilio", "SM1")
    first.release("twilio", "SM1")
    assert second.claim("twilio", "SM1")
    assert not first.claim("twilio", "SM1")


def test_claims_older_than_the_window_are_purged(sqlite_engines):
    clock = Clock()
    ledger = SQLDeliveries(sqlite_engines[0], window=3600, clock=clock)
    assert ledger.claim("facebook", "m_old")
    ledger.finish("facebook", "m_old")
    clock.now += 1800
    assert ledger.claim("facebook", "m_newer")
    ledger.finish("facebook", "m_newer")
    clock.now += 1801  # m_old is now past the window, m_newer is not
    assert ledger.purge() == 1
    assert [r.delivery_id for r in rows(sqlite_engines[0])] == ["m_newer"]
    assert ledger.claim("facebook", "m_old")
    assert not ledger.claim("facebook", "m_newer")


def test_a_claim_purges_now_and_then(sqlite_engines):
    clock = Clock()
    ledger = SQLDeliveries(sqlite_engines[0], window=60, clock=clock)
    assert ledger.claim("slack", "Ev1")
    clock.now += deliveries.PURGE_EVERY_SECONDS + 1
    assert ledger.claim("slack", "Ev2")
    assert [r.delivery_id for r in rows(sqlite_engines[0])] == ["Ev2"]


@pytest.mark.parametrize("odd", ["x" * 500, "m_\x00\n", "  padded "])
def test_long_or_unprintable_ids_are_stored_hashed_and_still_recognised(sqlite_engines, odd):
    ledger = SQLDeliveries(sqlite_engines[0])
    assert ledger.claim("facebook", odd)
    assert not ledger.claim("facebook", odd)
    (row,) = rows(sqlite_engines[0])
    assert row.delivery_id.startswith("sha256:") and len(row.delivery_id) <= 128


def test_a_handled_delivery_is_a_duplicate_and_one_in_hand_is_busy(sqlite_engines):
    first, second = (SQLDeliveries(e) for e in sqlite_engines)
    Claim = deliveries.Claim
    assert first.claim("telegram", "7") is Claim.NEW
    assert second.claim("telegram", "7") is Claim.BUSY  # the platform is asked to come back
    first.finish("telegram", "7")
    assert second.claim("telegram", "7") is Claim.DONE  # acknowledged, not answered again


def test_a_claim_left_by_a_server_that_died_is_taken_over(sqlite_engines):
    """A crash mid-turn: the platform's retry is answered once the claim is stale."""
    clock = Clock()
    dead, alive = (SQLDeliveries(e, clock=clock, stale=180) for e in sqlite_engines)
    Claim = deliveries.Claim
    assert dead.claim("facebook", "m_1") is Claim.NEW  # ... and its server is killed
    clock.now += 100
    assert alive.claim("facebook", "m_1") is Claim.BUSY
    clock.now += 100
    assert alive.claim("facebook", "m_1") is Claim.NEW
    assert dead.claim("facebook", "m_1") is Claim.BUSY  # taken over once only
    alive.finish("facebook", "m_1")
    clock.now += 1000
    assert dead.claim("facebook", "m_1") is Claim.DONE  # finished claims never go stale


def test_memory_states():
    ledger = MemoryDeliveries()
    Claim = deliveries.Claim
    assert ledger.claim("slack", "Ev9") is Claim.NEW
    assert ledger.claim("slack", "Ev9") is Claim.BUSY
    ledger.finish("slack", "Ev9")
    assert ledger.claim("slack", "Ev9") is Claim.DONE


def test_which_failures_ask_the_platform_to_retry():
    from rasa.core.lock_store import LockError

    assert deliveries.transient(sa.exc.OperationalError("x", {}, Exception()))
    assert deliveries.transient(LockError("busy")) and deliveries.transient(ConnectionError())
    assert not deliveries.transient(ValueError("this message breaks something"))
    assert deliveries.busy().status == 503


def test_memory_window():
    clock = Clock()
    ledger = MemoryDeliveries(window=60, clock=clock, max_entries=3)
    assert ledger.claim("telegram", "1") and not ledger.claim("telegram", "1")
    ledger.release("telegram", "1")
    assert ledger.claim("telegram", "1")
    clock.now += 61
    assert ledger.claim("telegram", "1")  # past the window: forgotten
    for n in "234":
        assert ledger.claim("telegram", n)
    assert ledger.claim("telegram", "1")  # bounded: the oldest entry made room


# --- the server side: which ledger a running bot uses ------------------------------------


def app_with(store) -> SimpleNamespace:
    return SimpleNamespace(ctx=SimpleNamespace(agent=SimpleNamespace(tracker_store=store)))


def test_the_ledger_lives_in_rasas_sql_tracker_store(tmp_path):
    from rasa.core.tracker_store import FailSafeTrackerStore, SQLTrackerStore

    db = tmp_path / "conversations.db"
    store = FailSafeTrackerStore(SQLTrackerStore(dialect="sqlite", db=str(db)))
    app = app_with(store)
    ledger = deliveries.for_app(app)
    assert isinstance(ledger, SQLDeliveries)
    assert ledger.engine is store._tracker_store.engine
    assert deliveries.for_app(app) is ledger
    request = SimpleNamespace(app=app)
    assert asyncio.run(deliveries.claim(request, "telegram", "7"))
    assert not asyncio.run(deliveries.claim(request, "telegram", "7"))
    assert sa.inspect(sa.create_engine(f"sqlite:///{db}")).has_table("events")


def test_without_a_sql_store_the_ledger_is_in_memory():
    from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore

    app = app_with(FailSafeTrackerStore(InMemoryTrackerStore(None)))
    assert isinstance(deliveries.for_app(app), MemoryDeliveries)
    request = SimpleNamespace(app=app)
    assert asyncio.run(deliveries.claim(request, "slack", "Ev1"))
    assert not asyncio.run(deliveries.claim(request, "slack", "Ev1"))


def test_an_unreachable_database_does_not_stop_a_message(tmp_path):
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'missing' / 'dir' / 'x.db'}")
    request = SimpleNamespace(app=app_with(SimpleNamespace(engine=engine)))
    assert asyncio.run(deliveries.claim(request, "twilio", "SM1"))
    asyncio.run(deliveries.release(request, "twilio", "SM1"))  # logged, not raised


def test_a_delivery_without_an_id_is_always_handled():
    request = SimpleNamespace(app=app_with(None))
    assert asyncio.run(deliveries.claim(request, "facebook", None))
    assert asyncio.run(deliveries.claim(request, "facebook", None))


# --- a failed handling releases its claim: the platform's next retry is answered ----------


def webhook_handler(blueprint):
    # Sanic keeps a blueprint's routes here until it is registered on an app.
    (route,) = [r for r in blueprint._future_routes if r.uri == "/webhook" and "POST" in r.methods]
    return route.handler


class FailsOnce:
    """The bot's handler, failing on its first message (a store or action error)."""

    def __init__(self, error: Optional[Exception] = None) -> None:
        self.texts = []
        self.error = error or RuntimeError("the first handling fails")

    async def __call__(self, message) -> None:
        self.texts.append(message.text)
        if len(self.texts) == 1:
            raise self.error


def sql_app(tmp_path) -> SimpleNamespace:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'conversations.db'}")
    return app_with(SimpleNamespace(engine=engine))


def test_telegram_answers_the_retry_of_an_update_whose_handling_failed(tmp_path):
    from sanic.compat import Header

    from chatbot.channels.telegram import SECRET_HEADER, TelegramInput

    bot = FailsOnce()
    handler = webhook_handler(TelegramInput("1:token", "secret").blueprint(bot))
    update = {"update_id": 5, "message": {"chat": {"id": 42}, "text": "do you take insurance?"}}
    request = SimpleNamespace(
        app=sql_app(tmp_path),
        headers=Header({SECRET_HEADER: "secret"}),
        body=json.dumps(update).encode(),
        ip="127.0.0.1",
    )
    for _ in range(3):  # fails, is retried and answered, is retried again: a duplicate
        assert asyncio.run(handler(request)).status == 200
    assert bot.texts == ["do you take insurance?"] * 2

    # A failure a retry may get past (the store was away): Telegram is asked to resend.
    bot = FailsOnce(sa.exc.OperationalError("INSERT", {}, Exception("database is locked")))
    handler = webhook_handler(TelegramInput("1:token", "secret").blueprint(bot))
    request.body = json.dumps({**update, "update_id": 6}).encode()
    assert [asyncio.run(handler(request)).status for _ in range(3)] == [503, 200, 200]
    assert bot.texts == ["do you take insurance?"] * 2


def test_slack_answers_the_retry_of_an_event_whose_handling_failed(tmp_path):
    from sanic.compat import Header

    from chatbot.channels.signatures import slack_signature
    from chatbot.channels.slack import SlackInput

    bot = FailsOnce()
    slack = SlackInput.from_credentials({"slack_token": "xoxb-t", "slack_signing_secret": "s"})
    handler = webhook_handler(slack.blueprint(bot))
    event = {"type": "message", "channel_type": "im", "user": "U1", "channel": "D1", "text": "hi"}
    body = json.dumps({"type": "event_callback", "event_id": "Ev1", "event": event}).encode()
    app = sql_app(tmp_path)

    async def deliver(retry: int) -> int:
        ts = str(int(time.time()))
        headers = {
            "Content-Type": "application/json",
            "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": slack_signature("s", ts, body),
        }
        if retry:
            headers.update({"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_error"})
        request = SimpleNamespace(app=app, headers=Header(headers), body=body, ip="127.0.0.1")
        status = (await handler(request)).status
        await asyncio.gather(*slack._background_tasks)  # Slack's messages are handled after
        return status

    assert [asyncio.run(deliver(n)) for n in range(3)] == [200, 200, 200]
    assert bot.texts == ["hi", "hi"]
