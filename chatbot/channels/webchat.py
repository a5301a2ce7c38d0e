"""Web chat channel: Rasa's socket.io channel, fixed and hardened, plus the widget's files.

Registered in credentials.yml as ``chatbot.channels.webchat.WebChatInput`` (it replaces
the stock ``socketio:`` section; the options are the same). On top of ``SocketIOInput``:

* ``session_request`` awaits ``enter_room``: python-socketio >= 5.10 made it a coroutine
  and Rasa 3.6 does not await it, so with ``session_persistence: true`` the visitor never
  joined their room and bot replies went nowhere.
* Bad input is refused, never handled: a session id that ``chatbot.channels.ids`` refuses
  (or of the wrong length), a ``user_uttered`` whose session id is not the one confirmed to
  that socket, a message that is not text, metadata that ``base.metadata_problem`` refuses.
  The socket gets a ``refused`` event ``{"error": why}``; a bad session id also ends it.
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
import json
import logging
import uuid
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from chatbot.channels import ids
from chatbot.channels.base import cleaning, metadata_problem
from chatbot.channels.origins import configured_origins, default_origins, origin_checker
from chatbot.practice import wording
from chatbot.practice.settings import settings
from chatbot.widget import asset

logger = logging.getLogger(__name__)

SESSION_ID_CHARS = (8, 64)  # the widget's ids are 32 hex digits
REFUSED_EVT = "refused"


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
        on_new_message = cleaning(on_new_message)
        bp = super().blueprint(on_new_message)
        sio, namespace = self.sio, self.namespace
        # The stock channel passes [] ("no check"); a callable makes engine.io check it.
        sio.eio.cors_allowed_origins = getattr(self, "check_origin", None) or origin_checker(
            default_origins(), allow_localhost=True
        )

        async def refuse(sid: Text, why: str, end: bool = False) -> None:
            logger.warning("socket.io: malformed event (%s): refused", why)
            await sio.emit(REFUSED_EVT, {"error": why}, room=sid, namespace=namespace)
            if end:
                await sio.disconnect(sid, namespace=namespace)

        async def confirmed_session(sid: Text) -> Optional[str]:
            try:
                return (await sio.get_session(sid, namespace=namespace)).get("session_id")
            except KeyError:  # the socket is already gone
                return None

        # Both handlers replace the stock ones; extra arguments are ignored, not a TypeError.
        @sio.on("session_request", namespace=namespace)
        async def session_request(sid: Text, data: Any = None, *_: Any) -> None:
            if data is not None and not isinstance(data, dict):
                return await refuse(sid, "the session request must be an object", end=True)
            session_id = (data or {}).get("session_id")
            if session_id is None:
                session_id = uuid.uuid4().hex
            why = session_id_problem(session_id)
            if why:
                return await refuse(sid, f"session_id: {why}", end=True)
            if self.session_persistence:
                entered = sio.enter_room(sid, session_id, namespace=namespace)
                if inspect.isawaitable(entered):  # a coroutine since python-socketio 5.10
                    await entered
            await sio.save_session(sid, {"session_id": session_id}, namespace=namespace)
            await sio.emit("session_confirm", session_id, room=sid, namespace=namespace)

        @sio.on(self.user_message_evt, namespace=namespace)
        async def handle_message(sid: Text, data: Any = None, *_: Any) -> None:
            if not isinstance(data, dict):
                return await refuse(sid, "the message event must be an object")
            sender_id = sid
            if self.session_persistence:
                sender_id = data.get("session_id")
                why = session_id_problem(sender_id)
                confirmed = await confirmed_session(sid)
                if why or sender_id != confirmed:
                    # Only the session confirmed to this socket: its replies go to that room.
                    why = why or "not the session confirmed to this socket"
                    return await refuse(sid, f"session_id: {why}", end=True)
            text = data.get("message", "")
            if not isinstance(text, str):
                return await refuse(sid, "message must be a string")
            metadata = data.get(self.metadata_key)
            if isinstance(metadata, str):  # the stock channel accepts metadata as JSON text
                try:
                    metadata = json.loads(metadata)
                except (ValueError, RecursionError):
                    return await refuse(sid, "metadata must be a JSON object")
            why = metadata_problem(metadata)
            if why:
                return await refuse(sid, why)
            output = SocketIOOutput(sio, self.bot_message_evt)
            message = UserMessage(
                text, output, sender_id, input_channel=self.name(), metadata=metadata
            )
            try:
                await on_new_message(message)
            except Exception:  # the visitor's text is not logged: it may be health data
                logger.exception("socket.io message could not be handled")
                # The visitor reads an apology with Renée's contact, not a silent widget.
                apology = wording.fault_apology(settings()).text
                await sio.emit(
                    self.bot_message_evt, {"text": apology}, room=sid, namespace=namespace
                )

        @bp.route("/<name:str>", methods=["GET", "HEAD"])
        async def widget_file(request: Request, name: str) -> HTTPResponse:
            return serve(request, name)

        return bp


def session_id_problem(value: Any) -> Optional[str]:
    """Why ``value`` is not an acceptable widget session id, or None."""
    low, high = SESSION_ID_CHARS
    why = ids.problem(value)
    if why is None and not low <= len(value) <= high:
        why = f"the id must be {low} to {high} characters"
    return why


def serve(request: Request, name: str) -> HTTPResponse:
    found = asset(name)
    if found is None:
        return response.text("not found", status=404)
    headers = {
        "ETag": found.etag,
        "Cache-Control": "public, max-age=300",  # short: a new version reaches sites soon
        "Vary": "Accept-Encoding",
        "X-Content-Type-Options": "nosniff",
        # The embedding site's own performance tools may see the widget's size and timing.
        "Timing-Allow-Origin": "*",
    }
    if request.headers.get("if-none-match") == found.etag:
        return HTTPResponse(status=304, headers=headers)
    body = found.body
    if "gzip" in request.headers.get("accept-encoding", ""):
        body, headers["Content-Encoding"] = found.gzipped, "gzip"
    return HTTPResponse(body=body, headers=headers, content_type=found.content_type)
