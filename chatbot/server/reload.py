"""Switch the running bot to another model without a restart: ``python -m chatbot.server.reload``.

``make reload`` (it trains first when a training input changed) and ``systemctl reload
chatbot-rasa`` run it after the knowledge file or the training data was edited. It asks the
running Rasa server to load the model through Rasa's own ``PUT /model``: the new model is
loaded beside the one answering (in a worker thread: ``chatbot.server.rasa_patches``) and swapped
in between two messages. Conversations live in the store, so every one goes on where it
was, with what it remembered. A model that cannot be loaded leaves the running one in
place (exit 1). The settings and the wording need no reload: the actions read an edited
file at once (``chatbot.practice.file_backed``).

The model is a ``.tar.gz`` file or a directory (its newest model; default ``models``).
The server is ``http://127.0.0.1:$RASA_PORT`` (``--url``); the API token comes from
``CHATBOT_API_TOKEN`` or ``<CHATBOT_VAR_DIR or var>/api-token``. The path switched to is
written to ``<var>/model``, where ``make run`` finds it when it starts the server again.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Mapping, Optional, Tuple

from chatbot.home import var_dir
from chatbot.server.api_guard import TOKEN_ENV, TOKEN_FILE

LOAD_TIMEOUT = 600.0  # seconds: loading a model on a small server
MODEL_FILE = "model"  # in the var directory: the model the server was last switched to


class ReloadError(Exception):
    pass


def newest_model(path: Path) -> Path:
    """``path`` itself when it is a model file, else the newest model in the directory."""
    if path.is_file():
        return path.resolve()
    models = sorted(path.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime) if path.is_dir() else []
    if not models:
        raise ReloadError(f"no model at {path} (make train writes one into models/)")
    return models[-1].resolve()


def current_model(var: Path, default: str) -> str:
    """The model a restarted server should load: the last one switched to, while it exists."""
    try:
        path = (var / MODEL_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return default
    return path if path and Path(path).is_file() else default


def token(env: Mapping[str, str]) -> Optional[str]:
    if env.get(TOKEN_ENV):
        return env[TOKEN_ENV]
    try:
        return (var_dir(env) / TOKEN_FILE).read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def call(url: str, method: str, api_token: Optional[str], body: Any = None,
         timeout: float = 30.0) -> Tuple[int, Any]:  # fmt: skip
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if api_token:
        request.add_header("Authorization", f"Bearer {api_token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            raw = answer.read()
            return answer.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as err:
        raw = err.read()
        try:
            return err.code, json.loads(raw) if raw else None
        except ValueError:
            return err.code, raw.decode("utf-8", "replace")
    except OSError as err:
        raise ReloadError(f"no answer from the bot at {url} ({err}); is it running?") from None


def running_model(base: str, api_token: Optional[str]) -> str:
    status, body = call(f"{base}/status", "GET", api_token)
    if status == 401 or status == 403:
        raise ReloadError(f"the bot refused the API token ({TOKEN_ENV} or var/{TOKEN_FILE})")
    if status != 200 or not isinstance(body, dict):
        raise ReloadError(f"the bot's /status answered {status}")
    return str(body.get("model_file") or "")


def switch(base: str, model: Path, api_token: Optional[str], timeout: float = LOAD_TIMEOUT) -> str:
    """Load ``model`` into the running server; returns the model it was running before."""
    before = running_model(base, api_token)
    status, body = call(f"{base}/model", "PUT", api_token, {"model_file": str(model)}, timeout)
    if status != 204:
        why = body.get("message") if isinstance(body, dict) else body
        raise ReloadError(f"the bot could not load {model.name} ({status}: {why}); "
                          f"it keeps answering with {before}")  # fmt: skip
    after = running_model(base, api_token)
    if after != model.name:
        raise ReloadError(f"the bot reports {after!r} after loading {model.name}")
    return before


def main(argv: Optional[list] = None, env: Optional[Mapping[str, str]] = None) -> int:
    env = os.environ if env is None else env
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="models", help="model file or directory (newest)")
    parser.add_argument("--url", default=f"http://127.0.0.1:{env.get('RASA_PORT', '5005')}")
    args = parser.parse_args(argv)
    try:
        model = newest_model(Path(args.model))
        before = switch(args.url.rstrip("/"), model, token(env))
    except ReloadError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    var = var_dir(env)
    if var.is_dir():
        (var / MODEL_FILE).write_text(f"{model}\n", encoding="utf-8")
    print("already running " if before == model.name else f"switched from {before} to ", end="")
    print(model.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
