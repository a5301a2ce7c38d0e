"""Twilio SMS and WhatsApp with ``X-Twilio-Signature`` checked.

Buttons become a numbered menu, and a reply of "2" means the second button of the
bot's latest message. Replies go out through Twilio's Messages API with aiohttp (the
stock connector's synchronous client would block the server while it waits).
A message Twilio sends again (same ``MessageSid``) is acknowledged without a second answer.
SMS has no typing indicator, and WhatsApp has none through the Messages API used here.
Conversation id: "twilio:" + the sender's number ("twilio:+15551234567",
"twilio:whatsapp:+15551234567"). Webhook: ``/webhooks/twilio/webhook``.
"""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text
from urllib.parse import parse_qs

import aiohttp
from rasa.core.channels.channel import UserMessage
from rasa.core.channels.twilio import TwilioInput as StockTwilioInput
from rasa.core.channels.twilio import TwilioOutput as StockTwilioOutput
from rasa.shared.exceptions import RasaException
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from chatbot.channels import deliveries, ids
from chatbot.channels.base import bad_request, cleaning, forbidden, last_buttons, post, text_of
from chatbot.channels.formatting import NOT_TEXT_REPLY, chosen_payload, sms_messages
from chatbot.channels.signatures import verify_twilio

logger = logging.getLogger(__name__)

DEFAULT_API_BASE = "https://api.twilio.com"
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
# Rasa's message keys -> the Messages API's form fields.
FIELDS = {
    "to": "To",
    "from_": "From",
    "body": "Body",
    "media_url": "MediaUrl",
    "messaging_service_sid": "MessagingServiceSid",
}


class TwilioOutput(StockTwilioOutput):
    def __init__(
        self, account_sid: Text, auth_token: Text, twilio_number: Text, api_base: str
    ) -> None:
        super().__init__(account_sid, auth_token, twilio_number)
        self.sid, self.token = account_sid, auth_token
        self.url = f"{api_base.rstrip('/')}/2010-04-01/Accounts/{account_sid}/Messages.json"

    async def _send_message(self, message_data: Dict[Text, Any]) -> Any:
        to = str(message_data.get("to", ""))
        sender = message_data.get("from_") or self.twilio_number
        if to.startswith("whatsapp:") and not str(sender).startswith("whatsapp:"):
            sender = f"whatsapp:{sender}"  # a WhatsApp reply must come from the WhatsApp sender
        form = [  # a list of pairs: MediaUrl may repeat
            (FIELDS.get(key, key), str(item))
            for key, value in {**message_data, "from_": sender}.items()
            for item in (value if isinstance(value, list) else [value])
        ]
        return await post(
            self.url, "twilio", data=form, auth=aiohttp.BasicAuth(self.sid, self.token)
        )

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        for body in sms_messages(text):
            await self._send_message({"to": recipient_id, "body": body})

    async def send_text_with_buttons(
        self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]], **kwargs: Any
    ) -> None:
        for body in sms_messages(text, buttons):
            await self._send_message({"to": recipient_id, "body": body})


class TwilioInput(StockTwilioInput):
    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> TwilioInput:
        credentials = credentials or {}
        missing = [
            k for k in ("account_sid", "auth_token", "twilio_number") if not credentials.get(k)
        ]
        if missing:
            raise RasaException(f"twilio channel: missing {', '.join(missing)}")
        return cls(
            credentials["account_sid"],
            credentials["auth_token"],
            credentials["twilio_number"],
            webhook_url=credentials.get("webhook_url"),
            api_base=credentials.get("api_base") or DEFAULT_API_BASE,
        )

    def __init__(
        self,
        account_sid: Text,
        auth_token: Text,
        twilio_number: Text,
        webhook_url: Optional[Text] = None,
        api_base: str = DEFAULT_API_BASE,
    ) -> None:
        super().__init__(account_sid, auth_token, twilio_number, debug_mode=False)
        # Twilio signs the public URL it calls; behind a proxy that is not request.url.
        self.webhook_url = webhook_url
        self.api_base = api_base
        logger.info("Twilio (SMS/WhatsApp) channel enabled: POST /webhooks/twilio/webhook")

    def get_output_channel(self) -> TwilioOutput:
        return TwilioOutput(self.account_sid, self.auth_token, self.twilio_number, self.api_base)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        on_new_message = cleaning(on_new_message)
        bp = Blueprint("twilio_webhook", __name__)

        @bp.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @bp.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            params = form_fields(request)
            signature = request.headers.get("X-Twilio-Signature")
            url = self.webhook_url or request.url
            if not verify_twilio(self.auth_token, url, params, signature):
                return forbidden("twilio", request)
            sender = text_of(first(params, "From"))
            if not sender:
                return bad_request("twilio", "no From")
            why = ids.problem(sender)
            if why:
                return bad_request("twilio", f"From: {why}")
            delivery = text_of(first(params, "MessageSid")) or text_of(first(params, "SmsSid"))
            claim = await deliveries.claim(request, self.name(), delivery)
            if claim is deliveries.Claim.DONE:
                return twiml()
            if claim is deliveries.Claim.BUSY:
                return deliveries.busy()
            out = self.get_output_channel()
            text = text_of(first(params, "Body"))
            if text is None:  # a photo, a voice note, an empty message
                await out.send_text_message(sender, NOT_TEXT_REPLY)
                await deliveries.finish(request, self.name(), delivery)
                return twiml()
            text = text.replace("¡", "@")  # some carriers turn @ into ¡
            try:
                buttons = await last_buttons(request, self.name(), sender)
                text = chosen_payload(text, buttons) or text
                await on_new_message(UserMessage(text, out, sender, input_channel=self.name()))
            except Exception as err:
                logger.exception("twilio: error while handling a message")
                await deliveries.release(request, self.name(), delivery)
                if deliveries.transient(err):
                    return deliveries.busy()
            else:
                await deliveries.finish(request, self.name(), delivery)
            return twiml()

        return bp


def form_fields(request: Request) -> Dict[str, List[str]]:
    # Not request.form: it drops empty fields, and Twilio signs those too ("Body=").
    try:
        return parse_qs(request.body.decode("utf-8"), keep_blank_values=True)
    except UnicodeDecodeError:
        return {}


def first(params: Dict[str, List[str]], name: str) -> Optional[str]:
    return params.get(name, [None])[0]


def twiml() -> HTTPResponse:
    # Replies go out through the API; an empty TwiML answer tells Twilio not to add any.
    return response.text(EMPTY_TWIML, content_type="text/xml")
