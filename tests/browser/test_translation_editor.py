"""The Arabic translator in the real admin: the translation editor in Chromium, right to left,
from a new translation to "Submit for review"."""

import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from hub.resources.models import PolicyPaperPage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
ARABIC_TITLE = "حافظوا على قوة التشفير"


def test_arabic_translator_translates_and_submits_for_review(live_server, browser_page):
    call_command("load_demo", stdout=StringIO())
    translator = get_user_model().objects.get(username="translator-ar")
    profile = UserProfile.get_for_user(translator)
    profile.preferred_language = "ar"
    profile.save()
    paper = PolicyPaperPage.objects.get(slug="keep-encryption-strong")
    page = browser_page

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "translator-ar")
    page.fill("input[name=password]", "manara-demo-2026")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    assert page.evaluate("document.documentElement.dir") == "rtl"

    page.goto(f"{live_server.url}/admin/localize/submit/page/{paper.pk}/")
    locale_choices = page.locator("input[name=locales]")
    assert locale_choices.count() == 1  # Arabic only
    locale_choices.check()
    page.locator("main input[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    assert page.evaluate("document.documentElement.dir") == "rtl"

    editor = page.locator(".js-translation-editor")
    editor.get_by_role("button", name="ترجمة").first.click()
    editor.locator("textarea").first.fill(ARABIC_TITLE)
    editor.get_by_role("button", name="حفظ").first.click()
    editor.get_by_text(ARABIC_TITLE).first.wait_for()

    page.locator("form:has(input[value=submit-for-review]) button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    arabic = PolicyPaperPage.objects.get(
        translation_key=paper.translation_key, locale=Locale.objects.get(language_code="ar")
    )
    assert arabic.title == ARABIC_TITLE
    assert not arabic.live
    assert arabic.current_workflow_state.status == "in_progress"
    assert page.evaluate("window.__cspViolations") == []
