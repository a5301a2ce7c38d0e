"""The review web app: `python -m chatbot.review serve` (Sanic 21.12, already pinned by
Rasa 3.6, + Jinja2 with autoescape). Bound to 127.0.0.1:5006 by default.

Every page but /login needs a session (HttpOnly, SameSite=Strict cookie); every form
carries a CSRF token; after 5 failed logins, logins are refused for a while.
"""

from __future__ import annotations

import asyncio
import hmac
import re
import secrets
from pathlib import Path
from typing import Any, Dict, Optional
from urllib.parse import quote, urlencode, urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from chatbot.review import plain, teach
from chatbot.review import summary as sm
from chatbot.review.auth import Sessions, Throttle, stored_hash, verify_password
from chatbot.review.charts import bar_chart, per_day_charts
from chatbot.review.store import Store

COOKIE = "review_session"
LOGIN_COOKIE = "review_login"
TEMPLATES = Path(__file__).parent / "templates"
SCRIPT = TEMPLATES / "review.js"  # the copy button; no inline script
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; "
    "script-src 'self'; frame-ancestors 'none'; base-uri 'none'"
)
PAGE_SIZE = 25
NOTE_LIMIT = 5000
RANGES = (7, 30, 90)  # days the overview can show


def _served_over_https() -> bool:
    """The cookies are Secure when review.review_url (the app's public address) is https."""
    from chatbot.practice.settings import load_settings

    return urlsplit(load_settings().review.review_url).scheme == "https"


def create_app(
    store: Store, password_hash: Optional[str], throttle: Optional[Throttle] = None, tz=None
) -> Sanic:
    app = Sanic(f"review_{secrets.token_hex(4)}")
    app.config.FORWARDED_SECRET = None
    env = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True)
    )
    env.filters["iso"] = sm.iso
    env.filters["q"] = lambda s: quote(str(s), safe="")
    env.filters["when"] = lambda ts: plain.when(ts, tz)
    env.filters["clock"] = lambda ts: plain.clock(ts, tz)
    env.filters["topic"] = plain.intent_name
    env.filters["condition"] = plain.condition_name
    env.filters["sureness"] = plain.confidence_word
    env.globals["channel"] = plain.channel_name
    sessions = Sessions()
    throttle = throttle or Throttle()

    def render(name: str, status: int = 200, **context: Any) -> HTTPResponse:
        context.setdefault("flag_labels", sm.FLAG_LABELS)
        return response.html(env.get_template(name).render(**context), status=status)

    def session_of(request: Request) -> Optional[Dict]:
        return sessions.get(request.cookies.get(COOKIE))

    def csrf_ok(request: Request, expected: Optional[str]) -> bool:
        sent = request.form.get("csrf") if request.form else None
        return bool(expected and sent and hmac.compare_digest(sent, expected))

    secure = _served_over_https()

    def set_cookie(resp: HTTPResponse, name: str, value: str, max_age: int) -> None:
        resp.cookies[name] = value
        cookie = resp.cookies[name]
        cookie["secure"] = secure
        cookie["httponly"] = True
        cookie["samesite"] = "Strict"
        cookie["path"] = "/"
        cookie["max-age"] = max_age

    @app.middleware("request")
    async def require_login(request: Request):
        if request.path in ("/login", "/review.js"):
            return None
        if request.path == "/favicon.ico":  # asked by every browser: no redirect to /login
            return response.empty(status=404)
        session = session_of(request)
        if session is None:
            return response.redirect("/login")
        request.ctx.session = session
        if request.method == "POST" and not csrf_ok(request, session["csrf"]):
            return response.text("refused: missing or wrong CSRF token", status=403)
        return None

    @app.middleware("response")
    async def headers(request: Request, resp: HTTPResponse):
        resp.headers["Content-Security-Policy"] = CSP
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "no-referrer"
        resp.headers["Cache-Control"] = "no-store"

    @app.get("/login")
    async def login_form(request: Request) -> HTTPResponse:
        # Keep the token already handed out: a browser's background request (favicon,
        # a second tab) redirected here must not invalidate the form it is showing.
        token = request.cookies.get(LOGIN_COOKIE) or ""
        if not re.fullmatch(r"[A-Za-z0-9_-]{43}", token):
            token = secrets.token_urlsafe(32)
        resp = render("login.html", csrf=token, error=None, configured=bool(password_hash))
        set_cookie(resp, LOGIN_COOKIE, token, 3600)
        return resp

    @app.post("/login")
    async def login(request: Request) -> HTTPResponse:
        if not csrf_ok(request, request.cookies.get(LOGIN_COOKIE)):
            return response.text("refused: missing or wrong CSRF token", status=403)
        token = secrets.token_urlsafe(32)

        def again(error: str, status: int) -> HTTPResponse:
            resp = render("login.html", status, csrf=token, error=error, configured=True)
            set_cookie(resp, LOGIN_COOKIE, token, 3600)
            return resp

        client = request.remote_addr or request.ip
        wait = throttle.locked(client)
        if wait:
            return again(f"Too many failed attempts: try again in {int(wait) + 1} s.", 429)
        password = request.form.get("password") or ""
        if not password_hash or not verify_password(password, password_hash):
            throttle.failed(client)
            await asyncio.sleep(throttle.delay)
            return again("Wrong password.", 401)
        throttle.succeeded(client)
        resp = response.redirect("/")
        set_cookie(resp, COOKIE, sessions.create(), sessions.lifetime)
        del resp.cookies[LOGIN_COOKIE]
        return resp

    @app.post("/logout")
    async def logout(request: Request) -> HTTPResponse:
        sessions.drop(request.cookies.get(COOKIE))
        resp = response.redirect("/login")
        del resp.cookies[COOKIE]
        return resp

    def csrf_of(request: Request) -> str:
        return request.ctx.session["csrf"]

    @app.get("/review.js")
    async def script(request: Request) -> HTTPResponse:
        return response.text(
            SCRIPT.read_text(encoding="utf-8"), content_type="text/javascript; charset=utf-8"
        )

    @app.get("/")
    async def conversations(request: Request) -> HTTPResponse:
        keys = ("flag", "condition", "q", "reviewed", "order")
        args = {k: request.args.get(k) or "" for k in keys}
        everything = sm.summaries(store, order="inbox")
        items = sm.summaries(
            store,
            order="newest" if args["order"] == "newest" else "inbox",
            flag=args["flag"] or None,
            condition=args["condition"] or None,
            search=args["q"] or None,
            reviewed={"yes": True, "no": False}.get(args["reviewed"]),
        )
        pages = max(1, -(-len(items) // PAGE_SIZE))
        try:
            page = min(max(1, int(request.args.get("page") or 1)), pages)
        except ValueError:
            page = 1
        shown = items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        listed = sorted({c for s in everything for c in s.conditions}, key=plain.condition_name)
        unlisted = sorted({c for s in everything for c in s.unlisted})
        waiting = sum(1 for s in everything if s.flags and not s.reviewed)
        link = {k: v for k, v in args.items() if v}
        return render(
            "list.html", items=shown, total=len(items), page=page, pages=pages,
            first=(page - 1) * PAGE_SIZE + 1, args=args, flags=sm.PRIORITY,
            conditions=listed, unlisted=unlisted, waiting=waiting, csrf=csrf_of(request),
            page_url=lambda n: "/?" + urlencode({**link, "page": n}),
            notice=request.args.get("notice") or "",
        )  # fmt: skip

    def next_unreviewed(after: str = "") -> Optional[str]:
        """The unreviewed conversation after ``after`` in inbox order (where ``after`` sits
        as if unreviewed, so marking it reviewed moves on), else the first one."""
        waiting = [s for s in sm.summaries(store, order="inbox", reviewed=False)]
        events = store.events(after) if after else []
        if events:
            here = sm.inbox_key(sm.summarize(after, events))  # without its note: unreviewed
            later = [s for s in waiting if s.sender_id != after and sm.inbox_key(s) > here]
            if later:
                return later[0].sender_id
        return next((s.sender_id for s in waiting if s.sender_id != after), None)

    def conversation_page(
        request: Request, sender_id: str, error: str = "", status: int = 200, **extra: Any
    ) -> HTTPResponse:
        events = store.events(sender_id)
        if not events:
            return render("missing.html", 404, csrf=csrf_of(request))
        summary = sm.summarize(sender_id, events, store.notes().get(sender_id))
        corrected = {row["event_id"]: row for row in store.corrections(sender_id)}
        messages = sm.transcript(events)
        named = {m.event_id: teach.named_conditions(m.text) for m in messages if m.role == "user"}
        return render(
            "conversation.html", status, s=summary, messages=messages, csrf=csrf_of(request),
            teachable=teach.teachable(events), corrected=corrected,
            topics=teach.topic_choices(), named=named, confirm=teach.NEEDS_CONFIRMATION,
            error=error, note_limit=NOTE_LIMIT, has_next=next_unreviewed(sender_id) is not None,
            **extra,
        )  # fmt: skip

    @app.get("/conversation")
    async def conversation(request: Request) -> HTTPResponse:
        return conversation_page(request, request.args.get("id") or "")

    @app.get("/next")
    async def next_one(request: Request) -> HTTPResponse:
        found = next_unreviewed(request.args.get("after") or "")
        if found is None:
            return response.redirect("/?" + urlencode({"notice": "Everything is reviewed."}))
        return response.redirect("/conversation?" + urlencode({"id": found}))

    @app.get("/alert/<token>")
    async def alert(request: Request, token: str) -> HTTPResponse:
        sender_id = store.alert_sender(token)
        if sender_id is None:
            return render("missing.html", 404, csrf=csrf_of(request))
        return response.redirect("/conversation?" + urlencode({"id": sender_id}))

    @app.get("/conversation/delete")
    async def delete_form(request: Request) -> HTTPResponse:
        sender_id = request.args.get("id") or ""
        events = store.events(sender_id)
        if not events:
            return render("missing.html", 404, csrf=csrf_of(request))
        summary = sm.summarize(sender_id, events)
        return render("delete.html", s=summary, csrf=csrf_of(request))

    @app.post("/conversation/delete")
    async def delete(request: Request) -> HTTPResponse:
        sender_id = request.form.get("id") or ""
        if request.form.get("confirm") != "yes" or not store.events(sender_id):
            return response.text("nothing deleted: not confirmed or no such conversation", 400)
        store.delete(sender_id)
        notice = f"Conversation {sender_id} deleted, with its notes."
        return response.redirect("/?" + urlencode({"notice": notice}), status=303)

    @app.post("/conversation/teach")
    async def teach_bot(request: Request) -> HTTPResponse:
        sender_id = request.form.get("id") or ""
        events = store.events(sender_id)
        try:
            event_id = int(request.form.get("event") or "")
        except ValueError:
            event_id = -1
        message = next((e for e in events if e.get("_id") == event_id), None)
        if message is None or event_id not in teach.teachable(events):
            return response.text("no such message to correct", status=404)
        text = message.get("text") or ""
        intent = request.form.get("intent") or ""
        condition = request.form.get("condition") or ""
        problem = teach.check(text, intent, condition, request.form.get("confirm") == "yes")
        if problem:
            return conversation_page(
                request, sender_id, status=400, error=problem, error_event=event_id,
                chosen={"intent": intent, "condition": condition},
            )  # fmt: skip
        store.set_correction(sender_id, event_id, text, intent, condition)
        query = urlencode({"id": sender_id})
        return response.redirect(f"/conversation?{query}#m{event_id}", status=303)

    @app.get("/corrections.yml")
    async def corrections(request: Request) -> HTTPResponse:
        return response.text(
            teach.nlu_yaml(store.corrections()),
            content_type="application/x-yaml; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="nlu_corrections.yml"'},
        )

    @app.post("/conversation/note")
    async def note(request: Request) -> HTTPResponse:
        sender_id = request.form.get("id") or ""
        if not store.events(sender_id):
            return response.text("no such conversation", status=404)
        text = request.form.get("note") or ""
        if len(text) > NOTE_LIMIT:
            error = (
                f"The note has {len(text):,} characters; the limit is {NOTE_LIMIT:,}. "
                "Nothing was saved: shorten it and save again."
            )
            return conversation_page(request, sender_id, status=400, note_error=error, note=text)
        reviewed = request.form.get("reviewed") == "on"
        store.set_note(sender_id, reviewed=reviewed, note=text)
        if reviewed and request.form.get("then") == "next":
            return response.redirect("/next?" + urlencode({"after": sender_id}), status=303)
        return response.redirect("/conversation?" + urlencode({"id": sender_id}), status=303)

    @app.get("/overview")
    async def overview(request: Request) -> HTTPResponse:
        try:
            days = int(request.args.get("days") or 30)
        except ValueError:
            days = 30
        days = days if days in RANGES else 30
        data = sm.stats(store, days=days, tz=tz)
        named = [(plain.condition_name(c), n) for c, n in data["top_conditions"]]
        topics = [(plain.intent_name(i), n) for i, n in data["top_intents"]]
        return render(
            "overview.html", data=data, csrf=csrf_of(request), days=days, ranges=RANGES,
            conditions=bar_chart(named), unlisted=bar_chart(data["top_unlisted"]),
            intents=bar_chart(topics), **per_day_charts(data["per_day"]),
        )  # fmt: skip

    return app


def serve(store: Store, host: str = "127.0.0.1", port: int = 5006) -> None:
    hashed = stored_hash()
    if not hashed:
        raise SystemExit("no password set: run `python -m chatbot.review set-password` first")
    from chatbot.review import notify

    tz = plain.zone()
    app = create_app(store, hashed, tz=tz)
    cfg = notify.config()
    if cfg is not None:
        app.add_task(notify.loop(store, cfg, tz=tz))
    print(f"review app on http://{host}:{port}/ (Ctrl-C stops it)", flush=True)
    print(notify.status_line(), flush=True)
    app.run(host=host, port=port, access_log=False, motd=False)
