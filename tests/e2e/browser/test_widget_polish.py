"""The widget on phones, in dark mode, on a Spanish page, with starter buttons, contact links,
a focus ring in the brand colour, and no serious accessibility problem (axe-core) in any state.

Most pages here are answered by Playwright with the widget as the bot serves it and a server
address where nothing listens; the tests that need answers use the real bot."""

from __future__ import annotations

import gzip
import urllib.request

import pytest

from chatbot.widget import MAX_GZIPPED, asset
from scripts import servers
from tests import needs
from tests.e2e.browser import site
from tests.e2e.browser.test_widget import BOT, demo, open_widget, wait_for_replies

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

BRAND = "rgb(47, 93, 80)"  # #2f5d50, the default brand colour
LUMINANCE = """c => { const v = c.match(/[\\d.]+/g).slice(0, 3).map(x => x / 255)
    .map(x => x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4);
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }"""


def contrast(page, selector: str, fore: str, back_selector: str, back: str) -> float:
    return page.evaluate(
        f"""() => {{
        const lum = {LUMINANCE};
        const root = document.querySelector('renee-chat').shadowRoot;
        const a = lum(getComputedStyle(root.querySelector('{selector}'))['{fore}']);
        const b = lum(getComputedStyle(root.querySelector('{back_selector}'))['{back}']);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        }}"""
    )


def dead() -> str:
    return f"http://127.0.0.1:{servers.free_port()}"


def load(page, name: str = "page", lang: str = "en", attrs=None, server=None) -> str:
    server = server or dead()
    page.goto(site.serve(page, f"/{name}.html", site.html("/widget.js", server, lang=lang,
                                                          attrs=attrs)))  # fmt: skip
    return server


def focused(page) -> str:
    """Where focus is: a description of the element inside the widget, or "page"."""
    return page.evaluate(
        """() => { const a = document.activeElement;
        if (!a || a.tagName !== 'RENEE-CHAT') return 'page';
        const f = a.shadowRoot.activeElement;
        return f ? (f.closest('.panel') ? 'panel:' : 'widget:') + (f.id || f.className || f.tagName)
                 : 'page'; }"""
    )


@pytest.fixture
def axe():
    if not site.AXE_JS.is_file():
        needs.unavailable(
            f"axe-core is not installed at {site.AXE} (npm install --prefix build/node axe-core@4)"
        )

    def check(page, state: str) -> None:
        found = site.serious_violations(page)
        assert found == [], f"{state}: {found}"

    return check


def test_size_under_budget():
    js = asset("widget.js")
    assert len(js.gzipped) < MAX_GZIPPED
    assert len(gzip.compress(js.body, 6)) < MAX_GZIPPED  # a proxy's usual level too


@pytest.mark.parametrize("width", [320, 375, 414])
def test_phone_launcher_is_compact_and_tab_stays_in_the_panel(page, screenshots, width):
    page.set_viewport_size({"width": width, "height": 720})
    load(page)
    launch = page.get_by_role("button", name=site.TITLE)  # still named, label hidden
    box = launch.bounding_box()
    assert box["width"] <= 64 and box["x"] + box["width"] <= width
    assert page.locator(".launch .lbl").bounding_box()["width"] <= 1  # an icon only
    page.screenshot(path=str(screenshots / f"widget-phone-{width}-closed.png"))
    launch.click()
    dialog = page.get_by_role("dialog", name=site.TITLE)
    assert dialog.get_attribute("aria-modal") == "true"
    for key in ["Tab"] * 12 + ["Shift+Tab"] * 12:
        page.keyboard.press(key)
        assert focused(page).startswith("panel:"), f"{key} left the panel"
    page.keyboard.press("Escape")
    assert focused(page) == "widget:launch"


def test_wide_launcher_has_its_label_and_does_not_trap_focus(page):
    load(page)
    launch = page.get_by_role("button", name=site.TITLE)
    assert launch.inner_text() == site.TITLE
    launch.click()
    assert page.get_by_role("dialog").get_attribute("aria-modal") is None
    seen = set()
    for _ in range(8):  # the panel is beside the page, not over it: Tab goes back to it
        page.keyboard.press("Tab")
        seen.add(focused(page).split(":")[0])
    assert "page" in seen


def test_dark_mode(page, screenshots, axe):
    page.emulate_media(color_scheme="dark", reduced_motion="reduce")
    server = dead()
    site.seed(page, server, {"open": True, "log": [{"id": "1", "who": "bot", "text": "Hello!"}]})
    load(page, "dark", server=server)
    background = site.in_widget(
        page, "getComputedStyle(root.querySelector('.log')).backgroundColor"
    )
    assert background == "rgb(22, 23, 22)"
    assert contrast(page, ".m.bot", "color", ".m.bot", "backgroundColor") >= 4.5
    assert contrast(page, "input", "color", "input", "backgroundColor") >= 4.5
    page.screenshot(path=str(screenshots / "widget-dark.png"))
    axe(page, "dark mode")


def test_spanish_page(page, screenshots, axe):
    page.emulate_media(reduced_motion="reduce")
    load(page, "es", lang="es")
    page.get_by_role("button", name=site.TITLE).click()  # the site's own title is kept
    assert page.get_by_role("button", name="Enviar").is_visible()
    assert page.get_by_role("button", name="Cerrar chat").is_visible()
    assert page.get_by_label("Tu mensaje").is_visible()
    assert page.get_by_role("button", name="¿Aceptan seguro médico?").is_visible()
    page.screenshot(path=str(screenshots / "widget-es.png"))
    axe(page, "Spanish page")


def test_contact_details_are_links_of_safe_kinds_only(page):
    server = dead()
    text = (
        "Write to hello@example.com, call +1 555 0100 or (555) 010-0199, see https://example.com/a."
        " Not links: http://plain.example.com javascript:alert(1) 2024-01-01."
    )
    site.seed(page, server, {"open": True, "log": [{"id": "1", "who": "bot", "text": text}]})
    load(page, "links", server=server)
    links = page.locator(".m.bot a")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert hrefs == [
        "mailto:hello@example.com",
        "tel:+15550100",
        "tel:5550100199",
        "https://example.com/a",
    ]
    assert links.nth(3).get_attribute("rel") == "noopener noreferrer"
    assert page.dialogs == []


def test_focus_ring_in_the_brand_colour(page):
    load(page)
    page.get_by_role("button", name=site.TITLE).click()
    ring = site.in_widget(page, "getComputedStyle(root.querySelector('input')).outlineColor")
    assert ring == BRAND
    assert contrast(page, "input", "outlineColor", ".panel", "backgroundColor") >= 3


def test_focus_ring_of_a_pale_brand_colour_stays_visible(page):
    load(page, "pale", attrs={"color": "#ffd400"})
    page.get_by_role("button", name=site.TITLE).click()
    assert contrast(page, "input", "outlineColor", ".panel", "backgroundColor") >= 3
    assert contrast(page, ".send", "color", ".send", "backgroundColor") >= 4.5


def test_starter_buttons_begin_a_new_conversation(page, bot, axe):
    open_widget(page, demo(bot))
    starters = page.get_by_role("group", name="Suggested replies")
    assert starters.get_by_role("button").all_inner_texts() == [
        "Do you take insurance?",
        "How do I book a session?",
        "Can massage help with sciatica?",
    ]
    axe(page, "new conversation")
    before = page.locator(BOT).count()
    page.get_by_role("button", name="Do you take insurance?").click()
    assert "insurance" in wait_for_replies(page, before).lower()
    assert page.get_by_role("button", name="Do you take insurance?").count() == 0
    axe(page, "after a reply")
    page.get_by_role("button", name="Start over").click()
    assert starters.get_by_role("button").count() == 3


def test_the_site_can_measure_the_widget(page, bot, site_server):
    """Timing-Allow-Origin: a site's performance tools see the widget's real weight."""
    with urllib.request.urlopen(bot.base + "/widget/widget.js") as resp:
        assert resp.headers["Timing-Allow-Origin"] == "*"
    page.goto(site_server.add("/measure.html", site.html(bot.base + "/widget/widget.js", bot.base)))
    page.get_by_role("button", name=site.TITLE).wait_for()
    size = page.evaluate(
        """() => performance.getEntriesByType('resource')
        .find(e => e.name.endsWith('/widget.js')).encodedBodySize"""
    )
    assert 0 < size < MAX_GZIPPED


def test_no_serious_accessibility_problem(page, bot, axe):
    page.goto(demo(bot))
    axe(page, "closed")
    open_widget(page, demo(bot))
    box = page.get_by_label("Your message")
    box.fill("can massage help with sciatica?")
    box.press("Enter")
    wait_for_replies(page, 1)
    axe(page, "conversation")


def test_no_serious_accessibility_problem_in_the_error_state(page, axe):
    load(page)
    page.get_by_role("button", name=site.TITLE).click()
    box = page.get_by_label("Your message")
    box.fill("hello?")
    box.press("Enter")
    page.get_by_role("alert").wait_for()
    assert page.locator(".m.err a[href^='mailto:']").count() == 1  # contact, as a link
    axe(page, "error")
    page.set_viewport_size({"width": 375, "height": 700})
    axe(page, "error on a phone")
