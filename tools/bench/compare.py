"""This bot beside a stock Rasa bot, in one run on one machine (``make bench-compare``).

The stock bot is Rasa's default configuration (the pipeline and policies ``rasa init``
leaves commented out, which Rasa fills in from its own ``default_config.yml``) trained on
this bot's data, domain and actions, served by plain ``rasa run`` with Rasa's defaults
(conversations in memory, in-memory lock store). Both bots run at once and the load
alternates between them round by round, so a busy machine slows both alike; the table
gives each figure for both and their ratio.

    python -m tools.bench.compare [--model M] [--stock-model S] [--rounds 3] [--no-blind]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import yaml

from scripts import servers
from tools.bench.benchmark import load, post, train

STOCK_MODEL = servers.ROOT / "build" / "bench" / "stock.tar.gz"  # not in models/: never served


def stock_config() -> Path:
    import rasa.engine.recipes.default_recipe as recipe

    return Path(recipe.__file__).parent / "config_files" / "default_config.yml"


def train_stock(out: Path, epochs: Optional[int] = None) -> float:
    """Rasa's default configuration; ``epochs`` shortens every neural component's training
    (the same networks, so the same serving cost, but not the same accuracy)."""
    config = stock_config()
    if epochs is not None:
        settings = yaml.safe_load(config.read_text(encoding="utf-8"))
        for part in settings["pipeline"] + settings["policies"]:
            if "epochs" in part:
                part["epochs"] = epochs
        config = out.parent / "stock-config.yml"
        config.write_text(yaml.safe_dump(settings, sort_keys=False), encoding="utf-8")
    start = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "rasa", "train", "--force", "--config", str(config),
         "--out", str(out.parent), "--fixed-model-name", out.name.removesuffix(".tar.gz")],
        cwd=servers.ROOT, env=servers.child_env(), check=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return time.monotonic() - start


def stock_cmd(model: str, port: int, tmp: Path, action_port: int) -> List[str]:
    endpoints, credentials = tmp / "stock-endpoints.yml", tmp / "stock-credentials.yml"
    endpoints.write_text(
        yaml.safe_dump({"action_endpoint": {"url": f"http://127.0.0.1:{action_port}/webhook"}}),
        encoding="utf-8",
    )
    credentials.write_text("rest:\n", encoding="utf-8")
    return [sys.executable, "-m", "rasa", "run", "--enable-api", "-i", "127.0.0.1",
            "-p", str(port), "-m", model, "--endpoints", str(endpoints),
            "--credentials", str(credentials)]  # fmt: skip


def start(label: str, cmd_for, tmp: Path) -> Tuple[str, list, float]:
    """Starts one bot; returns its URL, processes and seconds until its first reply."""
    rasa_port, action_port = servers.free_port(), servers.free_port()
    began = time.monotonic()
    logs = tmp / label
    logs.mkdir()
    procs = servers.start_bot(cmd_for(rasa_port, action_port), rasa_port, action_port,
                              servers.child_env(), logs, timeout=300)  # fmt: skip
    base = f"http://127.0.0.1:{rasa_port}"
    post(base, f"warmup-{label}", "hi")
    return base, procs, time.monotonic() - began


def blind_figures(base: str, tmp: Path) -> Dict[str, float]:
    from tools import blind_eval

    args = argparse.Namespace(round=[1, 2, 3, 4], workers=2, timeout=60,
                              misses=str(tmp / "misses.txt"))  # fmt: skip
    figures = blind_eval.evaluate(base, args)
    return {key: statistics.mean(f[key] for f in figures) for key in figures[0]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=os.environ.get("CHATBOT_MODEL"))
    parser.add_argument("--stock-model", help=f"reuse a trained stock model (else {STOCK_MODEL})")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--messages", type=int, default=40, help="per client and round")
    parser.add_argument("--no-train", action="store_true", help="do not time the trainings")
    parser.add_argument("--no-blind", action="store_true", help="skip the blind accuracy")
    parser.add_argument("--stock-epochs", type=int,
                        help="train the stock bot's networks this many epochs, not Rasa's 100 "
                             "(serving figures only: its accuracy is then not Rasa's)")  # fmt: skip
    args = parser.parse_args()
    if not args.model:
        sys.exit("no model: pass --model or set CHATBOT_MODEL (make bench-compare does)")

    rows: Dict[str, Dict[str, float]] = {"this bot": {}, "stock Rasa": {}}
    stock_model = Path(args.stock_model) if args.stock_model else STOCK_MODEL
    with tempfile.TemporaryDirectory(prefix="bench-compare-") as tmp_name:
        tmp = Path(tmp_name)
        if not args.no_train:
            print("training both bots from scratch (the stock one takes minutes)…", flush=True)
            rows["this bot"]["training (s)"] = train(tmp / "ours")
            if not args.stock_model:
                stock_model.parent.mkdir(parents=True, exist_ok=True)
                rows["stock Rasa"]["training (s)"] = train_stock(stock_model, args.stock_epochs)
        if not stock_model.is_file():
            stock_model.parent.mkdir(parents=True, exist_ok=True)
            print("training the stock bot (minutes)…", flush=True)
            rows["stock Rasa"]["training (s)"] = train_stock(stock_model, args.stock_epochs)

        bots: Dict[str, Tuple[str, list]] = {}
        try:
            print("starting the bots one after the other…", flush=True)
            for label, cmd_for in (
                ("this bot", lambda p, a: servers.rasa_server_cmd(
                    args.model, p, endpoints=str(servers.write_endpoints(
                        tmp / "endpoints.yml", a, tmp / "ours.db")))),
                ("stock Rasa", lambda p, a: stock_cmd(str(stock_model), p, tmp, a)),
            ):  # fmt: skip
                base, procs, ready = start(label.replace(" ", "-"), cmd_for, tmp)
                bots[label] = (base, procs)
                rows[label]["ready after start (s)"] = ready
            samples: Dict[Tuple[str, int], List[dict]] = {}
            for round_ in range(1, args.rounds + 1):
                for clients in (1, 10):
                    for label, (base, _) in bots.items():
                        print(f"round {round_}: {label}, {clients} client(s)…", flush=True)
                        samples.setdefault((label, clients), []).append(
                            load(base, clients, args.messages)
                        )
            for (label, clients), runs in samples.items():
                med = {k: statistics.median(r[k] for r in runs) for k in ("p50", "p95", "rate")}
                rows[label][f"{clients} client(s): p50 (ms)"] = med["p50"]
                rows[label][f"{clients} client(s): p95 (ms)"] = med["p95"]
                rows[label][f"{clients} client(s): msg/s"] = med["rate"]
                rows[label].setdefault("errors", 0)
                rows[label]["errors"] += sum(r["errors"] for r in runs)
            for label, (_, procs) in bots.items():
                rss = sum(servers.rss_kib(p.popen.pid) for p in procs) / 1024
                rows[label]["memory, Rasa + actions (MiB)"] = rss
            if not args.no_blind:
                for label, (base, _) in bots.items():
                    if label == "stock Rasa" and args.stock_epochs is not None:
                        continue  # trained short: its accuracy would not be Rasa's
                    print(f"blind sets, rounds 1-4: {label}…", flush=True)
                    figures = blind_figures(base, tmp / label.replace(" ", "-"))
                    rows[label]["blind: turns correct (%)"] = figures["turns"]
                    rows[label]["blind: visitor conversations (%)"] = figures["conversations"]
                    rows[label]["blind: crisis + emergency recall (%)"] = figures["recall"]
        finally:
            for _, procs in bots.values():
                servers.stop(procs)

    ours, stock = rows["this bot"], rows["stock Rasa"]
    keys = list(dict.fromkeys([*ours, *stock]))
    width = max(map(len, keys))
    load1 = os.getloadavg()[0]
    print(f"\nThis bot beside stock Rasa ({os.cpu_count()} cores, load {load1:.1f}; "
          f"{args.rounds} rounds, medians)")  # fmt: skip
    if args.stock_epochs is not None:
        print(f"(the stock networks trained {args.stock_epochs} epochs, not 100: serving figures)")
    print(f"{'measure':<{width}}  {'this bot':>10}  {'stock Rasa':>10}  {'ratio':>7}")
    for key in keys:
        a, b = ours.get(key), stock.get(key)
        ratio = f"{a / b:6.2f}x" if a is not None and b else ""
        cell = lambda v: f"{v:10.1f}" if v is not None else f"{'-':>10}"  # noqa: E731
        print(f"{key:<{width}}  {cell(a)}  {cell(b)}  {ratio:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
