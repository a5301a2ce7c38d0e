"""chatbot.home: the one place the runtime learns where its own files are."""

from __future__ import annotations

from chatbot import home
from chatbot.practice.settings import load_settings
from scripts import servers


def test_by_default_the_checkout_holds_the_files():
    assert home.home({}) == servers.ROOT
    assert home.domain_path({}) == servers.ROOT / "domain.yml"
    assert home.local_settings_path({}) == servers.ROOT / "settings.local.yml"
    assert home.var_dir({}) == servers.ROOT / "var"


def test_another_home_moves_every_file(tmp_path):
    env = {"CHATBOT_HOME": str(tmp_path)}
    assert home.domain_path(env) == tmp_path / "domain.yml"
    assert home.local_settings_path(env) == tmp_path / "settings.local.yml"
    assert home.var_dir(env) == tmp_path.resolve() / "var"
    (tmp_path / "settings.local.yml").write_text("contact:\n  phone: '+1 555 0100'\n")
    assert load_settings(env).contact.phone == "+1 555 0100"


def test_the_var_dir_and_the_settings_file_can_each_be_elsewhere(tmp_path):
    env = {"CHATBOT_VAR_DIR": str(tmp_path / "data"), "CHATBOT_SETTINGS": str(tmp_path / "s.yml")}
    assert home.var_dir(env) == (tmp_path / "data").resolve()
    assert home.local_settings_path(env) == tmp_path / "s.yml"
