"""The therapist's daily flow in headless Chromium, against the real `serve` process: the
inbox order (crisis pinned, then "asked for Renée", then not understood), plain labels,
local time, unlisted-condition tags, paging, "next unreviewed", the copy button, delete
from the app, teach guards, charts on a 0-100 % scale with every day; screenshots of each
page at desktop width and 375 px go to results/screenshots/.
"""

from __future__ import annotations

import datetime as dt
import sys
from zoneinfo import ZoneInfo

import pytest

from chatbot.review.auth import hash_password
from chatbot.review.store import Store
from scripts import servers
from scripts.servers import ROOT
from tests import needs
from tests.conversations import action, bot_says, user, write_conversation

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery"
ZONE = "Asia/Kathmandu"  # UTC+05:45: a local clock never equal to UTC's
TZ = ZoneInfo(ZONE)
SHOTS = ROOT / "results" / "screenshots"
ROOM = 560 - 170 - 60  # a full bar's width in chatbot/review/charts.py


def noon(days_ago: int) -> float:
    """Local noon, ``days_ago`` days before today, as a timestamp."""
    today = dt.datetime.now(TZ).date() - dt.timedelta(days=days_ago)
    return dt.datetime.combine(today, dt.time(12), tzinfo=TZ).timestamp()


CRISIS_AT = noon(0) - 3600
CONVERSATIONS = [
    # (id, turns, start): the newest is not the most urgent.
    ("telegram:42", [user("blorp zzz", "nlu_fallback", 0.2), action("action_fallback")], noon(0)),
    (
        "rest:teach",
        [
            user("my sciatica hurts blah", "ask_condition", 0.4, ["sciatic_pain"]),
            user("qqq zzz", "nlu_fallback", 0.1),
            action("action_fallback"),
        ],
        noon(0) - 600,
    ),
    (
        "twilio:whatsapp:+15550001111",
        [
            user("can I talk to Renée herself", "request_human", 0.97),
            action("action_contact_therapist"),
            bot_says("You can reach Renée by email."),
        ],
        noon(0) - 1800,
    ),
    (
        "socketio:crisis-1",
        [
            user("hello", "greet", 0.99),
            bot_says("Hi!"),
            user("I want to end it all", "crisis", 1.0, safety_rule="self_harm"),
            action("action_crisis_response"),
            bot_says("Please call 988."),
        ],
        CRISIS_AT,
    ),
    ("rest:quiet-1", [user("hi", "greet")], noon(2)),
    ("rest:quiet-2", [user("price?", "faq_price")], noon(2) + 60),
    ("rest:fb3", [user("wibble", "nlu_fallback", 0.1)], noon(3)),
    ("rest:fine3", [user("where are you?", "faq_location")], noon(3) + 60),
    (
        "rest:plantar",
        [user("do you treat plantar fasciitis?", "ask_condition", 0.9, [], ["plantar fasciitis"])],
        noon(5),
    ),
    ("rest:delete-me", [user("please forget me", "greet", 0.9)], noon(12)),
    ("rest:old-crisis", [user("I'm in danger", "emergency", 1.0)], noon(15)),
] + [(f"rest:filler-{i:02d}", [user("hello", "greet")], noon(10 + i % 10)) for i in range(25)]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("review-inbox")
    url = f"sqlite:///{folder / 'c.db'}"
    for sender_id, turns, start in CONVERSATIONS:
        write_conversation(url, sender_id, turns, start=start)
    Store(url).set_note("rest:old-crisis", reviewed=True)
    port = servers.free_port()
    env = servers.child_env(
        REVIEW_PASSWORD_HASH=hash_password(PASSWORD), PRACTICE_TIME_ZONE=ZONE,
        CHATBOT_SETTINGS=str(folder / "none.yml"),
    )  # fmt: skip
    cmd = [sys.executable, "-m", "chatbot.review", "--db", url, "serve", "--port", str(port)]
    proc = servers.start("review app", cmd, env, folder / "review.log")
    try:
        servers.wait_ready([f"http://127.0.0.1:{port}/login"], [proc], timeout=60)
        yield f"http://127.0.0.1:{port}", url
    finally:
        servers.stop([proc])


@pytest.fixture(scope="module")
def browser():
    with needs.chromium() as chromium:
        yield chromium


@pytest.fixture
def page(browser, app):
    context = browser.new_context()
    context.set_default_timeout(20_000)
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.goto(app[0] + "/login")
    page.fill("input[name=password]", PASSWORD)
    page.click("form[action='/login'] button")
    page.wait_for_url(app[0] + "/")
    yield page
    assert page.dialogs == [], "the app must not need dialogs"
    context.close()


def ids(page) -> list:
    return page.locator("tr.conv").evaluate_all("rows => rows.map(r => r.dataset.id)")


def test_inbox_pins_what_needs_her_in_plain_words(page, app):
    assert ids(page)[:5] == [
        "socketio:crisis-1", "twilio:whatsapp:+15550001111", "telegram:42", "rest:teach",
        "rest:fb3",
    ]  # fmt: skip
    crisis = page.locator("tr.conv[data-id='socketio:crisis-1']")
    # Unmistakable by text and icon as well as colour; the line that raised the flag.
    assert "⚠ Crisis / emergency" in crisis.inner_text()
    assert crisis.locator("td.headline").inner_text() == "I want to end it all"
    colour = crisis.evaluate("r => getComputedStyle(r).backgroundColor")
    plain = page.locator("tr.conv[data-id='rest:quiet-1']").evaluate(
        "r => getComputedStyle(r).backgroundColor"
    )
    assert colour != plain
    human = page.locator("tr.conv[data-id='twilio:whatsapp:+15550001111']")
    assert "☎ Asked for Renée" in human.inner_text() and "WhatsApp" in human.inner_text()
    assert "Telegram" in page.locator("tr.conv[data-id='telegram:42']").inner_text()
    # Local time (the setting), not UTC ISO strings.
    local = dt.datetime.fromtimestamp(CRISIS_AT + 5, TZ).strftime("%H:%M")  # its last event
    assert f"today {local}" in crisis.inner_text() or f"yesterday {local}" in crisis.inner_text()
    text = page.inner_text("main")
    assert "nlu_fallback" not in text and "T12:" not in text and "+00:00" not in text
    # Conditions not on her list: a tag of their own.
    row = page.locator("tr.conv[data-id='rest:plantar']")
    assert "plantar fasciitis · not on your list" in row.inner_text()


def test_paging(page, app):
    assert len(ids(page)) == 25 and "Page 1 of 2" in page.inner_text("main")
    first = ids(page)
    page.click("a[rel=next]")
    rest = ids(page)
    assert len(rest) == len(CONVERSATIONS) - 25 and not set(first) & set(rest)
    assert rest[-1] == "rest:old-crisis"  # reviewed: no longer pinned


def test_conversation_page_labels_time_copy_and_next(page, app):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.click("tr.conv[data-id='socketio:crisis-1'] a")
    page.wait_for_url("**/conversation?id=socketio%3Acrisis-1")
    main = page.inner_text("main")
    assert "Website" in main and "Topic: Crisis" in main and "Greeting" in main
    whos = page.locator(".msg .who").all_inner_texts()
    assert whos == ["Visitor", "Assistant", "Visitor", "Assistant"]
    times = page.locator(".msg time").all_inner_texts()
    assert times[2] == dt.datetime.fromtimestamp(CRISIS_AT + 3, TZ).strftime("%H:%M")
    page.click("button[data-copy=conv-id]")
    page.wait_for_function(
        "() => document.querySelector('button[data-copy]').textContent === 'Copied'"
    )
    assert page.evaluate("navigator.clipboard.readText()") == "socketio:crisis-1"
    page.click("text=Next unreviewed →")
    page.wait_for_url("**/conversation?id=twilio%3Awhatsapp%3A%2B15550001111")
    page.check("input[name=reviewed]")
    page.click("button[name=then]")
    page.wait_for_url("**/conversation?id=telegram%3A42")
    assert Store(app[1]).notes()["twilio:whatsapp:+15550001111"]["reviewed"]


def test_delete_from_the_app(page, app):
    base, url = app
    page.goto(base + "/?q=rest%3Adelete-me")
    assert ids(page) == ["rest:delete-me"]
    page.click("tr.conv a")
    page.click("text=Delete this conversation…")
    page.wait_for_url("**/conversation/delete?id=rest%3Adelete-me")
    assert Store(url).events("rest:delete-me")  # asking is not deleting
    # Without the CSRF token: refused.
    form = {"id": "rest:delete-me", "confirm": "yes"}
    assert page.request.post(base + "/conversation/delete", form=form).status == 403
    page.click("button.danger")
    page.wait_for_url(base + "/?**")
    assert "Conversation rest:delete-me deleted" in page.inner_text(".notice")
    assert Store(url).events("rest:delete-me") == []


def test_teach_guards(page, app):
    base, url = app
    page.goto(base + "/conversation?id=rest%3Ateach")
    forms = page.locator("form.teach")
    assert forms.count() == 2
    first = forms.nth(0)
    # Only the condition named in the message is offered; topics in plain words.
    assert first.locator("select[name=condition] option").all_inner_texts() == [
        "none", "Sciatic pain",
    ]  # fmt: skip
    topics = first.locator("select[name=intent] option").all_inner_texts()
    assert "Insurance" in topics and "faq_insurance" not in topics
    assert "Crisis (needs confirming)" in topics
    assert "No condition from your list" in forms.nth(1).inner_text()
    # Crisis from gibberish without the confirmation: refused, said so, nothing stored.
    second = forms.nth(1)
    second.locator("select[name=intent]").select_option("crisis")
    second.locator("button").click()
    page.wait_for_load_state()
    assert "Tick the confirmation box" in page.inner_text("main")
    assert Store(url).corrections("rest:teach") == []
    second = page.locator("form.teach").nth(1)
    assert second.locator("select[name=intent]").input_value() == "crisis"  # kept
    second.locator("input[name=confirm]").check()
    second.locator("button").click()
    page.wait_for_load_state()
    assert [r["intent"] for r in Store(url).corrections("rest:teach")] == ["crisis"]
    # A note over the stated limit: refused with the reason, the text kept.
    assert "up to 5,000 characters" in page.inner_text("main")
    page.fill("textarea[name=note]", "x" * 5001)
    page.click("form[action='/conversation/note'] button >> nth=0")
    page.wait_for_load_state()
    assert "the limit is 5,000" in page.inner_text("main")
    assert len(page.input_value("textarea[name=note]")) == 5001
    assert "rest:teach" not in Store(url).notes()


def test_week_chart_every_day_on_a_full_scale(page, app):
    page.goto(app[0] + "/overview?days=7")
    days = [(dt.datetime.now(TZ).date() - dt.timedelta(days=d)) for d in range(6, -1, -1)]
    labels = [d.strftime("%a %-d %b") for d in days]
    bars = page.locator("#chart-per-day rect.bar")
    assert bars.evaluate_all("bs => bs.map(b => b.dataset.label)") == labels
    counts = bars.evaluate_all("bs => bs.map(b => b.dataset.value)")
    assert counts == ["0", "1", "0", "2", "2", "0", "4"]  # empty days included
    shares = page.locator("#chart-fallback rect.bar").evaluate_all(
        "bs => bs.map(b => [b.dataset.value, Number(b.getAttribute('width'))])"
    )
    # 0-100 %: 50 % is half a bar though no day is higher; no conversations: no bar.
    assert shares[-1] == ["0.5", ROOM / 2] and shares[3] == ["0.5", ROOM / 2]
    assert shares[4] == ["0.0", 0] and shares[5] == ["", 0]
    assert "100%" in page.inner_text("#chart-fallback")
    unlisted = page.locator("#chart-unlisted rect.bar")
    assert unlisted.evaluate_all("bs => bs.map(b => b.dataset.label)") == ["plantar fasciitis"]


@pytest.mark.parametrize("width", [1280, 375])
def test_screenshots(page, app, width):
    base = app[0]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": width, "height": 900})
    pages = {
        "inbox": "/",
        "conversation": "/conversation?id=socketio%3Acrisis-1",
        "teach": "/conversation?id=rest%3Ateach",
        "delete": "/conversation/delete?id=rest%3Aquiet-1",
        "overview": "/overview?days=7",
    }
    for name, path in pages.items():
        page.goto(base + path)
        # Nothing wider than the screen at phone width (the charts scale down).
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, name
        page.screenshot(path=str(SHOTS / f"review-{name}-{width}.png"), full_page=True)
