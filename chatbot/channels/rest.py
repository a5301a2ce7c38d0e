"""The REST channel, guarded: a malformed request gets a 400 naming the field, never a 5xx.

Rasa's stock ``RestInput`` answers 500 when the body is not a JSON object, and its
error log repeats the visitor's text. This subclass checks the body first: the sender id
(``chatbot.channels.ids``), the message, the metadata (``base.metadata_problem``); then the
text is cleaned (``base.cleaning``, as every channel does). Same URL and reply format:

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

from chatbot.channels import ids
from chatbot.channels.base import bad_request, cleaning, json_object, metadata_problem

logger = logging.getLogger(__name__)


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
            sender, text, metadata = body.get("sender"), body.get("message"), body.get("metadata")
            why = ids.problem(sender)
            if why:
                return bad_request("rest", f"'sender': {why}")
            if not isinstance(text, str):
                return bad_request("rest", "'message' must be a string")
            why = metadata_problem(metadata)
            if why:
                return bad_request("rest", f"'metadata': {why}")
            collector = CollectingOutputChannel()
            try:
                await on_new_message(
                    UserMessage(
                        text,
                        collector,
                        sender,
                        input_channel=self.name(),
                        metadata=metadata,
                    )
                )
            except Exception:  # the visitor's text is not logged: it may be health data
                logger.exception("REST message could not be handled")
                return response.json(
                    {"error": "the assistant could not answer this message"}, status=503
                )
            return response.json(collector.messages)

        return webhook
