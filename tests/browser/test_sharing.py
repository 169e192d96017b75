"""A reader opens a report in Arabic, switches to English and copies the share link."""

import pytest

from tests.hub.resources.factories import build_library_tree

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_arabic_report_to_english_and_copy_the_short_link(live_server, browser_page):
    tree = build_library_tree()
    browser_page.context.grant_permissions(
        ["clipboard-read", "clipboard-write"], origin=live_server.url
    )
    console_errors = []
    browser_page.on(
        "console", lambda message: message.type == "error" and console_errors.append(message.text)
    )

    browser_page.goto(f"{live_server.url}/ar/library/erased/")
    assert browser_page.evaluate("document.documentElement.dir") == "rtl"
    assert browser_page.locator("h1").inner_text() == tree["reports"]["ar"].title

    browser_page.get_by_role("navigation", name="اختر اللغة").get_by_role(
        "link", name="English"
    ).click()
    browser_page.wait_for_url(f"{live_server.url}/en/library/erased/")
    assert browser_page.evaluate("document.documentElement.dir") == "ltr"
    assert browser_page.locator("h1").inner_text() == tree["reports"]["en"].title

    copy_button = browser_page.get_by_role("button", name="Copy link")
    assert copy_button.is_visible()
    copy_button.click()
    browser_page.get_by_role("status").filter(has_text="Link copied").wait_for()
    copied = browser_page.evaluate("navigator.clipboard.readText()")
    assert copied == f"{live_server.url}/r/{tree['reports']['en'].pk}/"

    browser_page.goto(copied)
    assert browser_page.url == f"{live_server.url}/en/library/erased/"
    assert console_errors == []
    assert browser_page.evaluate("window.__cspViolations") == []
