"""`python -m chatbot.review list|show|stats|export|delete|purge` on a SQLite file."""

import csv
import io
import json
import subprocess
import sys
import time

import pytest

from chatbot.review.cli import main
from chatbot.review.store import Store
from scripts.servers import ROOT
from tests.conversations import user, write_conversation, write_sample


def run(*argv):
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


@pytest.fixture
def url(sqlite_url):
    write_sample(sqlite_url, start=time.time() - 3600)
    return sqlite_url


def test_list_and_filters(url):
    code, out = run("--db", url, "list")
    assert code == 0 and "5 conversation(s)" in out
    assert "conv-sciatica" in out and "#sciatic_pain" in out
    code, out = run("--db", url, "list", "--flag", "crisis", "--json")
    assert [c["sender_id"] for c in json.loads(out)] == ["conv-crisis"]
    code, out = run("--db", url, "list", "--search", "weather", "--json")
    assert [c["sender_id"] for c in json.loads(out)] == ["conv-oos"]


def test_show(url, capsys):
    code, out = run("--db", url, "show", "conv-sciatica")
    assert code == 0
    assert "visitor: can massage help with sciatica?" in out
    assert "[ask_condition 0.90]" in out and "conditions sciatic_pain, fibromyalgia" in out
    code, out = run("--db", url, "show", "conv-sciatica", "--json")
    data = json.loads(out)
    assert data["messages"][0]["intent"] == "ask_condition"
    assert run("--db", url, "show", "nobody")[0] == 1


def test_stats(url):
    code, out = run("--db", url, "stats", "--json")
    data = json.loads(out)
    assert data["conversations"] == 5 and data["flags"]["fallback"] == 1
    code, out = run("--db", url, "stats")
    assert "conversations 5" in out and "sciatic_pain" in out


def test_export_csv_and_json(url, tmp_path):
    code, out = run("--db", url, "export", "--format", "csv")
    table = {r["sender_id"]: r for r in csv.DictReader(io.StringIO(out))}
    assert table["conv-sciatica"]["conditions"] == "sciatic_pain;fibromyalgia;migraines"
    assert table["conv-fallback"]["flags"] == "fallback"
    assert table["conv-sciatica"]["turns"] == "2"
    target = tmp_path / "out.json"
    code, _ = run("--db", url, "export", "--format", "json", "--messages", "-o", str(target))
    data = {c["sender_id"]: c for c in json.loads(target.read_text())}
    assert data["conv-human"]["flags"] == ["human"]
    assert data["conv-human"]["messages"][0]["text"] == "I want to talk to a real person"


def test_csv_export_defuses_formulas(sqlite_url):
    write_conversation(sqlite_url, "=HYPERLINK(1)", [user("=1+1", "greet")])
    code, out = run("--db", sqlite_url, "export")
    row = next(csv.DictReader(io.StringIO(out)))
    assert row["sender_id"] == "'=HYPERLINK(1)" and row["first_message"] == "'=1+1"


def test_delete_and_purge(url):
    assert run("--db", url, "delete", "conv-human")[0] == 0
    assert "conv-human" not in Store(url).sender_ids()
    assert run("--db", url, "delete", "conv-human")[0] == 1
    code, out = run("--db", url, "purge", "--dry-run", "--older-than-days", "0")
    assert "would delete 4" in out and len(Store(url).sender_ids()) == 4
    code, out = run("--db", url, "purge")  # default: privacy.retention_days (90)
    assert "deleted 0 conversation(s) older than 90 days" in out
    write_conversation(url, "ancient", [user("hi", "greet")], start=time.time() - 91 * 86400)
    code, out = run("--db", url, "purge")
    assert "deleted 1 conversation(s)" in out and "ancient" not in Store(url).sender_ids()


def test_module_entry_point_and_env_url(url):
    env = {"CHATBOT_DB_URL": url, "PATH": "/usr/bin:/bin", "SQLALCHEMY_SILENCE_UBER_WARNING": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "chatbot.review", "list", "--flag", "human"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "conv-human" in proc.stdout and "1 conversation(s)" in proc.stdout


def test_unreachable_database_is_one_line(capsys):
    code, _ = run("--db", "postgresql://nobody:secret@127.0.0.1:1/none", "list")
    err = capsys.readouterr().err
    assert code == 2 and "database error" in err and "secret" not in err


def test_control_characters_from_visitors_never_reach_the_terminal_or_csv(sqlite_url, tmp_path):
    """An id or a message holding ESC sequences (\\x1b[2J clears the screen) is shown escaped."""
    write_conversation(sqlite_url, "rest:\x1b[2Jevil\x9b", [user("hi\x1b[31m there", "greet")])
    control = [chr(c) for c in range(32) if c != 10] + ["\x7f", "\x9b"]
    for argv in (["list"], ["show", "rest:\x1b[2Jevil\x9b"]):
        code, out = run("--db", sqlite_url, *argv)
        assert code == 0 and "\\x1b[2Jevil" in out
        assert not any(c in out for c in control), argv
    target = tmp_path / "out.csv"
    assert run("--db", sqlite_url, "export", "--output", str(target))[0] == 0
    text = target.read_text(encoding="utf-8")
    assert "\\x1b[2Jevil\\x9b" in text and not any(c in text for c in control)
