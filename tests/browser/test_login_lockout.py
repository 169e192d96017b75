"""Sign-in throttling in Chromium, in Arabic: wrong passwords until the lockout page shows, its
Arabic message right to left, and the right password refused while it lasts, on the front-end
login of restricted pages and on the admin's."""

import pytest

from hub.editorial.roles import setup_locales_and_roles
from tests.home.factories import build_home_tree
from tests.hub.editorial.factories import UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "manara-test-2026"
WRONG_PASSWORDS = ["nablus2024", "haifa2023", "yafa1948", "jenin2002", "ramallah2025"]
LOCKED_HEADING = "تسجيل الدخول متوقف مؤقتًا"
LOCKED_MESSAGE = "أُجريت محاولات فاشلة كثيرة لتسجيل الدخول. يرجى المحاولة مجددًا بعد 15 دقيقة."


@pytest.fixture
def accounts():
    build_home_tree()
    setup_locales_and_roles()
    UserFactory(username="reem", groups=["Editors"], admin_language="ar")
    UserFactory(username="lina")


def sign_in(page, username, password):
    """Fills the sign-in form and submits it; the status of the answer."""
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    with page.expect_response(lambda response: response.request.method == "POST") as answer:
        page.locator("main button[type=submit]").click()
    page.wait_for_load_state()
    return answer.value.status


def assert_locked_out_in_arabic(page):
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("h1").inner_text() == LOCKED_HEADING
    assert LOCKED_MESSAGE in page.locator("main").inner_text()
    assert page.evaluate("window.__cspViolations") == []


def test_the_front_end_login_locks_in_arabic(live_server, browser_page, accounts):
    page = browser_page
    login = f"{live_server.url}/ar/_util/login/"
    page.goto(login)
    statuses = []
    for wrong in WRONG_PASSWORDS:
        if statuses:
            page.goto(login)
        statuses.append(sign_in(page, "lina", wrong))
    assert statuses == [200, 200, 200, 200, 429]
    assert_locked_out_in_arabic(page)
    page.goto(login)
    assert sign_in(page, "lina", PASSWORD) == 429
    assert_locked_out_in_arabic(page)


def test_the_admin_login_locks_in_arabic(live_server, browser_page, accounts):
    page = browser_page
    page.set_extra_http_headers({"Accept-Language": "ar"})
    login = f"{live_server.url}/admin/login/"
    page.goto(login)
    statuses = [sign_in(page, "reem", wrong) for wrong in WRONG_PASSWORDS]
    assert statuses == [200, 200, 200, 200, 429]
    assert_locked_out_in_arabic(page)
    page.get_by_role("link", name="العودة إلى صفحة تسجيل الدخول").click()
    page.wait_for_url(login)
    assert sign_in(page, "reem", PASSWORD) == 429
    assert_locked_out_in_arabic(page)
    page.goto(f"{live_server.url}/admin/")
    assert page.url.startswith(login)
