"""One conversation, whatever the visitor does: two tabs, a reply that comes late, a reload
while a question has no answer. Against the real bot; a late reply is made by holding the
bot's socket.io messages at the browser's network boundary (Playwright's WebSocket route)."""

from __future__ import annotations

import json
import re

import pytest

from tests.e2e.browser import site
from tests.e2e.browser.test_widget import BOT, USER, demo, open_widget, wait_for_replies

pytestmark = [pytest.mark.e2e, pytest.mark.browser]


def ask(page, text: str) -> None:
    box = page.get_by_label("Your message")
    box.fill(text)
    box.press("Enter")


def stored(page, bot) -> dict:
    return json.loads(page.evaluate("k => localStorage.getItem(k)", "renee-chat:" + bot.base))


def test_two_tabs_share_one_conversation(page, bot):
    tab_a = page
    tab_b = page.context.new_page()
    open_widget(tab_a, demo(bot))
    tab_b.goto(demo(bot))
    tab_b.get_by_role("dialog").wait_for()  # open in one tab: open in the next one too

    ask(tab_b, "do you take insurance?")
    wait_for_replies(tab_b, 1)  # after the greeting
    wait_for_replies(tab_a, 1)
    assert tab_a.locator(USER).all_inner_texts() == tab_b.locator(USER).all_inner_texts()
    assert tab_a.locator(".log").inner_text() == tab_b.locator(".log").inner_text()

    before = tab_b.locator(BOT).count()
    ask(tab_a, "can massage help with sciatica?")
    wait_for_replies(tab_a, before)
    wait_for_replies(tab_b, before)
    assert tab_a.locator(".log").inner_text() == tab_b.locator(".log").inner_text()

    kept = stored(tab_a, bot)
    said = [m["text"] for m in kept["log"] if m["who"] == "user"]
    assert said == ["do you take insurance?", "can massage help with sciatica?"]
    assert len(kept["log"]) == tab_a.locator(f"{BOT}, {USER}").count() - 1  # not the greeting
    status, tracker = bot.api("GET", f"/conversations/socketio:{kept['session']}/tracker")
    assert status == 200
    assert [e["text"] for e in tracker["events"] if e.get("event") == "user"] == said
    # Both tabs heard every reply; each is kept once.
    sent = [e["text"] for e in tracker["events"] if e.get("event") == "bot" and e.get("text")]
    assert [m["text"] for m in kept["log"] if m["who"] == "bot"] == sent


class HeldReplies:
    """Passes the widget's socket through, holding the bot's replies while ``hold``."""

    def __init__(self, page) -> None:
        self.hold, self.held, self.routes = True, [], []
        page.route_web_socket(re.compile(r"/socket\.io/"), self._route)

    def _route(self, ws) -> None:
        server = ws.connect_to_server()
        self.routes.append(ws)
        ws.on_message(lambda message: server.send(message))

        def from_server(message) -> None:
            if self.hold and '"bot_uttered"' in str(message):
                self.held.append((ws, message))
            else:
                ws.send(message)

        server.on_message(from_server)

    def release(self) -> None:
        self.hold = False
        for ws, message in self.held:
            ws.send(message)
        self.held = []


def slow_page(site_server, bot) -> str:
    """The practice's page, its widget saying "no reply" after 2 s instead of 20 s."""
    attrs = {"reply-timeout": "2000", "open": "true"}
    body = site.html(bot.base + "/widget/widget.js", bot.base, attrs=attrs)
    return site_server.add("/slow.html", body)


def test_a_late_reply_replaces_the_error(page, bot, site_server, screenshots):
    held = HeldReplies(page)
    page.goto(slow_page(site_server, bot))
    ask(page, "do you take insurance?")
    page.get_by_role("alert").wait_for()
    assert page.get_by_role("button", name="Try again").is_visible()
    page.screenshot(path=str(screenshots / "widget-error.png"))
    for _ in range(150):  # until the bot's answer is held
        if held.held:
            break
        page.wait_for_timeout(200)
    assert held.held, "the bot never answered"

    held.release()
    page.locator(BOT).first.wait_for()
    page.get_by_role("alert").wait_for(state="detached")
    assert page.get_by_role("button", name="Try again").count() == 0
    assert page.locator(USER).count() == 1  # asked once, answered once
    assert stored(page, bot).get("pending") is None
    page.reload()
    page.locator(BOT).first.wait_for()
    assert page.get_by_role("alert").count() == 0
    assert page.locator(USER).count() == 1


def test_a_reload_keeps_the_unanswered_question_and_its_error(page, bot, site_server):
    held = HeldReplies(page)
    page.goto(slow_page(site_server, bot))
    ask(page, "do you take insurance?")
    page.get_by_role("alert").wait_for()

    page.reload()
    page.get_by_role("alert").wait_for()
    assert page.locator(USER).count() == 1
    assert page.locator(USER).inner_text().endswith("do you take insurance?")
    assert page.locator(".typing").count() == 0

    held.release()  # the reply to the first try went to the closed page: "Try again" asks again
    page.get_by_role("button", name="Try again").click()
    page.locator(BOT).first.wait_for(timeout=30_000)
    assert "insurance" in page.locator(BOT).first.inner_text().lower()
    assert page.get_by_role("alert").count() == 0
    assert page.locator(USER).count() == 1
