"""Web chat channel: Rasa's socket.io channel, fixed and hardened, plus the widget's files.

Registered in credentials.yml as ``chatbot.channels.webchat.WebChatInput`` (it replaces
the stock ``socketio:`` section; the options are the same). On top of ``SocketIOInput``:

* ``session_request`` awaits ``enter_room``: python-socketio >= 5.10 made it a coroutine
  and Rasa 3.6 does not await it, so with ``session_persistence: true`` the visitor never
  joined their room and bot replies went nowhere.
* Socket connections are accepted only from allowed origins (browsers do not apply
  CORS to WebSockets, and the stock channel disables the check entirely).
* GET /widget/widget.js and /widget/demo.html serve the widget from this server.

Allowed origins, first one set wins: ``allowed_origins`` in credentials.yml, then
``CHATBOT_CORS`` (space-separated, as for ``make run``), then ``server.cors`` in the
practice settings; else the practice's own site (the origins of ``server.site_url`` and
the ``links`` URLs in settings) and localhost on any port. "*" allows every origin.
"""

from __future__ import annotations

import inspect
import logging
import os
import uuid
from typing import Any, Awaitable, Callable, Dict, Iterable, List, Optional, Text
from urllib.parse import urlsplit

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from chatbot.channels.base import cleaning
from chatbot.widget import asset

logger = logging.getLogger(__name__)

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}  # urlsplit drops the brackets of [::1]


def _origin(url: str) -> Optional[str]:
    parts = urlsplit(str(url).strip())
    if parts.scheme in ("http", "https") and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}".lower()
    return None


def _as_list(value: Any) -> List[str]:
    if not value:
        return []
    return value.split() if isinstance(value, str) else [str(v) for v in value]


def configured_origins(credentials: Optional[Dict[Text, Any]] = None) -> Optional[List[str]]:
    """The explicitly configured origins, or None when nothing is configured."""
    if (credentials or {}).get("allowed_origins"):
        return _as_list(credentials["allowed_origins"])
    if os.environ.get("CHATBOT_CORS"):
        return _as_list(os.environ["CHATBOT_CORS"])
    server = _settings().get("server") or {}
    return _as_list(server.get("cors")) or None


def default_origins() -> List[str]:
    """The practice's site, from settings (localhost is always added by the check)."""
    settings = _settings()
    urls = [(settings.get("server") or {}).get("site_url")]
    urls += list((settings.get("links") or {}).values())
    return sorted({o for o in map(_origin, filter(None, urls)) if o})


def _settings() -> Dict[str, Any]:
    try:
        from chatbot.settings import settings

        return settings()
    except Exception:  # a broken settings file must not take the chat down
        logger.exception("could not read the practice settings")
        return {}


def origin_checker(allowed: Iterable[str], allow_localhost: bool) -> Callable[..., bool]:
    allowed = {o.rstrip("/").lower() for o in allowed}

    def check(origin: Optional[str], environ: Optional[Dict[str, Any]] = None) -> bool:
        if not origin or "*" in allowed:
            return True
        origin = origin.lower()
        parts = urlsplit(origin)
        if origin in allowed or (allow_localhost and parts.hostname in LOCAL_HOSTS):
            return True
        host = (environ or {}).get("HTTP_HOST")  # the bot's own pages (demo) are same-origin
        return bool(host) and parts.netloc == host.lower()

    return check


class WebChatInput(SocketIOInput):
    """Rasa's socket.io channel with awaited rooms, an origin check and the widget files."""

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> WebChatInput:
        channel = super().from_credentials(credentials)
        explicit = configured_origins(credentials)
        channel.check_origin = origin_checker(
            explicit if explicit is not None else default_origins(),
            allow_localhost=explicit is None,
        )
        return channel

    def url_prefix(self) -> Text:
        return "/widget"  # routes below live at /widget/..., not /webhooks/socketio/...

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = super().blueprint(cleaning(on_new_message))
        sio = self.sio
        # The stock channel passes [] ("no check"); a callable makes engine.io check it.
        sio.eio.cors_allowed_origins = getattr(self, "check_origin", None) or origin_checker(
            default_origins(), allow_localhost=True
        )

        @sio.on("session_request", namespace=self.namespace)  # replaces the stock handler
        async def session_request(sid: Text, data: Optional[Dict]) -> None:
            data = data if isinstance(data, dict) else {}
            session_id = data.get("session_id")
            if not isinstance(session_id, str) or not 8 <= len(session_id) <= 64:
                session_id = uuid.uuid4().hex
            if self.session_persistence:
                entered = sio.enter_room(sid, session_id, namespace=self.namespace)
                if inspect.isawaitable(entered):  # a coroutine since python-socketio 5.10
                    await entered
            await sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)

        @bp.route("/<name:str>", methods=["GET", "HEAD"])
        async def widget_file(request: Request, name: str) -> HTTPResponse:
            return serve(request, name)

        return bp


def serve(request: Request, name: str) -> HTTPResponse:
    found = asset(name)
    if found is None:
        return response.text("not found", status=404)
    headers = {
        "ETag": found.etag,
        "Cache-Control": "public, max-age=300",  # short: a new version reaches sites soon
        "Vary": "Accept-Encoding",
        "X-Content-Type-Options": "nosniff",
    }
    if request.headers.get("if-none-match") == found.etag:
        return HTTPResponse(status=304, headers=headers)
    body = found.body
    if "gzip" in request.headers.get("accept-encoding", ""):
        body, headers["Content-Encoding"] = found.gzipped, "gzip"
    return HTTPResponse(body=body, headers=headers, content_type=found.content_type)
