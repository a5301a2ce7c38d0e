"""Which web pages may talk to the bot: one rule for the HTTP API's CORS headers
(``make run`` passes it to Rasa's ``--cors``) and for the web chat's socket, whose origin
browsers do not check themselves.

Allowed origins, first one set wins: ``allowed_origins`` in credentials.yml (the socket
only), then ``CHATBOT_CORS`` (space-separated), then ``server.cors`` in the practice
settings. With none of them, the socket allows the practice's own site (the origins of
``server.site_url`` and of the ``links`` URLs) and localhost on any port, and the HTTP API
sends no CORS header. "*" allows every origin.
"""

from __future__ import annotations

import logging
import os
from typing import Any, Callable, Dict, Iterable, List, Optional, Text
from urllib.parse import urlsplit

from chatbot.practice.settings import Settings, settings
from chatbot.server.endpoints import LOCAL_HOSTS

logger = logging.getLogger(__name__)


def _origin(url: str) -> Optional[str]:
    parts = urlsplit(str(url).strip())
    if parts.scheme in ("http", "https") and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}".lower()
    return None


def _as_list(value: Any) -> List[str]:
    if not value:
        return []
    return value.split() if isinstance(value, str) else [str(v) for v in value]


def configured_origins(credentials: Optional[Dict[Text, Any]] = None) -> Optional[List[str]]:
    """The explicitly configured origins, or None when nothing is configured."""
    if (credentials or {}).get("allowed_origins"):
        return _as_list(credentials["allowed_origins"])
    if os.environ.get("CHATBOT_CORS"):
        return _as_list(os.environ["CHATBOT_CORS"])
    practice = _settings()
    return _as_list(practice.server.cors if practice else "") or None


def default_origins() -> List[str]:
    """The practice's site, from settings (localhost is always added by the check)."""
    practice = _settings()
    if practice is None:
        return []
    urls = [practice.server.site_url, *(url for _, url in practice.links.items())]
    return sorted({o for o in map(_origin, filter(None, urls)) if o})


def _settings() -> Optional[Settings]:
    try:
        return settings()
    except Exception:  # a broken settings file must not take the chat down
        logger.exception("could not read the practice settings")
        return None


def origin_checker(allowed: Iterable[str], allow_localhost: bool) -> Callable[..., bool]:
    allowed = {o.rstrip("/").lower() for o in allowed}

    def check(origin: Optional[str], environ: Optional[Dict[str, Any]] = None) -> bool:
        if not origin or "*" in allowed:
            return True
        origin = origin.lower()
        parts = urlsplit(origin)
        if origin in allowed or (allow_localhost and parts.hostname in LOCAL_HOSTS):
            return True
        host = (environ or {}).get("HTTP_HOST")  # the bot's own pages (demo) are same-origin
        return bool(host) and parts.netloc == host.lower()

    return check
