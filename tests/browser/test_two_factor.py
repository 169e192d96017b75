"""Two-step sign-in in Chromium, in Arabic: a moderator must set up an authenticator app on
their first sign-in, keeps the recovery codes, and signs in again with the app's code."""

import time
from base64 import b32decode

import pytest
from django_otp.oath import hotp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.home.factories import build_home_tree
from tests.hub.accounts.factories import app_code
from tests.hub.editorial.factories import UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "manara-test-2026"


def code_for_key(shown_key: str) -> str:
    """What an authenticator app shows now for the key typed in by hand."""
    key = b32decode(shown_key.replace(" ", ""))
    return f"{hotp(key, int(time.time()) // 30):06d}"


def sign_in_with_password(page, live_server):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "moderator-ar")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")


def test_a_moderator_sets_up_the_app_and_signs_in_with_it_in_arabic(
    live_server, browser_page, settings
):
    settings.TWO_FACTOR_REQUIRED = True
    build_home_tree()
    moderator = UserFactory(
        username="moderator-ar", groups=["Moderators – Arabic"], admin_language="ar"
    )
    page = browser_page

    sign_in_with_password(page, live_server)
    page.wait_for_url(f"{live_server.url}/admin/account/two-factor/?next=/admin/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.get_by_text("يتطلب دورك تسجيل الدخول إلى لوحة الإدارة بخطوتين").is_visible()
    assert page.locator(".two-factor-qr svg").is_visible()
    page.fill("input[name=code]", code_for_key(page.locator("[data-app-key]").inner_text()))
    page.get_by_role("button", name="تفعيل التحقق بخطوتين").click()

    page.get_by_text("تم تفعيل التحقق بخطوتين لحسابك.").wait_for()
    codes = page.locator("[data-recovery-codes] li").all_inner_texts()
    assert len(codes) == 10
    assert page.get_by_role("link", name="تنزيل كملف نصي").is_visible()
    page.get_by_role("link", name="حفظتها، متابعة").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    assert page.evaluate("window.__cspViolations") == []

    page.get_by_role("button", name=moderator.username).click()
    page.get_by_role("button", name="تسجيل الخروج").click()
    page.wait_for_url(f"{live_server.url}/admin/login/")

    sign_in_with_password(page, live_server)
    page.wait_for_url(f"{live_server.url}/admin/account/two-factor/verify/?next=/admin/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.fill("input[name=code]", app_code(TOTPDevice.objects.get(user=moderator)))
    page.get_by_role("button", name="متابعة").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.evaluate("window.__cspViolations") == []
