"""Twenty messages at once from one visitor: Rasa's in-memory lock store beside ours.

Two Rasa servers with the same model (``tools/bench/side_by_side.py``): one with Rasa's
``InMemoryLockStore`` (waiters check their ticket once a second), one with
``chatbot.server.lock_store.InProcessLockStore`` (the next message starts when the previous one
is done). The burst is sent to one server, then to the other, a few times; prints the
time until the last answer and the median gap between answers. Not part of `make test`.

    python -m tools.bench.burst [--model models/X.tar.gz] [--messages 20] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Dict, List

from tools.bench.side_by_side import side_by_side

VARIANTS = {
    "Rasa InMemoryLockStore": {"lock_store": {"type": "in_memory"}},
    "InProcessLockStore": {"lock_store": {"type": "chatbot.server.lock_store.InProcessLockStore"}},
}


def burst(base: str, messages: int) -> List[float]:
    """Seconds from the burst's start until each answer, sorted."""
    sender = f"bench-burst-{uuid.uuid4().hex[:8]}"
    start = time.perf_counter()

    def send(n: int) -> float:
        body = json.dumps({"sender": sender, "message": f"do you take insurance? {n}"})
        req = urllib.request.Request(
            f"{base}/webhooks/rest/webhook",
            data=body.encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=120) as resp:
            if not json.loads(resp.read()):
                raise RuntimeError("no reply")
        return time.perf_counter() - start

    with ThreadPoolExecutor(max_workers=messages) as pool:
        return sorted(pool.map(send, range(messages)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=os.environ.get("CHATBOT_MODEL"))
    parser.add_argument("--messages", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not args.model:
        sys.exit("no model: pass --model or set CHATBOT_MODEL")

    results: Dict[str, List[List[float]]] = {label: [] for label in VARIANTS}
    with tempfile.TemporaryDirectory(prefix="bench-burst-") as tmp_name:
        with side_by_side(args.model, VARIANTS, Path(tmp_name)) as bots:
            for _ in range(args.rounds):
                for label, (base, _pid) in bots.items():
                    results[label].append(burst(base, args.messages))

    print(f"\n{args.messages} messages at once from one visitor, {args.rounds} rounds, "
          f"median over rounds ({os.cpu_count()} cores)")  # fmt: skip
    print(f"{'lock store':<24}  {'last answer':>12}  {'gap between answers':>20}")
    for label, rounds in results.items():
        last = statistics.median(r[-1] for r in rounds)
        gap = statistics.median(statistics.median(b - a for a, b in zip(r, r[1:])) for r in rounds)
        print(f"{label:<24}  {last:>10.2f} s  {gap * 1000:>17.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
