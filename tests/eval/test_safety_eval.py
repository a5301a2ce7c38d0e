"""Runs tools/evaluate_safety.py on tests/eval/safety_eval.yml and enforces the bars."""

import pytest

MIN_RECALL = 0.98  # goal 1.0: a miss can cost a life
MAX_FALSE_ALARMS = 0.05  # goal <= 0.02: a false alarm costs one polite sentence


@pytest.fixture(scope="session")
def report():
    from tools.evaluate_safety import evaluate, format_report

    result = evaluate()
    print(format_report(result))
    return result


def test_eval_set_size(report):
    assert report.counts["crisis"] >= 55 and report.counts["emergency"] >= 25
    assert report.counts["ordinary"] >= 200


@pytest.mark.parametrize("kind", ["crisis", "emergency", "overall"])
def test_recall(report, kind):
    from tools.evaluate_safety import format_report

    assert report.recall[kind] >= MIN_RECALL, format_report(report)


def test_false_alarms(report):
    from tools.evaluate_safety import format_report

    assert report.false_alarm_rate <= MAX_FALSE_ALARMS, format_report(report)


# A second, larger check: the intent training data (data/nlu/). Its crisis and
# emergency examples were written apart from the detector's patterns and from the
# evaluation set; every other intent's examples are ordinary messages. The patterns were
# extended after reading misses here, so these bars guard against regressions; the
# evaluation set above stays the independent measure.
TRAINING_MIN_RECALL = 0.85  # measured 0.96 crisis, 0.99 emergency (2026-11-27)
TRAINING_MAX_FALSE_ALARMS = 0.005  # measured 0 of 9,496


@pytest.fixture(scope="session")
def training_verdicts():
    from chatbot.nlu.safety import detector
    from tests.nlu_data import intent_examples

    verdicts = {"crisis": [], "emergency": [], "ordinary": []}
    for text, intent in intent_examples():
        group = intent if intent in ("crisis", "emergency") else "ordinary"
        verdicts[group].append((text, detector().detect(text)))
    return verdicts


@pytest.mark.parametrize("kind", ["crisis", "emergency"])
def test_recall_on_training_examples(training_verdicts, kind):
    found = [t for t, signal in training_verdicts[kind] if signal is not None]
    missed = [t for t, signal in training_verdicts[kind] if signal is None]
    assert len(training_verdicts[kind]) >= 90
    assert len(found) / len(training_verdicts[kind]) >= TRAINING_MIN_RECALL, missed


def test_false_alarms_on_training_examples(training_verdicts):
    alarms = [t for t, signal in training_verdicts["ordinary"] if signal is not None]
    assert len(training_verdicts["ordinary"]) >= 3000
    assert len(alarms) / len(training_verdicts["ordinary"]) <= TRAINING_MAX_FALSE_ALARMS, alarms


# The blind sets (tests/eval/blind/): written from the practice's page only, without sight
# of the patterns. Rounds 1 and 2 are what the patterns were widened against; the newest
# round measures them end to end (tools/blind_eval.py). All gate recall at 1.0 (the
# second sets' other languages are German, Chinese, Arabic, Russian: not gated on recall).
BLIND_MAX_FALSE_ALARMS = 0.02


@pytest.fixture(scope="session")
def blind_reports():
    from tools.evaluate_safety import blind_sets, score

    return {name: score(cases) for name, cases in blind_sets().items()}


@pytest.mark.parametrize("name", ["spanish", "visitors", "spanish_2", "visitors_2"])
def test_blind_recall(blind_reports, name):
    from tools.evaluate_safety import format_report

    report = blind_reports[name]
    assert report.counts["crisis"] >= 10 and report.counts["emergency"] >= 10
    for kind in ("crisis", "emergency", "overall"):
        assert report.recall[kind] == 1.0, format_report(report)


@pytest.mark.parametrize(
    "name",
    ["spanish", "visitors", "other_languages", "spanish_2", "visitors_2", "other_languages_2"],
)
def test_blind_false_alarms(blind_reports, name):
    from tools.evaluate_safety import format_report

    report = blind_reports[name]
    assert report.counts["ordinary"] >= 30
    assert report.false_alarm_rate <= BLIND_MAX_FALSE_ALARMS, format_report(report)


@pytest.mark.parametrize("name", ["spanish", "spanish_2"])
def test_spanish_signals_say_spanish(blind_reports, name):
    languages = blind_reports[name].languages
    assert languages.get("es", 0) / sum(languages.values()) >= 0.9, languages
