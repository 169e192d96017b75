"""The public site in a real browser: Debian's Chromium, driven by Playwright."""

import pytest

from tests.home.factories import build_home_tree

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_arabic_home_page_is_right_to_left_with_no_console_errors(live_server, browser_page):
    build_home_tree()
    console_errors, page_errors, requests = [], [], []
    browser_page.on(
        "console", lambda message: message.type == "error" and console_errors.append(message.text)
    )
    browser_page.on("pageerror", lambda error: page_errors.append(str(error)))
    browser_page.on("request", lambda request: requests.append(request.url))

    response = browser_page.goto(f"{live_server.url}/ar/")
    browser_page.wait_for_load_state("load")

    assert response.status == 200
    assert browser_page.evaluate("document.documentElement.dir") == "rtl"
    assert browser_page.evaluate("document.documentElement.lang") == "ar"
    assert browser_page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert browser_page.locator("h1").inner_text() == "ندافع عن الحقوق الرقمية في فلسطين والمنطقة"
    # The stylesheet loaded and applied: the header is coloured, the cards are laid out.
    assert browser_page.evaluate("document.styleSheets.length") == 1
    assert (
        browser_page.evaluate(
            "getComputedStyle(document.querySelector('.site-header')).backgroundColor"
        )
        == "rgb(11, 94, 85)"
    )
    # In right-to-left the quote's rule is on the right: border-inline-start mirrored.
    assert (
        browser_page.evaluate("getComputedStyle(document.querySelector('.quote')).borderRightWidth")
        == "4px"
    )

    assert console_errors == []
    assert page_errors == []
    assert browser_page.evaluate("window.__cspViolations") == []
    assert all(url.startswith(live_server.url) for url in requests), requests


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(live_server, browser_page):
    build_home_tree()
    browser_page.goto(f"{live_server.url}/he/")
    browser_page.keyboard.press("Tab")
    focused = browser_page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "דילוג לתוכן הראשי"
    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("document.activeElement.id") == "main"
