"""Benchmark of the bot on this machine (``make bench``; not part of the tests).

Measures: a fresh training run (into a temp dir), the time until both servers answer,
REST round-trip latency (p50/p95) for 1 client and for 10 concurrent clients, the
throughput, and the resident memory of both servers; then 10 clients on one process and
on two Sanic workers sharing PostgreSQL and Redis (``tools/bench/workers.py``; skipped,
with the reason, where those are not installed). Loopback only, bounded loops.

    python -m tools.bench.benchmark [--model models/X.tar.gz] [--skip-train] [--messages 40]
                                    [--no-workers]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from pathlib import Path

from scripts import servers

# Messages that go through the custom actions (condition lookup, FAQ) and small talk.
MESSAGES = [
    "can massage help with sciatica?",
    "do you take insurance?",
    "hi",
    "does massage help with fibromyalgia",
]
NEW_SENDER_EVERY = 4  # a fresh conversation every few messages, as real visitors do


def train(out: Path) -> float:
    start = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "chatbot.server.rasa_server", "train", "--force", "--out", str(out),
         "--fixed-model-name", "bench"],
        cwd=servers.ROOT, env=servers.child_env(), check=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return time.monotonic() - start


def post(base: str, sender: str, text: str) -> float:
    body = json.dumps({"sender": sender, "message": text}).encode()
    req = urllib.request.Request(
        f"{base}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"}
    )
    start = time.perf_counter()
    with urllib.request.urlopen(req, timeout=60) as resp:
        replies = json.loads(resp.read())
    elapsed = time.perf_counter() - start
    if not replies:
        raise RuntimeError(f"no reply to {text!r}")
    return elapsed


def client(base: str, count: int, latencies: list, errors: list) -> None:
    sender = ""
    for i in range(count):
        if i % NEW_SENDER_EVERY == 0:
            sender = f"bench-{uuid.uuid4().hex[:10]}"
        try:
            latencies.append(post(base, sender, MESSAGES[i % len(MESSAGES)]))
        except Exception as err:  # counted, not fatal: the table shows it
            errors.append(repr(err))


def load(base: str, clients: int, per_client: int) -> dict:
    latencies, errors = [], []
    threads = [
        threading.Thread(target=client, args=(base, per_client, latencies, errors))
        for _ in range(clients)
    ]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    wall = time.perf_counter() - start
    ms = sorted(x * 1000 for x in latencies)
    return {
        "n": len(ms),
        "errors": len(errors),
        "p50": statistics.median(ms) if ms else float("nan"),
        "p95": ms[min(len(ms) - 1, int(0.95 * len(ms)))] if ms else float("nan"),
        "rate": len(ms) / wall if wall else 0.0,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description="Benchmark the bot.")
    parser.add_argument("--model", default=os.environ.get("CHATBOT_MODEL"))
    parser.add_argument("--skip-train", action="store_true", help="do not time a fresh training")
    parser.add_argument("--messages", type=int, default=40, help="messages per client")
    parser.add_argument("--no-workers", action="store_true",
                        help="skip one process against two workers on PostgreSQL and Redis")  # fmt: skip
    args = parser.parse_args()

    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp_name:
        tmp = Path(tmp_name)
        model = args.model
        if not args.skip_train:
            print("training from scratch (takes a minute)…", flush=True)
            rows.append(("training (fresh, --force)", f"{train(tmp / 'models'):.1f} s"))
            model = model or str(tmp / "models" / "bench.tar.gz")
        if not model:
            sys.exit("no model: pass --model, set CHATBOT_MODEL, or drop --skip-train")

        rasa_port, action_port = servers.free_port(), servers.free_port()
        endpoints = servers.write_endpoints(tmp / "endpoints.yml", action_port, tmp / "b.db")
        env = servers.child_env()
        start = time.monotonic()
        base = f"http://127.0.0.1:{rasa_port}"
        print("starting the servers…", flush=True)
        cmd = servers.rasa_server_cmd(model, rasa_port, endpoints=str(endpoints))
        procs = servers.start_bot(cmd, rasa_port, action_port, env, tmp)
        try:
            post(base, "bench-warmup", "hi")
            rows.append(("start-up until first reply", f"{time.monotonic() - start:.1f} s"))
            for label, clients in (("1 client", 1), ("10 concurrent clients", 10)):
                print(f"load: {label} × {args.messages} messages…", flush=True)
                r = load(base, clients, args.messages)
                rows.append((f"{label}: round trip p50 / p95",
                             f"{r['p50']:.0f} / {r['p95']:.0f} ms"))  # fmt: skip
                rows.append((f"{label}: throughput", f"{r['rate']:.1f} msg/s"))
                rows.append((f"{label}: messages / errors", f"{r['n']} / {r['errors']}"))
            for proc in procs:
                rows.append((f"memory (RSS) {proc.name}",
                             f"{servers.rss_kib(proc.popen.pid) / 1024:.0f} MiB"))  # fmt: skip
        finally:
            servers.stop(procs)

    if not args.no_workers:
        from tools.bench import workers  # it borrows this module's load

        print("load: 10 clients on one process, then two workers (PostgreSQL, Redis)…", flush=True)
        rows += workers.rows(model, args.messages)

    print_table(f"Benchmark ({machine()}; model {Path(model).name})", rows)
    return 0


def machine() -> str:
    return f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}"


def print_table(title: str, rows: list) -> None:
    width = max(len(k) for k, _ in rows)
    print(f"\n{title}\n{'measure':<{width}}  value\n{'-' * width}  {'-' * 16}")
    for key, value in rows:
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    sys.exit(main())
