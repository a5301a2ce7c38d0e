"""The web chat channel's origin rules and the widget's files (no servers, no browser)."""

from __future__ import annotations

import gzip

from chatbot.channels.origins import configured_origins, default_origins, origin_checker
from chatbot.widget import asset


def test_default_allows_the_practice_site_and_localhost_only():
    check = origin_checker(["https://example.com"], allow_localhost=True)
    assert check("https://example.com")
    assert check("http://localhost:8000") and check("http://127.0.0.1:5005")
    assert not check("https://evil.example")
    assert not check("https://example.com.evil.example")
    assert check(None)  # no Origin header: not a browser, nothing for CORS to protect


def test_the_bots_own_pages_are_same_origin():
    check = origin_checker([], allow_localhost=False)
    assert check("https://bot.example.org", {"HTTP_HOST": "bot.example.org"})
    assert not check("https://other.example", {"HTTP_HOST": "bot.example.org"})


def test_configured_origins_replace_the_default(monkeypatch):
    monkeypatch.delenv("CHATBOT_CORS", raising=False)
    assert configured_origins({"allowed_origins": "https://a.example https://b.example"}) == [
        "https://a.example",
        "https://b.example",
    ]
    monkeypatch.setenv("CHATBOT_CORS", "https://c.example")
    assert configured_origins({}) == ["https://c.example"]
    assert origin_checker(["*"], allow_localhost=False)("https://any.example")


def test_default_origins_come_from_the_settings_links():
    assert "https://example.com" in default_origins()


def test_only_the_widget_files_are_served():
    assert asset("../credentials.yml") is None and asset("__init__.py") is None
    js = asset("widget.js")
    assert gzip.decompress(js.gzipped) == js.body
    assert b"/*SERVER_DEFAULTS*/" not in js.body  # the contact line was filled in
    assert b"hello@example.com" in js.body
    assert asset("demo.html").content_type.startswith("text/html")
