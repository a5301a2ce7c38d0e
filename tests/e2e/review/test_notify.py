"""An alert's link through the real review app (`python -m chatbot.review serve`): after
login it opens the flagged conversation. The e-mails themselves: tests/unit/review/test_notify.py."""

from __future__ import annotations

import sys
import time

from chatbot.review import notify
from chatbot.review.auth import hash_password
from chatbot.review.store import Store
from scripts import servers
from tests.e2e.review.test_web import PASSWORD, Client
from tests.unit.review.test_notify import RECIPIENT, environment, write_day


def test_alert_link_opens_the_conversation(smtp, sqlite_url, tmp_path):
    """The /alert/<token> route of the real app leads to the conversation (after login)."""
    inbox, port = smtp
    write_day(sqlite_url, time.time())
    env = environment(port, tmp_path)
    store = Store(sqlite_url)
    notify.send_alerts(store, notify.config(env=env))
    token = next(a["token"] for sid, a in store.alerts().items() if sid == "socketio:c1")
    app_port = servers.free_port()
    cmd = [sys.executable, "-m", "chatbot.review", "--db", sqlite_url, "serve", "--port",
           str(app_port)]  # fmt: skip
    env = dict(env, REVIEW_PASSWORD_HASH=hash_password(PASSWORD))
    proc = servers.start("review app", cmd, env, tmp_path / "review.log")
    try:
        base = f"http://127.0.0.1:{app_port}"
        servers.wait_ready([base + "/login"], [proc], timeout=60)
        client = Client(base)
        client.login()
        status, body, _, final = client.request(f"/alert/{token}")
        assert status == 200 and final.endswith("/conversation?id=socketio%3Ac1")
        assert client.request("/alert/not-a-token")[0] == 404
    finally:
        servers.stop([proc])
    log = (tmp_path / "review.log").read_text()
    assert f"e-mail notifications: on, to {RECIPIENT}" in log
