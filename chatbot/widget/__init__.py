"""The web chat widget's static files, ready to serve (gzip and ETag computed once).

Only the files named in ``FILES`` are served: a request can never reach another path.
``widget.js`` gets the practice's contact line from settings baked in, so the
"can't reach the assistant" message can name a way to reach Renée without a request, and
the ``widget`` section's brand colour and starter buttons (English and Spanish).
"""

from __future__ import annotations

import gzip
import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, List, Optional, Sequence

if TYPE_CHECKING:
    from chatbot.practice.settings import Settings

HERE = Path(__file__).parent
FILES = {
    "widget.js": "text/javascript; charset=utf-8",
    "demo.html": "text/html; charset=utf-8",
}
DEFAULTS_MARK = "/*SERVER_DEFAULTS*/{}"
CODE_START = "(function () {"
MAX_GZIPPED = 8192  # widget.js as sites download it


@dataclass(frozen=True)
class Asset:
    body: bytes
    gzipped: bytes
    etag: str
    content_type: str


def contact_line(settings: Settings) -> str:
    ways = (settings.contact.email, settings.contact.phone, settings.links.contact_url)
    return " or ".join(w for w in ways if w)


def _defaults() -> dict:
    try:
        from chatbot.practice.settings import settings

        practice = settings()
    except Exception:  # settings are optional for serving a file
        return {}
    widget = practice.widget
    return {
        "contact": contact_line(practice),
        "color": widget.color,
        "starters": {"en": _texts(widget.starters), "es": _texts(widget.starters_es)},
    }


def _texts(questions: Sequence[str]) -> List[str]:
    """Starter questions, blank ones left out."""
    return [q.strip() for q in questions if q.strip()]


@cache
def asset(name: str) -> Optional[Asset]:
    if name not in FILES:
        return None
    text = (HERE / name).read_text(encoding="utf-8")
    if name == "widget.js":
        # JSON is valid JS; "</" escaped so the value can never close a <script>.
        defaults = json.dumps(_defaults(), ensure_ascii=False).replace("</", "<\\/")
        text = text.replace(DEFAULTS_MARK, defaults, 1)
        # The header comment is for readers of the source: sites download the code only.
        text = text[text.index(CODE_START) :]
    body = text.encode("utf-8")
    etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
    return Asset(body, gzip.compress(body, 9, mtime=0), etag, FILES[name])
