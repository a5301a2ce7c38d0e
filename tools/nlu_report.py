"""Prints intent and entity F1 from a ``rasa test nlu --out DIR`` run.

    python -m tools.nlu_report results/nlu [--min-intent-f1 0.8] [--min-entity-f1 0.8]

Reads DIR/intent_report.json and every DIR/<Extractor>_report.json (entities).
Exits 1 if a --min-* threshold (weighted F1) is given and not met, 2 if no report.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

SKIP = {"accuracy", "macro avg", "weighted avg", "micro avg"}


def summary(report: dict) -> dict:
    labels = {k: v for k, v in report.items() if k not in SKIP and isinstance(v, dict)}
    worst = sorted(labels.items(), key=lambda kv: kv[1].get("f1-score", 0.0))[:5]
    return {
        "macro": report.get("macro avg", {}).get("f1-score", float("nan")),
        "weighted": report.get("weighted avg", {}).get("f1-score", float("nan")),
        "accuracy": report.get("accuracy"),
        "support": report.get("weighted avg", {}).get("support", 0),
        "worst": [(k, v.get("f1-score", 0.0), v.get("support", 0)) for k, v in worst],
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Summarise Rasa NLU test reports.")
    parser.add_argument("results", nargs="?", default="results/nlu")
    parser.add_argument("--min-intent-f1", type=float, default=None)
    parser.add_argument("--min-entity-f1", type=float, default=None)
    args = parser.parse_args(argv)

    out = Path(args.results)
    intent_file = out / "intent_report.json"
    if not intent_file.exists():
        print(f"error: {intent_file} not found (run `rasa test nlu --out {out}` first)")
        return 2
    reports = [("intents", intent_file)]
    reports += [
        (f"entities ({p.name.removesuffix('_report.json')})", p)
        for p in sorted(out.glob("*_report.json"))
        if p.name not in ("intent_report.json", "response_selection_report.json")
    ]

    failed = False
    print(f"\nNLU evaluation ({out})")
    print(f"{'report':<44} {'macro F1':>9} {'weighted F1':>12} {'support':>8}")
    for title, path in reports:
        s = summary(json.loads(path.read_text(encoding="utf-8")))
        print(f"{title:<44} {s['macro']:>9.3f} {s['weighted']:>12.3f} {s['support']:>8}")
        if s["worst"]:
            worst = ", ".join(f"{k} {f:.2f} (n={n})" for k, f, n in s["worst"][:3])
            print(f"  lowest: {worst}")
        limit = args.min_intent_f1 if title == "intents" else args.min_entity_f1
        if limit is not None and not s["weighted"] >= limit:
            print(f"  FAIL: weighted F1 {s['weighted']:.3f} < {limit}")
            failed = True
    print()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
