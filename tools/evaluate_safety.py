"""Measures the safety detector on labelled messages.

    python -m tools.evaluate_safety [eval.yml]     # default: tests/eval/safety_eval.yml
    python -m tools.evaluate_safety --blind        # the blind sets in tests/eval/blind/

Recall counts a message only when the RIGHT kind is chosen (crisis vs emergency; a
message labelled with both needs both); "overall" counts any alarm on a crisis/emergency
message. The false-alarm rate is the share of ordinary messages on which it fires at all.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import yaml

from chatbot.nlu.safety import CRISIS, EMERGENCY, SafetyDetector, detector

EVAL_DIR = Path(__file__).parent.parent / "tests" / "eval"
EVAL_PATH = EVAL_DIR / "safety_eval.yml"
SPANISH_PATH = EVAL_DIR / "blind" / "spanish_safety.yml"
VISITORS_PATH = EVAL_DIR / "blind" / "visitors.yml"
# The second round of blind sets; the patterns were widened against rounds 1 and 2.
SPANISH_2_PATH = EVAL_DIR / "blind" / "spanish_safety_2.yml"
VISITORS_2_PATH = EVAL_DIR / "blind" / "visitors_2.yml"
ORDINARY = "ordinary"
KINDS = (CRISIS, EMERGENCY)

# (message, expected kinds: empty for an ordinary message)
Case = Tuple[str, Tuple[str, ...]]


@dataclass
class SafetyReport:
    recall: Dict[str, float]  # crisis, emergency, overall
    false_alarm_rate: float
    counts: Dict[str, int]
    failures: List[Tuple[str, str, Optional[str]]] = field(default_factory=list)
    # (expected, message, detected kind or None)
    languages: Dict[str, int] = field(default_factory=dict)  # signal language -> count


def score(cases: Iterable[Case], det: Optional[SafetyDetector] = None) -> SafetyReport:
    det = det or detector()
    counts = {CRISIS: 0, EMERGENCY: 0, ORDINARY: 0}
    hits = {CRISIS: 0, EMERGENCY: 0}
    positives = alarmed = alarms = 0
    failures: List[Tuple[str, str, Optional[str]]] = []
    languages: Dict[str, int] = {}
    for message, expected in cases:
        signal = det.detect(str(message))
        if signal is not None:
            languages[signal.language] = languages.get(signal.language, 0) + 1
        if not expected:
            counts[ORDINARY] += 1
            if signal is not None:
                alarms += 1
                got = f"{signal.kind} ({signal.rule}: {signal.text!r})"
                failures.append((ORDINARY, str(message), got))
            continue
        positives += 1
        alarmed += signal is not None
        for kind in expected:
            counts[kind] += 1
            # Found when the reply gives that kind's number: an overdose taken, read as an
            # emergency and a crisis, gives the crisis line after the emergency number.
            found = signal is not None and kind in signal.kinds
            hits[kind] += found
            if not found:
                failures.append((kind, message, signal.kind if signal else None))
    recall = {k: hits[k] / counts[k] if counts[k] else 1.0 for k in KINDS}
    recall["overall"] = alarmed / positives if positives else 1.0
    rate = alarms / counts[ORDINARY] if counts[ORDINARY] else 0.0
    return SafetyReport(recall, rate, counts, failures, languages)


def eval_cases(path: Path = EVAL_PATH) -> List[Case]:
    """tests/eval/safety_eval.yml: lists of crisis, emergency and ordinary messages."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return [(str(m), (k,) if k in KINDS else ()) for k in (*KINDS, ORDINARY) for m in data[k]]


def _expected(expect) -> Tuple[str, ...]:
    values = expect if isinstance(expect, list) else [expect]
    return tuple(k for k in KINDS if k in values)


def spanish_cases(path: Path = SPANISH_PATH, sections: Sequence[str] = ("messages",)):
    """The Spanish blind set (``other_languages`` holds ordinary messages in others)."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return [(m["say"], _expected(m["expect"])) for s in sections for m in data.get(s) or []]


_LOOKALIKE = re.compile(r"^\s*#\s*look-alike", re.IGNORECASE)
_CONVERSATION = re.compile(r"^\s*-\s*id:\s*(\S+)")


def visitor_cases(path: Path = VISITORS_PATH, english_only: bool = True) -> List[Case]:
    """Turns of the blind conversations; a look-alike conversation's turns are ordinary.

    A crisis/emergency turn after an earlier one of the same conversation ("I don't know
    who else to tell") is left out: it is context, kept by the dialogue, not the detector.
    """
    text = Path(path).read_text(encoding="utf-8")
    lookalikes, previous = set(), ""
    for line in text.splitlines():
        match = _CONVERSATION.match(line)
        if match and _LOOKALIKE.match(previous):
            lookalikes.add(match.group(1))
        if line.strip():
            previous = line
    cases = []
    for conversation in yaml.safe_load(text)["conversations"]:
        lookalike = conversation["id"] in lookalikes
        alarmed = False
        for turn in conversation["turns"]:
            if english_only and "not_english" in turn["expect"]:
                continue
            expected = () if lookalike else _expected(turn["expect"])
            if expected and alarmed:
                continue
            alarmed = alarmed or bool(expected)
            cases.append((turn["say"], expected))
    return cases


def evaluate(path: Path = EVAL_PATH, det: Optional[SafetyDetector] = None) -> SafetyReport:
    return score(eval_cases(path), det)


def format_report(report: SafetyReport) -> str:
    lines = [
        f"messages: {report.counts}",
        *(f"recall {k}: {v:.3f}" for k, v in report.recall.items()),
        f"false alarms on ordinary messages: {report.false_alarm_rate:.3f}",
        f"signal languages: {report.languages}",
        f"failures ({len(report.failures)}):",
        *(f"  [{exp}] {msg!r} -> {got}" for exp, msg, got in report.failures),
    ]
    return "\n".join(lines)


def blind_sets() -> Dict[str, List[Case]]:
    """Every blind set by name (the `_2` ones are the second sets)."""
    return {
        "visitors": visitor_cases(),
        "visitors_2": visitor_cases(VISITORS_2_PATH),
        "spanish": spanish_cases(),
        "spanish_2": spanish_cases(SPANISH_2_PATH),
        "other_languages": spanish_cases(sections=("other_languages",)),
        "other_languages_2": spanish_cases(SPANISH_2_PATH, sections=("other_languages",)),
    }


def main(argv: List[str]) -> int:
    if argv[:1] == ["--blind"]:
        for name, cases in blind_sets().items():
            print(f"== {name}\n{format_report(score(cases))}")
        return 0
    print(format_report(evaluate(Path(argv[0]) if argv else EVAL_PATH)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
