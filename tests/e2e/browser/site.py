"""A practice's web page on another origin, made up in the test, so any page CSS, language
or script attributes can be tried: answered by Playwright (``serve``, no server at all), or
by a small HTTP server on 127.0.0.1 (``Site``), needed when the page talks to the bot (Chromium
lets only a local page reach a local address)."""

from __future__ import annotations

import json
import threading
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Dict, Optional

from chatbot.widget import asset

SITE = "https://practice.example"
TITLE = "Ask Renée's assistant"
AXE = Path(__file__).resolve().parents[3] / "build" / "node" / "node_modules" / "axe-core"
AXE_JS = AXE / "axe.min.js"

BODY = """<header><h1>Medical Massage with Renée</h1><nav><a href="#a">About</a>
<a href="#b">Book</a></nav></header><main><div class="card"><p>Medical Massage eases the
symptoms of a diagnosed condition.</p><button type="button">Site button</button></div></main>"""


def html(
    script_src: str,
    server: str,
    css: str = "",
    lang: str = "en",
    dir: str = "ltr",
    attrs: Optional[Dict[str, str]] = None,
) -> str:
    extra = " ".join(f'data-{k}="{escape(v)}"' for k, v in (attrs or {}).items())
    return (
        f'<!doctype html><html lang="{lang}" dir="{dir}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Practice</title><style>{css}</style></head><body>{BODY}"
        f'<script src="{script_src}" data-server-url="{server}" data-title="{TITLE}" '
        f"{extra} defer></script></body></html>"
    )


def serve(page, path: str, body: str) -> str:
    """Serves ``body`` at SITE + path, and SITE/widget.js as the bot would serve it."""
    url = SITE + path
    page.route(url, lambda route: route.fulfill(content_type="text/html; charset=utf-8", body=body))
    js = asset("widget.js")
    page.route(
        SITE + "/widget.js", lambda route: route.fulfill(content_type=js.content_type, body=js.body)
    )
    return url


def seed(page, server: str, conversation: Dict[str, Any]) -> None:
    """A conversation already in localStorage when the page loads (every load)."""
    key = json.dumps("renee-chat:" + server)
    value = json.dumps(json.dumps(conversation))
    page.context.add_init_script(
        f"if (location.origin === {json.dumps(SITE)}) localStorage.setItem({key}, {value});"
    )


def in_widget(page, expression: str) -> Any:
    """Evaluates ``expression`` with ``root`` bound to the widget's shadow root."""
    return page.evaluate(
        f"() => {{ const root = document.querySelector('renee-chat').shadowRoot; "
        f"return {expression}; }}"
    )


def serious_violations(page) -> list:
    """axe-core's serious and critical findings on the page as it is now."""
    if not page.evaluate("() => !!window.axe"):
        page.add_script_tag(path=str(AXE_JS))
    found = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".filter(v => ['serious', 'critical'].includes(v.impact))"
        ".map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target)}))"
    )
    return found


class Site:
    """Pages served from 127.0.0.1 on a port of their own: another origin than the bot's."""

    def __init__(self) -> None:
        self.pages: Dict[str, str] = {}
        pages = self.pages

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                body = pages.get(self.path.split("?")[0])
                data = (body or "not found").encode("utf-8")
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def add(self, path: str, body: str) -> str:
        self.pages[path] = body
        return self.base + path

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
