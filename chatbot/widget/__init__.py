"""The web chat widget's static files, ready to serve (gzip and ETag computed once).

Only the files named in ``FILES`` are served: a request can never reach another path.
``widget.js`` gets the practice's contact line from settings baked in, so the
"can't reach the assistant" message can name a way to reach Renée without a request.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Mapping, Optional

HERE = Path(__file__).parent
FILES = {
    "widget.js": "text/javascript; charset=utf-8",
    "demo.html": "text/html; charset=utf-8",
}
DEFAULTS_MARK = "/*SERVER_DEFAULTS*/{}"


@dataclass(frozen=True)
class Asset:
    body: bytes
    gzipped: bytes
    etag: str
    content_type: str


def contact_line(settings: Mapping[str, Mapping[str, object]]) -> str:
    contact, links = settings.get("contact") or {}, settings.get("links") or {}
    ways = [str(v) for v in (contact.get("email"), contact.get("phone")) if v]
    ways += [str(links["contact_url"])] if links.get("contact_url") else []
    return " or ".join(ways)


def _defaults() -> dict:
    try:
        from chatbot.settings import settings

        return {"contact": contact_line(settings())}
    except Exception:  # settings are optional for serving a file
        return {}


@cache
def asset(name: str) -> Optional[Asset]:
    if name not in FILES:
        return None
    text = (HERE / name).read_text(encoding="utf-8")
    if name == "widget.js":
        # JSON is valid JS; "</" escaped so the value can never close a <script>.
        text = text.replace(DEFAULTS_MARK, json.dumps(_defaults()).replace("</", "<\\/"), 1)
    body = text.encode("utf-8")
    etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
    return Asset(body, gzip.compress(body, 9, mtime=0), etag, FILES[name])
