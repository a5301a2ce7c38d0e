"""The action-response validator is built once and still refuses a bad response."""

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

import chatbot.components  # noqa: F401  (applies the patch, as the Rasa server does)


def _action():
    return RemoteAction("action_answer_faq", EndpointConfig("http://127.0.0.1:1/webhook"))


def test_valid_response_is_accepted():
    good = {"events": [{"event": "slot", "name": "condition", "value": None}],
            "responses": [{"text": "hi", "buttons": []}]}
    assert _action()._validate_action_result(good) is True


def test_invalid_response_is_refused_with_rasa_message():
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        _action()._validate_action_result({"events": "not a list"})


def test_patch_is_applied():
    assert RemoteAction._validator_built_once is True
