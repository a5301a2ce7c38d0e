"""The training patches of ``chatbot.server.rasa_patches``, on Rasa's own training code.

A small bot (three intents, one rule) is trained for real where a patch changes what a
training does; the others are checked on the functions they replace.
"""

import contextlib
import os
import sqlite3

import pytest
import rasa.shared.utils.validation as validation
from jsonschema.validators import validator_for
from rasa.shared.exceptions import SchemaValidationError
from rasa.shared.importers import utils
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data import loading
from rasa.shared.nlu.training_data.message import Message

from chatbot.server import rasa_patches


@pytest.fixture(scope="module", autouse=True)
def patched():
    return rasa_patches.apply()


NLU = """version: "3.1"
nlu:
- intent: greet
  examples: |
    - hello
    - hi there
    - good morning
- intent: bye
  examples: |
    - goodbye
    - see you later
    - bye bye
- intent: ask_condition
  examples: |
    - do you help with [sciatica](condition)
    - is [fibromyalgia]{"entity": "condition"} on the list
    - what about [migraines](condition)
"""


@pytest.fixture
def nlu_file(tmp_path):
    path = tmp_path / "nlu.yml"
    path.write_text(NLU, encoding="utf-8")
    return path


def _count_calls(monkeypatch, owner, name):
    calls = []
    original = getattr(owner, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


# --- training_data_schema_checked_once ----------------------------------------------------


def test_an_entity_schema_is_checked_once_not_per_example(nlu_file, monkeypatch):
    from rasa.shared.nlu.training_data.schemas.data_schema import entity_dict_schema

    cls = validator_for(entity_dict_schema())
    check_schema = cls.check_schema
    checks = []
    monkeypatch.setattr(cls, "check_schema", classmethod(
        lambda c, *a, **k: checks.append(1) or check_schema(*a, **k)))  # fmt: skip
    for _ in range(3):
        loading.load_data(str(nlu_file), "en")
    assert len(checks) <= 1  # the first build in this process, if no test built it yet


def test_an_invalid_entity_is_refused_with_rasa_message(tmp_path):
    path = tmp_path / "bad.yml"
    path.write_text(NLU.replace('{"entity": "condition"}', '{"entity": 5}'), encoding="utf-8")
    with pytest.raises(SchemaValidationError, match="Failed to validate data") as refused:
        loading.load_data(str(path), "en")
    assert "5 is not of type 'string'" in str(refused.value)


def test_the_error_is_the_best_match_as_jsonschema_raises_it():
    schema = {"type": "object", "properties": {"entity": {"type": "string"}, "role": {"type": "string"}},
              "required": ["entity"]}  # fmt: skip
    from jsonschema import ValidationError, validate

    with pytest.raises(ValidationError) as expected:
        validate({"role": 1}, schema)
    with pytest.raises(SchemaValidationError) as raised:
        validation.validate_training_data({"role": 1}, schema)
    assert str(expected.value.message) in str(raised.value)


# --- training_files_read_once -------------------------------------------------------------


def test_an_unchanged_file_is_parsed_once_and_each_caller_gets_its_own_copy(nlu_file, monkeypatch):
    reads = _count_calls(monkeypatch, loading, "load_data")
    first = utils.training_data_from_paths([str(nlu_file)], "en")
    second = utils.training_data_from_paths([str(nlu_file)], "en")
    assert len(reads) == 1
    assert [m.get(TEXT) for m in first.training_examples] == [
        m.get(TEXT) for m in second.training_examples
    ]
    first.training_examples[0].set(INTENT, "changed")
    assert second.training_examples[0].get(INTENT) == "greet"
    third = utils.training_data_from_paths([str(nlu_file)], "en")
    assert third.training_examples[0].get(INTENT) == "greet"


def test_a_changed_file_is_parsed_again(nlu_file, monkeypatch):
    reads = _count_calls(monkeypatch, loading, "load_data")
    assert "hello" in {
        m.get(TEXT) for m in utils.training_data_from_paths([str(nlu_file)], "en").intent_examples
    }
    nlu_file.write_text(NLU.replace("- hello", "- hello again"), encoding="utf-8")
    stat = nlu_file.stat()
    os.utime(nlu_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    texts = {
        m.get(TEXT) for m in utils.training_data_from_paths([str(nlu_file)], "en").intent_examples
    }
    assert "hello again" in texts and "hello" not in texts
    assert len(reads) == 2


def test_responses_are_not_shared_between_callers(tmp_path):
    path = tmp_path / "responses.yml"
    path.write_text(
        NLU
        + """- intent: chitchat/ask_name
  examples: |
    - what is your name
responses:
  utter_chitchat/ask_name:
  - text: I am the practice's assistant.
""",
        encoding="utf-8",
    )
    first = utils.training_data_from_paths([str(path)], "en")
    first.responses["utter_chitchat/ask_name"][0]["text"] = "changed"
    second = utils.training_data_from_paths([str(path)], "en")
    assert (
        second.responses["utter_chitchat/ask_name"][0]["text"] == "I am the practice's assistant."
    )


# --- unchanged_messages_keep_their_fingerprint --------------------------------------------


def test_setting_the_same_value_keeps_the_fingerprint():
    message = Message(data={TEXT: "hello", INTENT: "greet"})
    fingerprint = message.fingerprint()
    message.set(INTENT, message.get(INTENT))
    assert message._cached_fingerprint == fingerprint


def test_a_list_changed_in_place_and_set_again_changes_the_fingerprint():
    message = Message(data={TEXT: "hello", "entities": []})
    fingerprint = message.fingerprint()
    message.get("entities").append({"entity": "condition", "value": "migraine"})
    message.set("entities", message.get("entities"))
    assert message.fingerprint() != fingerprint


def test_setting_a_new_value_changes_the_fingerprint():
    message = Message(data={TEXT: "hello", INTENT: "greet"})
    fingerprint = message.fingerprint()
    message.set(INTENT, "bye")
    assert message.fingerprint() != fingerprint
    message.set(TEXT, message.get(TEXT), add_to_output=True)  # not yet an output property
    assert TEXT in message.output_properties


# --- forced_training_caches_nothing -------------------------------------------------------

CONFIG = """recipe: default.v1
assistant_id: tiny
language: en
pipeline:
  - name: WhitespaceTokenizer
  - name: CountVectorsFeaturizer
  - name: LogisticRegressionClassifier
policies:
  - name: RulePolicy
"""

DOMAIN = """version: "3.1"
intents: [greet, bye, ask_condition]
entities: [condition]
responses:
  utter_greet:
  - text: Hello!
"""

RULES = """version: "3.1"
rules:
- rule: greet
  steps:
  - intent: greet
  - action: utter_greet
"""


def _train(project, force):
    from rasa.model_training import train

    result = train(str(project / "domain.yml"), str(project / "config.yml"), [str(project / "data")],
                   output=str(project / "models"), force_training=force)  # fmt: skip
    assert result.code == 0 and os.path.isfile(result.model)


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "nlu.yml").write_text(NLU, encoding="utf-8")
    (tmp_path / "data" / "rules.yml").write_text(RULES, encoding="utf-8")
    (tmp_path / "config.yml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "domain.yml").write_text(DOMAIN, encoding="utf-8")
    monkeypatch.setenv("RASA_CACHE_DIRECTORY", str(tmp_path / "cache"))
    return tmp_path


def _cache_entries(project):
    """Rows of Rasa's training cache: a fingerprinted output each."""
    database = project / "cache" / "cache.db"
    if not database.exists():
        return 0
    with contextlib.closing(sqlite3.connect(database)) as connection:
        return connection.execute("SELECT count(*) FROM cache_entry").fetchone()[0]


def test_a_forced_training_caches_nothing(project):
    _train(project, force=True)
    assert _cache_entries(project) == 0


def test_an_unforced_training_still_caches(project):
    _train(project, force=False)
    assert _cache_entries(project) > 0
