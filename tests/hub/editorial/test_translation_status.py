"""The "Translation status" report: each publication in each language, fast at any size."""

import re
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from hub.resources.models import PolicyPaperPage, ResearchReportPage, ResourceLibraryPage
from tests.hub.resources.factories import PersonFactory, ResearchReportPageFactory, translate

User = get_user_model()
REPORT = "/admin/reports/translation-status/"


def cell(html, title, language):
    row = re.search(
        rf"<tr>\s*<th scope=\"row\"><a [^>]+>{re.escape(title)}</a></th>(.*?)</tr>", html, re.S
    )
    return re.search(rf'data-language="{language}" data-status="([a-z_]+)"', row.group(1)).group(1)


class TranslationStatusTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):
            call_command("load_demo", stdout=StringIO())
        cls.users = {user.username: user for user in User.objects.all()}

    def report(self, query=""):
        self.client.force_login(self.users["translator-ar"])
        response = self.client.get(REPORT + query)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_statuses_after_the_demo(self):
        html = self.report()
        english_only = PolicyPaperPage.objects.get(
            slug="keep-encryption-strong", locale__language_code="en"
        )
        self.assertEqual(cell(html, english_only.title, "ar"), "not_translated")
        report = ResearchReportPage.objects.get(
            slug="erased-in-real-time", locale__language_code="en"
        )
        self.assertEqual(cell(html, report.title, "ar"), "up_to_date")
        self.assertEqual(cell(html, report.title, "he"), "up_to_date")

    def test_source_changed_since_the_translation_was_synced(self):
        report = ResearchReportPage.objects.get(
            slug="erased-in-real-time", locale__language_code="en"
        )
        report.summary = "An updated summary of the takedowns."
        report.save_revision(user=self.users["moderator"]).publish()
        html = self.report()
        self.assertEqual(cell(html, report.title, "ar"), "source_changed")
        self.assertIn("Live, but the source has changed since", html)

    def test_in_progress_and_awaiting_review(self):
        paper = PolicyPaperPage.objects.get(
            slug="keep-encryption-strong", locale__language_code="en"
        )
        self.client.force_login(self.users["translator-ar"])
        arabic = Locale.objects.get(language_code="ar")
        self.client.post(f"/admin/localize/submit/page/{paper.pk}/", {"locales": [arabic.pk]})
        self.assertEqual(cell(self.report(), paper.title, "ar"), "in_progress")
        translated = PolicyPaperPage.objects.get(
            translation_key=paper.translation_key, locale=arabic
        )
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(f"/admin/pages/{translated.pk}/edit/", {"action": "submit-for-review"})
        html = self.report()
        self.assertEqual(cell(html, paper.title, "ar"), "awaiting_review")
        self.assertIn(f'href="/admin/pages/{translated.pk}/edit/">Review</a>', html)

    def test_a_snippet_in_review_does_not_mark_a_page_with_the_same_id(self):
        # Workflow states of pages and snippets share one table; only the content type tells
        # the page with id 120 from the person with id 120.
        paper = PolicyPaperPage.objects.get(
            slug="keep-encryption-strong", locale__language_code="en"
        )
        arabic = translate(paper, "ar", title="لنُبقِ التشفير قويًا")
        person = PersonFactory(
            pk=arabic.pk,
            name="ليلى حداد",
            role="باحثة أولى في الحقوق الرقمية",
            locale=arabic.locale,
        )
        person.save_revision(user=self.users["translator-ar"])
        person.get_workflow().start(person, self.users["translator-ar"])
        self.assertEqual(cell(self.report(), paper.title, "ar"), "up_to_date")

    def test_filters_and_links(self):
        html = self.report("?language=he&status=not_translated")
        self.assertNotIn('data-language="ar"', html)
        self.assertNotIn('data-status="up_to_date"', html)
        self.assertIn("/admin/localize/submit/page/", html)
        self.assertIn("?select_locale=he", html)

    def test_query_count_does_not_grow_with_the_number_of_pages(self):
        self.report()
        with CaptureQueriesContext(connection) as before:
            self.report()
        library = ResourceLibraryPage.objects.get(locale__language_code="en")
        for index in range(20):
            ResearchReportPageFactory(
                parent=library, slug=f"monitor-{index}", title=f"Monitor {index}"
            )
        with CaptureQueriesContext(connection) as after:
            self.report()
        self.assertEqual(len(after), len(before))

    def test_unknown_filters_show_everything_and_a_missing_page_is_not_found(self):
        html = self.report("?language=fr&status=lost")
        self.assertIn('data-language="ar"', html)
        self.assertIn('data-language="he"', html)
        self.assertIn('data-status="up_to_date"', html)
        for page in ("abc", "99"):
            self.assertEqual(self.client.get(REPORT + f"?page={page}").status_code, 404)

    def test_the_filters_refresh_the_results_in_place(self):
        html = self.report("results/?language=he&status=not_translated")
        self.assertNotIn("<html", html)
        self.assertNotIn('data-language="ar"', html)
        self.assertIn('data-status="not_translated"', html)
