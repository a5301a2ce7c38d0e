"""Runs the bot: action server + Rasa server, supervised, until Ctrl-C (``make run``).

Before anything starts: the practice settings are checked (``chatbot.server.doctor``; an error
stops the run, warnings are listed), the conversation store is written to and rolled
back (``chatbot.server.store_check``), and the generated files are written to the var
directory. A child that dies is started again with back-off (``scripts.supervise``);
Ctrl-C or SIGTERM stops both.

Environment: RASA_PORT (5005), ACTION_PORT (5055), RASA_INTERFACE (127.0.0.1),
CHATBOT_CORS (space-separated origins for a web widget; default: none),
CHATBOT_API_TOKEN (protects the HTTP API other than the chat webhooks; when unset, one is
generated once and kept in <var>/api-token), CHATBOT_VAR_DIR (var/: generated files,
the token and the default SQLite store), ENDPOINTS (endpoints.yml), CREDENTIALS
(credentials.yml), CHATBOT_DB_URL (conversation store, default the SQLite file in
endpoints.yml), CHATBOT_REDIS_URL (Rasa's lock store).
"""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import sys
import time
from pathlib import Path
from typing import List, Mapping, Optional, Tuple

from chatbot.channels import credentials as channel_credentials
from chatbot.channels import origins
from chatbot.home import var_dir
from chatbot.practice.settings import load_settings
from chatbot.review import notify
from chatbot.server import doctor, reload, store_check
from chatbot.server import endpoints as chatbot_endpoints
from chatbot.server.api_guard import TOKEN_ENV, TOKEN_FILE
from scripts import servers
from scripts.supervise import Backoff, Child, Supervisor

BACKOFF = Backoff()
RASA_ONLY = (TOKEN_ENV, "CHATBOT_DB_URL", chatbot_endpoints.DB_PASSWORD_VAR, "CHATBOT_REDIS_URL")


def api_token(env: Mapping[str, str], token_file: Path) -> Tuple[str, Optional[Path]]:
    """The API token and the file it is kept in (None when it came from the environment).

    Generated once, owner-only (0600), and reused by later runs.
    """
    if env.get(TOKEN_ENV):
        return env[TOKEN_ENV], None
    if token_file.is_file():
        os.chmod(token_file, 0o600)
        token = token_file.read_text(encoding="utf-8").strip()
        if token:
            return token, token_file
    token = secrets.token_urlsafe(32)
    fd = os.open(token_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        os.fchmod(out.fileno(), 0o600)
        out.write(token + "\n")
    return token, token_file


def settings_problems(env: Mapping[str, str]) -> list:
    try:
        return doctor.problems(load_settings(env), env)
    except Exception as err:  # a broken settings file: the bot cannot answer anything
        return [doctor.Problem(doctor.ERROR, f"the practice settings cannot be read: {err}")]


def say(text: str) -> None:
    """A line of the run's own log, dated like the servers' lines it sits between."""
    print(f"{time.strftime('%Y-%m-%d %H:%M:%S')} run: {text}", file=sys.stderr, flush=True)


class Stop(Exception):
    pass


def _raise_stop(signum, frame):
    raise Stop(signal.Signals(signum).name)


def prepare(model: str, env: Mapping[str, str]) -> Tuple[list, list]:
    """Checks and generated files. Returns the action server's command, a function giving
    the Rasa server's (the model can change while the bot runs), and the children's
    environments;
    raises SystemExit with a message when the bot could not work."""
    problems = settings_problems(env)
    if problems:
        print("Settings to check:\n" + "\n".join(f"  {p}" for p in problems), flush=True)
    if any(p.level == doctor.ERROR for p in problems):
        raise SystemExit("error: the settings above make the bot unusable; nothing started.")

    var = var_dir(env)
    var.mkdir(parents=True, exist_ok=True)
    os.chmod(var, 0o700)  # conversations (health data), the token, the generated files
    # Messaging channels are added only when their settings are in the environment.
    base_credentials = servers.ROOT / env.get("CREDENTIALS", "credentials.yml")
    credentials = var / "credentials.yml"
    print(channel_credentials.write(credentials, env, base_credentials).summary(), flush=True)

    endpoints = var / "endpoints.yml"
    try:
        written = chatbot_endpoints.write(
            endpoints, env, servers.ROOT / env.get("ENDPOINTS", "endpoints.yml"), var
        )
    except ValueError as err:
        raise SystemExit(f"error: {err}") from None
    token, token_file = api_token(env, var / TOKEN_FILE)
    child_env = servers.child_env(api_token=token, **chatbot_endpoints.secret_env(env))
    store = written.get("tracker_store") or {}
    db_url = store_check.url(store, child_env, servers.ROOT)
    if db_url is not None:
        why = store_check.problem(db_url, child_env)
        if why:
            raise SystemExit(f"error: {why}; nothing started.")
        print(f"Conversation store: {store_check.describe(db_url)}", flush=True)
    else:
        print(f"Conversation store: {store.get('type', 'in memory')}", flush=True)
    where = f"kept in {token_file}" if token_file else f"from {TOKEN_ENV}"
    print(f"API token: {where} (send it as 'Authorization: Bearer <token>')", flush=True)
    print("Review app " + notify.status_line(load_settings(env), env), flush=True)

    action_port = int(env.get("ACTION_PORT", "5055"))
    # A restarted server loads the model `make reload` last switched to.
    (var / reload.MODEL_FILE).write_text(f"{Path(model).resolve()}\n", encoding="utf-8")
    cors = " ".join(origins.configured_origins() or [])  # the web chat's rule too

    def rasa_cmd() -> List[str]:
        return servers.rasa_server_cmd(
            reload.current_model(var, model),
            int(env.get("RASA_PORT", "5005")),
            endpoints=str(endpoints),
            credentials=str(credentials),
            interface=env.get("RASA_INTERFACE", "127.0.0.1"),
            cors=cors,
        )

    # The action server needs neither the API token nor the database's or Redis's secrets.
    action_env = {k: v for k, v in servers.child_env().items() if k not in RASA_ONLY}
    return [servers.action_server_cmd(action_port), rasa_cmd], [action_env, child_env]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="trained model (.tar.gz)")
    args = parser.parse_args()
    env = dict(os.environ)
    rasa_port = int(env.get("RASA_PORT", "5005"))
    action_port = int(env.get("ACTION_PORT", "5055"))

    (action_cmd, rasa_cmd), (action_env, rasa_env) = prepare(args.model, env)
    signal.signal(signal.SIGINT, _raise_stop)
    signal.signal(signal.SIGTERM, _raise_stop)
    signal.signal(signal.SIGHUP, _raise_stop)

    base = f"http://127.0.0.1:{rasa_port}"
    action_health = f"http://127.0.0.1:{action_port}/health"
    supervisor = Supervisor(
        [
            Child("action server", lambda: servers.start("action server", action_cmd, action_env),
                  ready=lambda: servers.http_ok(action_health)),
            Child("rasa server", lambda: servers.start("rasa server", rasa_cmd(), rasa_env),
                  ready=lambda: servers.http_ok(f"{base}/")),
        ],
        BACKOFF,
        say,
    )  # fmt: skip
    try:
        supervisor.start(time.monotonic())
        servers.wait_ready([action_health, f"{base}/"], supervisor.procs(), timeout=300)
        print(
            f"\n  The bot is up at {base} (model {args.model}).\n"
            f"  Web:   {base}/widget/demo.html   (the website chat widget on a demo page)\n"
            "  Chat:  make shell            (in another terminal)\n"
            "  Model: make reload           (after editing the knowledge or the data: no restart)\n"
            f"  or:    curl -s -XPOST {base}/webhooks/rest/webhook "
            '-H \'Content-Type: application/json\' -d \'{"sender": "me", "message": "hi"}\'\n'
            "  Stop:  Ctrl-C\n",
            flush=True,
        )
        while True:
            supervisor.step(time.monotonic())
            time.sleep(0.5)
    except Stop as why:
        say(f"{why}: stopping the servers…")
        return 0
    except (RuntimeError, TimeoutError) as err:  # the first start failed: no point looping
        say(f"error: {err}")
        return 1
    finally:
        # A second Ctrl-C must not interrupt the clean-up.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        servers.stop(supervisor.procs())


if __name__ == "__main__":
    sys.exit(main())
