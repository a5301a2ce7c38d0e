"""A local stand-in for the platforms' outbound APIs: records every request the bot
makes and answers the way Telegram, Twilio, the Graph API and Slack do."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Dict, List
from urllib.parse import parse_qs, urlsplit


@dataclass
class Call:
    method: str
    path: str
    query: Dict[str, List[str]]
    headers: Dict[str, str]
    body: Any  # parsed JSON, or a dict of form fields (field -> list of values)


class FakeAPI:
    def __init__(self) -> None:
        self.calls: List[Call] = []
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def find(self, pred: Callable[[Call], bool]) -> List[Call]:
        with self._lock:
            return [c for c in self.calls if pred(c)]

    def wait(self, pred: Callable[[Call], bool], count: int = 1, timeout: float = 30) -> List[Call]:
        """The matching calls, once there are ``count`` of them (Slack replies in background)."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.find(pred)
            if len(found) >= count or time.monotonic() > deadline:
                return found
            time.sleep(0.1)

    def _record(self, call: Call) -> None:
        with self._lock:
            self.calls.append(call)

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep the test output clean
                pass

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                url = urlsplit(self.path)
                kind = self.headers.get("Content-Type", "")
                if "json" in kind:
                    body: Any = json.loads(raw or b"null")
                elif "form" in kind:
                    body = parse_qs(raw.decode("utf-8"), keep_blank_values=True)
                else:
                    body = raw.decode("utf-8", errors="replace")
                call = Call("POST", url.path, parse_qs(url.query), dict(self.headers), body)
                fake._record(call)
                status, answer = reply_for(call)
                data = json.dumps(answer).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler


def field(call: Call, name: str) -> Any:
    """One field of a JSON or form body (Telegram's aiogram posts forms)."""
    value = call.body.get(name) if isinstance(call.body, dict) else None
    return value[0] if isinstance(value, list) and len(value) == 1 else value


def reply_for(call: Call) -> tuple:
    path = call.path
    if path.startswith("/telegram/"):
        if path.endswith("/sendMessage"):
            chat_id = field(call, "chat_id")
            message = {
                "message_id": len(path),
                "date": int(time.time()),
                "chat": {"id": int(chat_id), "type": "private"},
                "text": field(call, "text"),
            }
            return 200, {"ok": True, "result": message}
        return 200, {"ok": True, "result": True}
    if path.startswith("/twilio/"):
        return 201, {"sid": "SM" + "0" * 32, "status": "queued"}
    if path.startswith("/facebook/"):
        return 200, {"recipient_id": "1", "message_id": "m_1"}
    if path.startswith("/slack/"):
        return 200, {"ok": True, "channel": field(call, "channel"), "ts": f"{time.time():.6f}"}
    return 404, {"error": "unknown path"}
