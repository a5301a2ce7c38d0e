"""Runs the bot: action server + Rasa server, until Ctrl-C (``make run``).

Both children run in their own process groups; on Ctrl-C, SIGTERM, or either child
dying, both groups are stopped, so no server is left behind.

Environment: RASA_PORT (5005), ACTION_PORT (5055), RASA_INTERFACE (127.0.0.1),
CHATBOT_CORS (space-separated origins for a web widget; default: none),
CHATBOT_API_TOKEN (protects the HTTP API other than the chat webhooks),
ENDPOINTS (endpoints.yml), CREDENTIALS (credentials.yml), CHATBOT_DB_URL (conversation
store, default the SQLite file in endpoints.yml), CHATBOT_REDIS_URL (Rasa's lock store).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from chatbot import endpoints as chatbot_endpoints  # noqa: E402
from chatbot.channels import credentials as channel_credentials  # noqa: E402
from scripts import servers  # noqa: E402


def cors_origins() -> str:
    if os.environ.get("CHATBOT_CORS") is not None:
        return os.environ["CHATBOT_CORS"]
    try:  # optional `server: {cors: ...}` section in the practice settings
        from chatbot.settings import settings

        return str((settings().get("server") or {}).get("cors") or "")
    except Exception:  # settings are optional for running the servers
        return ""


class Stop(Exception):
    pass


def _raise_stop(signum, frame):
    raise Stop(signal.Signals(signum).name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="trained model (.tar.gz)")
    args = parser.parse_args()

    rasa_port = int(os.environ.get("RASA_PORT", "5005"))
    action_port = int(os.environ.get("ACTION_PORT", "5055"))
    interface = os.environ.get("RASA_INTERFACE", "127.0.0.1")
    Path(servers.ROOT / "var").mkdir(exist_ok=True)  # SQLite tracker store lives here

    signal.signal(signal.SIGINT, _raise_stop)
    signal.signal(signal.SIGTERM, _raise_stop)
    signal.signal(signal.SIGHUP, _raise_stop)
    # Messaging channels are added only when their settings are in the environment.
    base_credentials = servers.ROOT / os.environ.get("CREDENTIALS", "credentials.yml")
    credentials = servers.ROOT / "var" / "credentials.yml"
    print(
        channel_credentials.write(credentials, os.environ, base_credentials).summary(), flush=True
    )
    # The conversation store (and lock store) can come from CHATBOT_DB_URL / CHATBOT_REDIS_URL.
    endpoints = servers.ROOT / "var" / "endpoints.yml"
    store = chatbot_endpoints.write(
        endpoints, os.environ, servers.ROOT / os.environ.get("ENDPOINTS", "endpoints.yml")
    )["tracker_store"]
    print(f"Conversation store: {store.get('dialect')} {store.get('db')}", flush=True)
    procs = []
    try:
        env = servers.child_env()
        procs.append(servers.start("action server", servers.action_server_cmd(action_port), env))
        cmd = servers.rasa_server_cmd(
            args.model,
            rasa_port,
            endpoints=str(endpoints),
            credentials=str(credentials),
            interface=interface,
            cors=cors_origins(),
            auth_token=os.environ.get("CHATBOT_API_TOKEN") or None,
        )
        procs.append(servers.start("rasa server", cmd, env))
        base = f"http://127.0.0.1:{rasa_port}"
        servers.wait_ready(
            [f"http://127.0.0.1:{action_port}/health", f"{base}/"], procs, timeout=300
        )
        print(
            f"\n  The bot is up at {base} (model {args.model}).\n"
            f"  Web:   {base}/widget/demo.html   (the website chat widget on a demo page)\n"
            "  Chat:  make shell            (in another terminal)\n"
            f"  or:    curl -s -XPOST {base}/webhooks/rest/webhook "
            '-H \'Content-Type: application/json\' -d \'{"sender": "me", "message": "hi"}\'\n'
            "  Stop:  Ctrl-C\n",
            flush=True,
        )
        while all(p.popen.poll() is None for p in procs):
            time.sleep(0.5)
        dead = [p for p in procs if p.popen.poll() is not None]
        name, code = dead[0].name, dead[0].popen.returncode
        print(f"\n{name} exited (code {code}); stopping.", file=sys.stderr)
        return 1
    except Stop as why:
        print(f"\n{why}: stopping the servers…", file=sys.stderr, flush=True)
        return 0
    except (RuntimeError, TimeoutError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    finally:
        # A second Ctrl-C must not interrupt the clean-up.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        servers.stop(procs)


if __name__ == "__main__":
    sys.exit(main())
