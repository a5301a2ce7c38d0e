"""Gate on the condition recogniser's evaluation set (prints the full report)."""

import pytest

from tools.evaluate_conditions import (
    MAX_FALSE_MATCH,
    MIN_RECALL,
    evaluate,
    format_report,
    load_items,
    matcher_finder,
)


@pytest.fixture(scope="session")
def condition_report():
    from chatbot.nlu.conditions import ConditionMatcher
    from chatbot.practice.knowledge import knowledge

    items = load_items()
    report = evaluate(matcher_finder(ConditionMatcher(knowledge())), items)
    print("\n" + format_report(report, len(items)))
    return report


def test_eval_set_shape():
    items = load_items()
    tags = [i["tag"] for i in items]
    assert len(items) >= 300
    assert tags.count("none") >= 20
    assert sum(1 for i in items if len(i["expect"]) >= 2) >= 20
    assert sum(1 for i in items if i.get("unlisted") and not i["expect"]) >= 60
    counts = {}
    for item in items:
        for cid in item["expect"]:
            counts[cid] = counts.get(cid, 0) + 1
    from chatbot.practice.knowledge import knowledge

    assert {c.id: counts.get(c.id, 0) >= 6 for c in knowledge().conditions} == {
        c.id: True for c in knowledge().conditions
    }


def test_condition_recall(condition_report):
    assert condition_report.recall >= MIN_RECALL


def test_condition_false_match_rate(condition_report):
    assert condition_report.false_match_rate <= MAX_FALSE_MATCH


def test_visitor_turns_become_items(tmp_path):
    from tools.evaluate_conditions import visitor_items

    path = tmp_path / "visitors.yml"
    path.write_text(
        "conversations:\n"
        "  - id: a\n"
        "    turns:\n"
        "      - {say: 'my knee was replaced', expect: [condition:surgery_recovery]}\n"
        "      - {say: 'price?', expect: [faq:price]}\n"
        "      - {say: 'achilles tendinitis', expect: ['unlisted:Achilles tendinitis']}\n"
    )
    items = visitor_items(path)
    assert [(i["tag"], i["expect"], i["unlisted"]) for i in items] == [
        ("listed", ["surgery_recovery"], []),
        ("unlisted", [], ["Achilles tendinitis"]),
    ]

    def find(text):
        return ({"surgery_recovery"}, set()) if "knee" in text else (set(), {"tendonitis"})

    report = evaluate(find, items)
    # a blind set's free-text unlisted name counts when any unlisted condition is found
    assert (report.recall, report.unlisted_hit, report.unlisted_total) == (1.0, 1, 1)
