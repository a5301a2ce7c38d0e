"""Shared fixtures: the knowledge, pinned settings, Trackers and a dispatcher."""

import os
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest

# Tests use the committed example settings, never a developer's local overrides.
os.environ["CHATBOT_SETTINGS"] = str(Path(__file__).parent / "data" / "no-local-settings.yml")

from chatbot.practice.knowledge import knowledge  # noqa: E402
from chatbot.practice.settings import settings  # noqa: E402
from tests.bot_fixture import bot  # noqa: E402,F401  (one real bot per test session)

# The top level of tests/ is the tier: unit/ starts nothing, e2e/ starts servers, a
# database or a browser (`make e2e`), eval/ holds figures with floors. A test is e2e
# when it is under e2e/; one elsewhere that would start something fails the collection.
E2E = Path(__file__).resolve().parent / "e2e"

# Fixtures that start a server, a database or a browser: their tests belong to the e2e
# tier, so that `make unit` starts nothing (as do tests marked e2e, model, browser or
# postgres).
SERVER_FIXTURES = frozenset(
    {"bot", "served", "postgres_server", "postgres_url", "redis_server", "redis_url",
     "chromium", "page", "site_server", "channel_bot"}
)  # fmt: skip


def is_e2e(item) -> bool:
    return bool(
        SERVER_FIXTURES & set(getattr(item, "fixturenames", ()))
        or any(item.get_closest_marker(name) for name in ("e2e", "model", "browser", "postgres"))
    )


def pytest_collection_modifyitems(items):
    misplaced = []
    for item in items:
        in_e2e = E2E in item.path.parents
        if is_e2e(item) and not in_e2e:
            misplaced.append(item.nodeid)
        if in_e2e:  # every test there, whatever starts its servers
            item.add_marker(pytest.mark.e2e)
    if misplaced:
        # A test that starts something outside tests/e2e would run in `make unit`.
        raise pytest.UsageError(
            "e2e tests (they start a server, a database or a browser, or need the model) "
            "outside tests/e2e/:\n  "
            + "\n  ".join(misplaced)
        )


@pytest.fixture(scope="session")
def kb():
    return knowledge()


@pytest.fixture(scope="session")
def practice_settings():
    return settings()


@pytest.fixture
def dispatcher():
    from rasa_sdk.executor import CollectingDispatcher

    return CollectingDispatcher()


@pytest.fixture
def make_tracker():
    """Builds a rasa_sdk Tracker whose latest message has the given intent and entities."""
    from rasa_sdk import Tracker

    def _make(
        intent: Optional[str] = None,
        entities: Optional[List[Dict[str, Any]]] = None,
        text: str = "",
        events: Optional[List[Dict[str, Any]]] = None,
        sender_id: str = "test-visitor",
        slots: Optional[Dict[str, Any]] = None,
        confidence: float = 1.0,
        **parse_data: Any,
    ) -> Tracker:
        latest = {
            "text": text,
            "intent": {"name": intent, "confidence": confidence} if intent else {},
            "entities": entities or [],
            **parse_data,
        }
        return Tracker(
            sender_id=sender_id,
            slots={"condition": None, "unlisted_condition": None, **(slots or {})},
            latest_message=latest,
            events=events or [],
            paused=False,
            followup_action=None,
            active_loop={},
            latest_action_name="action_listen",
        )

    return _make


def condition_entity(value: str, entity: str = "condition") -> Dict[str, Any]:
    return {"entity": entity, "value": value, "extractor": "ConditionEntityExtractor"}
