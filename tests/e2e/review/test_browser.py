"""The review web app in headless Chromium (Debian's /usr/bin/chromium, driven by
Playwright) against the real `python -m chatbot.review serve` process on a temp database:
login, list, filter, transcript, mark reviewed + note, teach + export download, escaping,
redirect without a session, CSRF.

Without Chromium or Playwright these tests are skipped locally and fail under CI=true
(where .ci/run installs Chromium). Never run `playwright install`: Debian's browser is used.
"""

from __future__ import annotations

import pytest

from tests import needs
from tests.e2e.review.test_web import PASSWORD, served  # noqa: F401  (module-scoped fixture)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    with needs.chromium() as chromium:
        yield chromium


@pytest.fixture
def page(browser):
    """A fresh browser (no cookies); any alert()/confirm() is recorded as a failure."""
    context = browser.new_context(accept_downloads=True)
    context.set_default_timeout(20_000)
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    yield page
    assert page.dialogs == [], f"a dialog fired: {page.dialogs}"
    context.close()


def login(page, base: str) -> None:
    page.goto(base + "/login")
    page.fill("input[name=password]", PASSWORD)
    page.click("form[action='/login'] button, form[action='/login'] input[type=submit]")
    page.wait_for_url(base + "/")


def listed(page) -> list:
    return page.locator("tr.conv").evaluate_all("rows => rows.map(r => r.dataset.id)")


def test_without_a_session_pages_redirect_to_login(page, served):  # noqa: F811
    base = served[0]
    for path in ("/conversations", "/", "/overview", "/conversation?id=conv-human"):
        page.goto(base + path)
        assert page.url == base + "/login", path
        assert page.locator("input[name=password]").is_visible()


def test_login_list_filter_and_transcript(page, served):  # noqa: F811
    base = served[0]
    login(page, base)
    ids = listed(page)
    assert {"conv-sciatica", "conv-fallback", "conv-crisis", "conv-human", "conv-xss"} <= set(ids)
    page.select_option("select[name=flag]", "crisis")
    page.click("form[role=search] button")
    page.wait_for_url("**flag=crisis**")
    assert listed(page) == ["conv-crisis"]
    page.goto(base + "/")
    page.click("tr.conv[data-id='conv-sciatica'] a")
    page.wait_for_url("**/conversation?id=conv-sciatica")
    assert page.get_by_text("can massage help with sciatica?").is_visible()
    main = page.inner_text("main")
    assert "Topic: A condition" in main and "ask_condition" not in main
    page.click("details summary")
    assert "ask_condition · confidence 0.90" in page.inner_text("main")


def test_mark_reviewed_and_note_persist(page, served):  # noqa: F811
    base = served[0]
    login(page, base)
    page.goto(base + "/conversation?id=conv-human")
    page.check("input[name=reviewed]")
    page.fill("textarea[name=note]", "Blog idea: when to see a person")
    page.click("form[action='/conversation/note'] button")
    page.wait_for_load_state()
    page.reload()
    assert page.is_checked("input[name=reviewed]")
    assert page.input_value("textarea[name=note]") == "Blog idea: when to see a person"
    page.goto(base + "/?reviewed=yes")
    assert "conv-human" in listed(page)


def test_teach_and_export_download(page, served, tmp_path):  # noqa: F811
    from rasa.shared.nlu.training_data.loading import load_data

    base = served[0]
    login(page, base)
    page.goto(base + "/conversation?id=conv-fallback")
    form = page.locator("form.teach")
    assert form.count() == 1
    form.locator("select[name=intent]").select_option("faq_price")
    form.locator("button").click()
    page.wait_for_load_state()
    assert page.get_by_text("taught: Prices").is_visible()
    with page.expect_download() as info:
        page.click("main a[href='/corrections.yml']")
    download = info.value
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    assert path.name == "nlu_corrections.yml"
    data = load_data(str(path))
    assert [(m.get("text"), m.get("intent")) for m in data.training_examples] == [
        ("asdf qwer", "faq_price")
    ]


def test_script_in_a_visitor_message_renders_as_text(page, served):  # noqa: F811
    base = served[0]
    login(page, base)
    for path in ("/", "/conversation?id=conv-xss"):
        page.goto(base + path)
        assert page.get_by_text("<script>alert(1)</script>").first.is_visible()
        assert page.locator("main script").count() == 0
    page.wait_for_timeout(300)
    assert page.dialogs == []


def test_form_post_without_csrf_token_is_refused(page, served):  # noqa: F811
    from chatbot.review.store import Store

    base, url = served
    login(page, base)
    page.goto(base + "/conversation?id=conv-oos")
    page.locator("form[action='/conversation/note'] input[name=csrf]").evaluate("e => e.remove()")
    page.fill("textarea[name=note]", "should not be saved")
    with page.expect_response(lambda r: r.url.endswith("/conversation/note")) as info:
        page.click("form[action='/conversation/note'] button")
    assert info.value.status == 403
    assert "CSRF" in page.inner_text("body")
    assert Store(url).notes().get("conv-oos") is None
    # The same from outside a page (the browser's session cookie, no token).
    assert page.request.post(base + "/conversation/note", form={"id": "conv-oos"}).status == 403
