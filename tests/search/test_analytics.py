"""Search analytics: counts per day, language and query, nothing that identifies a reader, old
counts deleted; the "Search terms" report for editors and moderators, not translators."""

import datetime
from io import StringIO
from unittest import mock

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import OperationalError, connection
from django.db.models.query import QuerySet
from django.test import TestCase, override_settings
from django.utils import timezone
from wagtail.users.models import UserProfile

from search import analytics
from search.analytics import record_search
from search.models import SearchQueryCount
from tests.home.factories import build_home_tree

User = get_user_model()
REPORT = "/admin/reports/search-terms/"
ADD_PROMOTION = "/admin/snippets/search/searchpromotion/add/"
# Every column the table has: what was searched, in which language, on which day, how often.
COLUMNS = {"id", "day", "language", "query", "searches", "zero_results"}


def rows():
    return list(
        SearchQueryCount.objects.order_by("day", "language", "query").values_list(
            "day", "language", "query", "searches", "zero_results"
        )
    )


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


class RecordSearchTests(TestCase):
    def setUp(self):
        # Each test starts as a fresh process would: not yet pruned today.
        analytics._pruned_on = None

    def test_searches_of_a_query_add_up_in_the_days_row(self):
        today = timezone.localdate()
        record_search("المراقبة البيومترية", "ar", 4)
        record_search("  المراقبة   البيومترية ", "ar", 2)
        record_search("Biometric Surveillance", "en", 0)
        record_search("biometric surveillance", "en", 3)
        self.assertEqual(
            rows(),
            [
                (today, "ar", "المراقبة البيومترية", 2, 0),
                (today, "en", "biometric surveillance", 2, 1),
            ],
        )

    def test_searches_with_no_results_are_counted(self):
        record_search("תיעוד מחיקות", "he", 0)
        record_search("תיעוד מחיקות", "he", 0)
        record_search("תיעוד מחיקות", "he", 7)
        self.assertEqual(rows()[0][3:], (3, 2))

    def test_queries_are_kept_as_typed_but_folded_and_cut(self):
        record_search("\u200fמעקב\u00a0ביומטרי\u200e", "he", 1)
        record_search("ＣＥＮＳＯＲＳＨＩＰ ٢٠٢٣", "en", 1)
        record_search("رقابة " * 100, "ar", 1)
        queries = {language: query for _day, language, query, *_counts in rows()}
        self.assertEqual(queries["he"], "מעקב ביומטרי")
        self.assertEqual(queries["en"], "censorship 2023")
        self.assertEqual(len(queries["ar"]), 200)
        self.assertTrue(queries["ar"].startswith("رقابة رقابة"))

    def test_nothing_is_recorded_for_empty_text_unknown_languages_or_when_disabled(self):
        record_search("   ", "en", 0)
        with self.assertLogs("search.analytics", "WARNING"):
            record_search("surveillance", "fr", 0)
        with override_settings(SEARCH_ANALYTICS_ENABLED=False):
            record_search("surveillance", "en", 0)
        self.assertEqual(rows(), [])

    def test_the_table_holds_nothing_about_readers(self):
        fields = {field.column for field in SearchQueryCount._meta.get_fields()}
        self.assertEqual(fields, COLUMNS)
        with connection.cursor() as cursor:
            table = connection.introspection.get_table_description(
                cursor, SearchQueryCount._meta.db_table
            )
        self.assertEqual({column.name for column in table}, COLUMNS)

    def test_a_concurrent_first_search_of_the_day_is_counted(self):
        # Another process creates the day's row between this one's update and its insert.
        SearchQueryCount.objects.create(
            day=timezone.localdate(), language="ar", query="حجب المواقع", searches=1
        )
        real_update = QuerySet.update
        calls = []

        def update_finding_no_row_at_first(queryset, **changes):
            calls.append(changes)
            return 0 if len(calls) == 1 else real_update(queryset, **changes)

        with mock.patch.object(QuerySet, "update", update_finding_no_row_at_first):
            record_search("حجب المواقع", "ar", 0)
        self.assertEqual(rows()[0][3:], (2, 1))

    def test_a_database_failure_never_reaches_the_reader_and_the_query_is_not_logged(self):
        with (
            mock.patch.object(QuerySet, "update", side_effect=OperationalError("database gone")),
            self.assertLogs("search.analytics", "ERROR") as logs,
        ):
            record_search("رنا عويضة", "ar", 0)
        self.assertIn("OperationalError", logs.output[0])
        self.assertNotIn("رنا", logs.output[0])
        self.assertEqual(rows(), [])


@override_settings(SEARCH_ANALYTICS_RETENTION_DAYS=30)
class RetentionTests(TestCase):
    def setUp(self):
        analytics._pruned_on = None
        for days in (0, 30, 31, 200):
            SearchQueryCount.objects.create(
                day=days_ago(days), language="en", query=f"surveillance {days}", searches=1
            )

    def kept(self):
        return sorted(query for _day, _language, query, *_counts in rows())

    def test_the_command_deletes_counts_past_the_retention(self):
        output = StringIO()
        call_command("search_analytics", "prune", stdout=output)
        self.assertEqual(self.kept(), ["surveillance 0", "surveillance 30"])
        self.assertEqual(output.getvalue().strip(), "2 search counts older than 30 days deleted.")

    def test_recording_prunes_once_a_day_without_an_operator(self):
        record_search("حجب", "ar", 1)
        self.assertEqual(self.kept(), ["surveillance 0", "surveillance 30", "حجب"])
        # Later the same day: no second prune.
        SearchQueryCount.objects.create(day=days_ago(45), language="he", query="מעקב", searches=1)
        record_search("حجب", "ar", 1)
        self.assertIn("מעקב", self.kept())
        # The next day, the first search prunes again, and the 30-day-old row has aged out.
        tomorrow = timezone.now() + datetime.timedelta(days=1)
        with mock.patch("django.utils.timezone.now", return_value=tomorrow):
            record_search("حجب", "ar", 1)
        self.assertEqual(self.kept(), ["surveillance 0", "حجب", "حجب"])


def user_in(username, group_name, language="en"):
    user = User.objects.create_user(username, password="x" * 12)
    user.groups.add(Group.objects.get(name=group_name))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


class SearchTermsReportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_home_tree()
        cls.editor = user_in("editor", "Editors")
        cls.moderator_ar = user_in("moderator-ar", "Moderators – Arabic", "ar")
        cls.moderator_he = user_in("moderator-he", "Moderators – Hebrew", "he")
        cls.translator = user_in("translator-ar", "Translators – Arabic")
        counts = [
            (0, "ar", "المراقبة البيومترية", 12, 0),
            (3, "ar", "المراقبة البيومترية", 5, 0),
            (1, "ar", "حجب حسابات الصحفيين", 6, 6),
            (20, "ar", "قانون الجرائم الإلكترونية", 9, 9),
            (2, "en", "content takedowns", 8, 1),
            (2, "en", "spyware pegasus", 3, 3),
            (1, "he", "תיעוד מחיקות", 4, 4),
            (60, "en", "old query", 50, 50),
        ]
        for days, language, query, searches, zero_results in counts:
            SearchQueryCount.objects.create(
                day=days_ago(days),
                language=language,
                query=query,
                searches=searches,
                zero_results=zero_results,
            )

    def report(self, user, query=""):
        self.client.force_login(user)
        response = self.client.get(REPORT + query)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def table(self, html, table_id):
        start = html.index(f'id="{table_id}"')
        return html[start : html.index("</table>", start)]

    def test_top_and_zero_result_queries_of_the_last_30_days(self):
        html = self.report(self.editor)
        top = self.table(html, "top-queries")
        self.assertLess(top.index("المراقبة البيومترية"), top.index("قانون الجرائم الإلكترونية"))
        self.assertIn("<td>17</td>", top)  # 12 + 5 searches over two days
        self.assertNotIn("old query", html)
        nothing_found = self.table(html, "top-zero-result-queries")
        self.assertNotIn("المراقبة البيومترية", nothing_found)
        self.assertLess(
            nothing_found.index("قانون الجرائم الإلكترونية"), nothing_found.index("حجب حسابات")
        )
        self.assertIn("spyware pegasus", nothing_found)
        totals = self.table(html, "language-totals")
        self.assertIn('<th scope="row">العربية</th><td>32</td><td>15</td>', totals)
        self.assertIn('<th scope="row">English</th><td>11</td><td>4</td>', totals)

    def test_period_and_language_filters(self):
        html = self.report(self.editor, "?days=7&language=ar")
        self.assertIn("حجب حسابات الصحفيين", html)
        self.assertNotIn("قانون الجرائم الإلكترونية", html)
        self.assertNotIn("content takedowns", html)
        self.assertNotIn("תיעוד מחיקות", html)
        self.assertIn('<option value="7" selected>', html)

    def test_zero_result_queries_link_to_a_prefilled_promotion(self):
        html = self.report(self.moderator_ar)
        link = "?query=%D8%AD%D8%AC%D8%A8+%D8%AD%D8%B3%D8%A7%D8%A8%D8%A7%D8%AA"
        self.assertIn(f'href="{ADD_PROMOTION}{link}', html)
        # Only for the languages the user manages promotions in.
        self.assertNotIn("query=spyware", html)
        self.client.force_login(self.moderator_ar)
        form = self.client.get(ADD_PROMOTION + "?query=حجب حسابات الصحفيين&language=ar")
        self.assertContains(form, 'value="حجب حسابات الصحفيين"')

    def test_the_report_is_in_the_admins_language_and_direction(self):
        arabic = self.report(self.moderator_ar)
        self.assertIn('lang="ar" dir="rtl"', arabic)
        self.assertIn("عبارات البحث", arabic)
        self.assertIn("عمليات بحث لم تجد شيئًا", arabic)
        self.assertIn("آخر 30 يومًا", arabic)
        hebrew = self.report(self.moderator_he)
        self.assertIn('lang="he" dir="rtl"', hebrew)
        self.assertIn("ביטויי חיפוש", hebrew)
        self.assertIn("30 הימים האחרונים", hebrew)

    def test_the_report_is_in_the_reports_menu_for_editors_only(self):
        self.client.force_login(self.editor)
        self.assertIn(REPORT, self.client.get("/admin/").content.decode())
        self.client.force_login(self.translator)
        self.assertNotIn(REPORT, self.client.get("/admin/").content.decode())

    def test_translators_are_refused(self):
        self.client.force_login(self.translator)
        response = self.client.get(REPORT)
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], "/admin/")
        self.assertNotIn("المراقبة", self.client.get(REPORT, follow=True).content.decode())
