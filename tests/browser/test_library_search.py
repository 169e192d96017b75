"""A reader searches the Arabic library in Chromium: a query, a facet, the highlighted passage, a
result and back again; and the search box's suggestions with the keyboard alone."""

from urllib.parse import parse_qs, urlsplit

import pytest

from search.documents import all_documents
from search.engines import get_search_engine
from tests.search.factories import build_search_tree

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def search_tree(live_server):
    engine = get_search_engine()
    engine.install()
    # The engine's tables are not Django models, so the flush between tests leaves them:
    # whatever earlier browser tests published (and the outbox indexed) is still there.
    engine.delete(engine.indexed_page_ids())
    tree = build_search_tree()
    for documents in all_documents():
        engine.index(documents)
    yield tree
    engine.delete(engine.indexed_page_ids())


@pytest.fixture
def watched_page(browser_page):
    """The page, with its console errors, uncaught errors and CSP violations recorded."""
    problems = []
    browser_page.on(
        "console", lambda message: message.type == "error" and problems.append(message.text)
    )
    browser_page.on("pageerror", lambda error: problems.append(str(error)))
    yield browser_page, problems
    assert browser_page.evaluate("window.__cspViolations") == []


def query_of(url):
    return parse_qs(urlsplit(url).query)


def test_search_in_arabic_apply_a_facet_open_a_result_and_come_back(
    live_server, search_tree, watched_page
):
    page, problems = watched_page
    page.goto(f"{live_server.url}/ar/library/")
    assert page.evaluate("document.documentElement.dir") == "rtl"

    page.get_by_label("ابحث في المكتبة").fill("الرقابة")
    page.get_by_role("button", name="بحث", exact=True).click()
    page.wait_for_url("**/ar/library/?q=*")
    assert page.locator(".result-card").count() == 3

    page.get_by_role("group", name="النوع").get_by_label("تقارير بحثية").check()
    page.get_by_role("button", name="تطبيق").click()
    page.wait_for_url("**type=report*")
    assert query_of(page.url)["type"] == ["report"]
    assert query_of(page.url)["q"] == ["الرقابة"]
    titles = page.locator(".result-card h3").all_inner_texts()
    assert titles == [
        search_tree["journalists"]["ar"].title,
        search_tree["checkpoint"]["ar"].title,
    ]
    # The passage that matched, with the match marked; the report matched in its PDF says so.
    assert page.locator(".result-card").first.locator("mark").inner_text() == "رقابةٍ"
    assert "وُجد في ملف PDF المرفق" in page.locator(".result-card").nth(1).inner_text()
    results_url = page.url

    page.get_by_role("link", name=search_tree["journalists"]["ar"].title).click()
    page.wait_for_url("**/ar/library/algorithmic-censorship-of-journalists/")
    assert page.locator("h1").inner_text() == search_tree["journalists"]["ar"].title

    page.go_back()
    page.wait_for_url(results_url)
    assert page.get_by_label("ابحث في المكتبة").input_value() == "الرقابة"
    assert page.get_by_role("group", name="النوع").get_by_label("تقارير بحثية").is_checked()
    assert page.get_by_role("link", name="إزالة التصفية النوع: تقارير بحثية").count() == 1
    assert problems == []


def test_suggestions_with_the_keyboard_alone(live_server, search_tree, watched_page):
    page, problems = watched_page
    page.goto(f"{live_server.url}/en/library/")
    # Tab from the top of the page to the search box, as a keyboard user would.
    for _stop in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "library-q":
            break
    box = page.locator("#library-q")
    assert page.evaluate("document.activeElement.id") == "library-q"
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"
    assert box.get_attribute("aria-controls") == "library-q-suggestions"

    page.keyboard.type("biometric surv")
    listbox = page.get_by_role("listbox", name="Suggestions")
    # The list may first show the answer to fewer letters (a loaded machine answers slower
    # than the keys come): wait for the answer to what was typed.
    listbox.get_by_role("option", name="biometric surveilled").wait_for()
    options = listbox.get_by_role("option")
    assert box.get_attribute("aria-expanded") == "true"
    assert "biometric surveilled" in options.all_inner_texts()
    status = page.locator("[data-autocomplete-status]")
    assert status.inner_text() == f"Suggestions available: {options.count()}"
    assert box.get_attribute("aria-activedescendant") is None

    page.keyboard.press("ArrowDown")
    first = options.first
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    assert first.get_attribute("aria-selected") == "true"
    page.keyboard.press("ArrowUp")
    last = options.last
    assert box.get_attribute("aria-activedescendant") == last.get_attribute("id")

    page.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert box.get_attribute("aria-activedescendant") is None
    assert not listbox.is_visible()
    assert box.input_value() == "biometric surv"

    page.keyboard.press("ArrowDown")
    assert box.get_attribute("aria-expanded") == "true"
    chosen = first.inner_text()
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/library/?q=*")
    assert query_of(page.url)["q"] == [chosen]
    assert page.locator("#library-q").input_value() == chosen
    assert page.locator(".result-card").count() >= 1
    assert problems == []


def test_the_suggestion_list_opens_on_the_reading_side_in_right_to_left(
    live_server, search_tree, watched_page
):
    page, problems = watched_page
    page.goto(f"{live_server.url}/ar/library/")
    page.locator("#library-q").press_sequentially("الرق")
    listbox = page.get_by_role("listbox", name="اقتراحات")
    listbox.wait_for()
    box = page.locator("#library-q").bounding_box()
    popup = listbox.bounding_box()
    # Logical properties: the list lies under the box and spans it, in either direction.
    assert abs(popup["x"] - box["x"]) < 2
    assert abs(popup["width"] - box["width"]) < 2
    assert popup["y"] >= box["y"] + box["height"] - 1
    assert page.locator("[data-autocomplete-status]").inner_text().startswith("الاقتراحات المتاحة")
    assert problems == []
