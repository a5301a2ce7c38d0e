"""Site CSS cannot restyle, hide or break the widget: each page of the battery carries
ordinary-but-careless rules (resets, ``*`` and ``div`` rules, ``!important``, huge fonts,
right-to-left), and the panel and launcher must be pixel for pixel what they are on a
clean page. One hostile page also holds a real conversation with the bot."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageChops, ImageDraw

from scripts import servers
from tests.e2e.browser import site
from tests.e2e.browser.test_widget import wait_for_replies

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

ISSUE = (  # as reported: text turned uppercase and centred, close button off screen
    "div{text-align:center;letter-spacing:2px;text-transform:uppercase}*{white-space:nowrap}"
)
BATTERY = {
    "issue": ISSUE,
    "reset": (
        "html,body,div,span,section,header,h2,form,input,button,a,i,p{margin:0;padding:0;"
        "border:0;font:inherit;font-size:100%;vertical-align:baseline;line-height:1}"
        "*,*::before,*::after{box-sizing:content-box}button,input{all:unset}a{color:red}"
    ),
    "important": (
        "div,section,form,header,button,input{display:none!important}"
        "*{color:#f0f!important;background:#ff0!important;font-size:40px!important;"
        "line-height:3!important;letter-spacing:4px!important;border:5px solid red!important;"
        "position:static!important;display:block!important;text-align:right!important;"
        "font-family:serif!important;width:auto!important;height:auto!important;margin:9px!important}"
    ),
    "huge-fonts": (
        "html{font-size:40px;line-height:3}body{font:italic 900 2.5rem/2 'Comic Sans MS',cursive;"
        "word-spacing:10px;text-indent:50px;text-shadow:0 0 3px red}"
    ),
    "rtl": "body{direction:rtl;text-align:right;unicode-bidi:bidi-override}",
}

CONVERSATION = {
    "open": True,
    "log": [
        {"id": "1", "who": "user", "text": "Do you take insurance?"},
        {
            "id": "2",
            "who": "bot",
            "text": "Renée can bill some insurance plans. Write to hello@example.com or see "
            "https://example.com/contact.",
        },
    ],
    "buttons": [{"title": "Book a session", "payload": "/faq_booking"}],
}


def dead_server() -> str:
    return f"http://127.0.0.1:{servers.free_port()}"  # nothing listens: no reply, no error


def shots(page, server: str, css: str, name: str, dir: str = "ltr"):
    """(panel image, panel box, launcher image, launcher box) on a page with ``css``."""
    url = site.serve(page, f"/{name}.html", site.html("/widget.js", server, css, dir=dir))
    page.goto(url)
    panel = page.locator(".panel")
    panel.wait_for()
    # The dots of the "typing" animation, the caret: nothing moves in the pictures.
    out = [Image.open(io.BytesIO(panel.screenshot(animations="disabled"))), panel.bounding_box()]
    page.get_by_role("button", name="Close chat").click()
    launch = page.locator(".launch")
    out += [Image.open(io.BytesIO(launch.screenshot(animations="disabled"))), launch.bounding_box()]
    return out


def differing_pixels(a: Image.Image, b: Image.Image, radius: float) -> int:
    """Pixels that differ inside the rounded box (its corners show the page behind)."""
    assert a.size == b.size, (a.size, b.size)
    diff = ImageChops.difference(a.convert("RGB"), b.convert("RGB")).convert("L")
    width, height = diff.size
    radius = min(radius, height / 2)
    mask = Image.new("L", diff.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((1, 1, width - 2, height - 2), radius - 1, fill=255)
    inside = ImageChops.multiply(diff, mask)
    return sum(1 for value in inside.getdata() if value > 0)


@pytest.fixture
def calm_page(page):
    page.emulate_media(reduced_motion="reduce")
    return page


@pytest.mark.parametrize("name", sorted(BATTERY))
def test_hostile_site_css_changes_nothing(calm_page, screenshots, name):
    server = dead_server()
    site.seed(calm_page, server, CONVERSATION)
    clean = shots(calm_page, server, "", "clean")
    hostile = shots(calm_page, server, BATTERY[name], name, dir="rtl" if name == "rtl" else "ltr")
    hostile[0].save(screenshots / f"widget-hostile-{name}.png")
    assert hostile[1] == clean[1], "the panel moved or changed size"
    assert hostile[3] == clean[3], "the launcher moved or changed size"
    assert differing_pixels(clean[0], hostile[0], 12) == 0, "the panel looks different"
    assert differing_pixels(clean[2], hostile[2], 28) == 0, "the launcher looks different"


def test_works_on_a_hostile_page(page, bot, site_server, screenshots):
    """Every rule of the battery at once, the widget served by the real bot."""
    css = "".join(BATTERY[name] for name in ("reset", "issue", "important"))
    page.goto(
        site_server.add("/hostile.html", site.html(bot.base + "/widget/widget.js", bot.base, css))
    )
    page.get_by_role("button", name=site.TITLE).click()
    box = page.get_by_label("Your message")
    box.fill("do you take insurance?")
    box.press("Enter")
    assert "insurance" in wait_for_replies(page, 0).lower()
    assert page.locator(".m.user").inner_text().endswith("do you take insurance?")  # not upper
    close = page.get_by_role("button", name="Close chat").bounding_box()
    assert 0 <= close["x"] and close["x"] + close["width"] <= 1280  # inside the window
    page.screenshot(path=str(screenshots / "widget-hostile-page.png"))
    page.get_by_role("button", name="Close chat").click()
    assert page.get_by_role("button", name=site.TITLE).is_visible()
