"""Rasa servers side by side for the benchmarks: the same model, one action server, each
server with its own endpoints (the variant being compared), started and stopped together."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Any, Dict, Iterator, Tuple

import yaml

from scripts import servers


@contextmanager
def side_by_side(
    model: str, variants: Dict[str, Dict[str, Any]], tmp: Path
) -> Iterator[Dict[str, Tuple[str, int]]]:
    """Yields label -> (base URL, Rasa server pid). ``variants`` maps each label to the
    endpoints sections it replaces (e.g. ``tracker_store``, ``lock_store``); each server
    keeps its conversations in its own SQLite file under ``tmp``."""
    action_port = servers.free_port()
    env = servers.child_env()
    procs = [servers.start("action server", servers.action_server_cmd(action_port), env,
                           tmp / "actions.log")]  # fmt: skip
    bots = {}
    try:
        for i, (label, sections) in enumerate(variants.items()):
            path = servers.write_endpoints(tmp / f"endpoints{i}.yml", action_port, tmp / f"{i}.db")
            endpoints = yaml.safe_load(path.read_text(encoding="utf-8"))
            for name, section in sections.items():
                endpoints[name] = (
                    {**section, "db": str(tmp / f"{i}.db")}
                    if (name == "tracker_store")
                    else section
                )
            path.write_text(yaml.safe_dump(endpoints), encoding="utf-8")
            port = servers.free_port()
            cmd = servers.rasa_server_cmd(model, port, endpoints=str(path))
            procs.append(servers.start(label, cmd, env, tmp / f"rasa{i}.log"))
            bots[label] = (f"http://127.0.0.1:{port}", procs[-1].popen.pid)
        urls = [f"http://127.0.0.1:{action_port}/health"] + [f"{b}/" for b, _ in bots.values()]
        print("starting the servers…", flush=True)
        servers.wait_ready(urls, procs, timeout=300)
        yield bots
    finally:
        servers.stop(procs)
