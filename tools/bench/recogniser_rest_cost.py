"""What the condition recogniser adds to a REST round trip (not a test).

Trains the model twice into a temp dir, with config.yml and with config.yml minus
ConditionEntityExtractor, serves each in turn and prints the 1-client REST p50/p95 of
both and the difference. Same messages, same machine, same run.

    python -m tools.bench.recogniser_rest_cost [--messages 60]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from scripts import servers
from tools.bench.benchmark import load, post

RECOGNISER = "chatbot.nlu.components.condition_extractor.ConditionEntityExtractor"


def train(config: Path, out: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "rasa", "train", "--force", "-c", str(config), "--out", str(out),
         "--fixed-model-name", config.stem],
        cwd=servers.ROOT, env=servers.child_env(), check=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return out / f"{config.stem}.tar.gz"


def measure(model: Path, tmp: Path, messages: int) -> dict:
    rasa_port, action_port = servers.free_port(), servers.free_port()
    endpoints = servers.write_endpoints(
        tmp / f"{model.stem}.yml", action_port, tmp / f"{model.stem}.db"
    )
    env = servers.child_env()
    cmd = servers.rasa_server_cmd(str(model), rasa_port, endpoints=str(endpoints))
    procs = servers.start_bot(cmd, rasa_port, action_port, env)
    base = f"http://127.0.0.1:{rasa_port}"
    try:
        for _ in range(5):
            post(base, "warmup", "hi")
        return load(base, 1, messages)
    finally:
        servers.stop(procs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=60)
    args = parser.parse_args()
    config = yaml.safe_load((servers.ROOT / "config.yml").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="recogniser-cost-") as name:
        tmp = Path(name)
        with_path, without_path = tmp / "with.yml", tmp / "without.yml"
        with_path.write_text(yaml.safe_dump(config, sort_keys=False))
        config["pipeline"] = [c for c in config["pipeline"] if c["name"] != RECOGNISER]
        without_path.write_text(yaml.safe_dump(config, sort_keys=False))
        results = {}
        for label, path in (("without recogniser", without_path), ("with recogniser", with_path)):
            print(f"training and serving the model {label}…", flush=True)
            results[label] = measure(train(path, tmp / "models"), tmp, args.messages)
    print(f"\nREST round trip, 1 client, {args.messages} messages each")
    for label, r in results.items():
        print(
            f"  {label:20s} p50 {r['p50']:6.1f} ms   p95 {r['p95']:6.1f} ms   errors {r['errors']}"
        )
    delta = results["with recogniser"]["p50"] - results["without recogniser"]["p50"]
    print(f"  the recogniser adds {delta:+.1f} ms to the p50")
    return 0


if __name__ == "__main__":
    sys.exit(main())
