"""The Rasa patches of ``chatbot.server.rasa_patches``, applied here as the Rasa server applies them.

Custom-action faults are checked against a real HTTP server standing in for the action
server (or none at all), through Rasa's own ``RemoteAction``.
"""

import asyncio
import contextlib

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from jsonschema import ValidationError
from jsonschema.validators import validator_for
from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.core.channels import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.engine.exceptions import GraphComponentException, GraphRunError
from rasa.engine.graph import ExecutionContext, GraphComponent, GraphSchema, SchemaNode
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from chatbot.practice import wording
from chatbot.server import rasa_patches
from scripts.servers import free_port


@pytest.fixture(scope="module", autouse=True)
def patched():
    return rasa_patches.apply()


def _action(name="action_answer_faq", url="http://127.0.0.1:1/webhook"):
    return RemoteAction(name, EndpointConfig(url))


def test_valid_response_is_accepted():
    good = {"events": [{"event": "slot", "name": "condition", "value": None}],
            "responses": [{"text": "hi", "buttons": []}]}  # fmt: skip
    assert _action()._validate_action_result(good) is True


def test_invalid_response_is_refused_with_rasa_message():
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        _action()._validate_action_result({"events": "not a list"})


def test_the_response_schema_is_checked_once_not_per_response(monkeypatch):
    """``validator_built_once``: without it, ``jsonschema.validate`` re-checks the schema
    against its meta-schema for every action server response."""
    schema = RemoteAction.action_response_format_spec()
    checks = []
    cls = validator_for(schema)
    check_schema = cls.check_schema
    monkeypatch.setattr(cls, "check_schema", classmethod(
        lambda c, *a, **k: checks.append(1) or check_schema(*a, **k)))  # fmt: skip
    good = {"events": [], "responses": [{"text": "hi"}]}
    for _ in range(3):
        assert _action()._validate_action_result(good) is True
    assert checks == []


def test_every_patch_is_applied(patched):
    assert patched == [patch.__name__ for patch in rasa_patches.PATCHES]


# --- custom actions that cannot run ------------------------------------------------------


@contextlib.asynccontextmanager
async def action_server(handler):
    """A real HTTP server on 127.0.0.1 answering the action webhook with ``handler``."""
    app = web.Application()
    app.router.add_post("/webhook", handler)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        yield f"http://127.0.0.1:{server.port}/webhook"
    finally:
        await server.close()


async def _run(name, url, events=()):
    tracker = DialogueStateTracker.from_events("rest:visitor", list(events))
    domain = Domain.empty()
    nlg = TemplatedNaturalLanguageGenerator(domain.responses)
    return await _action(name, url).run(CollectingOutputChannel(), nlg, tracker, domain)


def _apology(practice_settings):
    return wording.fault_apology(practice_settings).text


def _assert_apology(events, practice_settings):
    assert [type(e) for e in events] == [BotUttered]
    assert events[0].text == _apology(practice_settings)
    assert practice_settings.contact.email in events[0].text


def test_apology_names_the_contact_details(practice_settings):
    text = _apology(practice_settings)
    assert wording.contact_details(practice_settings) in text


@pytest.mark.asyncio
async def test_unreachable_action_server_gets_an_apology(practice_settings):
    events = await _run("action_answer_faq", f"http://127.0.0.1:{free_port()}/webhook")
    _assert_apology(events, practice_settings)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "response",
    [
        web.json_response({"error": "boom"}, status=500),
        web.json_response({"events": "not a list"}),
        web.Response(text="<html>proxy error</html>", content_type="text/html"),
    ],
    ids=["server-error", "invalid-response", "not-json"],
)
async def test_failing_action_server_gets_an_apology(response, practice_settings):
    async def handler(request):
        return response

    async with action_server(handler) as url:
        events = await _run("action_answer_faq", url)
    _assert_apology(events, practice_settings)


@pytest.mark.asyncio
async def test_slow_action_server_gets_an_apology(monkeypatch, practice_settings):
    monkeypatch.setattr(rasa_patches, "ACTION_TIMEOUT", 0.2)
    release = asyncio.Event()

    async def handler(request):
        await release.wait()
        return web.json_response({"events": [], "responses": []})

    async with action_server(handler) as url:
        try:  # the outer bound only turns a hang into a failure
            events = await asyncio.wait_for(_run("action_answer_faq", url), 60)
        finally:
            release.set()
    _assert_apology(events, practice_settings)


@pytest.mark.asyncio
async def test_a_connection_dropped_under_the_request_is_tried_once_more():
    calls = []

    async def handler(request):
        calls.append(request.path)
        if len(calls) == 1:
            request.transport.close()  # gone before any answer
            await asyncio.sleep(0.2)
        return web.json_response({"events": [], "responses": [{"text": "Yes, she does."}]})

    async with action_server(handler) as url:
        events = await _run("action_answer_faq", url)
    assert len(calls) == 2
    assert [e.text for e in events] == ["Yes, she does."]


@pytest.mark.asyncio
async def test_an_error_answered_is_not_tried_again(practice_settings):
    calls = []

    async def handler(request):
        calls.append(request.path)
        return web.json_response({"error": "boom"}, status=500)

    async with action_server(handler) as url:
        events = await _run("action_answer_faq", url)
    assert len(calls) == 1
    _assert_apology(events, practice_settings)


@pytest.mark.asyncio
async def test_one_apology_per_turn(practice_settings):
    url = f"http://127.0.0.1:{free_port()}/webhook"
    earlier = [
        ActionExecuted("action_listen"),
        UserUttered("hi"),
        BotUttered(_apology(practice_settings)),
    ]
    assert await _run("action_fallback", url, earlier) == []
    # A new visitor message is a new turn: apologise again.
    _assert_apology(await _run("action_fallback", url, [*earlier, UserUttered("hi")]),
                    practice_settings)  # fmt: skip


@pytest.mark.asyncio
async def test_working_action_server_is_untouched():
    async def handler(request):
        return web.json_response(
            {
                "events": [{"event": "slot", "name": "condition", "value": None}],
                "responses": [{"text": "Renée is not able to accept insurance."}],
            }  # fmt: skip
        )

    async with action_server(handler) as url:
        events = await _run("action_answer_faq", url)
    assert [type(e).__name__ for e in events] == ["BotUttered", "SlotSet"]
    assert events[0].text == "Renée is not able to accept insurance."


@pytest.mark.asyncio
async def test_rejection_is_still_rasa_flow():
    async def handler(request):
        return web.json_response({"action_name": "action_answer_faq", "error": "no"}, status=400)

    async with action_server(handler) as url:
        with pytest.raises(ActionExecutionRejection):
            await _run("action_answer_faq", url)


@pytest.mark.asyncio
async def test_failed_session_start_still_starts_the_session(practice_settings):
    events = await _run("action_session_start", f"http://127.0.0.1:{free_port()}/webhook")
    assert [type(e) for e in events] == [BotUttered, SessionStarted, ActionExecuted]
    assert events[0].text == wording.privacy_notice(practice_settings).text
    assert events[-1].action_name == "action_listen"


# --- the graph runner -------------------------------------------------------------------


class _Add(GraphComponent):
    """A node that adds its inputs to its own number and counts its runs."""

    runs: list = []

    def __init__(self, config):
        self.number = config["number"]

    @classmethod
    def create(cls, config, model_storage, resource, execution_context):
        return cls(config)

    def add(self, **inputs):
        _Add.runs.append(self.number)
        if self.number < 0:
            raise ValueError("a node that fails")
        return self.number + sum(inputs.values())


def _runner(tmp_path, **nodes):
    schema = GraphSchema({
        name: SchemaNode(needs=needs, uses=_Add, constructor_name="create", fn="add",
                         config={"number": number}, is_target=target)
        for name, (number, needs, target) in nodes.items()
    })  # fmt: skip
    storage = LocalModelStorage(tmp_path)
    return DaskGraphRunner.create(schema, storage, ExecutionContext(schema, "test"))


def test_the_graph_runs_each_needed_node_once_in_order_without_dask(tmp_path, monkeypatch):
    """``graph_runs_in_order``: without it, every run goes through ``dask.get``."""
    import dask

    monkeypatch.setattr(dask, "get", lambda *a, **k: pytest.fail("dask ran the graph"))
    runner = _runner(
        tmp_path,
        a=(1, {"x": "__input__"}, False),
        b=(10, {"x": "a"}, False),
        c=(100, {"x": "a", "y": "b"}, True),
        unused=(1000, {}, False),
    )
    for _ in range(2):  # the second run takes the order worked out by the first
        _Add.runs.clear()
        assert runner.run(inputs={"__input__": 5}, targets=["c"]) == {"c": 100 + 6 + 16}
        assert _Add.runs == [1, 10, 100]
    _Add.runs.clear()
    assert runner.run(inputs={"__input__": 0}, targets=["a", "b"]) == {"a": 1, "b": 11}
    assert runner.run(targets=["unused"]) == {"unused": 1000}
    assert runner.run(inputs={"__input__": 0}) == {"c": 112}  # the schema's targets


def test_a_failing_node_fails_the_run_as_before(tmp_path):
    runner = _runner(tmp_path, a=(-1, {}, False), b=(1, {"x": "a"}, True))
    with pytest.raises(GraphComponentException, match="for node a"):
        runner.run(targets=["b"])


def test_an_input_naming_a_node_is_refused_as_before(tmp_path):
    runner = _runner(tmp_path, a=(1, {"x": "__input__"}, True))
    with pytest.raises(GraphRunError, match="clashes with a node name"):
        runner.run(inputs={"__input__": "a"}, targets=["a"])


# --- the cycle collector ----------------------------------------------------------------


@pytest.mark.asyncio
async def test_the_loaded_model_is_left_out_of_collections(monkeypatch):
    """``loaded_model_left_out_of_collections``: what start-up loaded is frozen."""
    import gc
    from types import SimpleNamespace

    from rasa.core import agent as rasa_agent
    from rasa.core import run as rasa_run

    async def load_agent(**kwargs):
        return "the agent"

    monkeypatch.setattr(rasa_agent, "load_agent", load_agent)
    app = SimpleNamespace(ctx=SimpleNamespace())
    gc.unfreeze()
    try:
        assert await rasa_run.load_agent_on_start("m.tar.gz", None, None, app, None) == "the agent"
        assert app.ctx.agent == "the agent"
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()


@pytest.mark.asyncio
async def test_a_model_loaded_later_unfreezes_the_old_one(monkeypatch):
    import gc

    from rasa import server

    seen = []

    async def load(*args, **kwargs):
        seen.append(gc.get_freeze_count())
        return "new agent"

    monkeypatch.setattr(server, "_load_agent", load)
    rasa_patches.models_load_in_a_thread()  # wraps it as it wraps Rasa's
    gc.freeze()
    try:
        assert await server._load_agent("m.tar.gz") == "new agent"
    finally:
        gc.unfreeze()
    assert seen == [0]


def test_an_input_named_like_a_node_stands_in_for_it_as_in_dask(tmp_path):
    runner = _runner(tmp_path, a=(1, {}, False), b=(10, {"x": "a"}, True))
    _Add.runs.clear()
    assert runner.run(inputs={"a": 5}, targets=["b"]) == {"b": 15}
    assert _Add.runs == [10]
