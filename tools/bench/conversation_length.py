"""Cost of a turn as one visitor's conversation grows: Rasa's SQL store beside ours.

Two Rasa servers with the same model and one action server; one visitor talks to both,
turn by turn in alternation, so both see the same machine at the same moment. Server A
keeps conversations in Rasa's ``SQLTrackerStore`` (reads the whole session every turn),
server B in ``chatbot.server.tracker_store.RecentEventsSQLTrackerStore`` (reads a window).
Prints the median round trip and the mean CPU time of the Rasa server per turn at the
start, the middle and the end of the conversation, and end/start ratios. Not part of `make test`.

    python -m tools.bench.conversation_length [--model models/X.tar.gz] [--turns 300]
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
from pathlib import Path
from typing import Dict, List

from tools.bench.benchmark import MESSAGES
from tools.bench.side_by_side import side_by_side

STORES = {
    "Rasa SQLTrackerStore": "SQL",
    "RecentEventsSQLTrackerStore": "chatbot.server.tracker_store.RecentEventsSQLTrackerStore",
}


def cpu_ms(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def turn(base: str, pid: int, text: str) -> Dict[str, float]:
    body = json.dumps({"sender": "bench-long", "message": text}).encode()
    req = urllib.request.Request(
        f"{base}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"}
    )
    cpu, start = cpu_ms(pid), time.perf_counter()
    with urllib.request.urlopen(req, timeout=60) as resp:
        if not json.loads(resp.read()):
            raise RuntimeError(f"no reply to {text!r}")
    return {"wall": (time.perf_counter() - start) * 1000, "cpu": cpu_ms(pid) - cpu}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=os.environ.get("CHATBOT_MODEL"))
    parser.add_argument("--turns", type=int, default=300)
    args = parser.parse_args()
    if not args.model:
        sys.exit("no model: pass --model or set CHATBOT_MODEL")
    if args.turns < 30:
        sys.exit("--turns: at least 30")

    variants = {
        label: {"tracker_store": {"type": store_type, "dialect": "sqlite"}}
        for label, store_type in STORES.items()
    }
    with tempfile.TemporaryDirectory(prefix="bench-length-") as tmp_name:
        with side_by_side(args.model, variants, Path(tmp_name)) as bots:
            results: Dict[str, List[Dict[str, float]]] = {label: [] for label in bots}
            for n in range(args.turns):
                for label, (base, pid) in bots.items():
                    results[label].append(turn(base, pid, MESSAGES[n % len(MESSAGES)]))
                if (n + 1) % 50 == 0:
                    print(f"  {n + 1} turns", flush=True)

    spans = [(0, 10), (args.turns // 2 - 5, args.turns // 2 + 5), (args.turns - 10, args.turns)]
    print(f"\nOne visitor, {args.turns} turns: median wall, mean CPU ({os.cpu_count()} cores)")
    head = "  ".join(f"turns {a + 1}-{b:<5}" for a, b in spans)
    print(f"{'store':<28}  {'':<4}  {head}  end/start")
    for label, rows in results.items():
        for key in ("wall", "cpu"):
            # CPU time is counted in clock ticks (10 ms): its mean says more than its median.
            average = statistics.median if key == "wall" else statistics.mean
            values = [average(r[key] for r in rows[a:b]) for a, b in spans]
            cells = "  ".join(f"{v:>8.1f} ms   " for v in values)
            print(f"{label:<28}  {key:<4}  {cells}  {values[-1] / values[0]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
