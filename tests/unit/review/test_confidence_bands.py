"""The review's confidence bands beside the bot's own fallback line in config.yml."""

import pytest
from rasa.shared.utils.io import read_model_configuration

from chatbot.home import config_path
from chatbot.review import plain, summary


def test_the_review_reads_the_fallback_line_rasa_trains_with():
    pipeline = read_model_configuration(config_path())["pipeline"]
    fallback = next(c for c in pipeline if c["name"] == "FallbackClassifier")
    assert summary.fallback_threshold() == fallback["threshold"]


def test_the_bands_lie_above_the_fallback_line():
    assert summary.fallback_threshold() < summary.LOW_CONFIDENCE < summary.SURE_CONFIDENCE
    assert plain.confidence_word(summary.SURE_CONFIDENCE) == "sure"
    assert plain.confidence_word(summary.LOW_CONFIDENCE) == "fairly sure"
    assert plain.confidence_word(summary.fallback_threshold()) == "unsure"


def test_a_config_without_the_fallback_classifier_is_named(tmp_path):
    config = tmp_path / "config.yml"
    config.write_text("pipeline:\n  - name: SpacyNLP\n", encoding="utf-8")
    with pytest.raises(ValueError, match="FallbackClassifier"):
        summary.fallback_threshold(config)
