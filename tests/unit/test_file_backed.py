"""Files edited while the bot runs are read again; a broken edit keeps the previous value."""

from __future__ import annotations

import logging
import os

import pytest

from chatbot.practice import knowledge as knowledge_module
from chatbot.practice import settings as settings_module
from chatbot.practice.file_backed import FileBacked


def touch_later(path, text: str) -> None:
    """Write and move the mtime on, so even a coarse clock sees the change."""
    before = os.stat(path).st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 10**9, before + 10**9))


def test_read_once_then_again_after_an_edit(tmp_path):
    source, reads = tmp_path / "value.txt", []
    source.write_text("one", encoding="utf-8")

    def load() -> str:
        reads.append(1)
        return source.read_text(encoding="utf-8")

    value = FileBacked(load, lambda: (source,))
    assert value() == value() == "one" and len(reads) == 1
    touch_later(source, "two")
    assert value() == "two" and len(reads) == 2


def test_a_file_replaced_by_rename_is_seen(tmp_path):
    source, fresh = tmp_path / "value.txt", tmp_path / "fresh.txt"
    source.write_text("one", encoding="utf-8")
    value = FileBacked(lambda: source.read_text(encoding="utf-8"), lambda: (source,))
    assert value() == "one"
    fresh.write_text("two", encoding="utf-8")
    os.utime(fresh, ns=(os.stat(source).st_mtime_ns,) * 2)  # same mtime: the inode differs
    os.replace(fresh, source)
    assert value() == "two"


def test_a_broken_edit_keeps_the_previous_value_until_fixed(tmp_path, caplog):
    source = tmp_path / "value.txt"
    source.write_text("1", encoding="utf-8")
    value = FileBacked(lambda: int(source.read_text(encoding="utf-8")), lambda: (source,))
    assert value() == 1
    touch_later(source, "not a number")
    with caplog.at_level(logging.ERROR, logger="chatbot.practice.file_backed"):
        assert value() == 1 and value() == 1
    assert [r.levelno for r in caplog.records] == [logging.ERROR]  # once, not per call
    touch_later(source, "3")
    assert value() == 3


def test_the_first_read_fails_loudly(tmp_path):
    value = FileBacked(lambda: int("x"), lambda: (tmp_path / "missing",))
    with pytest.raises(ValueError):
        value()


def test_an_edited_knowledge_file_is_answered_from_at_once(tmp_path, monkeypatch):
    edited = tmp_path / "knowledge.yml"
    text = knowledge_module.DEFAULT_PATH.read_text(encoding="utf-8")
    edited.write_text(text, encoding="utf-8")
    monkeypatch.setenv("CHATBOT_KNOWLEDGE", str(edited))
    therapist = knowledge_module.knowledge().therapist["name"]
    touch_later(edited, text.replace(f"name: {therapist}", "name: Someone Else", 1))
    try:
        assert knowledge_module.knowledge().therapist["name"] == "Someone Else"
    finally:
        monkeypatch.delenv("CHATBOT_KNOWLEDGE")
        knowledge_module.knowledge.cache_clear()
    assert knowledge_module.knowledge().therapist["name"] == therapist


def test_edited_settings_are_answered_from_at_once(tmp_path, monkeypatch):
    local = tmp_path / "settings.local.yml"
    local.write_text("contact:\n  phone: '+1 555 0100'\n", encoding="utf-8")
    monkeypatch.setenv("CHATBOT_SETTINGS", str(local))
    try:
        assert settings_module.settings().contact.phone == "+1 555 0100"
        touch_later(local, "contact:\n  phone: '+1 555 0199'\n")
        assert settings_module.settings().contact.phone == "+1 555 0199"
    finally:
        monkeypatch.undo()
        settings_module.settings.cache_clear()
