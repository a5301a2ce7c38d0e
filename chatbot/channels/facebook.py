"""Facebook Messenger with ``X-Hub-Signature-256`` checked (the stock connector checks the
older SHA-1 header and answers 200 even when it fails).

Buttons become quick replies. Replies go out through the Send API with aiohttp (the
fbmessenger client is synchronous and would block the server).
A message Meta sends again (same ``mid``) is acknowledged without a second answer.
While the bot works, the person sees their message read and "typing…" (``mark_seen`` and
``typing_on`` sender actions; the reply itself ends the typing).
Conversation id: "facebook:<page-scoped id (PSID)>". Webhook: ``/webhooks/facebook/webhook``.
"""

from __future__ import annotations

import hmac
import logging
from typing import Any, Awaitable, Callable, Dict, Iterable, List, Optional, Text, Tuple

from fbmessenger import MessengerClient
from rasa.core.channels.channel import UserMessage
from rasa.core.channels.facebook import FacebookInput as StockFacebookInput
from rasa.core.channels.facebook import MessengerBot
from rasa.shared.exceptions import RasaException
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from chatbot.channels import deliveries, ids
from chatbot.channels.base import bad_request, cleaning, forbidden, json_object, post, text_of
from chatbot.channels.formatting import NOT_TEXT_REPLY, messenger_messages
from chatbot.channels.signatures import verify_facebook

logger = logging.getLogger(__name__)

DEFAULT_API_BASE = "https://graph.facebook.com/v19.0"


class MessengerOutput(MessengerBot):
    def __init__(self, page_access_token: Text, api_base: str = DEFAULT_API_BASE) -> None:
        super().__init__(MessengerClient(page_access_token))
        self.messenger_client.graph_url = api_base.rstrip("/")
        self.token = page_access_token

    async def _post(self, payload: Dict[str, Any]) -> Any:
        return await post(
            f"{self.messenger_client.graph_url}/me/messages",
            "facebook",
            params={"access_token": self.token},
            json=payload,
        )

    async def _send_messages(self, recipient_id: Text, messages: Iterable[Dict]) -> None:
        for message in messages:
            await self._post(
                {
                    "recipient": {"id": recipient_id},
                    "messaging_type": "RESPONSE",
                    "message": message,
                }
            )

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        await self._send_messages(recipient_id, messenger_messages(text))

    async def send_text_with_buttons(
        self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]], **kwargs: Any
    ) -> None:
        await self._send_messages(recipient_id, messenger_messages(text, buttons))

    async def send_quick_replies(
        self, recipient_id: Text, text: Text, quick_replies: List[Dict[Text, Any]], **kwargs: Any
    ) -> None:
        await self._send_messages(recipient_id, messenger_messages(text, quick_replies))

    async def send_image_url(self, recipient_id: Text, image: Text, **kwargs: Any) -> None:
        attachment = {"type": "image", "payload": {"url": image, "is_reusable": True}}
        await self._send_messages(recipient_id, [{"attachment": attachment}])

    async def send_elements(
        self, recipient_id: Text, elements: Iterable[Dict], **kwargs: Any
    ) -> None:
        payload = {"template_type": "generic", "elements": list(elements)}
        await self._send_messages(
            recipient_id, [{"attachment": {"type": "template", "payload": payload}}]
        )

    async def send_custom_json(self, recipient_id: Text, json_message: Any, **kwargs: Any) -> None:
        await self._send_messages(recipient_id, [json_message])

    async def send_action(self, recipient_id: Text, sender_action: Text) -> None:
        await self._post({"recipient": {"id": recipient_id}, "sender_action": sender_action})


class FacebookInput(StockFacebookInput):
    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> FacebookInput:
        credentials = credentials or {}
        keys = ("verify", "secret", "page-access-token")
        missing = [k for k in keys if not credentials.get(k)]
        if missing:
            raise RasaException(f"facebook channel: missing {', '.join(missing)}")
        return cls(*(credentials[k] for k in keys), credentials.get("api_base") or DEFAULT_API_BASE)

    def __init__(
        self,
        fb_verify: Text,
        fb_secret: Text,
        fb_access_token: Text,
        api_base: str = DEFAULT_API_BASE,
    ) -> None:
        super().__init__(fb_verify, fb_secret, fb_access_token)
        self.api_base = api_base
        logger.info("Facebook Messenger channel enabled: POST /webhooks/facebook/webhook")

    def get_output_channel(self) -> MessengerOutput:
        return MessengerOutput(self.fb_access_token, self.api_base)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        on_new_message = cleaning(on_new_message)
        bp = Blueprint("fb_webhook", __name__)

        @bp.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @bp.route("/webhook", methods=["GET"])
        async def verify(request: Request) -> HTTPResponse:
            # Meta's subscription handshake: echo hub.challenge if the verify token matches.
            token = request.args.get("hub.verify_token") or ""
            if request.args.get("hub.mode") == "subscribe" and hmac.compare_digest(
                token.encode(), self.fb_verify.encode()
            ):
                return response.text(request.args.get("hub.challenge") or "")
            return forbidden("facebook", request)

        @bp.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            signature = request.headers.get("X-Hub-Signature-256")
            if not verify_facebook(self.fb_secret, request.body, signature):
                return forbidden("facebook", request)
            data = json_object(request)
            events = parse_events(data) if data is not None else "body is not a JSON object"
            if isinstance(events, str):
                return bad_request("facebook", events)
            out = self.get_output_channel()
            again = False  # a message of the batch is worth Meta's retry (handled ones are skipped)
            for psid, text, delivery in events:
                claim = await deliveries.claim(request, self.name(), delivery)
                if claim is not deliveries.Claim.NEW:
                    again = again or claim is deliveries.Claim.BUSY
                    continue
                if text is None:
                    await out.send_text_message(psid, NOT_TEXT_REPLY)
                    await deliveries.finish(request, self.name(), delivery)
                    continue
                for action in ("mark_seen", "typing_on"):  # one action per call, as Meta asks
                    await out.send_action(psid, action)
                try:
                    await on_new_message(UserMessage(text, out, psid, input_channel=self.name()))
                except Exception as err:  # Meta retries, then disables a failing webhook
                    logger.exception("facebook: error while handling a message")
                    await deliveries.release(request, self.name(), delivery)
                    again = again or deliveries.transient(err)
                else:
                    await deliveries.finish(request, self.name(), delivery)
            return deliveries.busy() if again else response.text("EVENT_RECEIVED")

        return bp


def parse_events(data: Dict[str, Any]) -> Any:
    """[(PSID, text or None if not text, delivery id)] of the people's messages; a str if
    malformed or if a PSID is not an acceptable id.

    Echoes of the page's own messages, deliveries and reads are skipped. The delivery id
    is the message's ``mid`` (a postback's too); without one, the sender and timestamp.
    """
    entries = data.get("entry")
    if not isinstance(entries, list):
        return "no entry list"
    events: List[Tuple[str, Optional[str], Optional[str]]] = []
    for entry in entries:
        messaging = entry.get("messaging", []) if isinstance(entry, dict) else None
        if not isinstance(messaging, list):
            return "entry.messaging is not a list"
        for event in messaging:
            sender = event.get("sender") if isinstance(event, dict) else None
            psid = sender.get("id") if isinstance(sender, dict) else None
            if not isinstance(psid, (str, int)) or isinstance(psid, bool) or psid == "":
                return "messaging event without sender.id"
            psid = str(psid)
            why = ids.problem(psid)
            if why:
                return f"sender.id: {why}"
            message, postback = event.get("message"), event.get("postback")
            if isinstance(message, dict):
                if message.get("is_echo"):
                    continue
                quick = message.get("quick_reply")
                text = text_of(quick.get("payload")) if isinstance(quick, dict) else None
                text = text or text_of(message.get("text"))
                events.append((psid, text, _delivery_id(psid, event, message)))
            elif isinstance(postback, dict):
                text = text_of(postback.get("payload")) or text_of(postback.get("title"))
                events.append((psid, text, _delivery_id(psid, event, postback)))
            elif message is not None or postback is not None:
                return "message/postback is not an object"
    return events


def _delivery_id(psid: str, event: Dict[str, Any], item: Dict[str, Any]) -> Optional[str]:
    mid = text_of(item.get("mid"))
    if mid:
        return mid
    timestamp = event.get("timestamp")
    if isinstance(timestamp, int) and not isinstance(timestamp, bool):
        return f"{psid}@{timestamp}"
    return None
