"""Practice settings (links, contact details, privacy, crisis numbers).

Defaults live in ``settings.default.yml`` beside this module and are clearly marked
example values. A local YAML file (``CHATBOT_SETTINGS``, default ``settings.local.yml``
at the repository root) and ``PRACTICE_<KEY>`` environment variables override them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Dict, Mapping

import yaml

from chatbot.home import local_settings_path
from chatbot.practice.file_backed import FileBacked

DEFAULTS_PATH = Path(__file__).parent / "settings.default.yml"


def _merge(base: Dict[str, Any], override: Mapping[str, Any]) -> Dict[str, Any]:
    merged = dict(base)
    for key, value in (override or {}).items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def load_settings(environ: Mapping[str, str] | None = None) -> Dict[str, Dict[str, Any]]:
    """Defaults, then the local file, then ``PRACTICE_<KEY>`` variables (flat keys)."""
    environ = os.environ if environ is None else environ
    settings = yaml.safe_load(DEFAULTS_PATH.read_text(encoding="utf-8"))
    local = local_settings_path(environ)
    if local.is_file():
        settings = _merge(settings, yaml.safe_load(local.read_text(encoding="utf-8")) or {})
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
    return settings


def _paths() -> tuple:
    return DEFAULTS_PATH, local_settings_path()


settings = FileBacked(load_settings, _paths)
"""The process-wide settings: read once, and again when a settings file is edited."""
