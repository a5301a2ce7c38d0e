"""What is missing or still an example in the practice settings and the environment.

``problems(settings, env)`` is printed by ``make run`` at start-up. An ``error`` makes the
bot unusable (e.g. a crisis reply without a crisis line), so the run stops; a
``warning`` is something a real practice must replace (the example.com links of
settings.default.yml) or may have set by mistake.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Any, Iterator, List, Mapping
from urllib.parse import urlsplit

ERROR, WARNING = "error", "warning"
# RFC 2606 names reserved for examples: never a real practice's address.
EXAMPLE_DOMAINS = ("example.com", "example.org", "example.net")
MIN_TOKEN_LENGTH = 16
WHERE = "settings.local.yml (or PRACTICE_<KEY> variables)"


@dataclass(frozen=True)
class Problem:
    level: str
    text: str

    def __str__(self) -> str:
        return f"{self.level}: {self.text}"


def _is_example(value: Any) -> bool:
    if not isinstance(value, str) or not value:
        return False
    host = urlsplit(value).hostname if "://" in value else value.rpartition("@")[2]
    host = (host or "").lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in EXAMPLE_DOMAINS)


def _is_http(value: Any) -> bool:
    return urlsplit(str(value)).scheme in ("http", "https")


def _settings_problems(settings: Mapping[str, Mapping[str, Any]]) -> Iterator[Problem]:
    links = settings.get("links") or {}
    contact = settings.get("contact") or {}
    crisis = settings.get("crisis") or {}
    privacy = settings.get("privacy") or {}
    for section, values in (("links", links), ("contact", contact)):
        for key, value in values.items():
            where = f"set it in settings.local.yml or PRACTICE_{key.upper()}"
            if _is_example(value):
                yield Problem(WARNING, f"{section}.{key} is an example value ({value}): {where}")
            elif section == "links" and value and not _is_http(value):
                yield Problem(
                    WARNING, f"{section}.{key} is not an http(s) link ({value!r}): {where}"
                )
    reachable = any(contact.get(k) for k in ("email", "phone")) or links.get("contact_url")
    if not reachable and not links.get("booking_url"):
        yield Problem(ERROR, "no way to reach Renée: set contact.email, contact.phone, "
                             f"links.contact_url or links.booking_url in {WHERE}")  # fmt: skip
    elif not reachable:
        yield Problem(WARNING, 'no contact details: "talk to Renée" only gives the booking link')
    elif not links.get("booking_url"):
        yield Problem(WARNING, "links.booking_url is empty: booking answers give no link")
    for key in ("crisis_line", "crisis_line_es", "emergency_number"):
        if not str(crisis.get(key) or "").strip():
            yield Problem(ERROR, f"crisis.{key} is empty: the safety replies need it")
    days = privacy.get("retention_days")
    if isinstance(days, bool) or not isinstance(days, int) or days < 1:
        yield Problem(WARNING, f"privacy.retention_days should be a whole number of days, "
                               f"not {days!r}")  # fmt: skip


def _is_loopback(interface: str) -> bool:
    if interface == "localhost":
        return True
    try:
        return ipaddress.ip_address(interface).is_loopback
    except ValueError:
        return False


def _env_problems(env: Mapping[str, str]) -> Iterator[Problem]:
    token = env.get("CHATBOT_API_TOKEN")
    if token and len(token) < MIN_TOKEN_LENGTH:
        yield Problem(WARNING, f"CHATBOT_API_TOKEN is shorter than {MIN_TOKEN_LENGTH} "
                               "characters: easy to guess")  # fmt: skip
    interface = env.get("RASA_INTERFACE", "127.0.0.1")
    if not _is_loopback(interface):
        yield Problem(WARNING, f"RASA_INTERFACE={interface}: the Rasa server is reachable from "
                               "other machines; put it behind an HTTPS reverse proxy")  # fmt: skip


def problems(settings: Mapping[str, Mapping[str, Any]], env: Mapping[str, str]) -> List[Problem]:
    """Errors first, then warnings, each in the order of the settings file."""
    found = [*_settings_problems(settings), *_env_problems(env)]
    return [p for p in found if p.level == ERROR] + [p for p in found if p.level != ERROR]
