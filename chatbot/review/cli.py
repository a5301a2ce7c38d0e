"""``python -m chatbot.review list|show|stats|export|delete|purge``.

The database is ``--db URL``, else $CHATBOT_DB_URL, else the bot's default SQLite file
(var/conversations.db). Examples::

    python -m chatbot.review list --flag fallback --condition sciatic_pain
    python -m chatbot.review show SENDER_ID
    python -m chatbot.review export --format csv --output conversations.csv
    python -m chatbot.review purge                 # older than privacy.retention_days
    python -m chatbot.review delete SENDER_ID
    python -m chatbot.review corrections -o data/nlu/corrections.yml
    python -m chatbot.review notify                # e-mail alerts once (serve does it too)
    python -m chatbot.review digest [--send]       # yesterday's figures
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from typing import Optional, Sequence, TextIO

from chatbot.review import summary as sm
from chatbot.review.store import Store, safe_url


def _retention_days() -> int:
    from chatbot.practice.settings import settings

    return settings().privacy.retention_days


def _filters(args: argparse.Namespace) -> dict:
    reviewed = {"yes": True, "no": False}.get(args.reviewed) if args.reviewed else None
    return {
        "flag": args.flag,
        "condition": args.condition,
        "search": args.search,
        "reviewed": reviewed,
    }


def terminal_safe(text: str) -> str:
    """Control characters (ESC sequences, C1 codes, NUL…) shown as escapes: ids and messages
    come from visitors and must not drive the terminal or a spreadsheet."""
    return "".join(
        c if c.isprintable() or c == "\n" else c.encode("unicode_escape").decode("ascii")
        for c in text
    )


class TerminalSafe:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, text: str) -> int:
        return self.out.write(terminal_safe(text))


def cmd_list(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    items = sm.summaries(store, **_filters(args))
    if args.json:
        json.dump([s.as_dict() for s in items], out, indent=2, ensure_ascii=False)
        out.write("\n")
        return 0
    out = TerminalSafe(out)
    out.write(f"{'date':<10}  {'conversation':<36}  {'channel':<8}  turns  flags / conditions\n")
    for s in items:
        tags = " ".join(s.flags + [f"#{c}" for c in s.conditions])
        out.write(f"{s.date:<10}  {s.sender_id:<36}  {s.channel:<8}  {s.turns:>5}  {tags}\n")
    out.write(f"{len(items)} conversation(s)\n")
    return 0


def cmd_show(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    events = store.events(args.sender_id)
    if not events:
        print(f"no conversation {terminal_safe(repr(args.sender_id))}", file=sys.stderr)
        return 1
    s = sm.summarize(args.sender_id, events, store.notes().get(args.sender_id))
    messages = sm.transcript(events)
    if args.json:
        data = s.as_dict()
        data["messages"] = [vars(m) for m in messages]
        json.dump(data, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return 0
    out = TerminalSafe(out)
    out.write(
        f"conversation {s.sender_id}  channel {s.channel}  {sm.iso(s.started)} .. "
        f"{sm.iso(s.last)}\nturns {s.turns}  flags {', '.join(s.flags) or '-'}  "
        f"conditions {', '.join(s.conditions) or '-'}\n"
    )
    if s.reviewed or s.note:
        out.write(f"reviewed {'yes' if s.reviewed else 'no'}  note: {s.note}\n")
    for m in messages:
        if m.role == "user":
            conf = "-" if m.confidence is None else f"{m.confidence:.2f}"
            out.write(f"  visitor: {m.text}\n           [{m.intent} {conf}]\n")
        else:
            out.write(f"  bot:     {m.text}\n")
    return 0


def cmd_stats(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    data = sm.stats(store)
    if args.json:
        json.dump(data, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return 0
    out.write(
        f"conversations {data['conversations']}, visitor messages {data['user_messages']}, "
        f"fallback rate {data['fallback_rate']:.1%} of messages\n"
    )
    for flag, count in data["flags"].items():
        out.write(f"  {sm.FLAG_LABELS[flag]:<20} {count}\n")
    out.write("top conditions:\n")
    for name, count in data["top_conditions"]:
        out.write(f"  {name:<28} {count}\n")
    out.write("per day (conversations / with fallback):\n")
    for row in data["per_day"]:
        out.write(f"  {row['day']}  {row['conversations']:>4}  {row['with_fallback']:>4}\n")
    return 0


CSV_FIELDS = [
    "sender_id", "started_iso", "last_iso", "channel", "turns", "conditions", "flags",
    "reviewed", "note", "first_message",
]  # fmt: skip


def cmd_export(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    items = sm.summaries(store, **_filters(args))
    buffer = io.StringIO()
    if args.format == "json":
        rows = []
        for s in items:
            row = s.as_dict()
            if args.messages:
                row["messages"] = [vars(m) for m in sm.transcript(store.events(s.sender_id))]
            rows.append(row)
        json.dump(rows, buffer, indent=2, ensure_ascii=False)
        buffer.write("\n")
    else:
        writer = csv.DictWriter(buffer, CSV_FIELDS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for s in items:
            row = s.as_dict()
            row["conditions"] = ";".join(s.conditions)
            row["flags"] = ";".join(s.flags)
            # A cell starting with = + - @ is a formula to a spreadsheet: neutralise it.
            for key, value in row.items():
                if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
                    value = "'" + value
                if isinstance(value, str):
                    row[key] = terminal_safe(value)
            writer.writerow(row)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as fh:
            fh.write(buffer.getvalue())
        print(f"wrote {len(items)} conversation(s) to {args.output}", file=sys.stderr)
    else:
        out.write(buffer.getvalue())
    return 0


def cmd_corrections(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    from chatbot.review.teach import nlu_yaml

    rows = store.corrections()
    text = nlu_yaml(rows)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(text)
        print(f"wrote {len(rows)} correction(s) to {args.output}", file=sys.stderr)
    else:
        out.write(text)
    return 0


def cmd_delete(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    removed = store.delete(args.sender_id)
    if not removed:
        print(f"no conversation {terminal_safe(repr(args.sender_id))}", file=sys.stderr)
        return 1
    TerminalSafe(out).write(f"deleted conversation {args.sender_id} ({removed} events)\n")
    return 0


def cmd_purge(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    days = _retention_days() if args.older_than_days is None else args.older_than_days
    if args.dry_run:
        ids = store.expired(days)
        out.write(f"would delete {len(ids)} conversation(s) older than {days:g} days\n")
    else:
        ids = store.purge(days)
        out.write(f"deleted {len(ids)} conversation(s) older than {days:g} days\n")
    return 0


def cmd_set_password(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    import getpass

    from chatbot.review.auth import hash_password, password_file, write_hash

    if args.stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("New review password: ")
        if getpass.getpass("Again: ") != password:
            print("the two passwords differ", file=sys.stderr)
            return 1
    if len(password) < 10:
        print("use at least 10 characters", file=sys.stderr)
        return 1
    hashed = hash_password(password)
    if args.print:
        out.write(f"REVIEW_PASSWORD_HASH='{hashed}'\n")
    else:
        write_hash(hashed)
        out.write(f"password hash written to {password_file()}\n")
    return 0


def cmd_notify(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    from chatbot.review import notify, plain

    cfg = notify.config()
    if cfg is None:
        print(notify.status_line(), file=sys.stderr)
        return 1
    sent = notify.run_once(store, cfg, tz=plain.zone())
    out.write(f"{sent} e-mail(s) sent\n")
    return 0


def cmd_digest(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    from chatbot.review import notify, plain

    cfg = notify.config()
    tz = plain.zone()
    if not args.send:
        out.write(notify.digest_body(cfg or notify.Config("", ""), notify.digest(store, tz=tz)))
        return 0
    if cfg is None:
        print(notify.status_line(), file=sys.stderr)
        return 1
    data = notify.digest(store, tz=tz)
    notify.send(cfg, f"Review: your assistant on {data['day']}", notify.digest_body(cfg, data))
    out.write(f"digest of {data['day']} sent to {cfg.recipient}\n")
    return 0


def cmd_serve(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    from chatbot.review.web import serve

    serve(store, host=args.host, port=args.port)
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m chatbot.review",
        description="Review, export and delete the assistant's stored conversations.",
    )
    p.add_argument("--db", help="database URL (default: $CHATBOT_DB_URL or var/conversations.db)")
    sub = p.add_subparsers(dest="command", required=True)

    def filters(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--flag", choices=sm.FLAGS)
        sp.add_argument("--condition", help="condition id, e.g. sciatic_pain")
        sp.add_argument("--search", help="text in the messages, id or note")
        sp.add_argument("--reviewed", choices=["yes", "no"])

    sp = sub.add_parser("list", help="conversations, most recent first")
    filters(sp)
    sp.add_argument("--json", action="store_true")
    sp = sub.add_parser("show", help="one conversation's transcript")
    sp.add_argument("sender_id")
    sp.add_argument("--json", action="store_true")
    sp = sub.add_parser("stats", help="totals, flags, top conditions, per day")
    sp.add_argument("--json", action="store_true")
    sp = sub.add_parser("export", help="conversations as CSV or JSON")
    filters(sp)
    sp.add_argument("--format", choices=["csv", "json"], default="csv")
    sp.add_argument("--output", "-o", help="file (default: standard output)")
    sp.add_argument("--messages", action="store_true", help="JSON: include the transcripts")
    sp = sub.add_parser("corrections", help="the review's corrections as Rasa NLU YAML")
    sp.add_argument("--output", "-o", help="file (default: standard output)")
    sp = sub.add_parser("delete", help="delete one conversation (all its events)")
    sp.add_argument("sender_id", help="conversation id = the platform's user/chat id")
    sp = sub.add_parser("purge", help="delete conversations older than the retention period")
    sp.add_argument(
        "--older-than-days", type=float, default=None,
        help="default: privacy.retention_days in the settings (90)",
    )  # fmt: skip
    sp.add_argument("--dry-run", action="store_true")
    sp = sub.add_parser("set-password", help="set the review app's password (stored hashed)")
    sp.add_argument("--stdin", action="store_true", help="read it from standard input")
    sp.add_argument("--print", action="store_true", help="print REVIEW_PASSWORD_HASH=...")
    sub.add_parser("notify", help="send the due e-mail alerts (and the digest when due) once")
    sp = sub.add_parser("digest", help="yesterday's figures (as e-mailed by the daily digest)")
    sp.add_argument("--send", action="store_true", help="e-mail it now")
    sp = sub.add_parser("serve", help="the review web app (default http://127.0.0.1:5006)")
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=5006)
    return p


COMMANDS = {
    "list": cmd_list,
    "show": cmd_show,
    "stats": cmd_stats,
    "export": cmd_export,
    "corrections": cmd_corrections,
    "delete": cmd_delete,
    "purge": cmd_purge,
    "set-password": cmd_set_password,
    "serve": cmd_serve,
    "notify": cmd_notify,
    "digest": cmd_digest,
}


def main(argv: Optional[Sequence[str]] = None, out: Optional[TextIO] = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "purge" and args.older_than_days is not None and args.older_than_days < 0:
        parser().error("--older-than-days must be >= 0")
    store = Store(args.db)
    try:
        return COMMANDS[args.command](store, args, out or sys.stdout)
    except Exception as err:  # database unreachable, bad URL: one line, not a traceback
        from sqlalchemy.exc import SQLAlchemyError

        if isinstance(err, SQLAlchemyError):
            print(f"database error ({safe_url(store.url)}): {err.__class__.__name__}: "
                  f"{str(err).splitlines()[0]}", file=sys.stderr)  # fmt: skip
            return 2
        raise
    finally:
        store.engine.dispose()
