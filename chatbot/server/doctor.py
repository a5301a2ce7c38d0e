"""What is missing or still an example in the practice settings and the environment.

``problems(settings, env)`` is printed by ``make run`` at start-up. An ``error`` makes the
bot unusable (e.g. a crisis reply without a crisis line), so the run stops; a
``warning`` is something a real practice must replace (the example.com links of
settings.default.yml) or may have set by mistake. A wrong type, a link that is not
http(s) or an unknown key is refused when the settings are read
(``chatbot.practice.settings``), so it comes here as the error that they cannot be read.

``python -m chatbot.server.doctor`` (``make doctor``) is the check before going online: it also
asks whether the retention job is scheduled, and exits 1 on an error or on a warning marked
``blocking`` (a visitor would meet it: an example link, a channel that cannot answer).
"""

from __future__ import annotations

import ipaddress
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterator, List, Mapping, Optional, Sequence
from urllib.parse import urlsplit

from chatbot.channels.credentials import CHANNELS

if TYPE_CHECKING:
    from chatbot.practice.settings import Settings

ERROR, WARNING = "error", "warning"
# RFC 2606 names reserved for examples: never a real practice's address.
EXAMPLE_DOMAINS = ("example.com", "example.org", "example.net")
MIN_TOKEN_LENGTH = 16
WHERE = "settings.local.yml (or PRACTICE_<KEY> variables)"
PURGE_TIMER = "chatbot-purge.timer"  # deploy/systemd
PURGE_COMMAND = "chatbot.review purge"


@dataclass(frozen=True)
class Problem:
    level: str
    text: str
    blocking: bool = False  # `make doctor` fails on it, `make run` only lists it

    def __str__(self) -> str:
        return f"{self.level}: {self.text}"


def _is_example(value: Any) -> bool:
    if not isinstance(value, str) or not value:
        return False
    host = urlsplit(value).hostname if "://" in value else value.rpartition("@")[2]
    host = (host or "").lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in EXAMPLE_DOMAINS)


def _settings_problems(settings: Settings) -> Iterator[Problem]:
    links, contact, crisis = settings.links, settings.contact, settings.crisis
    for section, values in (("links", links), ("contact", contact)):
        for key, value in values.items():
            where = f"set it in settings.local.yml or PRACTICE_{key.upper()}"
            if _is_example(value):
                yield Problem(
                    WARNING, f"{section}.{key} is an example value ({value}): {where}", True
                )
    reachable = contact.email or contact.phone or links.contact_url
    if not reachable and not links.booking_url:
        yield Problem(ERROR, "no way to reach Renée: set contact.email, contact.phone, "
                             f"links.contact_url or links.booking_url in {WHERE}")  # fmt: skip
    elif not reachable:
        yield Problem(WARNING, 'no contact details: "talk to Renée" only gives the booking link')
    elif not links.booking_url:
        yield Problem(WARNING, "links.booking_url is empty: booking answers give no link")
    for key, value in crisis.items():
        if not value.strip():
            yield Problem(ERROR, f"crisis.{key} is empty: the safety replies need it")
    lines = {"crisis_line": set(re.findall(r"\d{3,}", crisis.crisis_line)),
             "crisis_line_es": set(re.findall(r"\d{3,}", crisis.crisis_line_es))}  # fmt: skip
    if all(lines.values()) and lines["crisis_line"] != lines["crisis_line_es"]:
        yield Problem(WARNING, "crisis.crisis_line and crisis.crisis_line_es name different numbers "
                               f"({', '.join(sorted(lines['crisis_line']))} / "
                               f"{', '.join(sorted(lines['crisis_line_es']))}): change both together", True)  # fmt: skip


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
        if not token:
            yield Problem(WARNING, f"RASA_INTERFACE={interface} without CHATBOT_API_TOKEN: set "
                                   "one so the API is protected by a token you "
                                   "know", True)  # fmt: skip
    yield from _channel_problems(env)


def _channel_problems(env: Mapping[str, str]) -> Iterator[Problem]:
    """A channel with some of its variables set is meant to be on: name what it lacks."""
    for spec in CHANNELS:
        missing = [var for var in spec.required.values() if not env.get(var)]
        if missing and len(missing) < len(spec.required):
            yield Problem(WARNING, f"the {spec.name} channel is off: {', '.join(missing)} "
                                   "not set", True)  # fmt: skip
        elif not missing and spec.name == "twilio" and not env.get("TWILIO_WEBHOOK_URL"):
            # Behind a proxy the request URL is the local one, so no signature would match.
            yield Problem(WARNING, "TWILIO_WEBHOOK_URL is not set: Twilio signs the public "
                                   "webhook URL, so every message would be "
                                   "refused", True)  # fmt: skip


def problems(settings: Settings, env: Mapping[str, str]) -> List[Problem]:
    """Errors first, then warnings, each in the order of the settings file."""
    found = [*_settings_problems(settings), *_env_problems(env)]
    return [p for p in found if p.level == ERROR] + [p for p in found if p.level != ERROR]


Runner = Callable[[Sequence[str]], str]


def _output(cmd: Sequence[str]) -> str:
    if not shutil.which(cmd[0]):
        return ""
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout


def retention_problems(run: Runner = _output) -> List[Problem]:
    """The purge is scheduled when the systemd timer is enabled or a crontab line runs it."""
    if run(["systemctl", "is-enabled", PURGE_TIMER]).strip() == "enabled":
        return []
    if any(
        PURGE_COMMAND in line and not line.lstrip().startswith("#")
        for line in run(["crontab", "-l"]).splitlines()
    ):
        return []
    return [Problem(WARNING, f"no retention job found (neither {PURGE_TIMER} enabled nor a "
                             f"crontab line with '{PURGE_COMMAND}'): old conversations are "
                             "kept past privacy.retention_days")]  # fmt: skip


def main(env: Optional[Mapping[str, str]] = None, run: Runner = _output) -> int:
    from chatbot.practice.settings import load_settings

    env = dict(os.environ) if env is None else env
    try:
        found = problems(load_settings(env), env) + retention_problems(run)
    except Exception as err:  # a broken settings file: the bot cannot answer anything
        found = [Problem(ERROR, f"the practice settings cannot be read: {err}")]
    for problem in found:
        print(("BLOCKING " if problem.blocking else "") + str(problem))
    failed = any(p.level == ERROR or p.blocking for p in found)
    print("Not ready to go online." if failed else "Ready to go online.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
