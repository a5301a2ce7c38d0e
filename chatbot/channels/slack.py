"""Slack with the signing secret and timestamp window checked, refusing with 403 (the
stock connector answers 400, and 500 on unknown form posts).

Text goes out as mrkdwn sections (bare URLs stay clickable), buttons as an actions
block. Slack wants an answer within 3 s, so messages are handled in the background
(as the stock connector does). Slack resends an event it thinks was not received, with
the same ``event_id``: a retry of an event handled already is acknowledged without an
answer; a retry of one that never arrived (or whose handling failed) is answered.
A mention in a channel, and anything written in a thread, is answered in that thread, so
a channel is not filled with the bot's answers; a direct message is answered in the DM
(in threads only with ``use_threads``). Slack offers bots no typing indicator.
Conversation id: "slack:<user id>" (``conversation_granularity`` can add the channel
or thread). Webhook (Events API and Interactivity): ``/webhooks/slack/webhook``.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.slack import SlackBot
from rasa.core.channels.slack import SlackInput as StockSlackInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from slack_sdk.web.async_client import AsyncWebClient

from chatbot.channels import deliveries, ids
from chatbot.channels.base import bad_request, cleaning, forbidden, json_object, text_of
from chatbot.channels.formatting import NOT_TEXT_REPLY, slack_messages
from chatbot.channels.signatures import verify_slack

logger = logging.getLogger(__name__)

DEFAULT_API_BASE = "https://slack.com/api/"
# Message subtypes that are not a person writing to the bot.
USER_SUBTYPES = {None, "file_share", "thread_broadcast"}


class SlackOutput(SlackBot):
    def __init__(
        self,
        token: Text,
        slack_channel: Optional[Text] = None,
        thread_id: Optional[Text] = None,
        proxy: Optional[Text] = None,
        api_base: str = DEFAULT_API_BASE,
    ) -> None:
        super().__init__(token, slack_channel, thread_id, proxy)
        self.client = AsyncWebClient(token, base_url=api_base, proxy=proxy)

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        await self._send(recipient_id, text, None)

    async def send_text_with_buttons(
        self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]], **kwargs: Any
    ) -> None:
        await self._send(recipient_id, text, buttons)

    async def send_image_url(self, recipient_id: Text, image: Text, **kwargs: Any) -> None:
        block = {"type": "image", "image_url": image, "alt_text": "image"}
        await self._post_message(self.slack_channel or recipient_id, text=image, blocks=[block])

    async def _send(self, recipient_id: Text, text: Text, buttons: Optional[List]) -> None:
        for fallback, blocks in slack_messages(text, buttons):
            await self._post_message(
                self.slack_channel or recipient_id, text=fallback, blocks=blocks
            )


class SlackInput(StockSlackInput):
    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> SlackInput:
        credentials = credentials or {}
        return cls(
            credentials.get("slack_token") or "",
            credentials.get("slack_channel"),
            slack_retry_reason_header="x-slack-retry-reason",
            slack_retry_number_header="x-slack-retry-num",
            use_threads=bool(credentials.get("use_threads", False)),
            slack_signing_secret=credentials.get("slack_signing_secret") or "",
            conversation_granularity=credentials.get("conversation_granularity", "sender"),
            api_base=credentials.get("api_base") or DEFAULT_API_BASE,
        )

    def __init__(self, *args: Any, api_base: str = DEFAULT_API_BASE, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # refuses to start without a signing secret
        self.api_base = api_base
        logger.info("Slack channel enabled: POST /webhooks/slack/webhook")

    def get_output_channel(
        self, channel: Optional[Text] = None, thread_id: Optional[Text] = None
    ) -> SlackOutput:
        return SlackOutput(
            self.slack_token, channel or self.slack_channel, thread_id, self.proxy, self.api_base
        )

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        on_new_message = cleaning(on_new_message)
        bp = Blueprint("slack_webhook", __name__)

        @bp.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @bp.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            headers = request.headers
            if not verify_slack(
                self.slack_signing_secret,
                request.body,
                headers.get("X-Slack-Request-Timestamp"),
                headers.get("X-Slack-Signature"),
            ):
                return forbidden("slack", request)
            kind = (headers.get("content-type") or "").split(";")[0].strip()
            if kind == "application/x-www-form-urlencoded":
                return await self._interaction(request, on_new_message)
            data = json_object(request)
            if data is None:
                return bad_request("slack", "body is not a JSON object")
            if data.get("type") == "url_verification":
                return response.json({"challenge": data.get("challenge")})
            return await self._event(request, data, on_new_message)

        return bp

    async def _event(self, request: Request, data: Dict, on_new_message: Callable) -> HTTPResponse:
        event = data.get("event")
        if not isinstance(event, dict):
            return bad_request("slack", "no event object")
        if (
            event.get("type") not in ("message", "app_mention")
            or event.get("bot_id")
            or event.get("subtype") not in USER_SUBTYPES
        ):
            return response.text("ignored")
        user, channel = event.get("user"), event.get("channel")
        if not isinstance(user, str) or not isinstance(channel, str) or not user or not channel:
            return bad_request("slack", "event without user or channel")
        metadata = {
            "out_channel": channel,
            "thread_id": event.get("thread_ts") or event.get("ts"),
            "users": bot_user_ids(data),
        }
        if not self._is_supported_channel(data, metadata):
            return response.text("channel not supported")
        in_thread = (  # a mention, a message in a thread, or any message outside a DM
            event.get("type") == "app_mention"
            or bool(event.get("thread_ts"))
            or event.get("channel_type") not in (None, "im")
        )
        reply_to = metadata["thread_id"] if in_thread or self.use_threads else None
        sender = self._get_conversation_id(user, channel, metadata["thread_id"])
        why = ids.problem(sender)
        if why:
            return bad_request("slack", f"user or channel id: {why}")
        delivery = text_of(data.get("event_id"))
        claim = await deliveries.claim(request, self.name(), delivery)
        if claim is not deliveries.Claim.NEW:
            retry = request.headers.get("X-Slack-Retry-Num")
            logger.info("slack: event delivered again (retry %s): %s", retry, claim.value)
            return (
                response.text("duplicate") if claim is deliveries.Claim.DONE else deliveries.busy()
            )
        text = text_of(event.get("text"))
        if text is None:  # a file or image with no words
            out = self.get_output_channel(channel, reply_to)
            await out.send_text_message(channel, NOT_TEXT_REPLY)
            await deliveries.finish(request, self.name(), delivery)
            return response.text("not text")
        text = self._sanitize_user_message(text, metadata["users"])
        return self._dispatch(request, on_new_message, text, sender, metadata, delivery, reply_to)

    async def _interaction(self, request: Request, on_new_message: Callable) -> HTTPResponse:
        """A button click (Interactivity): its value is the button's payload."""
        try:
            payload = json.loads(request.form.get("payload") or "")
        except ValueError:
            payload = None
        if not isinstance(payload, dict) or not isinstance(payload.get("actions"), list):
            return bad_request("slack", "interaction payload is not a JSON object with actions")
        user = payload.get("user") if isinstance(payload.get("user"), dict) else {}
        channel = payload.get("channel") if isinstance(payload.get("channel"), dict) else {}
        action = payload["actions"][0] if payload["actions"] else None
        if not isinstance(action, dict) or not self._is_interactive_message(payload):
            return response.text("ignored")
        text = text_of(self._get_interactive_response(action))
        if not user.get("id") or not channel.get("id") or text is None:
            return response.text("ignored")  # e.g. a link button: nothing to answer
        message = payload.get("message") if isinstance(payload.get("message"), dict) else {}
        metadata = {
            "out_channel": channel["id"],
            "thread_id": message.get("thread_ts") or message.get("ts"),
            "users": [user["id"]],
        }
        sender = self._get_conversation_id(user["id"], channel["id"], metadata["thread_id"])
        why = ids.problem(sender)
        if why:
            return bad_request("slack", f"user or channel id: {why}")
        in_thread = bool(message.get("thread_ts")) or self.use_threads  # the button's thread
        reply_to = metadata["thread_id"] if in_thread else None
        # Slack gives an interaction no id of its own: who clicked, and when.
        when = text_of(action.get("action_ts")) or text_of(payload.get("action_ts"))
        delivery = f"{user['id']}@{when}" if when else text_of(payload.get("trigger_id"))
        claim = await deliveries.claim(request, self.name(), delivery)
        if claim is not deliveries.Claim.NEW:
            return (
                response.text("duplicate") if claim is deliveries.Claim.DONE else deliveries.busy()
            )
        return self._dispatch(request, on_new_message, text, sender, metadata, delivery, reply_to)

    def _dispatch(
        self,
        request: Request,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        text: str,
        sender: str,
        metadata: Dict[str, Any],
        delivery: Optional[str],
        thread_id: Optional[str],
    ) -> HTTPResponse:
        """Handles the message in the background and answers Slack at once (it waits 3 s).

        Unlike the stock ``process_message``, no retry is dropped here (duplicates were
        refused by their event id), and a failed handling releases its claim so that
        Slack's next retry is answered.
        """
        out = self.get_output_channel(metadata["out_channel"], thread_id)
        message = UserMessage(text, out, sender, input_channel=self.name(), metadata=metadata)

        async def handle() -> None:
            try:
                await on_new_message(message)
            except Exception:
                logger.exception("slack: error while handling a message")
                await deliveries.release(request, self.name(), delivery)
            else:
                await deliveries.finish(request, self.name(), delivery)

        task = asyncio.create_task(handle())
        self._background_tasks.add(task)  # a reference, so the task is not collected
        task.add_done_callback(self._background_tasks.discard)
        return response.text("")


def bot_user_ids(data: Dict[str, Any]) -> List[str]:
    """The bot's own user ids, to strip "<@BOT>" mentions from the text."""
    if isinstance(data.get("authed_users"), list):
        return [u for u in data["authed_users"] if isinstance(u, str)]
    auths = data.get("authorizations")
    auths = auths if isinstance(auths, list) else []
    return [
        a["user_id"] for a in auths if isinstance(a, dict) and isinstance(a.get("user_id"), str)
    ]
