"""Patches of Rasa 3.6, applied explicitly by the server entry point (``chatbot.server.rasa_server``).

Each patch names what it fixes; ``apply()`` refuses a Rasa version they were not written
for, so an upgrade fails loudly at start-up instead of silently un-fixing something.

* ``validator_built_once``: ``RemoteAction._validate_action_result`` calls
  ``jsonschema.validate()``, which re-checks the response schema against its meta-schema
  on every call (py-spy: most of a custom-action turn). The validator is built once;
  what is accepted or refused, and the error text, stay the same.
* ``training_data_schema_checked_once``: the same ``jsonschema.validate()`` runs for every
  training example that annotates an entity (``validate_training_data``): a tenth of a
  training. Each schema's validator is built once, with the error ``jsonschema`` raises.
* ``forced_training_caches_nothing``: ``rasa train --force`` (the Makefile's) skips
  Rasa's training cache, yet still fingerprinted every node's output, all the featurised
  training data included, and wrote it to ``.rasa/cache`` for a later unforced training:
  a sixth of a training. A forced training now runs without the caching hook; an
  unforced one caches as before.
* ``training_files_read_once``: one ``rasa train`` parsed the NLU files four times (twice
  to validate, twice to train: importers built apart, cached under ``get_nlu_data()`` and
  ``get_nlu_data("en")``). Each file is parsed once per process while it is unchanged
  on disk (not one with a lookup table in another file); every caller still gets its
  own copy, merged as before.
* ``unchanged_messages_keep_their_fingerprint``: ``Message.set`` dropped the message's
  cached fingerprint even when the value set was the one already there, as
  ``TrainingData`` does to every example each time data is merged; each merge then
  re-hashed every example. Setting the very same string or number keeps it (a list or
  dict may have changed in place, and still drops it).
* ``store_errors_stay_errors``: ``SQLTrackerStore.session_scope`` turns *any* ValueError
  raised while a conversation is read or written (a NUL byte refused by PostgreSQL, an
  unencodable character) into ``sys.exit``: one request stopped the whole server. Only
  the missing-schema check it was written for exits now; other errors fail that request.
* ``store_failures_fail_the_turn``: Rasa wraps the conversation store in
  ``FailSafeTrackerStore``, which on any error reads "no conversation" (the visitor's
  context is gone) and writes to process memory (gone at the next restart), with a log
  line as the only trace. A store error now fails that message like any other error,
  so nothing is answered as if it had been kept.
* ``event_types_found_once``: ``Event.resolve_by_type`` walks every subclass of
  ``Event`` for each event it reads back from the store (py-spy: a large part of a turn in
  a long conversation). The class found for a type name is remembered; unknown names
  are looked up, and refused, as before.
* ``api_guard``: every route of the HTTP API but the chat doors needs the API token
  (``chatbot.server.api_guard``), whatever Rasa's own ``--auth-token`` says; what the API sends
  on a platform goes to the platform's own id (``channels.base.PlatformIds``).
* ``custom_action_faults_apologise``: when a custom action cannot run (action server
  unreachable, slower than ``ACTION_TIMEOUT``, an error status, an invalid response),
  Rasa logs it and says nothing: the visitor got no words at all. Worse, a failed
  ``action_session_start`` left a new conversation without ``action_listen``, so the
  policies predicted the fallback until the circuit breaker tripped, on that turn and
  on every later one until the session expired. Now the visitor gets an apology with
  the contact details (``wording.fault_apology``, once per turn, through the output
  channel like any bot message), and a failed session start becomes Rasa's default
  one plus the privacy notice. A connection that fails (refused, closed under the
  request) is tried once more first, on a new connection, within ``ACTION_TIMEOUT``: the
  action server had the odd request dropped under load, and the visitor got the apology.
* ``graph_runs_in_order``: ``DaskGraphRunner.run`` rebuilds the minimal graph and a dask
  task graph, then lets dask's scheduler walk it, on every message and every action
  prediction, though the graph runs in one thread anyway. Its nodes now run in
  dependency order, worked out once per set of targets, with the same inputs, results
  and errors.
* ``loaded_model_left_out_of_collections``: the model, spaCy's tables and the libraries
  loaded at start-up live as long as the server, yet Python's cycle collector walked
  them all again at every full collection, in the middle of somebody's turn. Once the model is loaded they are frozen
  (``gc.freeze``) out of its sight; a model loaded later (``PUT /model``) unfreezes
  them, so the old model can still be collected.
* ``models_load_in_a_thread``: ``PUT /model`` (``python -m chatbot.server.reload``) loads the new
  model in the server's event loop, so no visitor was answered for the seconds the load
  takes. The load runs in a worker thread now; the running model answers until the new
  one is swapped in, as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import gc
import json
import logging
from typing import Any, Callable, Dict, Generator, List, Optional, Tuple

from jsonschema import ValidationError
from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for

SUPPORTED_RASA = "3.6."

logger = logging.getLogger(__name__)


def validator_built_once() -> None:
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    validator = _validator(RemoteAction.action_response_format_spec())

    def _validate_action_result(self: RemoteAction, result: Dict[str, Any]) -> bool:
        try:
            _validate(validator, result)
            return True
        except ValidationError as e:
            e.message += (
                ". Failed to validate Action server response from API, make sure your "
                "response from the Action endpoint is valid. For more information about "
                f"the format visit {DOCS_BASE_URL}/custom-actions"
            )
            raise e

    RemoteAction._validate_action_result = _validate_action_result


_validators: Dict[str, Any] = {}


def _validator(schema: Dict[str, Any]) -> Any:
    """The schema's validator, the schema checked against its meta-schema once."""
    key = json.dumps(schema, sort_keys=True)  # Rasa builds its schemas afresh on each call
    if key not in _validators:
        validator_class = validator_for(schema)
        validator_class.check_schema(schema)
        _validators[key] = validator_class(schema)
    return _validators[key]


def _validate(validator: Any, instance: Any) -> None:
    """What ``jsonschema.validate`` raises: the best match among the errors."""
    error = best_match(validator.iter_errors(instance))
    if error is not None:
        raise error


def training_data_schema_checked_once() -> None:
    import rasa.shared.utils.validation as validation
    from rasa.shared.constants import DOCS_URL_TRAINING_DATA

    def validate_training_data(json_data: Dict[str, Any], schema: Dict[str, Any]) -> None:
        try:
            _validate(_validator(schema), json_data)
        except ValidationError as e:
            e.message += (
                f". Failed to validate data, make sure your data "
                f"is valid. For more information about the format visit "
                f"{DOCS_URL_TRAINING_DATA}."
            )
            raise validation.SchemaValidationError.create_from(e) from e

    validation.validate_training_data = validate_training_data


def forced_training_caches_nothing() -> None:
    from rasa.engine.graph import GraphNodeHook
    from rasa.engine.training import graph_trainer

    class NothingCached(GraphNodeHook):
        """Stands in for ``TrainingHook`` in a forced training."""

        def __init__(self, **_: Any) -> None:
            pass

        def on_before_node(self, *args: Any, **kwargs: Any) -> Dict:
            return {}

        def on_after_node(self, *args: Any, **kwargs: Any) -> None:
            return None

    train = graph_trainer.GraphTrainer.train

    def train_without_caching(self: Any, *args: Any, **kwargs: Any) -> Any:
        if not kwargs.get("force_retraining"):
            return train(self, *args, **kwargs)
        # ``train`` builds its hooks itself. Swapped for the forced training's time: an
        # unforced one started meanwhile in the same process (the HTTP API's) would
        # skip caching too, costing it only the cache.
        graph_trainer.TrainingHook = NothingCached
        try:
            return train(self, *args, **kwargs)
        finally:
            graph_trainer.TrainingHook = training_hook

    training_hook = graph_trainer.TrainingHook
    graph_trainer.GraphTrainer.train = train_without_caching


def training_files_read_once() -> None:
    import os

    from rasa.shared.importers import utils
    from rasa.shared.nlu.training_data import loading
    from rasa.shared.nlu.training_data.training_data import TrainingData

    parsed: Dict[Tuple[str, str], Tuple[Tuple[int, ...], Any]] = {}

    def load(path: str, language: str) -> Any:
        if not os.path.isfile(path):
            return loading.load_data(path, language)  # a folder: read as Rasa reads it
        key = (os.path.realpath(path), language)
        stat = os.stat(key[0])
        stamp = (stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)
        found = parsed.get(key)
        if found is None or found[0] != stamp:
            data = loading.load_data(path, language)
            if any(isinstance(t.get("elements"), str) for t in data.lookup_tables):
                return data  # a lookup table read from another file: not kept
            found = parsed[key] = (stamp, data)
        return found[1]

    def training_data_from_paths(paths: Any, language: str) -> Any:
        # ``merge`` deep-copies the examples, never handing out the parsed ones; not the
        # responses, copied here.
        merged = TrainingData().merge(*(load(path, language) for path in paths))
        merged.responses = copy.deepcopy(merged.responses)
        return merged

    utils.training_data_from_paths = training_data_from_paths


def unchanged_messages_keep_their_fingerprint() -> None:
    from rasa.shared.nlu.training_data.message import Message

    set_property = Message.set
    unset = object()

    def set_unless_unchanged(
        self: Message, prop: str, info: Any, add_to_output: bool = False
    ) -> None:
        # Only a value that cannot have changed in place since it was fingerprinted.
        unchanged = type(info) in (str, int, float, bool) and self.data.get(prop, unset) is info
        if unchanged and (not add_to_output or prop in self.output_properties):
            return
        set_property(self, prop, info, add_to_output)

    Message.set = set_unless_unchanged


def store_errors_stay_errors() -> None:
    import rasa.shared.utils.cli
    from rasa.core import tracker_store

    @contextlib.contextmanager
    def session_scope(self: tracker_store.SQLTrackerStore) -> Generator[Any, None, None]:
        session = self.sessionmaker()
        try:
            try:
                tracker_store.ensure_schema_exists(session)
            except ValueError as e:  # the one case Rasa's exit was written for
                rasa.shared.utils.cli.print_error_and_exit(
                    f"Requested PostgreSQL schema '{e}' was not found in the database."
                )
            yield session
        finally:
            session.close()

    tracker_store.SQLTrackerStore.session_scope = session_scope


def store_failures_fail_the_turn() -> None:
    from rasa.core.tracker_store import FailSafeTrackerStore

    def failing(name: str) -> Callable[..., Any]:
        async def call(self: FailSafeTrackerStore, *args: Any) -> Any:
            try:
                return await getattr(self._tracker_store, name)(*args)
            except Exception as err:
                # The class only: a database error can quote the stored text.
                logger.error("conversation store: %s failed (%s)", name, type(err).__name__)
                raise

        return call

    for name in ("retrieve", "retrieve_full_tracker", "save", "keys"):
        setattr(FailSafeTrackerStore, name, failing(name))


def event_types_found_once() -> None:
    from rasa.shared.core.events import Event

    lookup = Event.resolve_by_type
    found: Dict[str, Any] = {}

    def resolve_by_type(type_name: str, default: Any = None) -> Any:
        cls = found.get(type_name)
        if cls is None:
            cls = lookup(type_name, default)
            if cls is not None and cls is not default:
                found[type_name] = cls
        return cls

    Event.resolve_by_type = staticmethod(resolve_by_type)


def api_guard() -> None:
    from rasa import server

    from chatbot.server import api_guard as guard

    create_app = server.create_app

    def guarded_create_app(*args: Any, **kwargs: Any) -> Any:
        app = create_app(*args, **kwargs)
        guard.install(app)
        return app

    server.create_app = guarded_create_app

    # Messages the API sends on a platform (trigger_intent, events with output_channel)
    # go out with the platform's own id, as replies to the channel's messages do.
    output_channel_for = server._get_output_channel

    def platform_output_channel(request: Any, tracker: Any) -> Any:
        from rasa.core.channels.channel import CollectingOutputChannel

        from chatbot.channels.base import PlatformIds

        channel = output_channel_for(request, tracker)
        return channel if isinstance(channel, CollectingOutputChannel) else PlatformIds(channel)

    server._get_output_channel = platform_output_channel


# How long a custom action may take before the visitor gets the apology instead: Rasa's
# own limit (five minutes) outlasts every chat window and platform webhook.
ACTION_TIMEOUT = 20.0


def custom_action_faults_apologise() -> None:
    import asyncio

    import aiohttp
    from rasa.core.actions.action import (
        ActionExecutionRejection,
        ActionSessionStart,
        RemoteAction,
        create_bot_utterance,
    )
    from rasa.shared.core.constants import ACTION_SESSION_START_NAME
    from rasa.shared.core.events import BotUttered, Event, UserUttered
    from rasa.shared.exceptions import RasaException

    from chatbot.practice import wording
    from chatbot.practice.settings import settings

    run = RemoteAction.run

    def utterance(reply: wording.Reply) -> BotUttered:
        return create_bot_utterance({"text": reply.text, "buttons": reply.buttons or None})

    def said_this_turn(tracker: Any, text: str) -> bool:
        for event in reversed(tracker.events):
            if isinstance(event, UserUttered):
                return False
            if isinstance(event, BotUttered) and event.text == text:
                return True
        return False

    async def run_again_if_disconnected(
        self: RemoteAction, output_channel: Any, nlg: Any, tracker: Any, domain: Any
    ) -> List[Event]:
        try:
            return await run(self, output_channel, nlg, tracker, domain)
        except RasaException as err:
            # Rasa turns aiohttp's connection errors into RasaException (the cause stays).
            if not isinstance(err.__context__, aiohttp.ClientConnectionError):
                raise
            logger.warning("custom action '%s': connection failed, trying once more", self.name())
        # Each request opens its own session, so this is a new connection.
        return await run(self, output_channel, nlg, tracker, domain)

    async def run_or_apologise(
        self: RemoteAction, output_channel: Any, nlg: Any, tracker: Any, domain: Any
    ) -> List[Event]:
        try:
            coro = run_again_if_disconnected(self, output_channel, nlg, tracker, domain)
            return await asyncio.wait_for(coro, ACTION_TIMEOUT)
        except ActionExecutionRejection:
            raise  # the action declined on purpose (forms): Rasa's normal flow
        except Exception as err:
            # The class only: the message may quote the response, hence the visitor's words.
            logger.error("custom action '%s' failed: %s", self.name(), type(err).__name__)
            logger.debug("custom action '%s' failed", self.name(), exc_info=True)
        if self.name() == ACTION_SESSION_START_NAME:
            # Rasa's own session start rather than a retry next turn: the session events
            # exist at once, so the policies see a normal conversation, and the privacy
            # notice is still the first thing the visitor reads.
            default = await ActionSessionStart().run(output_channel, nlg, tracker, domain)
            return [utterance(wording.privacy_notice(settings())), *default]
        apology = wording.fault_apology(settings())
        if said_this_turn(tracker, apology.text):
            return []
        return [utterance(apology)]

    RemoteAction.run = run_or_apologise


def graph_runs_in_order() -> None:
    from rasa.engine.exceptions import GraphRunError
    from rasa.engine.runner.dask import DaskGraphRunner

    def order(runner: DaskGraphRunner, targets: Tuple[str, ...]) -> List[Tuple[str, tuple]]:
        cache = runner.__dict__.setdefault("_run_order", {})
        if targets not in cache:
            schema = runner._graph_schema.minimal_graph_schema(list(targets))
            steps: List[Tuple[str, tuple]] = []
            seen: set = set()

            def visit(name: str) -> None:
                if name in seen or name not in schema.nodes:
                    return  # done, or an input of the run
                seen.add(name)
                needs = tuple(schema.nodes[name].needs.values())
                for need in needs:
                    visit(need)
                steps.append((name, needs))

            for target in targets:
                visit(target)
            cache[targets] = steps
        return cache[targets]

    def run(
        self: DaskGraphRunner,
        inputs: Optional[Dict[str, Any]] = None,
        targets: Optional[List[str]] = None,
    ) -> Dict[str, Any]:
        run_targets = tuple(targets if targets else self._graph_schema.target_names)
        steps = order(self, run_targets)
        results: Dict[str, Any] = {}
        for name, value in (inputs or {}).items():
            # Rasa's check, kept though nothing substitutes a value here as dask did.
            if isinstance(value, str) and any(value == step for step, _ in steps):
                raise GraphRunError(
                    f"Input value '{value}' clashes with a node name. Make sure "
                    f"that none of the input names passed to the `run` method are the "
                    f"same as node names in the graph schema."
                )
            results[name] = (name, value)  # what a node returns: (its name, its output)
        try:
            for name, needs in steps:
                if name in results:
                    continue  # an input of the run stands in for the node, as in dask
                # A need that is neither a node nor an input reaches the node as dask
                # passed it, and the node refuses it.
                results[name] = self._instantiated_nodes[name](*(results.get(n, n) for n in needs))
        except RuntimeError as e:
            raise GraphRunError("Error running runner.") from e
        return dict(results[target] for target in run_targets)

    DaskGraphRunner.run = run


def loaded_model_left_out_of_collections() -> None:
    from rasa.core import run as rasa_run

    load_agent_on_start = rasa_run.load_agent_on_start

    async def load_then_freeze(*args: Any, **kwargs: Any) -> Any:
        agent = await load_agent_on_start(*args, **kwargs)
        gc.collect()  # what loading left behind goes first
        gc.freeze()
        return agent

    rasa_run.load_agent_on_start = load_then_freeze


def models_load_in_a_thread() -> None:
    from rasa import server

    load_agent = server._load_agent

    async def load_agent_in_a_thread(*args: Any, **kwargs: Any) -> Any:
        # Its own event loop in the thread: the load awaits only set-up coroutines (the
        # event broker); the agent's lock store is replaced by the running one's.
        def load() -> Any:
            gc.unfreeze()  # the model being replaced can be collected again
            return asyncio.run(load_agent(*args, **kwargs))

        return await asyncio.get_running_loop().run_in_executor(None, load)

    server._load_agent = load_agent_in_a_thread


PATCHES: List[Callable[[], None]] = [
    validator_built_once,
    training_data_schema_checked_once,
    forced_training_caches_nothing,
    training_files_read_once,
    unchanged_messages_keep_their_fingerprint,
    store_errors_stay_errors,
    store_failures_fail_the_turn,
    event_types_found_once,
    api_guard,
    custom_action_faults_apologise,
    graph_runs_in_order,
    loaded_model_left_out_of_collections,
    models_load_in_a_thread,
]
_applied: List[str] = []


def apply() -> List[str]:
    """Applies every patch once; returns the names applied in this process."""
    import rasa

    if not rasa.__version__.startswith(SUPPORTED_RASA):
        raise RuntimeError(
            f"chatbot.server.rasa_patches is written for Rasa {SUPPORTED_RASA}x, not {rasa.__version__}: "
            "check each patch against the new version before changing SUPPORTED_RASA"
        )
    for patch in PATCHES:
        if patch.__name__ not in _applied:
            patch()
            _applied.append(patch.__name__)
    return list(_applied)
