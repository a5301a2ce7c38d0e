"""`python -m chatbot.server.reload`: which model, which token, and what it says when it cannot
switch (the switch itself runs against the real server in tests/e2e/test_run_command.py)."""

from __future__ import annotations

import os

import pytest

from chatbot.server import reload
from scripts import servers


def model(path, mtime: int):
    path.write_bytes(b"model")
    os.utime(path, (mtime, mtime))
    return path


def test_a_directory_means_its_newest_model(tmp_path):
    model(tmp_path / "b.tar.gz", 100)
    newest = model(tmp_path / "a.tar.gz", 200)
    (tmp_path / "notes.txt").write_text("not a model")
    assert reload.newest_model(tmp_path) == newest.resolve()
    assert reload.newest_model(tmp_path / "b.tar.gz") == (tmp_path / "b.tar.gz").resolve()
    with pytest.raises(reload.ReloadError, match="no model at"):
        reload.newest_model(tmp_path / "empty")


def test_a_restart_loads_the_model_switched_to_while_it_exists(tmp_path):
    assert reload.current_model(tmp_path, "models/started.tar.gz") == "models/started.tar.gz"
    switched = model(tmp_path / "switched.tar.gz", 100)
    (tmp_path / reload.MODEL_FILE).write_text(f"{switched}\n")
    assert reload.current_model(tmp_path, "models/started.tar.gz") == str(switched)
    switched.unlink()  # rotated out by `make train`: the one it started with
    assert reload.current_model(tmp_path, "models/started.tar.gz") == "models/started.tar.gz"


def test_the_token_comes_from_the_environment_or_the_var_dir(tmp_path):
    assert reload.token({"CHATBOT_API_TOKEN": "from-env", "CHATBOT_VAR_DIR": str(tmp_path)}) == "from-env"
    assert reload.token({"CHATBOT_VAR_DIR": str(tmp_path)}) is None
    (tmp_path / "api-token").write_text("from-file\n")
    assert reload.token({"CHATBOT_VAR_DIR": str(tmp_path)}) == "from-file"


def test_no_bot_running_is_said_plainly(tmp_path, capsys):
    target = model(tmp_path / "m.tar.gz", 100)
    port = servers.free_port()
    env = {"CHATBOT_VAR_DIR": str(tmp_path)}
    assert reload.main(["--model", str(target), "--url", f"http://127.0.0.1:{port}"], env) == 1
    assert "is it running?" in capsys.readouterr().err
    assert not (tmp_path / reload.MODEL_FILE).exists()
