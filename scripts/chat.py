"""A small terminal chat client for the running bot's REST channel (``make shell``).

Only the standard library: the server (``make run``) does the work. RASA_URL sets the
server (default http://127.0.0.1:5005). Type /quit or press Ctrl-D to leave.
"""

from __future__ import annotations

import json
import os
import sys
import urllib.error
import urllib.request
import uuid


def send(base: str, sender: str, text: str) -> list:
    body = json.dumps({"sender": sender, "message": text}).encode("utf-8")
    req = urllib.request.Request(
        f"{base}/webhooks/rest/webhook",
        data=body,
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=60) as resp:
        return json.loads(resp.read().decode("utf-8") or "[]")


def show(messages: list) -> None:
    for m in messages:
        if m.get("text"):
            print(f"bot> {m['text']}")
        for b in m.get("buttons") or []:
            print(f"     [{b.get('title')}]  (type: {b.get('payload')})")
        if m.get("image"):
            print(f"     image: {m['image']}")
        if m.get("custom"):
            print(f"     {json.dumps(m['custom'])}")


def main() -> int:
    base = os.environ.get("RASA_URL", "http://127.0.0.1:5005").rstrip("/")
    sender = f"shell-{uuid.uuid4().hex[:8]}"
    print(f"Chatting with {base} as {sender}. /quit or Ctrl-D to leave.")
    while True:
        try:
            text = input("you> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if text in ("/quit", "/exit"):
            return 0
        if not text:
            continue
        try:
            show(send(base, sender, text))
        except urllib.error.HTTPError as err:
            print(f"error: the bot answered HTTP {err.code}", file=sys.stderr)
        except urllib.error.URLError as err:
            print(f"error: cannot reach the bot at {base} ({err}). Is `make run` running?",
                  file=sys.stderr)
            return 1


if __name__ == "__main__":
    sys.exit(main())
