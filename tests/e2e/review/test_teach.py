""" "Teach the bot" over HTTP, against the real `serve` process: the correction form on
failed messages only, CSRF, refusals, and the export. The rest: tests/unit/review/test_teach.py."""

from __future__ import annotations

import re

from chatbot.review.store import Store
from tests.e2e.review.test_web import Client, served  # noqa: F401  (module-scoped fixture)
from tests.unit.review.test_teach import examples, load_nlu


def teach_form(body: str) -> dict:
    form = re.search(r'<form class="teach" id="m(\d+)"', body)
    assert form, "no teach form"
    return {"event": form.group(1)}


def test_teach_form_only_on_failed_messages(served):  # noqa: F811
    client = Client(served[0])
    client.login()
    body = client.request("/conversation?id=conv-fallback")[1]
    assert body.count('class="teach"') == 1
    assert '<option value="faq_price" >Prices</option>' in body
    # "asdf qwer" names no condition: none offered, and the form says why.
    assert '<option value="sciatic_pain"' not in body and "No condition from your list" in body
    assert 'href="/corrections.yml"' in body
    assert 'class="teach"' not in client.request("/conversation?id=conv-human")[1]


def test_teach_over_http(served, tmp_path):  # noqa: F811
    base, url = served
    client = Client(base)
    client.login()
    path = "/conversation?id=conv-fallback"
    body = client.request(path)[1]
    form = {"id": "conv-fallback", "intent": "ask_condition", "condition": "sciatic_pain"}
    form.update(teach_form(body))
    # Without the CSRF token: refused, nothing stored.
    assert client.request("/conversation/teach", form)[0] == 403
    assert Store(url).corrections() == []
    # Unknown intent, or a message that was understood: refused.
    bad = dict(form, csrf=client.csrf(path), intent="no_such_intent")
    assert client.request("/conversation/teach", bad)[0] == 400
    events = Store(url).events("conv-human")
    other = dict(form, csrf=client.csrf(path), id="conv-human", event=events[-1]["_id"])
    assert client.request("/conversation/teach", other)[0] == 404
    # A condition the message does not name: refused with the reason, nothing stored.
    status, body, _, _ = client.request("/conversation/teach", dict(form, csrf=client.csrf(path)))
    assert status == 400 and "not named in this message" in body
    assert Store(url).corrections() == []
    # Without it: stored, shown, exported.
    form["condition"] = ""
    status, body, _, _ = client.request("/conversation/teach", dict(form, csrf=client.csrf(path)))
    assert status == 200 and "taught: A condition" in body
    [row] = Store(url).corrections()
    assert (row["text"], row["intent"], row["condition"]) == ("asdf qwer", "ask_condition", None)
    status, text, headers, _ = client.request("/corrections.yml")
    assert status == 200 and "attachment" in headers["Content-Disposition"]
    assert examples(load_nlu(text, tmp_path)) == {("asdf qwer", "ask_condition"): []}


def test_export_needs_a_session(served):  # noqa: F811
    status, _, headers, _ = Client(served[0]).request("/corrections.yml", follow=False)
    assert status in (302, 303) and headers["Location"].endswith("/login")
