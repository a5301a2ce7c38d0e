"""The review web app, served for real (`python -m chatbot.review serve`), over HTTP:
login, sessions, CSRF, lockout, escaping, list filters, transcript, notes, overview."""

from __future__ import annotations

import http.cookiejar
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from chatbot.review.auth import hash_password
from chatbot.review.store import Store
from scripts import servers
from tests.conversations import user, write_conversation, write_sample

PASSWORD = "correct horse battery"


class Client:
    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def request(self, path: str, form: dict | None = None, follow: bool = True):
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        opener = self.opener
        if not follow:
            opener = urllib.request.build_opener(
                urllib.request.HTTPCookieProcessor(self.jar), NoRedirect()
            )
        try:
            with opener.open(self.base + path, data=data, timeout=30) as resp:
                return resp.status, resp.read().decode(), resp.headers, resp.url
        except urllib.error.HTTPError as err:
            return err.code, err.read().decode(), err.headers, err.url

    def csrf(self, path: str) -> str:
        return re.search(r'name="csrf" value="([^"]+)"', self.request(path)[1]).group(1)

    def login(self, password: str = PASSWORD):
        return self.request("/login", {"csrf": self.csrf("/login"), "password": password})


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    db = tmp_path_factory.mktemp("review-web") / "c.db"
    url = f"sqlite:///{db}"
    write_sample(url, start=time.time() - 3600)
    write_conversation(url, "conv-xss", [user("<script>alert(1)</script>", "nlu_fallback", 0.1)])
    yield from serve(db, url)


def serve(db, url):
    port = servers.free_port()
    env = servers.child_env(REVIEW_PASSWORD_HASH=hash_password(PASSWORD))
    cmd = [sys.executable, "-m", "chatbot.review", "--db", url, "serve", "--port", str(port)]
    proc = servers.start("review app", cmd, env, db.parent / "review.log")
    try:
        servers.wait_ready([f"http://127.0.0.1:{port}/login"], [proc], timeout=60)
        yield f"http://127.0.0.1:{port}", url
    finally:
        servers.stop([proc])


@pytest.mark.parametrize("path", ["/", "/overview", "/conversation?id=conv-human"])
def test_pages_without_session_redirect_to_login(served, path):
    status, _, headers, _ = Client(served[0]).request(path, follow=False)
    assert status in (302, 303) and headers["Location"].endswith("/login")


def test_login_sets_a_strict_httponly_cookie(served):
    client = Client(served[0])
    token = client.csrf("/login")
    status, _, headers, _ = client.request(
        "/login", {"csrf": token, "password": PASSWORD}, follow=False
    )
    assert status in (302, 303)
    cookie = [
        v for k, v in headers.items() if k.lower() == "set-cookie" and "review_session=" in v
    ][0]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    status, body, headers, _ = client.request("/")
    assert status == 200 and "conv-sciatica" in body
    assert "default-src 'none'" in headers["Content-Security-Policy"]


def test_login_without_csrf_is_refused(served):
    client = Client(served[0])
    client.request("/login")
    assert client.request("/login", {"password": PASSWORD})[0] == 403


def test_post_without_csrf_is_refused(served):
    client = Client(served[0])
    client.login()
    status, _, _, _ = client.request("/conversation/note", {"id": "conv-human", "note": "x"})
    assert status == 403
    assert Store(served[1]).notes().get("conv-human") is None


def test_list_filters_and_search(served):
    client = Client(served[0])
    client.login()
    body = client.request("/?flag=crisis")[1]
    assert 'data-id="conv-crisis"' in body and 'data-id="conv-sciatica"' not in body
    body = client.request("/?condition=migraines")[1]
    assert re.findall(r'data-id="([^"]+)"', body) == ["conv-sciatica"]
    body = client.request("/?q=real+person")[1]
    assert re.findall(r'data-id="([^"]+)"', body) == ["conv-human"]


def test_user_text_is_escaped(served):
    client = Client(served[0])
    client.login()
    for path in ("/", "/conversation?id=conv-xss"):
        body = client.request(path)[1]
        assert "<script>alert(1)</script>" not in body
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_transcript_mark_reviewed_and_note(served):
    client = Client(served[0])
    client.login()
    path = "/conversation?id=conv-sciatica"
    body = client.request(path)[1]
    assert "can massage help with sciatica?" in body
    # Plain words in sight, Rasa's behind "details".
    assert "Topic: <b>A condition</b> (the bot was fairly sure)" in body
    assert re.search(
        r"<details><summary>details</summary>intent ask_condition · confidence 0.90", body
    )
    form = {
        "csrf": client.csrf(path),
        "id": "conv-sciatica",
        "reviewed": "on",
        "note": "<b>blog</b> idea",
    }
    status, body, _, _ = client.request("/conversation/note", form)
    assert status == 200 and "&lt;b&gt;blog&lt;/b&gt; idea" in body
    assert Store(served[1]).notes()["conv-sciatica"]["reviewed"]
    assert re.findall(r'data-id="([^"]+)"', client.request("/?reviewed=yes")[1]) == [
        "conv-sciatica"
    ]


def test_overview_has_inline_svg_charts(served):
    client = Client(served[0])
    client.login()
    body = client.request("/overview")[1]
    assert body.count("<figure") == 5 and "Sciatic pain" in body and "sciatic_pain" not in body
    # The only script is the app's own file (the copy button): nothing inline.
    assert re.findall(r"<script[^>]*>", body) == ['<script src="/review.js" defer>']


def test_logout(served):
    client = Client(served[0])
    client.login()
    client.request("/logout", {"csrf": client.csrf("/")})
    assert client.request("/", follow=False)[0] in (302, 303)


@pytest.mark.e2e
def test_five_wrong_passwords_lock_the_login_over_http(tmp_path):
    """Its own server: the lockout must not lock the other tests out."""
    url = f"sqlite:///{tmp_path / 'c.db'}"
    write_sample(url, start=time.time() - 3600)
    server = serve(tmp_path / "c.db", url)
    base, _ = next(server)
    try:
        client = Client(base)
        for _ in range(5):
            status, body, _, _ = client.login("not the password")
            assert status == 401 and "Wrong password." in body
        status, body, _, _ = client.login()  # the right one, too late
        assert status == 429 and "Too many failed attempts" in body
        assert client.request("/", follow=False)[0] in (302, 303)  # still not logged in
    finally:
        server.close()


def test_login_form_survives_a_background_request(served):
    """Browsers ask for /favicon.ico (or open a second tab): the form's token stays valid."""
    client = Client(served[0])
    token = client.csrf("/login")
    assert client.request("/favicon.ico", follow=False)[0] == 404
    client.request("/login")
    status, body, _, _ = client.request("/login", {"csrf": token, "password": PASSWORD})
    assert status == 200 and "conv-sciatica" in body
