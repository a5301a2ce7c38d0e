"""Telegram with the webhook secret checked (``X-Telegram-Bot-Api-Secret-Token``).

Rasa's stock connector trusts any POST and calls getMe on every message; this one
refuses a request without the secret given to setWebhook, and answers text only. An
update Telegram sends again (same ``update_id``) is acknowledged without a second answer.
While the bot works, the person sees "typing…" (``sendChatAction``).
Conversation id: "telegram:<chat id>". Webhook: ``/webhooks/telegram/webhook``.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from aiogram import Bot
from aiogram.bot.api import TelegramAPIServer
from rasa.core.channels.channel import UserMessage
from rasa.core.channels.telegram import TelegramInput as StockTelegramInput
from rasa.core.channels.telegram import TelegramOutput as StockTelegramOutput
from rasa.shared.exceptions import RasaException
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from chatbot.channels import deliveries, ids
from chatbot.channels.base import bad_request, cleaning, forbidden, json_object, text_of
from chatbot.channels.formatting import NOT_TEXT_REPLY, telegram_messages
from chatbot.channels.signatures import verify_telegram

logger = logging.getLogger(__name__)

DEFAULT_API_BASE = "https://api.telegram.org"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Telegram's own commands, as the intents they mean.
COMMANDS = {"/start": "/greet", "/help": "/ask_help_general"}
_COMMAND = re.compile(r"^(/\w+)@\w+")  # "/start@PracticeBot" in groups


class TelegramOutput(StockTelegramOutput):
    def __init__(self, access_token: Optional[Text], api_base: str = DEFAULT_API_BASE) -> None:
        Bot.__init__(self, access_token, server=TelegramAPIServer.from_base(api_base))

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        await self._send(recipient_id, text, None)

    async def send_text_with_buttons(
        self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]], **kwargs: Any
    ) -> None:
        await self._send(recipient_id, text, buttons)

    async def _send(self, chat_id: Text, text: Text, buttons: Optional[List[Dict]]) -> None:
        for message in telegram_messages(text, buttons):
            await self.send_message(chat_id, **message)


class TelegramInput(StockTelegramInput):
    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> TelegramInput:
        credentials = credentials or {}
        if not credentials.get("access_token") or not credentials.get("secret_token"):
            raise RasaException("telegram channel: access_token and secret_token are required")
        return cls(
            credentials["access_token"],
            credentials["secret_token"],
            credentials.get("webhook_url"),
            credentials.get("api_base") or DEFAULT_API_BASE,
        )

    def __init__(
        self,
        access_token: Text,
        secret_token: Text,
        webhook_url: Optional[Text] = None,
        api_base: str = DEFAULT_API_BASE,
    ) -> None:
        super().__init__(access_token, None, webhook_url, debug_mode=False)
        self.secret_token = secret_token
        self.api_base = api_base
        logger.info("Telegram channel enabled: POST /webhooks/telegram/webhook")

    def get_output_channel(self) -> TelegramOutput:
        # No setWebhook here, unlike the stock connector: it runs once at server start.
        return TelegramOutput(self.access_token, self.api_base)

    async def register_webhook(self, out: TelegramOutput) -> None:
        """Point Telegram at webhook_url, with the secret it must send back."""
        params = {
            "url": self.webhook_url,
            "secret_token": self.secret_token,
            "allowed_updates": json.dumps(["message", "callback_query"]),
        }
        try:
            await out.request("setWebhook", params)
            logger.info("Telegram webhook registered: %s", self.webhook_url)
        except Exception as err:  # the bot still answers if it was registered before
            logger.warning("Telegram setWebhook failed: %s", err)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        on_new_message = cleaning(on_new_message)
        bp = Blueprint("telegram_webhook", __name__)
        out = self.get_output_channel()

        if self.webhook_url:

            @bp.listener("after_server_start")
            async def register(app: Any, loop: Any) -> None:
                await self.register_webhook(out)

        @bp.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @bp.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            if not verify_telegram(self.secret_token, request.headers.get(SECRET_HEADER)):
                return forbidden("telegram", request)
            update = json_object(request)
            if update is None:
                return bad_request("telegram", "body is not a JSON object")
            parsed = self._parse(update)
            if isinstance(parsed, str):
                return bad_request("telegram", parsed)
            if parsed is None:  # an update kind the bot does not handle (edits, joins...)
                return response.text("ignored")
            chat_id, text, callback_id = parsed
            why = ids.problem(chat_id)
            if why:
                return bad_request("telegram", f"chat id: {why}")
            delivery = _update_id(update)
            claim = await deliveries.claim(request, self.name(), delivery)
            if claim is deliveries.Claim.DONE:
                return response.text("duplicate")
            if claim is deliveries.Claim.BUSY:
                return deliveries.busy()
            if callback_id:  # stops the spinner on the tapped button
                try:
                    await out.answer_callback_query(callback_id)
                except Exception as err:
                    logger.warning("Telegram answerCallbackQuery failed: %s", err)
            if text is None:
                await out.send_text_message(chat_id, NOT_TEXT_REPLY)
                await deliveries.finish(request, self.name(), delivery)
                return response.text("not text")
            await typing(out, chat_id)
            try:
                await on_new_message(UserMessage(text, out, chat_id, input_channel=self.name()))
            except Exception as err:
                logger.exception("telegram: error while handling a message")
                await deliveries.release(request, self.name(), delivery)
                if deliveries.transient(err):
                    return deliveries.busy()
            else:
                await deliveries.finish(request, self.name(), delivery)
            return response.text("success")

        return bp

    @staticmethod
    def _parse(update: Dict[str, Any]) -> Any:
        """(chat id, text or None, callback id or None); None to ignore; str if malformed."""
        callback = update.get("callback_query")
        if callback is not None:
            message = callback.get("message") if isinstance(callback, dict) else None
            chat_id = _chat_id(message)
            if chat_id is None or not isinstance(callback.get("id"), str):
                return "callback_query without id or message.chat.id"
            return chat_id, text_of(callback.get("data")), callback["id"]
        message = update.get("message")
        if message is None:
            return None
        chat_id = _chat_id(message)
        if chat_id is None:
            return "message without chat.id"
        text = text_of(message.get("text"))
        if text:
            text = _COMMAND.sub(r"\1", text.strip())
            text = COMMANDS.get(text, text)
        return chat_id, text, None


async def typing(out: TelegramOutput, chat_id: str) -> None:
    """Shows "typing…" until the reply arrives (or 5 s pass)."""
    try:
        await out.send_chat_action(chat_id, "typing")
    except Exception as err:  # only a courtesy: the answer matters
        logger.warning("Telegram sendChatAction failed: %s", err)


def _update_id(update: Dict[str, Any]) -> Optional[str]:
    value = update.get("update_id")
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else None


def _chat_id(message: Any) -> Optional[str]:
    chat = message.get("chat") if isinstance(message, dict) else None
    chat_id = chat.get("id") if isinstance(chat, dict) else None
    if isinstance(chat_id, bool) or not isinstance(chat_id, (int, str)) or chat_id == "":
        return None
    return str(chat_id)
