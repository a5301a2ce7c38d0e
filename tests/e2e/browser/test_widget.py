"""The website chat widget in real headless Chromium, against the real bot (socket.io)."""

from __future__ import annotations

import json
import time

import pytest

from scripts import servers
from tests.e2e.browser.conftest import METRICS

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

TITLE = "Ask Renée's assistant"  # data-title on the demo page
XSS = "<img src=x onerror=alert(1)>"
# Playwright's CSS locators pierce the widget's (open) shadow root.
BOT = ".m.bot:not(.typing)"
USER = ".m.user"


def demo(bot) -> str:
    return bot.base + "/widget/demo.html"


def open_widget(page, url: str) -> None:
    page.goto(url)
    page.get_by_role("button", name=TITLE).click()
    assert page.get_by_role("dialog", name=TITLE).is_visible()


def wait_for_replies(page, before: int, timeout: float = 30) -> str:
    """Texts of the bot messages after the first `before`, once they stop arriving."""
    bots = page.locator(BOT)
    deadline = time.monotonic() + timeout
    while bots.count() <= before:
        assert time.monotonic() < deadline, "no reply from the assistant"
        assert not page.locator(".m.err").count(), page.locator(".m.err").inner_text()
        page.wait_for_timeout(100)
    count = -1
    while count != bots.count():  # Rasa sends a reply as several messages
        count = bots.count()
        page.wait_for_timeout(700)
    return "\n".join(bots.all_inner_texts()[before:])


def ask(page, text: str) -> str:
    before = page.locator(BOT).count()
    box = page.get_by_label("Your message")
    box.fill(text)
    box.press("Enter")
    return wait_for_replies(page, before)


def session_id(page, bot) -> str:
    key = "renee-chat:" + bot.base
    return json.loads(page.evaluate("k => localStorage.getItem(k)", key))["session"]


def test_answers_insurance_and_sciatica_and_reports_page_weight(page, bot):
    open_widget(page, demo(bot))
    assert "insurance" in ask(page, "do you take insurance?").lower()
    assert "Sciatic pain" in ask(page, "can massage help with sciatica?")

    timing = page.evaluate(
        """() => {
        const js = performance.getEntriesByType('resource').find(e => e.name.endsWith('/widget.js'));
        const at = n => performance.getEntriesByName(n)[0].startTime;
        return {transfer: js.transferSize, encoded: js.encodedBodySize, decoded: js.decodedBodySize,
                ready: at('renee-chat:ready'),
                reply: at('renee-chat:first-reply') - at('renee-chat:first-send')};
        }"""
    )
    METRICS.append(
        {
            "widget.js transferred": f"{timing['transfer']} B "
            f"({timing['encoded']} B gzip body, {timing['decoded']} B uncompressed)",
            "widget ready after navigation": f"{timing['ready']:.0f} ms",
            "first reply after sending": f"{timing['reply']:.0f} ms",
        }
    )
    assert timing["encoded"] < 15_000  # a chat button must not weigh down a practice's page


def test_quick_reply_button_sends_its_payload(page, bot):
    open_widget(page, demo(bot))
    ask(page, "do you take insurance?")
    before = page.locator(BOT).count()
    page.get_by_role("button", name="Book a session").click()
    reply = wait_for_replies(page, before)
    assert page.locator(USER).last.inner_text().endswith("Book a session")  # title, not payload
    assert "book" in reply.lower()
    link = page.locator(f"{BOT} a").last
    assert link.get_attribute("href").startswith("https://")
    assert link.get_attribute("target") == "_blank"
    assert "noopener" in link.get_attribute("rel")


def test_reload_keeps_the_same_conversation(page, bot):
    open_widget(page, demo(bot))
    ask(page, "do you take insurance?")
    sender = session_id(page, bot)
    shown = page.locator(".log").inner_text()

    page.reload()
    dialog = page.get_by_role("dialog", name=TITLE)
    dialog.wait_for()  # it was open: it stays open
    assert page.locator(".log").inner_text() == shown
    ask(page, "can massage help with sciatica?")
    assert session_id(page, bot) == sender

    # The server agrees: both questions are in one conversation.
    status, tracker = bot.api("GET", f"/conversations/socketio:{sender}/tracker")
    assert status == 200
    said = [e.get("text") for e in tracker["events"] if e.get("event") == "user"]
    assert said == ["do you take insurance?", "can massage help with sciatica?"]


def active(page) -> str:
    """Class or aria-label of the focused element inside the widget (or the page's tag)."""
    return page.evaluate(
        """() => {
        const host = document.activeElement;
        const el = host && host.shadowRoot ? host.shadowRoot.activeElement : host;
        return el ? (el.getAttribute('aria-label') || el.className || el.tagName) : '';
        }"""
    )


def test_keyboard_only(page, bot):
    page.goto(demo(bot))
    for _ in range(20):  # Tab through the page's links to the chat button
        page.keyboard.press("Tab")
        if active(page) == "launch":
            break
    assert active(page) == "launch"
    page.keyboard.press("Enter")
    assert page.get_by_role("dialog", name=TITLE).is_visible()
    assert page.evaluate("() => document.activeElement.shadowRoot?.activeElement?.id") == "msg"

    before = page.locator(BOT).count()
    page.keyboard.type("do you take insurance?")
    page.keyboard.press("Enter")
    wait_for_replies(page, before)

    # Quick replies sit just above the message box: Shift+Tab reaches the last one.
    page.keyboard.press("Shift+Tab")
    focused = "() => document.activeElement.shadowRoot?.activeElement"
    assert page.evaluate(f"() => !!({focused})()?.closest('.qr')")
    before = page.locator(BOT).count()
    page.keyboard.press("Enter")
    wait_for_replies(page, before)
    assert page.evaluate(f"() => ({focused})()?.id") == "msg"  # ready for the next question

    page.keyboard.press("Escape")
    assert not page.get_by_role("dialog", name=TITLE).is_visible()
    assert active(page) == "launch"  # focus goes back where it came from
    assert page.get_by_role("button", name=TITLE).get_attribute("aria-expanded") == "false"


def test_html_in_a_message_is_shown_as_text(page, bot):
    open_widget(page, demo(bot))
    ask(page, XSS)
    page.wait_for_timeout(500)
    assert page.locator(USER).last.inner_text().endswith(XSS)
    assert page.locator("#renee-chat img").count() == 0
    assert page.dialogs == []


def test_accessible_structure(page, bot):
    page.emulate_media(reduced_motion="reduce")
    open_widget(page, demo(bot))
    log = page.get_by_role("log")
    assert log.get_attribute("aria-live") == "polite"
    assert page.get_by_label("Your message").is_visible()
    assert page.get_by_role("button", name="Close chat").is_visible()
    assert page.get_by_role("button", name="Send").is_visible()
    animation = page.locator(".panel").evaluate("e => getComputedStyle(e).animationName")
    assert animation == "none"
    # WCAG AA: 4.5:1 for the text on the brand colour (send button, visitor's bubbles).
    ratio = page.locator(".send").evaluate(
        """e => {
        const lum = c => { const v = c.match(/\\d+/g).slice(0, 3).map(x => x / 255)
            .map(x => x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4);
            return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
        const s = getComputedStyle(e), a = lum(s.color), b = lum(s.backgroundColor);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        }"""
    )
    assert ratio >= 4.5


def test_fits_320_px(page, bot):
    page.set_viewport_size({"width": 320, "height": 640})
    open_widget(page, demo(bot))
    box = page.locator(".panel").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 320
    send = page.get_by_role("button", name="Send").bounding_box()
    assert send["x"] + send["width"] <= 320


def test_server_down_shows_a_clear_error(page, bot):
    # The widget comes from the bot, but its data-server-url points at a closed port.
    dead = f"http://127.0.0.1:{servers.free_port()}"
    html = (
        # In <head> without defer, as a site builder's "header code" box would put it.
        f'<!doctype html><title>down</title><script src="{bot.base}/widget/widget.js" '
        f'data-server-url="{dead}" data-title="{TITLE}"></script>'
    )
    url = bot.base + "/widget/server-down-test.html"
    page.route(url, lambda route: route.fulfill(content_type="text/html; charset=utf-8", body=html))
    open_widget(page, url)
    box = page.get_by_label("Your message")
    box.fill("hello?")
    box.press("Enter")
    error = page.get_by_role("alert")
    error.wait_for(timeout=10_000)
    text = error.inner_text()
    assert "can't reach the assistant" in text
    assert "hello@example.com" in text  # how to reach Renée instead (from settings)
    assert page.get_by_role("button", name="Try again").is_visible()
    assert page.locator(".typing").count() == 0


@pytest.mark.parametrize("name, width, height", [("desktop", 1280, 800), ("375", 375, 740)])
def test_screenshot_of_the_open_widget(page, bot, screenshots, name, width, height):
    page.set_viewport_size({"width": width, "height": height})
    open_widget(page, demo(bot))
    ask(page, "can massage help with sciatica?")
    path = screenshots / f"widget-{name}.png"
    page.screenshot(path=str(path))
    assert path.stat().st_size > 10_000
