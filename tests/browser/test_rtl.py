"""The public site in a real browser: Debian's Chromium, driven by Playwright."""

import os

import pytest
from playwright.sync_api import sync_playwright

from tests.home.factories import build_home_tree

# Playwright's sync API runs an event loop in this thread; Django's ORM refuses to run beside
# one unless told it is safe, which it is here (one thread, one test at a time).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def browser_page(chromium_path):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        context = browser.new_context()
        # Records CSP violations from the page itself, on top of console errors.
        context.add_init_script(
            "window.__cspViolations = [];"
            "document.addEventListener('securitypolicyviolation', e =>"
            " window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"
        )
        page = context.new_page()
        yield page
        browser.close()


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
