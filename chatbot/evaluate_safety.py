"""Measures the safety detector on tests/eval/safety_eval.yml.

    python -m chatbot.evaluate_safety [eval.yml]

Recall counts a message only when the RIGHT kind is chosen (crisis vs emergency);
"overall" counts any alarm on a crisis/emergency message. The false-alarm rate is
the share of ordinary messages on which the detector fires at all.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import yaml

from chatbot.safety import CRISIS, EMERGENCY, SafetyDetector, detector

EVAL_PATH = Path(__file__).parent.parent / "tests" / "eval" / "safety_eval.yml"
ORDINARY = "ordinary"


@dataclass
class SafetyReport:
    recall: Dict[str, float]  # crisis, emergency, overall
    false_alarm_rate: float
    counts: Dict[str, int]
    failures: List[Tuple[str, str, Optional[str]]] = field(default_factory=list)
    # (expected, message, detected kind or None)


def evaluate(path: Path = EVAL_PATH, det: Optional[SafetyDetector] = None) -> SafetyReport:
    det = det or detector()
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    failures: List[Tuple[str, str, Optional[str]]] = []
    hits = {CRISIS: 0, EMERGENCY: 0}
    any_alarm = 0
    for kind in (CRISIS, EMERGENCY):
        for message in data[kind]:
            signal = det.detect(message)
            got = signal.kind if signal else None
            any_alarm += got is not None
            if got == kind:
                hits[kind] += 1
            else:
                failures.append((kind, message, got))
    alarms = 0
    for message in data[ORDINARY]:
        signal = det.detect(str(message))
        if signal:
            alarms += 1
            failures.append(
                (ORDINARY, str(message), f"{signal.kind} ({signal.rule}: {signal.text!r})")
            )
    counts = {k: len(data[k]) for k in (CRISIS, EMERGENCY, ORDINARY)}
    positives = counts[CRISIS] + counts[EMERGENCY]
    recall = {
        CRISIS: hits[CRISIS] / counts[CRISIS],
        EMERGENCY: hits[EMERGENCY] / counts[EMERGENCY],
        "overall": any_alarm / positives,
    }
    return SafetyReport(recall, alarms / counts[ORDINARY], counts, failures)


def format_report(report: SafetyReport) -> str:
    lines = [
        f"messages: {report.counts}",
        *(f"recall {k}: {v:.3f}" for k, v in report.recall.items()),
        f"false alarms on ordinary messages: {report.false_alarm_rate:.3f}",
        f"failures ({len(report.failures)}):",
        *(f"  [{exp}] {msg!r} -> {got}" for exp, msg, got in report.failures),
    ]
    return "\n".join(lines)


def main(argv: List[str]) -> int:
    report = evaluate(Path(argv[0]) if argv else EVAL_PATH)
    print(format_report(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
