"""The endpoints file follows CHATBOT_DB_URL / CHATBOT_REDIS_URL / ACTION_PORT, else
endpoints.yml; the database password stays in the environment."""

import os
import stat
from pathlib import Path

import pytest
import yaml
from rasa.utils.endpoints import read_endpoint_config

from chatbot.server.endpoints import (
    IN_PROCESS_LOCK_STORE,
    PLACEHOLDER,
    TRACKER_STORE_TYPE,
    build,
    secret_env,
    write,
)

BASE = {
    "action_endpoint": {"url": "http://localhost:5055/webhook"},
    "tracker_store": {"type": "SQL", "dialect": "sqlite", "db": "var/conversations.db"},
}
PG_URL = "postgresql://renee:s3cret@db.local:5433/chat"


def test_default_is_the_sqlite_file():
    assert build(BASE, {}) == BASE


def test_the_shipped_endpoints_use_the_windowed_store_rasa_can_load():
    """endpoints.yml names our store by module path; Rasa loads that class from it."""
    from rasa.core.tracker_store import TrackerStore
    from rasa.shared.core.domain import Domain

    from chatbot.server.tracker_store import RecentEventsSQLTrackerStore

    root = Path(__file__).resolve().parents[2]
    shipped = yaml.safe_load((root / "endpoints.yml").read_text(encoding="utf-8"))
    assert shipped["tracker_store"]["type"] == TRACKER_STORE_TYPE
    config = read_endpoint_config(str(root / "endpoints.yml"), "tracker_store")
    config.kwargs["db"] = ":memory:"
    store = TrackerStore.create(config, Domain.empty())
    assert isinstance(store, RecentEventsSQLTrackerStore)


def test_the_shipped_endpoints_use_the_in_process_lock_unless_redis_is_set():
    from rasa.core.lock_store import InMemoryLockStore, LockStore
    from rasa.core.utils import number_of_sanic_workers

    from chatbot.server.lock_store import InProcessLockStore

    root = Path(__file__).resolve().parents[2]
    shipped = yaml.safe_load((root / "endpoints.yml").read_text(encoding="utf-8"))
    assert shipped["lock_store"] == {"type": IN_PROCESS_LOCK_STORE}
    store = LockStore.create(read_endpoint_config(str(root / "endpoints.yml"), "lock_store"))
    assert isinstance(store, InProcessLockStore)
    assert isinstance(store, InMemoryLockStore) and number_of_sanic_workers(store) == 1
    redis = build(shipped, {"CHATBOT_REDIS_URL": "redis://127.0.0.1:6379/0"})["lock_store"]
    assert redis["type"] == "chatbot.server.lock_store.AtomicRedisLockStore"


def test_postgresql_url_keeps_the_password_out():
    store = build(BASE, {"CHATBOT_DB_URL": PG_URL})
    assert store["tracker_store"] == {
        "type": TRACKER_STORE_TYPE,
        "dialect": "postgresql",
        "url": "db.local",
        "port": 5433,
        "db": "chat",
        "username": "renee",
        "password": "${CHATBOT_DB_PASSWORD}",
    }
    assert store["action_endpoint"] == BASE["action_endpoint"]
    assert secret_env({"CHATBOT_DB_URL": PG_URL}) == {"CHATBOT_DB_PASSWORD": "s3cret"}


def test_no_password_no_placeholder():
    store = build(BASE, {"CHATBOT_DB_URL": "postgresql://renee@db.local/chat"})["tracker_store"]
    assert "password" not in store
    assert secret_env({"CHATBOT_DB_URL": "postgresql://renee@db.local/chat"}) == {}
    assert secret_env({}) == {}


def test_a_password_rasa_would_refuse_is_refused_here():
    with pytest.raises(ValueError, match=r"starts with '\$'"):
        build(BASE, {"CHATBOT_DB_URL": "postgresql://renee:$@db.local/chat"})


def test_redis_lock_store():
    assert "lock_store" in build(BASE, {"CHATBOT_REDIS_URL": "redis://127.0.0.1:6379/2"})


def test_action_port_moves_the_action_endpoint():
    assert build(BASE, {"ACTION_PORT": "6055"})["action_endpoint"] == {
        "url": "http://localhost:6055/webhook"
    }
    local = {"action_endpoint": {"url": "http://127.0.0.1:5055/hook", "token": "t"}}
    assert build(local, {"ACTION_PORT": "7000"})["action_endpoint"] == {
        "url": "http://127.0.0.1:7000/hook",
        "token": "t",
    }
    # ACTION_PORT is where `make run` starts its own action server: a remote one stays put.
    remote = {"action_endpoint": {"url": "https://u:p@actions.internal:8443/hook"}}
    assert build(remote, {"ACTION_PORT": "7000"}) == remote
    assert build({}, {"ACTION_PORT": "7001"})["action_endpoint"]["url"] == (
        "http://localhost:7001/webhook"
    )


def test_var_dir_moves_the_default_sqlite_file(tmp_path):
    moved = build(BASE, {}, var_dir=tmp_path)["tracker_store"]
    assert moved["db"] == str(tmp_path / "conversations.db")
    absolute = {"tracker_store": {"type": "SQL", "dialect": "sqlite", "db": "/srv/c.db"}}
    assert build(absolute, {}, var_dir=tmp_path) == absolute
    # An explicit CHATBOT_DB_URL wins over the var directory.
    store = build(BASE, {"CHATBOT_DB_URL": "sqlite:////tmp/x.db"}, var_dir=tmp_path)
    assert store["tracker_store"]["db"] == "/tmp/x.db"


def _write(tmp_path, env):
    base = tmp_path / "endpoints.yml"
    base.write_text(yaml.safe_dump(BASE))
    out = tmp_path / "var" / "endpoints.yml"
    write(out, env, base)
    return out


def test_written_file_is_what_rasa_reads(tmp_path):
    out = _write(tmp_path, {"CHATBOT_DB_URL": "sqlite:////tmp/x.db", "ACTION_PORT": "6055"})
    store = read_endpoint_config(str(out), "tracker_store")
    assert store.kwargs["dialect"] == "sqlite" and store.kwargs["db"] == "/tmp/x.db"
    assert read_endpoint_config(str(out), "action_endpoint").url == "http://localhost:6055/webhook"
    assert Path(out).read_text().startswith("# Generated")


def test_rasa_expands_the_password_from_its_environment(tmp_path, monkeypatch):
    password = "p@ss w0rd:/%$HOME}"  # characters a URL, YAML or expandvars could mangle
    from urllib.parse import quote

    env = {"CHATBOT_DB_URL": f"postgresql://renee:{quote(password, safe='')}@db.local/chat"}
    out = _write(tmp_path, env)
    text = out.read_text()
    assert password not in text and PLACEHOLDER in text
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    for name, value in secret_env(env).items():
        monkeypatch.setenv(name, value)
    store = read_endpoint_config(str(out), "tracker_store")
    assert store.kwargs["password"] == password and store.kwargs["username"] == "renee"


def test_the_file_stays_owner_only_when_rewritten(tmp_path):
    out = _write(tmp_path, {})
    os.chmod(out, 0o644)
    _write(tmp_path, {})
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
