"""The REST channel, guarded: a malformed request gets a 400, never a 500.

Rasa's stock ``RestInput`` answers 500 when the body is not a JSON object, and its
error log repeats the visitor's text. This subclass checks the body first, cleans the
text (``base.cleaning``, as every channel does) and keeps the same URL and reply format:

    POST /webhooks/rest/webhook  {"sender": "...", "message": "...", "metadata": {...}}
"""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable, Text

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from chatbot.channels.base import bad_request, cleaning, json_object

logger = logging.getLogger(__name__)
MAX_SENDER_CHARS = 128


class GuardedRestInput(RestInput):
    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        on_new_message = cleaning(on_new_message)
        webhook = Blueprint("guarded_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            body = json_object(request)
            if body is None:
                return bad_request("rest", "the body must be a JSON object")
            sender, text = body.get("sender"), body.get("message")
            if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_CHARS:
                return bad_request("rest", "'sender' must be a non-empty string")
            if not isinstance(text, str):
                return bad_request("rest", "'message' must be a string")
            metadata = body.get("metadata")
            collector = CollectingOutputChannel()
            try:
                await on_new_message(
                    UserMessage(
                        text,
                        collector,
                        sender,
                        input_channel=self.name(),
                        metadata=metadata if isinstance(metadata, dict) else None,
                    )
                )
            except Exception:  # the visitor's text is not logged: it may be health data
                logger.exception("REST message could not be handled")
                return response.json(
                    {"error": "the assistant could not answer this message"}, status=503
                )
            return response.json(collector.messages)

        return webhook
