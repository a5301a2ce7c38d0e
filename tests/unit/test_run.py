"""`make run` without processes: the API token file, the commands, the supervisor's
restarts and back-off (a fake clock and fake processes)."""

import os
import signal
import stat
import subprocess
import sys
from types import SimpleNamespace

from scripts import run, servers
from scripts.supervise import Backoff, Child, Supervisor, describe_exit


def test_a_token_is_generated_once_owner_only_and_reused(tmp_path):
    path = tmp_path / "api-token"
    token, where = run.api_token({}, path)
    assert where == path and len(token) >= 32
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    os.chmod(path, 0o644)
    assert run.api_token({}, path) == (token, path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_the_environment_token_wins_and_no_file_is_written(tmp_path):
    path = tmp_path / "api-token"
    assert run.api_token({"CHATBOT_API_TOKEN": "from-env"}, path) == ("from-env", None)
    assert not path.exists()


def test_an_empty_token_file_gets_a_new_token(tmp_path):
    path = tmp_path / "api-token"
    path.write_text("\n")
    token, _ = run.api_token({"CHATBOT_API_TOKEN": ""}, path)
    assert token and path.read_text().strip() == token


def test_the_token_travels_in_the_environment_not_the_command_line():
    cmd = servers.rasa_server_cmd("m.tar.gz", 5005, cors="https://a.org https://b.org")
    assert cmd[1:4] == ["-m", "chatbot.server.rasa_server", "run"]
    assert cmd[-3:] == ["--cors", "https://a.org", "https://b.org"]
    assert not any("token" in part for part in cmd)
    assert servers.child_env(api_token="t0k3n")["CHATBOT_API_TOKEN"] == "t0k3n"


class FakeProc:
    def __init__(self, n):
        self.popen = SimpleNamespace(poll=lambda: self.code, pid=-1, wait=lambda timeout=0: 0)
        self.code, self.n = None, n
        self.name, self._log = f"proc {n}", None


def make(monkeypatch, ready=None):
    monkeypatch.setattr(servers, "stop", lambda procs, grace=10.0: None)
    launched, log = [], []

    def launch():
        launched.append(FakeProc(len(launched)))
        return launched[-1]

    child = Child("rasa server", launch, ready=ready)
    supervisor = Supervisor([child], Backoff(first=1, cap=8, stable=100), log.append)
    supervisor.start(0.0)
    return supervisor, child, launched, log


def die_and_restart(supervisor, launched, now):
    launched[-1].code = -9
    supervisor.step(now)
    count = len(launched)
    supervisor.step(supervisor.children[0].restart_at - 0.01)
    assert len(launched) == count  # not before its time
    supervisor.step(supervisor.children[0].restart_at)
    return supervisor.children[0]


def test_a_dead_child_is_restarted_with_growing_back_off(monkeypatch):
    supervisor, child, launched, log = make(monkeypatch)
    supervisor.step(1.0)
    assert len(launched) == 1 and log == []
    waits = []
    now = 10.0
    for _ in range(5):
        launched[-1].code = -9
        supervisor.step(now)
        due = child.restart_at
        waits.append(due - now)
        supervisor.step(due)
        now = due + 1
    assert waits == [1, 2, 4, 8, 8]
    assert len(launched) == 6 and supervisor.procs() == [launched[-1]]
    assert (
        log[0] == "the rasa server exited with code -9 (SIGKILL) after 10 s; restarting it in 1 s"
    )
    assert log[1] == "restarting the rasa server"


def test_the_back_off_resets_after_a_stable_run(monkeypatch):
    supervisor, child, launched, log = make(monkeypatch)
    die_and_restart(supervisor, launched, 5.0)
    die_and_restart(supervisor, launched, child.started + 1)
    assert child.failures == 2
    launched[-1].code = 1
    supervisor.step(child.started + 100)  # it stayed up long enough
    assert child.failures == 1 and child.restart_at == child.started + 101
    assert "exited with code 1 after 100 s" in log[-1]


def test_a_restarted_child_is_reported_back_when_it_answers(monkeypatch):
    answers = [False, True]
    supervisor, child, launched, log = make(monkeypatch, ready=lambda: answers.pop(0))
    die_and_restart(supervisor, launched, 5.0)
    supervisor.step(7.0)
    assert log[-1] == "restarting the rasa server"
    supervisor.step(8.0)
    assert log[-1] == "the rasa server is back" and not child.awaiting_ready


def test_exit_descriptions():
    assert describe_exit(0) == "0" and describe_exit(3) == "3"
    assert describe_exit(-15) == "-15 (SIGTERM)"


# --- scripts/run.py stops before any server starts ---------------------------------------


def run_py(tmp_path, **env):
    environ = {k: v for k, v in os.environ.items()
               if k not in ("CHATBOT_API_TOKEN", "CHATBOT_DB_URL", "CHATBOT_REDIS_URL")}  # fmt: skip
    environ.update(CHATBOT_VAR_DIR=str(tmp_path / "var"), RASA_PORT=str(servers.free_port()),
                   ACTION_PORT=str(servers.free_port()), **env)  # fmt: skip
    proc = subprocess.Popen(
        [sys.executable, "-m", "scripts.run", "--model", "no-model-needed.tar.gz"],
        cwd=servers.ROOT, env=environ, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True,
    )  # fmt: skip
    try:
        out, _ = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:  # it went on to start the servers: let it stop them
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=60)
    return proc.returncode, out


def assert_nothing_started(code, out):
    assert code == 1 and "nothing started" in out
    assert "Starting action endpoint" not in out and "Starting Rasa server" not in out


def test_a_store_path_under_a_regular_file_stops_the_run(tmp_path):
    (tmp_path / "a-file").write_text("")
    db = tmp_path / "a-file" / "conversations.db"
    code, out = run_py(tmp_path, CHATBOT_DB_URL=f"sqlite:///{db}")
    assert_nothing_started(code, out)
    assert f"cannot write the conversation store, SQLite file {db}" in out


def test_a_store_that_is_a_directory_stops_the_run(tmp_path):
    (tmp_path / "var" / "conversations.db").mkdir(parents=True)
    code, out = run_py(tmp_path)  # the default store, moved to the var dir
    assert_nothing_started(code, out)
    assert f"SQLite file {tmp_path / 'var' / 'conversations.db'}" in out


def test_an_unreachable_postgresql_store_stops_the_run(tmp_path):
    port = servers.free_port()
    code, out = run_py(tmp_path, CHATBOT_DB_URL=f"postgresql://renee:s3cret@127.0.0.1:{port}/chat")
    assert_nothing_started(code, out)
    assert f"127.0.0.1:{port}/chat" in out and "s3cret" not in out


def test_a_missing_crisis_line_stops_the_run(tmp_path):
    code, out = run_py(tmp_path, PRACTICE_CRISIS_LINE="")
    assert_nothing_started(code, out)
    assert "error: crisis.crisis_line is empty" in out
    assert not (tmp_path / "var").exists()


def test_free_ports_in_a_row_differ_even_when_the_kernel_repeats_one(monkeypatch):
    given = iter([47001, 47001, 47002])  # the kernel hands the same port out twice

    class Socket:
        def __init__(self, *args):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def bind(self, address):
            self.port = next(given)

        def getsockname(self):
            return ("127.0.0.1", self.port)

    monkeypatch.setattr(servers.socket, "socket", Socket)
    monkeypatch.setattr(servers, "_HANDED_OUT", set())
    assert (servers.free_port(), servers.free_port()) == (47001, 47002)
