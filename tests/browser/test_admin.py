"""The admin in Chromium under its Content-Security-Policy: signing in, the page editor and
wagtail-localize's translation editor run without a single policy violation."""

from io import StringIO

import pytest
from django.core.management import call_command

from home.models import HomePage
from hub.resources.models import CampaignToolkitPage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def signed_in_admin(live_server, browser_page):
    call_command("load_demo", stdout=StringIO())
    page = browser_page
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", "manara-demo-2026")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    return page


def violations(page):
    return page.evaluate("window.__cspViolations")


def test_page_editor_runs_under_the_admin_policy(live_server, signed_in_admin):
    page = signed_in_admin
    assert violations(page) == []
    english_home = HomePage.objects.get(locale__language_code="en")
    page.goto(f"{live_server.url}/admin/pages/{english_home.pk}/edit/")
    page.wait_for_load_state("networkidle")
    assert page.locator("input[name=title]").input_value() == english_home.title
    assert violations(page) == []


def test_translation_editor_runs_under_the_admin_policy(live_server, signed_in_admin):
    page = signed_in_admin
    arabic_home = HomePage.objects.get(locale__language_code="ar")
    page.goto(f"{live_server.url}/admin/pages/{arabic_home.pk}/edit/")
    page.wait_for_load_state("networkidle")
    # wagtail-localize's editor lists the source strings beside their translations.
    page.get_by_text("ماذا نفعل").first.wait_for()
    assert violations(page) == []


def test_share_texts_show_their_character_count(live_server, signed_in_admin):
    page = signed_in_admin
    toolkit = CampaignToolkitPage.objects.get(slug="before-you-go", locale__language_code="en")
    page.goto(f"{live_server.url}/admin/pages/{toolkit.pk}/edit/")
    page.wait_for_load_state("networkidle")
    x_post = page.locator("textarea[maxlength='280']").first
    counter = page.locator(f"#{x_post.get_attribute('id')}-character-count")
    assert counter.inner_text() == f"{len(x_post.input_value())} / 280"
    x_post.fill("Protect your phone before the protest. #BeforeYouGo")
    assert counter.inner_text() == "51 / 280"
    assert violations(page) == []
