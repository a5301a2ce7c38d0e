"""Scores the running bot on the blind sets (tests/eval/blind) through its REST channel.

    python -m tools.blind_eval [--model M | --url http://127.0.0.1:5005] [--workers 2]
                                 [--bots 2] [--round 2] [--newest 4] [--every 20] [--all]
                                 [--skip 82] [--misses results/blind_misses.txt]
                                 [--min-conversations 93] [--min-recall 100]

Starts its own action + Rasa server (model: --model, $CHATBOT_MODEL or the newest
models/*.tar.gz), or --bots of them side by side, unless --url names a loopback bot. A Rasa
server answers on one core: a second bot, each with its own conversations, uses another. What a reply must contain is derived
from the bot's sources (knowledge file, settings, wording, domain responses): see
``label_checks``. The blind sets come in rounds, each written afresh before a big change
(round 1: visitors.yml + spanish_safety.yml; round N: visitors_N.yml +
spanish_safety_N.yml); --newest, --every and --all pick rounds among those on disk, --skip
leaves one out. Exits 1 when a --min-* figure (percent) is given and not reached, in any
round.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, FrozenSet, List, Optional, Sequence, Tuple

import yaml

from chatbot.practice import wording
from chatbot.practice.knowledge import knowledge
from chatbot.practice.settings import settings
from scripts import servers

BLIND = servers.ROOT / "tests" / "eval" / "blind"
SAFETY = frozenset({"crisis", "emergency"})
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
SHOWN_CHARS = 160

Check = Callable[[str, FrozenSet[str]], bool]  # (normalised reply, expected condition ids)


def norm(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?:])\s", " ".join(text.split()), maxsplit=1)[0]


def number_pattern(line: str) -> re.Pattern:
    """The phone number in a settings line ("call or text 988 (...)" -> 988), whole only."""
    digits = re.findall(r"\d[\d\s().-]*\d|\d", line)
    number = max(digits, key=len).strip() if digits else line.strip()
    return re.compile(rf"(?<!\d){re.escape(norm(number))}(?!\d)")


def label_checks() -> Tuple[Dict[str, Check], Callable[[str], bool], Callable[[str], bool]]:
    """label (or label family before ':') -> check of the reply; the false-alarm test; and
    whether a reply is the language notice (whose safety line is not a detection)."""
    kb, conf = knowledge(), settings()
    domain = yaml.safe_load((servers.ROOT / "domain.yml").read_text(encoding="utf-8"))
    crisis = number_pattern(conf.crisis.crisis_line)
    emergency = number_pattern(conf.crisis.emergency_number)
    contact = norm(wording.contact_details(conf))
    # A condition counts as answered when named with its group's frame, the way an answer
    # names it: a list of all conditions, a specialty note or "Trauma Touch Therapy" does not.
    claims = {c.id: norm(f"{c.name} is {kb.groups[c.group].frame}") for c in kb.conditions}

    def has(phrase: str) -> Check:
        wanted = norm(phrase)
        return lambda reply, _ids: wanted in reply

    def utter(name: str, opening_only: bool = False) -> Check:
        texts = [v["text"] for v in domain["responses"][name] if v.get("text")]
        texts = [norm(first_sentence(t) if opening_only else t) for t in texts]
        return lambda reply, _ids: any(t in reply for t in texts)

    def unlisted(reply: str, ids: FrozenSet[str]) -> bool:
        claimed = any(claim in reply for cid, claim in claims.items() if cid not in ids)
        return norm(kb.facts["list_not_exhaustive"]) in reply and contact in reply and not claimed

    table: Dict[str, Check] = {
        "crisis": lambda reply, _ids: bool(crisis.search(reply)),
        "emergency": lambda reply, _ids: bool(emergency.search(reply)),
        "ordinary": lambda reply, _ids: True,  # only the false-alarm rule applies
        "medical_scope": has(wording.SCOPE_LINE),
        "human": has(contact),
        "ask_which_condition": has(wording.ask_which_condition(kb).text),
        "unlisted": unlisted,
        # "Hello!": a greeting with a question is greeted back before the answer.
        "greet": utter("utter_greet", opening_only=True),
        "goodbye": utter("utter_goodbye"),
        # "You're welcome!", as FAQ labels go by their answer's first sentence: a reply to
        # thanks and goodbye at once answers both.
        "thanks": utter("utter_you_are_welcome", opening_only=True),
        # "I'm a virtual assistant ...": the privacy answer says it first too.
        "bot_identity": utter("utter_iamabot", opening_only=True),
        "privacy": has(wording.WHO_READS),
        "out_of_scope": utter("utter_out_of_scope"),
        "about_renee": has(kb.therapist["credential"]),
        "not_english": lambda reply, _ids: re.search(r"\benglish\b", reply) is not None,
    }
    table.update({f"condition:{cid}": has(claim) for cid, claim in claims.items()})
    table.update(
        {f"faq:{t}": has(first_sentence(wording.faq_answer(t, kb, conf).text)) for t in kb.faq}
    )

    # A notice that the bot answers in English carries the crisis and emergency numbers
    # as a line of its own for languages the detector cannot read: not an alarm. After a
    # sure safety answer (to "Je veux mourir") the notice follows it: that is a detection.
    notice = norm(first_sentence(wording.language_notice(None, conf).text))
    answers = [norm(first_sentence(wording.crisis_reply(conf).text))] + [
        norm(first_sentence(wording.emergency_reply(conf, also).text)) for also in (False, True)
    ]

    def noticed(reply: str) -> bool:
        return notice in reply and not any(answer in reply for answer in answers)

    def alarm(reply: str) -> bool:
        return bool(crisis.search(reply) or emergency.search(reply)) and not noticed(reply)

    return table, alarm, noticed


@dataclass
class Turn:
    set: str
    lang: str
    conv: str
    index: int
    say: str
    expect: List[str]
    reply: str = ""
    missed: List[str] = field(default_factory=list)
    alarm: bool = False
    noticed: bool = False  # the reply is the language notice

    @property
    def ok(self) -> bool:
        return not self.missed


def set_files(round_: int) -> Tuple[Path, Path]:
    suffix = "" if round_ == 1 else f"_{round_}"
    return BLIND / f"visitors{suffix}.yml", BLIND / f"spanish_safety{suffix}.yml"


def available_rounds() -> List[int]:
    """Every round with a visitors set, in order."""
    found = {1} if (BLIND / "visitors.yml").is_file() else set()
    for path in BLIND.glob("visitors_*.yml"):
        number = path.stem.split("_", 1)[1]
        if number.isdigit():
            found.add(int(number))
    return sorted(found)


def pick_rounds(
    available: Sequence[int], named: Sequence[int] = (), newest: int = 0, every: int = 0,
    skip: Sequence[int] = (), every_round: bool = False,
) -> List[int]:
    """The rounds to score: those named, the ``newest`` few, every ``every``-th from the
    first (1, 1 + every, ...) or all of them, less ``skip``; round 1 when none is asked."""
    chosen = set(available) if every_round else set(named)
    if newest > 0:
        chosen.update(available[-newest:])
    if every > 0:
        chosen.update(r for i, r in enumerate(available) if i % every == 0)
    if not (named or newest or every or every_round):
        chosen = {1}
    unknown = sorted(set(named) - set(available))
    if unknown:
        raise ValueError(f"no blind set for round(s) {unknown}")
    return sorted(chosen - set(skip))


def load_sets(round_: int = 1) -> List[List[Turn]]:
    """Conversations of one round of blind sets; each safety message is a one-turn
    conversation."""
    visitors_file, spanish_file = set_files(round_)
    visitors = yaml.safe_load(visitors_file.read_text(encoding="utf-8"))
    spanish = yaml.safe_load(spanish_file.read_text(encoding="utf-8"))
    convs = [
        [Turn("visitors", "en", c["id"], i, t["say"], list(t["expect"]))
         for i, t in enumerate(c["turns"], 1)]
        for c in visitors["conversations"]
    ]  # fmt: skip
    for name, key in (("spanish", "messages"), ("other languages", "other_languages")):
        for i, m in enumerate(spanish.get(key) or [], 1):
            expect = m["expect"] if isinstance(m["expect"], list) else [m["expect"]]
            lang = m.get("lang", "es")
            convs.append([Turn(name, lang, f"{lang}{i:03d}", 1, m["say"], list(expect))])
    return convs


def post(base: str, sender: str, text: str, timeout: float, skip: str) -> str:
    body = json.dumps({"sender": sender, "message": text}).encode("utf-8")
    req = urllib.request.Request(
        base + "/webhooks/rest/webhook", data=body, method="POST",
        headers={"Content-Type": "application/json"},
    )  # fmt: skip
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            messages = json.loads(resp.read().decode("utf-8"))
    except (OSError, ValueError) as err:  # HTTP errors, timeouts, bad JSON: a failed turn
        return f"[request failed: {err}]"
    # The privacy notice opens every conversation; it is not the answer to the turn.
    texts = [m.get("text") or "" for m in messages if isinstance(m, dict)]
    return "\n".join(t for t in texts if t and t != skip)


def run_conversation(
    turns: List[Turn], base: str, timeout: float, checks: Dict[str, Check], alarm, noticed,
    skip: str,
) -> None:
    sender = "blind-" + uuid.uuid4().hex[:16]  # a fresh conversation each time
    for turn in turns:
        turn.reply = post(base, sender, turn.say, timeout, skip)
        reply = norm(turn.reply)
        ids = frozenset(lb.split(":", 1)[1] for lb in turn.expect if lb.startswith("condition:"))
        turn.alarm, turn.noticed = alarm(reply), noticed(reply)
        quiet = not SAFETY & set(turn.expect)
        for label in turn.expect:
            check = checks.get(label) or checks.get(label.split(":", 1)[0])
            passed = bool(check and check(reply, ids)) and not (quiet and turn.alarm)
            if not passed:
                turn.missed.append(label)


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}% ({part}/{whole})" if whole else "   n/a"


def report(convs: List[List[Turn]], misses_path: Path) -> Dict[str, float]:
    """Prints the figures; returns the gated ones (percent)."""
    turns = [t for c in convs for t in c]
    print(f"{'set':<16} {'turns correct':>22} {'conversations all correct':>28}")
    for name in ("visitors", "spanish", "other languages", None):
        chosen = [c for c in convs if name is None or c[0].set == name]
        ts = [t for c in chosen for t in c]
        conv_ok = sum(all(t.ok for t in c) for c in chosen)
        print(f"{name or 'all':<16} {pct(sum(t.ok for t in ts), len(ts)):>22} "
              f"{pct(conv_ok, len(chosen)):>28}")  # fmt: skip

    per_label: Dict[str, List[int]] = {}
    for t in turns:
        for label in t.expect:
            family = label.split(":", 1)[0] + ":*" if ":" in label else label
            # unlisted:<name> is free text: only its family is worth a line.
            keys = {family} if family == "unlisted:*" else {label, family}
            for k in keys:
                n_ok = per_label.setdefault(k, [0, 0])
                n_ok[0] += 1
                n_ok[1] += label not in t.missed
    print("\nper label (n, correct, accuracy)")
    for label, (n, ok) in sorted(per_label.items()):
        print(f"  {label:<40} {n:>4} {ok:>4} {100 * ok / n:6.1f}%")

    print("\nsafety")
    english, spanish = ("English", "visitors"), ("Spanish", "spanish")
    others = ("other", "other languages")
    # Gated: English and Spanish detected (the crisis or emergency reply itself; the
    # safety line of a language notice gives the numbers but is no detection).
    caught_all = expected_all = 0
    for kind in ("crisis", "emergency"):
        for name, set_name in (english, spanish, others):
            ts = [t for t in turns if t.set == set_name and kind in t.expect]
            given = sum(kind not in t.missed for t in ts)
            caught = sum(kind not in t.missed and not t.noticed for t in ts)
            if set_name != "other languages":
                caught_all, expected_all = caught_all + caught, expected_all + len(ts)
            line = f"  {kind + ' recall, ' + name:<38} {pct(caught, len(ts))}"
            if given != caught:
                line += f"; numbers given {pct(given, len(ts))}"
            print(line)
    for name, set_name in (english, spanish, others):
        ts = [t for t in turns if t.set == set_name and "ordinary" in t.expect]
        alarms = sum(t.alarm for t in ts)
        print(f"  {'false alarms on ordinary, ' + name:<38} {pct(alarms, len(ts))}")
    quiet = [t for t in turns if t.set == "visitors" and not SAFETY & set(t.expect)]
    alarms = sum(t.alarm for t in quiet)
    print(f"  {'false alarms, all non-safety English':<38} {pct(alarms, len(quiet))}")

    misses = [t for t in turns if not t.ok]
    # A crisis or emergency given its numbers only by the notice counts as a correct turn
    # but not as a detection: listed too, for the recall it costs.
    noticed = [t for t in turns if t.ok and t.noticed and SAFETY & set(t.expect)]
    misses_path.parent.mkdir(parents=True, exist_ok=True)
    with misses_path.open("w", encoding="utf-8") as out:
        for t, missed in [(t, t.missed) for t in misses] + [(t, "notice only") for t in noticed]:
            shown = " / ".join(t.reply.split("\n"))[:SHOWN_CHARS]
            out.write(f"{t.set} {t.conv}#{t.index} expect {t.expect} missed {missed}\n"
                      f"  say:   {t.say}\n  reply: {shown}\n\n")  # fmt: skip
    print(f"\n{len(misses)} failing turns and {len(noticed)} detections missed but given their "
          f"numbers by the notice written to {misses_path}")
    by_label = Counter(label.split(":", 1)[0] for t in misses for label in t.missed)
    print("missed labels by family: " + ", ".join(f"{k} {v}" for k, v in by_label.most_common()))
    visitor_convs = [c for c in convs if c[0].set == "visitors"]
    return {
        "turns": 100 * sum(t.ok for t in turns) / max(1, len(turns)),
        "conversations": 100 * sum(all(t.ok for t in c) for c in visitor_convs)
        / max(1, len(visitor_convs)),
        "recall": 100 * caught_all / max(1, expected_all),
    }


def find_model(explicit: Optional[str]) -> Path:
    chosen = explicit or os.environ.get("CHATBOT_MODEL")
    if chosen:
        path = Path(chosen)
        return path if path.is_absolute() else servers.ROOT / path
    models = sorted((servers.ROOT / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not models:
        raise SystemExit("no trained model in models/: run `make train`")
    return models[-1]


def evaluate(bases: Sequence[str], args: argparse.Namespace) -> List[Dict[str, float]]:
    """Figures per round, each round scored and reported on its own; a conversation is
    held with one of ``bases`` from start to end."""
    checks, alarm, noticed = label_checks()
    skip = wording.privacy_notice(settings()).text
    figures = []
    for round_ in args.round:
        convs = load_sets(round_)
        print(f"\n== round {round_}: {len(convs)} conversations, {sum(map(len, convs))} turns, "
              f"bot at {', '.join(bases)}\n")  # fmt: skip
        with ThreadPoolExecutor(max_workers=max(1, min(args.workers, 8))) as pool:
            jobs = [pool.submit(run_conversation, c, bases[i % len(bases)], args.timeout, checks,
                                alarm, noticed, skip) for i, c in enumerate(convs)]  # fmt: skip
            for job in jobs:
                job.result()
        misses = Path(args.misses)
        if round_ != 1:
            misses = misses.with_name(f"{misses.stem}_{round_}{misses.suffix}")
        figures.append(report(convs, misses))
    return figures


def start_one(
    model: Path, tmp: Path, args: argparse.Namespace, rasa_port: int, action_port: int
) -> Tuple[str, list]:
    """One bot (action + Rasa server, its own conversation store) and its address; no
    processes when it did not start."""
    tmp.mkdir(parents=True)
    endpoints = servers.write_endpoints(tmp / "endpoints.yml", action_port, tmp / "c.db")
    env = servers.child_env(api_token=secrets.token_hex(16))
    cmd = servers.rasa_server_cmd(str(model), rasa_port, endpoints=str(endpoints))
    try:
        procs = servers.start_bot(cmd, rasa_port, action_port, env, tmp, timeout=args.start_timeout)
    except (RuntimeError, TimeoutError) as err:
        print(f"the bot did not start: {err}", file=sys.stderr)
        return "", []
    return f"http://127.0.0.1:{rasa_port}", procs


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="model archive (default $CHATBOT_MODEL or newest)")
    parser.add_argument("--url", help="a bot already running on this machine")
    parser.add_argument("--misses", default="results/blind_misses.txt")
    parser.add_argument("--round", type=int, action="append", default=[],
                        help="a round of blind sets to score (repeatable; default 1)")
    parser.add_argument("--newest", type=int, default=0, help="also the newest N rounds")
    parser.add_argument("--every", type=int, default=0,
                        help="also every Nth round from the first (1, 1+N, ...)")
    parser.add_argument("--all", action="store_true", help="every round")
    parser.add_argument("--skip", type=int, action="append", default=[],
                        help="a round left out (repeatable)")
    parser.add_argument("--min-turns", type=float, help="exit 1 below this turn accuracy (%%)")
    parser.add_argument("--min-conversations", type=float,
                        help="exit 1 below this share of visitor conversations all correct (%%)")
    parser.add_argument("--min-recall", type=float,
                        help="exit 1 below this crisis + emergency recall, English and Spanish (%%)")
    parser.add_argument("--workers", type=int, default=2, help="conversations at once (1-8)")
    parser.add_argument("--bots", type=int, default=1, help="bots started side by side (1-4)")
    parser.add_argument("--timeout", type=float, default=60, help="seconds per message")
    parser.add_argument("--start-timeout", type=float, default=300)
    args = parser.parse_args(argv)
    try:
        args.round = pick_rounds(available_rounds(), args.round, args.newest, args.every,
                                 args.skip, args.all)  # fmt: skip
    except ValueError as err:
        parser.error(str(err))
    if not args.round:
        parser.error("no round left to score")
    print("rounds: " + " ".join(map(str, args.round)))

    if args.url:
        if urllib.parse.urlsplit(args.url).hostname not in LOOPBACK:
            parser.error("--url must be a loopback address")
        figures = evaluate([args.url.rstrip("/")], args)
    else:
        model = find_model(args.model)
        if not model.is_file():
            parser.error(f"model {model} does not exist")
        with tempfile.TemporaryDirectory(prefix="blind-eval-") as tmp_dir:
            bots = max(1, min(args.bots, 4))
            print(f"starting {bots} bot(s) with {model}")
            with ThreadPoolExecutor(max_workers=bots) as pool:
                # Ports handed out here, not in the threads: free_port() remembers them.
                ports = [(servers.free_port(), servers.free_port()) for _ in range(bots)]
                started = [pool.submit(start_one, model, Path(tmp_dir) / str(i), args, *ports[i])
                           for i in range(bots)]  # fmt: skip
            procs = [p for job in started for p in (job.result()[1] or [])]
            if not all(job.result()[1] for job in started):
                servers.stop(procs)
                return 2
            try:
                figures = evaluate([job.result()[0] for job in started], args)
            finally:
                servers.stop(procs)
            for proc in procs:
                log = proc.log_path.read_text(encoding="utf-8", errors="replace")
                if "Traceback" in log:
                    print(f"\n--- {proc.name} logged a traceback ---\n{proc.tail(40)}")
                # A fault reply without a traceback (an action too slow, a failed call).
                errors = [line for line in log.splitlines() if " ERROR " in line]
                if errors:
                    print(f"\n--- {proc.name} logged {len(errors)} errors ---", *errors[:20], sep="\n")
    failed = False
    for round_, scored in zip(args.round, figures):
        for key, floor in (("turns", args.min_turns), ("conversations", args.min_conversations),
                           ("recall", args.min_recall)):  # fmt: skip
            if floor is not None and scored[key] < floor:
                print(f"round {round_} {key}: {scored[key]:.1f}% is below the floor {floor}%")
                failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
