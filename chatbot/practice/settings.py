"""Practice settings (links, contact details, privacy, crisis numbers).

Defaults live in ``settings.default.yml`` beside this module and are clearly marked
example values. A local YAML file (``CHATBOT_SETTINGS``, default ``settings.local.yml``
at the repository root) and ``PRACTICE_<KEY>`` environment variables override them.

Every setting is in ``settings.default.yml``, and the result is checked when it is read
(``SettingsError`` names each problem): no unknown section or key (a misspelt key would
silently keep the example), each value of its default's type, and the values a visitor or
the therapist would meet make sense (links are http(s), an hour is 0-23, a time zone
exists). Whether they are still examples is ``make doctor``'s question.

The checked values become a ``Settings``: one frozen dataclass per section of the default
file, with its keys as fields (``settings.contact.email``). The default file is the one
list of keys; a unit test holds the dataclasses to it.
"""

from __future__ import annotations

import copy
import dataclasses
import difflib
import os
import re
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Tuple
from zoneinfo import ZoneInfo

import yaml

from chatbot.home import local_settings_path
from chatbot.practice.file_backed import FileBacked

DEFAULTS_PATH = Path(__file__).parent / "settings.default.yml"


class _Section:
    def items(self) -> Tuple[Tuple[str, Any], ...]:
        """(key, value) in the order of the default file (the doctor and the origins walk
        every link)."""
        return tuple((f.name, getattr(self, f.name)) for f in dataclasses.fields(self))


@dataclass(frozen=True)
class Links(_Section):
    booking_url: str
    contact_url: str
    blog_url: str
    trauma_touch_url: str


@dataclass(frozen=True)
class Contact(_Section):
    email: str
    phone: str
    response_time: str


@dataclass(frozen=True)
class Privacy(_Section):
    retention_days: int
    redact_contact_details: bool


@dataclass(frozen=True)
class Crisis(_Section):
    crisis_line: str
    crisis_line_es: str
    emergency_number: str


@dataclass(frozen=True)
class Widget(_Section):
    color: str
    starters: Tuple[str, ...]
    starters_es: Tuple[str, ...]


@dataclass(frozen=True)
class Review(_Section):
    time_zone: str
    notify_email: str
    review_url: str
    daily_digest: bool
    digest_hour: int


@dataclass(frozen=True)
class Server(_Section):
    site_url: str
    cors: str


@dataclass(frozen=True)
class Settings:
    links: Links
    contact: Contact
    privacy: Privacy
    crisis: Crisis
    widget: Widget
    review: Review
    server: Server


def section_types() -> Dict[str, type]:
    """Section name -> its dataclass, in the order of ``Settings``' fields."""
    return typing.get_type_hints(Settings)


def _typed(values: Mapping[str, Mapping[str, Any]]) -> Settings:
    """The checked values as a ``Settings`` (lists become tuples: the value is frozen)."""
    sections = {
        name: cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in values[name].items()})
        for name, cls in section_types().items()
    }
    return Settings(**sections)


def _merge(base: Dict[str, Any], override: Mapping[str, Any]) -> Dict[str, Any]:
    merged = dict(base)
    for key, value in (override or {}).items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Defaults, then the local file, then ``PRACTICE_<KEY>`` variables (flat keys)."""
    environ = os.environ if environ is None else environ
    local = local_settings_path(environ)
    override = yaml.safe_load(local.read_text(encoding="utf-8")) if local.is_file() else None
    return from_mapping(override or {}, environ)


def from_mapping(
    override: Mapping[str, Any], environ: Optional[Mapping[str, str]] = None
) -> Settings:
    """The defaults with ``override`` (a local file's content) and ``PRACTICE_<KEY>``
    variables of ``environ`` over them, checked."""
    environ = {} if environ is None else environ
    defaults = _defaults()
    settings = _merge(copy.deepcopy(defaults), override)
    for section in settings.values():
        for key, value in section.items():
            env_value = environ.get(f"PRACTICE_{key.upper()}")
            if env_value is None:
                continue
            if isinstance(value, bool):  # before int: bool is a subclass of int
                section[key] = env_value.strip().lower() in ("1", "true", "yes", "on")
            elif isinstance(value, int):
                section[key] = int(env_value)
            else:
                section[key] = env_value
    for name, section in settings.items():  # `emergency_number: 112` is meant as text
        for key, value in (section.items() if isinstance(section, dict) else ()):
            default = (defaults.get(name) or {}).get(key)
            if isinstance(default, str) and isinstance(value, int) and not isinstance(value, bool):
                section[key] = str(value)
    problems = settings_problems(settings, defaults)
    if problems:
        raise SettingsError("; ".join(problems))
    return _typed(settings)


class SettingsError(ValueError):
    pass


def _defaults() -> Dict[str, Dict[str, Any]]:
    return yaml.safe_load(DEFAULTS_PATH.read_text(encoding="utf-8"))


def _http(value: str) -> bool:
    return re.match(r"https?://[^\s/]+", value) is not None


def _time_zone(value: str) -> bool:
    try:
        ZoneInfo(value)
    except (ValueError, KeyError, OSError):  # not a name, or not a zone this system knows
        return False
    return True


# (section, key) -> a check of a set value, and what it should be.
CHECKS: Dict[tuple, tuple] = {
    ("privacy", "retention_days"): (lambda v: v >= 1, "a whole number of days, at least 1"),
    ("review", "digest_hour"): (lambda v: 0 <= v <= 23, "an hour from 0 to 23"),
    ("review", "time_zone"): (_time_zone, "a time zone such as America/New_York"),
    ("review", "notify_email"): (lambda v: re.fullmatch(r"[^@\s]+@[^@\s]+", v) is not None,
                                 "an e-mail address"),
    ("review", "review_url"): (_http, "an http(s) address"),
    ("widget", "color"): (lambda v: re.fullmatch(r"#[0-9a-fA-F]{6}", v) is not None,
                          "a colour like #2f5d50"),
    ("server", "site_url"): (_http, "an http(s) address"),
}
CHECKED_SECTIONS: Dict[str, tuple] = {"links": (_http, "an http(s) address")}


def _type_name(value: Any) -> str:
    return {bool: "true or false", int: "a whole number", str: "text", list: "a list"}.get(
        type(value), type(value).__name__
    )


def settings_problems(settings: Mapping[str, Any], defaults: Mapping[str, Any]) -> List[str]:
    """What is wrong with ``settings`` beside ``defaults`` (the default file's shape)."""
    found: List[str] = []
    for section, values in settings.items():
        if section not in defaults:
            found.append(f"unknown section {section!r}{_close(section, defaults)}")
            continue
        if not isinstance(values, Mapping):
            found.append(f"{section} should hold keys, not {values!r}")
            continue
        for key, value in values.items():
            where = f"{section}.{key}"
            if key not in defaults[section]:
                found.append(f"unknown setting {where}{_close(key, defaults[section])}")
                continue
            default = defaults[section][key]
            if value is None or type(value) is not type(default) or (
                isinstance(value, list) and not all(isinstance(v, str) for v in value)
            ):
                found.append(f"{where} should be {_type_name(default)}, not {value!r}")
                continue
            check: Optional[tuple] = CHECKS.get((section, key)) or CHECKED_SECTIONS.get(section)
            if check and value != "" and not check[0](value):
                found.append(f"{where} should be {check[1]}, not {value!r}")
    return found


def _close(word: str, known: Mapping[str, Any]) -> str:
    near = difflib.get_close_matches(word, list(known), n=1)
    return f" (did you mean {near[0]!r}?)" if near else ""


def _paths() -> tuple:
    return DEFAULTS_PATH, local_settings_path()


settings = FileBacked(load_settings, _paths)
"""The process-wide settings: read once, and again when a settings file is edited."""
