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
from typing import Any, Dict, List, Optional
from urllib.parse import quote, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from chatbot.review import summary as sm
from chatbot.review import teach
from chatbot.review.auth import Sessions, Throttle, stored_hash, verify_password
from chatbot.review.store import Store

COOKIE = "review_session"
LOGIN_COOKIE = "review_login"
TEMPLATES = Path(__file__).parent / "templates"
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)


def bar_chart(rows: List[tuple], width: int = 560, bar: int = 18, fmt=str) -> Dict[str, Any]:
    """Geometry for a horizontal SVG bar chart: [(label, value)] -> bars (no JS)."""
    top = max([v for _, v in rows] or [0]) or 1
    label_w = 170
    bars = [
        {
            "label": label, "value": fmt(value), "y": i * (bar + 6),
            "w": round((width - label_w - 60) * value / top, 1), "x": label_w,
        }
        for i, (label, value) in enumerate(rows)
    ]  # fmt: skip
    return {"bars": bars, "width": width, "height": max(1, len(rows)) * (bar + 6), "bar": bar}


def create_app(
    store: Store, password_hash: Optional[str], throttle: Optional[Throttle] = None
) -> Sanic:
    app = Sanic(f"review_{secrets.token_hex(4)}")
    app.config.FORWARDED_SECRET = None
    env = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True)
    )
    env.filters["iso"] = sm.iso
    env.filters["q"] = lambda s: quote(str(s), safe="")
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

    def set_cookie(resp: HTTPResponse, name: str, value: str, max_age: int) -> None:
        resp.cookies[name] = value
        cookie = resp.cookies[name]
        cookie["httponly"] = True
        cookie["samesite"] = "Strict"
        cookie["path"] = "/"
        cookie["max-age"] = max_age

    @app.middleware("request")
    async def require_login(request: Request):
        if request.path in ("/login",):
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

    @app.get("/")
    async def conversations(request: Request) -> HTTPResponse:
        args = {k: request.args.get(k) or "" for k in ("flag", "condition", "q", "reviewed")}
        items = sm.summaries(
            store,
            flag=args["flag"] or None,
            condition=args["condition"] or None,
            search=args["q"] or None,
            reviewed={"yes": True, "no": False}.get(args["reviewed"]),
        )
        conditions = sorted({c for s in sm.summaries(store) for c in s.conditions})
        return render(
            "list.html", items=items, args=args, flags=sm.FLAGS, conditions=conditions,
            csrf=request.ctx.session["csrf"],
        )  # fmt: skip

    @app.get("/conversation")
    async def conversation(request: Request) -> HTTPResponse:
        sender_id = request.args.get("id") or ""
        events = store.events(sender_id)
        if not events:
            return render("missing.html", 404, csrf=request.ctx.session["csrf"])
        summary = sm.summarize(sender_id, events, store.notes().get(sender_id))
        corrected = {row["event_id"]: row for row in store.corrections(sender_id)}
        return render(
            "conversation.html", s=summary, messages=sm.transcript(events),
            csrf=request.ctx.session["csrf"], low=sm.LOW_CONFIDENCE,
            teachable=teach.teachable(events), corrected=corrected,
            intents=teach.intents(), condition_choices=teach.conditions(),
        )  # fmt: skip

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
        intent = request.form.get("intent") or ""
        condition = request.form.get("condition") or ""
        if intent not in teach.intents():
            return response.text("unknown intent", status=400)
        if condition and condition not in {cid for cid, _ in teach.conditions()}:
            return response.text("unknown condition", status=400)
        store.set_correction(sender_id, event_id, message.get("text") or "", intent, condition)
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
        store.set_note(
            sender_id,
            reviewed=request.form.get("reviewed") == "on",
            note=(request.form.get("note") or "")[:5000],
        )
        return response.redirect("/conversation?" + urlencode({"id": sender_id}), status=303)

    @app.get("/overview")
    async def overview(request: Request) -> HTTPResponse:
        data = sm.stats(store)
        per_day = [(row["day"], row["conversations"]) for row in data["per_day"][-30:]]
        rate = [
            (row["day"], row["with_fallback"] / row["conversations"])
            for row in data["per_day"][-30:]
        ]
        return render(
            "overview.html", data=data, csrf=request.ctx.session["csrf"],
            per_day=bar_chart(per_day), conditions=bar_chart(data["top_conditions"]),
            intents=bar_chart(data["top_intents"]),
            fallback=bar_chart(rate, fmt=lambda v: f"{v:.0%}"),
        )  # fmt: skip

    return app


def serve(store: Store, host: str = "127.0.0.1", port: int = 5006) -> None:
    hashed = stored_hash()
    if not hashed:
        raise SystemExit("no password set: run `python -m chatbot.review set-password` first")
    app = create_app(store, hashed)
    print(f"review app on http://{host}:{port}/ (Ctrl-C stops it)", flush=True)
    app.run(host=host, port=port, access_log=False, motd=False)
