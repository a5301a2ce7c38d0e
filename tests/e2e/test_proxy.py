"""The bot as it would face the internet: started with no API token, behind the shipped
Caddy configuration (deploy/Caddyfile, Debian's caddy, `tls internal` on loopback).

Through the proxy only the chat doors answer; on the machine itself the HTTP API is
closed without its token, and the REST channel refuses requests that came through a proxy.
The review app answers on its own address only, over HTTPS, with a Secure session cookie.
"""

from __future__ import annotations

import json
import os
import shutil
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
from typing import Dict, Optional, Tuple

import pytest

from scripts import servers
from tests import needs
from tests.bot_fixture import READY_TIMEOUT, find_model

CADDYFILE = servers.ROOT / "deploy" / "Caddyfile"
REVIEW_HOST = "127.0.0.1"  # the review app's "subdomain" here: an address the test reaches
NOT_FOUND_HERE = "Not found"  # Caddy's own answer, as written in deploy/Caddyfile


def fetch(
    url: str, method: str = "GET", body: Optional[dict] = None, headers: Optional[Dict] = None
) -> Tuple[int, str]:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    req.add_header("Content-Type", "application/json")
    context = ssl._create_unverified_context()  # Caddy's internal CA, made for this test
    try:
        with urllib.request.urlopen(req, timeout=30, context=context) as resp:
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


@pytest.fixture(scope="module")
def open_bot(tmp_path_factory):
    """A bot started the way a default configuration is: no CHATBOT_API_TOKEN."""
    tmp = tmp_path_factory.mktemp("proxy")
    rasa_port, action_port = servers.free_port(), servers.free_port()
    endpoints = servers.write_endpoints(tmp / "endpoints.yml", action_port, tmp / "conv.db")
    env = servers.child_env()
    env.pop("CHATBOT_API_TOKEN", None)
    cmd = servers.rasa_server_cmd(str(find_model()), rasa_port, endpoints=str(endpoints))
    try:
        procs = servers.start_bot(cmd, rasa_port, action_port, env, tmp, timeout=READY_TIMEOUT)
    except (RuntimeError, TimeoutError) as err:
        pytest.fail(f"the bot did not start: {err}", pytrace=False)
    yield f"http://127.0.0.1:{rasa_port}", rasa_port
    servers.stop(procs)


@pytest.fixture(scope="module")
def proxy(open_bot, tmp_path_factory):
    caddy = shutil.which("caddy")
    if not caddy:
        needs.unavailable("no caddy (Debian package caddy)")
    tmp = tmp_path_factory.mktemp("caddy")
    https_port, http_port = servers.free_port(), servers.free_port()
    review = review_app(tmp, f"https://{REVIEW_HOST}:{https_port}")
    config = tmp / "Caddyfile"
    config.write_text(
        "{\n"
        f"\thttp_port {http_port}\n\thttps_port {https_port}\n"
        "\tadmin off\n\tskip_install_trust\n\tlocal_certs\n"
        "}\n"
        f"import {CADDYFILE}\n",
        encoding="utf-8",
    )
    env = dict(os.environ, CHATBOT_DOMAIN="localhost", CHATBOT_UPSTREAM=f"127.0.0.1:{open_bot[1]}",
               REVIEW_DOMAIN=REVIEW_HOST, REVIEW_UPSTREAM=f"127.0.0.1:{review[1]}",
               XDG_DATA_HOME=str(tmp / "data"), XDG_CONFIG_HOME=str(tmp / "config"),
               HOME=str(tmp))  # fmt: skip
    log = open(tmp / "caddy.log", "wb")  # noqa: SIM115 (closed below)
    proc = subprocess.Popen(
        [caddy, "run", "--config", str(config), "--adapter", "caddyfile"],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    base = f"https://localhost:{https_port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if fetch(base + "/widget/widget.js")[0] == 200:
                break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail("caddy did not start:\n" + (tmp / "caddy.log").read_text()[-3000:])
        time.sleep(0.3)
    yield base, http_port
    proc.terminate()
    proc.wait(timeout=10)
    log.close()
    servers.stop([review[0]])


def review_app(tmp, public_url: str) -> Tuple[servers.Proc, int]:
    """The review app as its systemd unit runs it, its public address in the settings."""
    from chatbot.review.auth import hash_password

    port = servers.free_port()
    env = servers.child_env(PRACTICE_REVIEW_URL=public_url,
                            REVIEW_PASSWORD_HASH=hash_password("a long test password"))  # fmt: skip
    cmd = [sys.executable, "-m", "chatbot.review", "--db", f"sqlite:///{tmp / 'review.db'}",
           "serve", "--port", str(port)]  # fmt: skip
    proc = servers.start("review app", cmd, env, tmp / "review.log")
    servers.wait_ready([f"http://127.0.0.1:{port}/login"], [proc], timeout=60)
    return proc, port


def test_the_api_is_closed_without_a_token(open_bot):
    base = open_bot[0]
    sender = "proxy-visitor"
    assert (
        fetch(base + "/webhooks/rest/webhook", "POST", {"sender": sender, "message": "hi"})[0]
        == 200
    )
    conversation = f"/conversations/rest:{sender}"
    attempts = [
        ("GET", conversation + "/tracker", None),
        ("POST", conversation + "/tracker/events", {"event": "bot", "text": "forged"}),
        ("PUT", conversation + "/tracker/events", [{"event": "bot", "text": "forged"}]),
        ("POST", conversation + "/trigger_intent", {"name": "greet"}),
        ("GET", conversation + "/story", None),
        ("PUT", "/model", {"model_file": "models/x.tar.gz"}),
        ("DELETE", "/model", None),
        ("POST", "/model/parse", {"text": "hi"}),
        ("GET", "/status", None),
    ]
    for method, path, body in attempts:
        status, text = fetch(base + path, method, body)
        assert status == 403 and "CHATBOT_API_TOKEN" in text, (method, path, status, text)
        status, _ = fetch(base + path + "?token=guess", method, body)
        assert status == 403, (method, path, status)
    # Nothing was forged and the model is still loaded: the visitor is answered as before.
    status, text = fetch(base + "/webhooks/rest/webhook", "POST",
                         {"sender": sender, "message": "do you take insurance?"})  # fmt: skip
    assert status == 200 and "insurance" in text.lower() and "forged" not in text


def test_the_rest_channel_refuses_proxied_requests(open_bot):
    body = {"sender": "via-proxy", "message": "hi"}
    for header in ("X-Forwarded-For", "Forwarded", "X-Real-IP"):
        status, _ = fetch(open_bot[0] + "/webhooks/rest/webhook", "POST", body, {header: "1.2.3.4"})
        assert status == 403, header


def test_only_the_chat_doors_answer_through_the_proxy(proxy):
    proxy = proxy[0]
    status, body = fetch(proxy + "/widget/widget.js")
    assert status == 200 and "shadow" in body.lower()
    status, body = fetch(proxy + "/socket.io/?EIO=4&transport=polling")
    assert status == 200 and '"sid"' in body  # the engine.io handshake reached the bot
    status, body = fetch(proxy + "/webhooks/telegram/webhook", "POST", {})
    assert NOT_FOUND_HERE not in body  # reached the bot (Telegram is off here: the bot's 404)
    for method, path in [
        ("POST", "/webhooks/rest/webhook"),
        ("GET", "/webhooks/rest/"),
        ("GET", "/conversations/rest:proxy-visitor/tracker"),
        ("GET", "/conversations/rest:proxy-visitor/tracker?token=x"),
        ("PUT", "/model"),
        ("DELETE", "/model"),
        ("GET", "/status"),
        ("GET", "/"),
        ("GET", "/webhooks/rest/webhook/../../status"),
    ]:
        status, body = fetch(proxy + path, method, {"sender": "x", "message": "hi"})
        assert status == 404 and body == NOT_FOUND_HERE, (method, path, status, body)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_plain_http_is_sent_to_https(proxy):
    base, http_port = proxy
    status, body = fetch(base.replace("https://", "http://") + "/widget/widget.js")
    assert status == 400 and "function" not in body  # HTTP spoken to the HTTPS port
    req = urllib.request.Request(f"http://localhost:{http_port}/widget/widget.js")
    with pytest.raises(urllib.error.HTTPError) as redirect:
        urllib.request.build_opener(NoRedirect).open(req, timeout=10)
    assert redirect.value.code in (301, 302, 307, 308)
    assert redirect.value.headers["Location"].startswith("https://")


def response_of(url: str) -> urllib.response.addinfourl:
    context = ssl._create_unverified_context()
    return urllib.request.urlopen(url, timeout=30, context=context)


def test_the_review_app_has_its_own_https_address_and_a_secure_cookie(proxy):
    base, http_port = proxy
    review = base.replace("localhost", REVIEW_HOST)
    with response_of(review + "/login") as resp:
        assert resp.status == 200 and "password" in resp.read().decode().lower()
        cookie = resp.headers["Set-Cookie"]
    assert "review_login=" in cookie and "Secure" in cookie and "HttpOnly" in cookie
    # Not on the chat's address, and the chat's doors are not on the review's.
    assert fetch(base + "/login") == (404, NOT_FOUND_HERE)
    status, body = fetch(review + "/widget/widget.js")
    assert "shadow" not in body.lower()
    # Plain HTTP is only a redirect to HTTPS.
    with pytest.raises(urllib.error.HTTPError) as redirect:
        urllib.request.build_opener(NoRedirect).open(f"http://{REVIEW_HOST}:{http_port}/login")
    assert redirect.value.code in (301, 302, 307, 308)
    assert redirect.value.headers["Location"].startswith("https://")
