"""5-fold cross-validated intent classification, printing macro F1 and confusions.

    python -m tools.intent_cv [--floor 0.90] [--out results/intent_cv]

Runs `rasa test nlu --cross-validation` on data/nlu/ with config.yml minus the
FallbackClassifier (it would turn low-confidence guesses into nlu_fallback and hide
what the classifier itself gets wrong). Exits 1 when macro F1 is below the floor.

Rasa 3.6 also runs each fold's model over that fold's own training data, for train
figures nothing here reads: four fifths of the predictions, about half of the run. The
run skips them (``skip_training_folds``, checked against the Rasa version). Each fold's
data is new, so Rasa's training cache could never answer: the folds are trained forced
(``folds_trained_afresh``), with the training patches the Makefile's training has. Rasa's
folds are shuffled by numpy's global generator (``StratifiedKFold`` without a
``random_state``): the run seeds it (``folds_seeded``), so every run scores the same
folds and the floor measures the data, not the draw.
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


SUPPORTED_RASA = "3.6."


def skip_training_folds(combine):
    """Rasa's ``combine_result`` for the test folds; a training fold (called without result
    lists to fill) is skipped."""

    async def combine_test_folds(intent, entity, selection, processor, data, *results, **kw):
        if not results and not kw:
            return intent, entity, selection
        return await combine(intent, entity, selection, processor, data, *results, **kw)

    return combine_test_folds


def folds_trained_afresh(train_nlu):
    """Rasa's ``train_nlu`` for a fold, forced: no fingerprint run, nothing cached."""

    def train_forced(*args, additional_arguments=None, **kwargs):
        forced = {**(additional_arguments or {}), "force_full_training": True}
        return train_nlu(*args, additional_arguments=forced, **kwargs)

    return train_forced


FOLD_SEED = 0


def folds_seeded(generate_folds, seed: int = FOLD_SEED):
    """Rasa's ``generate_folds`` with numpy's global generator seeded as the split is drawn
    (``StratifiedKFold`` draws every fold at the first one)."""

    def generate_seeded(n, training_data):
        import numpy as np

        np.random.seed(seed)
        yield from generate_folds(n, training_data)

    return generate_seeded


def run_rasa(rasa_args) -> None:
    import rasa
    import rasa.model_training
    import rasa.nlu.test as nlu_test
    from rasa.__main__ import main as rasa_main

    from chatbot.server import rasa_patches

    if not rasa.__version__.startswith(SUPPORTED_RASA):
        raise SystemExit(f"tools.intent_cv skips Rasa {SUPPORTED_RASA}x's training-fold "
                         f"predictions; check cross_validate in Rasa {rasa.__version__}")  # fmt: skip
    rasa_patches.apply()
    nlu_test.combine_result = skip_training_folds(nlu_test.combine_result)
    nlu_test.generate_folds = folds_seeded(nlu_test.generate_folds)
    rasa.model_training.train_nlu = folds_trained_afresh(rasa.model_training.train_nlu)
    sys.argv = ["rasa", *rasa_args]
    rasa_main()


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--run-rasa"]:
        run_rasa(argv[1:])
        return 0
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
        "tools.intent_cv",
        "--run-rasa",
        "test",
        "nlu",
        "--cross-validation",
        "--folds",
        str(args.folds),
        "-c",
        str(cv_config(out)),
        "--nlu",
        str(ROOT / "data" / "nlu"),
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
    print(f"\nIntent classification, {args.folds}-fold cross-validation on data/nlu/")
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
