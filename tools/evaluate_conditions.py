"""Scores the condition recogniser on tests/eval/conditions_eval.yml.

    python -m tools.evaluate_conditions [path/to/eval.yml]
    python -m tools.evaluate_conditions --visitors [tests/eval/blind/visitors.yml]

``--visitors`` scores the recogniser alone on the condition/unlisted turns of a blind
conversation set (labels ``condition:<id>`` and ``unlisted:<name>``); turns that name the
condition only through earlier context count as misses. Reports per-condition recall, micro precision/recall over listed conditions, the
false-match rate (share of messages naming only unlisted conditions, or none, for
which any listed condition was found), unlisted recall (informational) and every
failed message.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Set, Tuple

import yaml

ROOT = Path(__file__).resolve().parent.parent
EVAL_PATH = ROOT / "tests" / "eval" / "conditions_eval.yml"
VISITORS_PATH = ROOT / "tests" / "eval" / "blind" / "visitors.yml"
MIN_RECALL = 0.95
MAX_FALSE_MATCH = 0.03

# find(text) -> (listed condition ids, unlisted names)
Finder = Callable[[str], Tuple[Set[str], Set[str]]]


@dataclass
class Report:
    per_condition: Dict[str, Tuple[int, int]] = field(default_factory=dict)  # hit, total
    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_matches: int = 0
    negatives: int = 0  # messages that name no listed condition
    unlisted_hit: int = 0
    unlisted_total: int = 0
    failures: List[Tuple[str, List[str], List[str]]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def false_match_rate(self) -> float:
        return self.false_matches / self.negatives if self.negatives else 0.0


def load_items(path: Optional[Path] = None) -> List[dict]:
    with Path(path or EVAL_PATH).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)["items"]


def visitor_items(path: Optional[Path] = None) -> List[dict]:
    """The turns of a blind conversation set that name a condition, as eval items."""
    with Path(path or VISITORS_PATH).open(encoding="utf-8") as handle:
        conversations = yaml.safe_load(handle)["conversations"]
    items = []
    for conv in conversations:
        for turn in conv["turns"]:
            labels = [str(label) for label in turn["expect"]]
            listed = [lb.split(":", 1)[1] for lb in labels if lb.startswith("condition:")]
            unlisted = [lb.split(":", 1)[1] for lb in labels if lb.startswith("unlisted:")]
            if listed or unlisted:
                tag = "unlisted" if unlisted and not listed else "listed"
                items.append(
                    {"tag": tag, "expect": listed, "unlisted": unlisted, "any_unlisted": True,
                     "text": turn["say"]}
                )  # fmt: skip
    return items


def matcher_finder(matcher) -> Finder:
    def find(text: str) -> Tuple[Set[str], Set[str]]:
        matches = matcher.find(text)
        listed = {m.value for m in matches if m.condition_id}
        return listed, {m.value for m in matches if not m.condition_id}

    return find


def evaluate(find: Finder, items: Sequence[dict]) -> Report:
    report = Report()
    hits: Counter = Counter()
    totals: Counter = Counter()
    for item in items:
        expected = set(item.get("expect") or ())
        got, unlisted = find(item["text"])
        report.tp += len(got & expected)
        report.fp += len(got - expected)
        report.fn += len(expected - got)
        for cid in expected:
            totals[cid] += 1
            hits[cid] += cid in got
        if not expected:
            report.negatives += 1
            report.false_matches += bool(got)
        wanted = {u.lower() for u in item.get("unlisted") or ()}
        report.unlisted_total += len(wanted)
        if item.get("any_unlisted"):
            # Blind sets name an unlisted condition freely ("Achilles tendinitis"):
            # an unlisted mention counts, whatever its canonical name.
            report.unlisted_hit += min(len(wanted), len(unlisted))
        else:
            report.unlisted_hit += len(wanted & unlisted)
        if got != expected:
            report.failures.append((item["text"], sorted(expected), sorted(got)))
    report.per_condition = {cid: (hits[cid], totals[cid]) for cid in sorted(totals)}
    return report


def format_report(report: Report, items: int) -> str:
    lines = [f"condition recogniser on {items} messages"]
    for cid, (hit, total) in report.per_condition.items():
        flag = "" if hit == total else "   <"
        lines.append(f"  {cid:32s} recall {hit}/{total} = {hit / total:.2f}{flag}")
    lines += [
        f"micro precision  {report.precision:.3f}  (tp {report.tp}, fp {report.fp})",
        f"micro recall     {report.recall:.3f}  (fn {report.fn})",
        f"false-match rate {report.false_match_rate:.3f}  "
        f"({report.false_matches}/{report.negatives} unlisted/no-condition messages)",
        f"unlisted recall  {report.unlisted_hit}/{report.unlisted_total} (informational)",
        f"failed messages  {len(report.failures)}",
    ]
    lines += [f"  expected {e} got {g}: {t!r}" for t, e, g in report.failures]
    return "\n".join(lines)


def main(argv: List[str]) -> int:
    from chatbot.nlu.conditions import ConditionMatcher
    from chatbot.practice.knowledge import knowledge

    if argv[:1] == ["--visitors"]:
        items = visitor_items(Path(argv[1]) if argv[1:] else None)
    else:
        items = load_items(Path(argv[0]) if argv else None)
    report = evaluate(matcher_finder(ConditionMatcher(knowledge())), items)
    print(format_report(report, len(items)))
    ok = report.recall >= MIN_RECALL and report.false_match_rate <= MAX_FALSE_MATCH
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
