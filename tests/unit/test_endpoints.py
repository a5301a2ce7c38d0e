"""The endpoints file follows CHATBOT_DB_URL / CHATBOT_REDIS_URL, else endpoints.yml."""

from pathlib import Path

import yaml

from chatbot.endpoints import build, write

BASE = {"action_endpoint": {"url": "http://localhost:5055/webhook"},
        "tracker_store": {"type": "SQL", "dialect": "sqlite", "db": "var/conversations.db"}}


def test_default_is_the_sqlite_file():
    assert build(BASE, {}) == BASE


def test_postgresql_url():
    store = build(BASE, {"CHATBOT_DB_URL": "postgresql://renee:s3cret@db.local:5433/chat"})
    assert store["tracker_store"] == {"type": "SQL", "dialect": "postgresql", "url": "db.local",
                                      "port": 5433, "db": "chat", "username": "renee",
                                      "password": "s3cret"}
    assert store["action_endpoint"] == BASE["action_endpoint"]


def test_redis_lock_store():
    store = build(BASE, {"CHATBOT_REDIS_URL": "redis://127.0.0.1:6379/2"})
    assert store["lock_store"] == {"type": "redis", "url": "127.0.0.1", "port": 6379, "db": 2}


def test_written_file_is_what_rasa_reads(tmp_path):
    base = tmp_path / "endpoints.yml"
    base.write_text(yaml.safe_dump(BASE))
    out = tmp_path / "var" / "endpoints.yml"
    write(out, {"CHATBOT_DB_URL": "sqlite:////tmp/x.db"}, base)
    from rasa.utils.endpoints import read_endpoint_config

    store = read_endpoint_config(str(out), "tracker_store")
    assert store.kwargs["dialect"] == "sqlite" and store.kwargs["db"] == "/tmp/x.db"
    assert Path(out).read_text().startswith("# Generated")
