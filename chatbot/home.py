"""Where the bot's own files are, outside the package: ``domain.yml``, ``config.yml``,
``settings.local.yml`` and the var directory (conversations, the API token, generated files, backups).

``CHATBOT_HOME`` names that directory; by default it is the one holding the ``chatbot``
package (the checkout that ``make run`` and the systemd units run in). ``CHATBOT_VAR_DIR``
names the var directory (default ``<home>/var``). The rest of the runtime asks here and
never works out a path from its own file's place.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Mapping, Optional

PACKAGE_PARENT = Path(__file__).resolve().parent.parent


def _env(env: Optional[Mapping[str, str]]) -> Mapping[str, str]:
    return os.environ if env is None else env


def home(env: Optional[Mapping[str, str]] = None) -> Path:
    return Path(_env(env).get("CHATBOT_HOME") or PACKAGE_PARENT)


def domain_path(env: Optional[Mapping[str, str]] = None) -> Path:
    return home(env) / "domain.yml"


def config_path(env: Optional[Mapping[str, str]] = None) -> Path:
    return home(env) / "config.yml"


def local_settings_path(env: Optional[Mapping[str, str]] = None) -> Path:
    return Path(_env(env).get("CHATBOT_SETTINGS") or home(env) / "settings.local.yml")


def var_dir(env: Optional[Mapping[str, str]] = None) -> Path:
    return Path(_env(env).get("CHATBOT_VAR_DIR") or home(env) / "var").resolve()
