"""Sweeps the fuzzy-matching settings over the evaluation set (not a test).

    python -m tools.threshold_sweep

Items are split in two halves (even/odd positions): choose on "dev", check that
"held-out" agrees. Prints, per setting, micro recall, false-match rate and the
number of fuzzy matches. Only the fuzzy pass depends on these settings.
"""

from __future__ import annotations

import sys
from typing import List

from chatbot.nlu.condition_terms import common_words
from chatbot.nlu.conditions import COMMON_WORD_LOG_PROB, FUZZY_THRESHOLD, ConditionMatcher
from chatbot.practice.knowledge import knowledge
from tools.evaluate_conditions import evaluate, load_items

THRESHOLDS = [60, 65, 70, 75, 78, 80, 82, 84, 86, 88, 90, 92, 95]
LOG_PROBS = [-12.0, -13.0, -14.0, -14.5, -15.0, -16.0]


def _row(matcher: ConditionMatcher, items: List[dict]) -> str:
    fuzzy = 0

    def find(text):
        nonlocal fuzzy
        matches = matcher.find(text)
        fuzzy += sum(m.method == "fuzzy" for m in matches)
        return {m.value for m in matches if m.condition_id}, set()

    dev, held = items[0::2], items[1::2]
    r_dev, r_held = evaluate(find, dev), evaluate(find, held)
    return (
        f"dev recall {r_dev.recall:.3f} false {r_dev.false_match_rate:.3f} fp {r_dev.fp:2d} | "
        f"held-out recall {r_held.recall:.3f} false {r_held.false_match_rate:.3f} "
        f"fp {r_held.fp:2d} | fuzzy matches {fuzzy}"
    )


def main(argv: List[str]) -> int:
    items = load_items()
    matcher = ConditionMatcher(knowledge())
    print(f"fuzzy threshold (common-word log-prob {COMMON_WORD_LOG_PROB}):")
    for threshold in THRESHOLDS:
        matcher.fuzzy_threshold = threshold
        print(f"  {threshold:5.1f}  {_row(matcher, items)}")
    matcher.fuzzy_threshold = FUZZY_THRESHOLD
    print(f"common-word cut-off (fuzzy threshold {matcher.fuzzy_threshold}):")
    for log_prob in LOG_PROBS:
        matcher._common = common_words(log_prob)
        print(f"  {log_prob:5.1f}  {_row(matcher, items)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
