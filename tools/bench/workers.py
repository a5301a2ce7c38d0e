"""Ten visitors on one Rasa process and on two Sanic workers, both on PostgreSQL and Redis
(the set-up several workers need: "On the internet" in the README). Throw-away servers
on loopback (``scripts/services.py``); part of ``make bench``, or alone:

    python -m tools.bench.workers --model models/X.tar.gz [--messages 40]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import List, Tuple

import yaml

from chatbot.server import endpoints
from scripts import servers, services
from tools.bench.benchmark import MESSAGES, load, machine, post, print_table

CLIENTS = 10
ROUNDS = 3  # the median round is reported


def measure(model: str, workers: int, messages: int, pg_url: str, redis_url: str) -> dict:
    with services.fresh_database(pg_url, prefix="bench_") as db_url:
        with tempfile.TemporaryDirectory(prefix="bench-workers-") as tmp_name:
            tmp = Path(tmp_name)
            rasa_port, action_port = servers.free_port(), servers.free_port()
            settings = endpoints.build(
                {"action_endpoint": {"url": f"http://127.0.0.1:{action_port}/webhook"}},
                {"CHATBOT_DB_URL": db_url, "CHATBOT_REDIS_URL": redis_url},
            )
            path = tmp / "endpoints.yml"
            path.write_text(yaml.safe_dump(settings), encoding="utf-8")
            env = servers.child_env(SANIC_WORKERS=str(workers))
            cmd = servers.rasa_server_cmd(model, rasa_port, endpoints=str(path))
            procs = servers.start_bot(cmd, rasa_port, action_port, env, tmp)
            try:
                base = f"http://127.0.0.1:{rasa_port}"
                for i in range(4 * workers):  # every worker has answered once
                    post(base, f"bench-warmup-{i}", MESSAGES[i % len(MESSAGES)])
                rounds = sorted((load(base, CLIENTS, messages) for _ in range(ROUNDS)),
                                key=lambda r: r["rate"])  # fmt: skip
            finally:
                servers.stop(procs)
    middle = dict(rounds[len(rounds) // 2])
    middle["errors"] = sum(r["errors"] for r in rounds)
    middle["rates"] = [r["rate"] for r in rounds]
    return middle


def rows(model: str, messages: int) -> List[Tuple[str, str]]:
    """The table rows, or one row saying why nothing was measured."""
    out: List[Tuple[str, str]] = []
    try:
        with services.postgres_server() as pg_url, services.redis_server() as redis_url:
            for workers in (1, 2):
                r = measure(model, workers, messages, pg_url, redis_url)
                label = (
                    f"{CLIENTS} clients, {workers} worker{'s' if workers > 1 else ''} (PostgreSQL)"
                )
                out.append((f"{label}: p50 / p95", f"{r['p50']:.0f} / {r['p95']:.0f} ms"))
                spread = ", ".join(f"{x:.1f}" for x in r["rates"])
                out.append((f"{label}: throughput",
                            f"{statistics.median(r['rates']):.1f} msg/s ({spread})"))  # fmt: skip
                out.append((f"{label}: messages / errors", f"{r['n']} / {r['errors']}"))
    except services.Unavailable as err:
        out.append(("several workers", f"not measured: {err}"))
    except Exception as err:  # the other figures are still worth printing
        out.append(("several workers", f"not measured: {type(err).__name__}: {err}"))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description="One process against two workers.")
    parser.add_argument("--model", default=os.environ.get("CHATBOT_MODEL"), required=False)
    parser.add_argument("--messages", type=int, default=40, help="messages per client")
    args = parser.parse_args()
    if not args.model:
        sys.exit("no model: pass --model or set CHATBOT_MODEL")
    print_table(f"Workers ({machine()})", rows(args.model, args.messages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
