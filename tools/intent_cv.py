"""5-fold cross-validated intent classification, printing macro F1 and confusions.

    python -m tools.intent_cv [--floor 0.90] [--out results/intent_cv]

Runs `rasa test nlu --cross-validation` on data/nlu.yml with config.yml minus the
FallbackClassifier (it would turn low-confidence guesses into nlu_fallback and hide
what the classifier itself gets wrong). Exits 1 when macro F1 is below the floor.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def cv_config(out: Path) -> Path:
    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    config["pipeline"] = [c for c in config["pipeline"] if c["name"] != "FallbackClassifier"]
    path = out / "config.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--floor", type=float, default=0.90)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--out", default=str(ROOT / "results" / "intent_cv"))
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    cmd = [
        sys.executable,
        "-m",
        "rasa",
        "test",
        "nlu",
        "--cross-validation",
        "--folds",
        str(args.folds),
        "-c",
        str(cv_config(out)),
        "--nlu",
        str(ROOT / "data" / "nlu.yml"),
        "--out",
        str(out),
        "--no-plot",
    ]
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}
    with (out / "rasa.log").open("w") as log:
        if subprocess.run(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT).returncode:
            print(f"rasa test nlu failed: see {out / 'rasa.log'}")
            return 2
    report = json.loads((out / "intent_report.json").read_text())
    errors = json.loads((out / "intent_errors.json").read_text())
    macro = report["macro avg"]["f1-score"]
    print(f"\nIntent classification, {args.folds}-fold cross-validation on data/nlu.yml")
    print(
        f"  macro F1 {macro:.3f}   weighted F1 {report['weighted avg']['f1-score']:.3f}"
        f"   examples {int(report['weighted avg']['support'])}"
    )
    worst = sorted(
        (v["f1-score"], k)
        for k, v in report.items()
        if isinstance(v, dict)
        and "support" in v
        and k not in ("macro avg", "weighted avg", "micro avg")
    )[:6]
    print("  lowest: " + ", ".join(f"{k} {f:.2f}" for f, k in worst))
    pairs = Counter((e["intent"], e["intent_prediction"]["name"]) for e in errors)
    print("  most confused (true -> predicted):")
    for (true, pred), n in pairs.most_common(8):
        print(f"    {n:3d}  {true} -> {pred}")
    if macro < args.floor:
        print(f"FAIL: macro F1 {macro:.3f} is below the floor {args.floor:.2f}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
