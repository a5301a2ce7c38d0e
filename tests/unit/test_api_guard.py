"""Which routes the Rasa server opens to whom (chatbot.server.api_guard), without a server."""

import pytest

from chatbot.server.api_guard import presented_token, refusal

TOKEN = "s3cret-token"
CHANNELS = ["rest", "socketio", "telegram"]


def check(path, headers=None, args=None, token=TOKEN):
    return refusal(path, headers or {}, args or {}, token, CHANNELS)


@pytest.mark.parametrize(
    "path",
    ["/", "/webhooks/rest/webhook", "/webhooks/telegram/webhook", "/widget/widget.js",
     "/socket.io/"],
)  # fmt: skip
def test_chat_doors_are_open_without_a_token(path):
    assert check(path) is None
    assert check(path, token=None) is None


@pytest.mark.parametrize(
    "path",
    ["/conversations/rest:me/tracker", "/conversations/rest:me/tracker/events", "/model",
     "/model/train", "/status", "/version", "/domain", "/model/parse", "/webhooks"],
)  # fmt: skip
def test_every_other_route_needs_the_token(path):
    assert check(path)[0] == 401
    assert check(path, args={"token": "wrong"})[0] == 401
    assert check(path, headers={"authorization": "Bearer wrong"})[0] == 401
    assert check(path, args={"token": TOKEN}) is None
    assert check(path, headers={"authorization": f"Bearer {TOKEN}"}) is None


def test_without_a_configured_token_the_api_is_closed():
    why = check("/conversations/rest:me/tracker", args={"token": ""}, token=None)
    assert why[0] == 403 and "CHATBOT_API_TOKEN" in why[1]
    assert check("/model", headers={"authorization": "Bearer "}, token=None)[0] == 403


def test_rest_channel_through_a_proxy_needs_the_token():
    for header in ("x-forwarded-for", "forwarded", "x-real-ip"):
        assert check("/webhooks/rest/webhook", headers={header: "203.0.113.9"})[0] == 403
        assert check("/webhooks/rest/webhook", headers={header: "x"}, args={"token": TOKEN}) is None
    assert check("/webhooks/telegram/webhook", headers={"x-forwarded-for": "1.2.3.4"}) is None


@pytest.mark.parametrize("peer", ["203.0.113.9", "10.0.0.2", "::ffff:203.0.113.9", "", None])
def test_rest_channel_from_another_address_needs_the_token(peer):
    """With RASA_INTERFACE=0.0.0.0 the REST channel must not be open to the network."""
    rest = "/webhooks/rest/webhook"
    assert refusal(rest, {}, {}, TOKEN, CHANNELS, peer=peer)[0] == 403
    assert refusal(rest, {}, {"token": TOKEN}, TOKEN, CHANNELS, peer=peer) is None
    assert refusal("/webhooks/telegram/webhook", {}, {}, TOKEN, CHANNELS, peer=peer) is None
    for local in ("127.0.0.1", "::1", "127.0.0.5"):
        assert refusal(rest, {}, {}, None, CHANNELS, peer=local) is None


def test_conversation_ids_in_api_paths_are_checked():
    ok = {"token": TOKEN}
    assert check("/conversations/a%00b/tracker", args=ok)[0] == 400
    assert check("/conversations/a%1bb/tracker", args=ok)[0] == 400
    assert check("/conversations/" + "x" * 500 + "/tracker", args=ok)[0] == 400
    assert check("/conversations/rest%3Ame/tracker", args=ok) is None
    assert check("/conversations/%1b%3Ame/tracker", args=ok)[0] == 400
    # The longest id a door accepts, behind its channel, is a conversation the API can read.
    assert check("/conversations/telegram:" + "9" * 128 + "/tracker", args=ok) is None


def test_output_channel_must_be_the_conversations_own():
    def trigger(conversation, channel):
        args = {"token": TOKEN, "output_channel": channel}
        return check(f"/conversations/{conversation}/trigger_intent", args=args)

    assert trigger("rest:x", "telegram")[0] == 400
    assert trigger("telegram:42", "slack")[0] == 400  # not a channel of this server
    assert trigger("telegram:42", "telegram") is None
    assert trigger("rest:x", "latest") is None


def test_token_forms():
    assert presented_token({"authorization": "Bearer abc"}, {}) == "abc"
    assert presented_token({"authorization": "bearer  abc "}, {}) == "abc"
    assert presented_token({"authorization": "Basic abc"}, {}) is None
    assert presented_token({}, {"token": "abc"}) == "abc"
