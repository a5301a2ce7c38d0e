"""E-mail alerts and the daily digest against a real SMTP server (aiosmtpd, started here):
one e-mail per crisis / "talk to Renée" conversation, with the link and no visitor text,
at most one per conversation per hour; the digest's figures equal the store's."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
import time

from chatbot.review import notify
from chatbot.review import summary as sm
from chatbot.review.store import Store
from scripts import servers
from tests import needs
from tests.conversations import action, bot_says, user, write_conversation

RECIPIENT = "renee@practice.test"
REVIEW_URL = "http://review.practice.test:5006"
VISITOR_TEXTS = [
    "hello there",
    "I want to end my life tonight",
    "can I talk to Renée herself? my number is [phone]",
    "zorp blip",
    "I am in danger",
]


def environment(port: int, tmp_path, **extra) -> dict:
    values = dict(
        REVIEW_SMTP_HOST="127.0.0.1", REVIEW_SMTP_PORT=str(port), REVIEW_SMTP_STARTTLS="off",
        PRACTICE_NOTIFY_EMAIL=RECIPIENT, PRACTICE_REVIEW_URL=REVIEW_URL,
        CHATBOT_SETTINGS=str(tmp_path / "none.yml"),
    )  # fmt: skip
    return servers.child_env(**{**values, **extra})


def write_day(url: str, now: float) -> None:
    write_conversation(url, "socketio:c1", [
        user(VISITOR_TEXTS[0], "greet"), bot_says("Hi!"),
        user(VISITOR_TEXTS[1], "crisis", 1.0, safety_rule="self_harm"),
        action("action_crisis_response"),
    ], start=now - 600)  # fmt: skip
    write_conversation(url, "twilio:whatsapp:+15550001111", [
        user(VISITOR_TEXTS[2], "request_human"), action("action_contact_therapist"),
    ], start=now - 300)  # fmt: skip
    write_conversation(url, "rest:fb", [user(VISITOR_TEXTS[3], "nlu_fallback", 0.1)], start=now)
    # Flagged two days ago: before alerts could have been sent, not mailed now.
    write_conversation(url, "rest:old", [user(VISITOR_TEXTS[4], "emergency", 1.0)],
                       start=now - 2 * 86400)  # fmt: skip


def body_of(message) -> str:
    return message.get_body(("plain",)).get_content()


def test_one_alert_per_flagged_conversation_without_visitor_text(smtp, sqlite_url, tmp_path):
    inbox, port = smtp
    now = time.time()
    write_day(sqlite_url, now)
    cmd = [sys.executable, "-m", "chatbot.review", "--db", sqlite_url, "notify"]
    env = environment(port, tmp_path)
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "2 e-mail(s) sent"
    assert len(inbox.messages) == 2
    store = Store(sqlite_url)
    flagged = {}
    for recipients, message in inbox.messages:
        assert recipients == [RECIPIENT] and message["To"] == RECIPIENT
        raw = message.as_string()
        for text in VISITOR_TEXTS:
            assert text not in raw
        assert "5550001111" not in raw  # the WhatsApp id is a phone number
        [token] = re.findall(re.escape(REVIEW_URL) + r"/alert/([\w-]+)", body_of(message))
        flagged[store.alert_sender(token)] = body_of(message)
    assert set(flagged) == {"socketio:c1", "twilio:whatsapp:+15550001111"}
    assert "Crisis / emergency" in flagged["socketio:c1"]
    assert "Asked for Renée" in flagged["twilio:whatsapp:+15550001111"]
    assert "WhatsApp" in flagged["twilio:whatsapp:+15550001111"]
    # Again: nothing new.
    subprocess.run(cmd, env=env, capture_output=True, timeout=120, check=True)
    assert len(inbox.messages) == 2
    # A second crisis message within the hour: no second e-mail yet; after the hour, one.
    write_conversation(sqlite_url, "socketio:c1", [user("still here", "crisis", 1.0)], start=now)
    cfg = notify.config(env=env)
    assert notify.send_alerts(store, cfg, now=now + 60) == 0
    assert notify.send_alerts(store, cfg, now=now + 3600 + 60) == 1
    assert notify.send_alerts(store, cfg, now=now + 3600 + 120) == 0
    assert len(inbox.messages) == 3 and "still here" not in inbox.messages[-1][1].as_string()


def test_daily_digest_figures_equal_the_store(smtp, sqlite_url, tmp_path):
    inbox, port = smtp
    tz = dt.timezone.utc
    today = dt.datetime.now(tz).date()
    yesterday_noon = dt.datetime.combine(today - dt.timedelta(days=1), dt.time(12), tz)
    write_day(sqlite_url, yesterday_noon.timestamp())
    write_conversation(sqlite_url, "rest:pf", [
        user("plantar fasciitis?", "ask_condition", 0.9, [], ["plantar fasciitis"]),
        user("and prices?", "faq_price"),
    ], start=yesterday_noon.timestamp() + 100)  # fmt: skip
    write_conversation(sqlite_url, "rest:today", [user("hi", "greet")])  # not yesterday's
    store = Store(sqlite_url)
    store.set_note("rest:fb", reviewed=True)
    env = environment(port, tmp_path, PRACTICE_DAILY_DIGEST="true", PRACTICE_DIGEST_HOUR="6")
    cfg = notify.config(env=env)
    at_five = dt.datetime.combine(today, dt.time(5), tz).timestamp()
    at_seven = at_five + 2 * 3600
    assert not notify.send_digest(store, cfg, now=at_five, tz=tz)  # before the hour
    assert notify.send_digest(store, cfg, now=at_seven, tz=tz)
    assert not notify.send_digest(store, cfg, now=at_seven + 3600, tz=tz)  # once a day
    [(_, message)] = inbox.messages
    body = body_of(message).replace("\r\n", "\n")
    # The store's figures for yesterday, counted here from the events themselves.
    start = yesterday_noon.timestamp() - 12 * 3600
    conversations = {
        sid: evs for sid, evs in store.all_events().items()
        if start <= min(e["timestamp"] for e in evs) < start + 86400
    }  # fmt: skip
    visitor = [e for evs in conversations.values() for e in evs if e.get("event") == "user"]
    assert f"{len(conversations)} conversation(s), {len(visitor)} visitor message(s)" in body
    assert (len(conversations), len(visitor)) == (4, 6)
    assert f"{sm.FLAG_LABELS['crisis']}: 1" in body and f"{sm.FLAG_LABELS['human']}: 1" in body
    assert "Asked about, not on your list:\n  plantar fasciitis: 1" in body
    assert "Prices: 1" in body and "Not understood: 1" in body
    # Flagged, not reviewed: c1, the WhatsApp one and the old emergency (rest:fb is reviewed).
    assert "Flagged conversations not yet reviewed: 3" in body
    for text in VISITOR_TEXTS:
        assert text not in message.as_string()


def test_starttls_and_login(sqlite_url, tmp_path):
    """The usual provider set-up: STARTTLS (certificate checked) then a login."""
    import ssl

    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    from tests.conversations import SmtpInbox

    if not shutil.which("openssl"):
        needs.unavailable("no openssl command (apt-get install openssl)")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    logins = []

    def authenticator(server, session, envelope, mechanism, data):
        ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
            b"renee", b"app-password",
        )  # fmt: skip
        logins.append(ok)
        return AuthResult(success=ok)

    inbox, port = SmtpInbox(), servers.free_port()
    controller = Controller(
        inbox, hostname="127.0.0.1", port=port, tls_context=context, require_starttls=True,
        authenticator=authenticator, auth_require_tls=True,
    )  # fmt: skip
    controller.start()
    try:
        write_day(sqlite_url, time.time())
        env = environment(port, tmp_path, REVIEW_SMTP_STARTTLS="on", REVIEW_SMTP_USER="renee",
                          REVIEW_SMTP_PASSWORD="app-password", SSL_CERT_FILE=str(cert))  # fmt: skip
        cmd = [sys.executable, "-m", "chatbot.review", "--db", sqlite_url, "notify"]
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert len(inbox.messages) == 2 and logins == [True, True]  # one per e-mail
        assert "app-password" not in done.stdout + done.stderr
        # An untrusted certificate: nothing is sent (the password never leaves).
        write_conversation(sqlite_url, "rest:new", [user("help", "request_human")])
        env["SSL_CERT_FILE"] = str(tmp_path / "missing.pem")
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode != 0 and "CERTIFICATE_VERIFY_FAILED" in done.stderr
        assert len(inbox.messages) == 2 and logins == [True, True]  # no new login
    finally:
        controller.stop()
