"""Search analytics: counts per day, language and query, nothing that identifies a reader, old
counts deleted, contact details never recorded; the "Search terms" report for editors and
moderators, not translators, listing a query only once it passed both thresholds (days, times)."""

import datetime
import os
import subprocess
import sys
from io import StringIO
from unittest import mock

from django.conf import settings
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


# What readers paste into a search box that must never be kept: an address or a number
# that reaches a person, in the forms they write them in.
CONTACT_DETAILS = [
    "jane.doe@example.org",
    "JANE.DOE@EXAMPLE.ORG",
    "عنوان jane.doe@example.org للتواصل",
    "ريم.حداد@مثال.فلسطين",
    "jane.doe ＠ example．org",
    "+972 52-123-4567",
    "\u200e+972\u200e 52 123 4567",
    "00970 59 912 3456",
    "٠٥٩٩١٢٣٤٥٦",
    "۰۵۹۹۱۲۳۴۵۶",
    "٠٥٩٩-١٢٣-٤٥٦",
    "محامي الدفاع 0599123456",
    "עו״ד 03-1234567",
    "(02) 627 1234",
    "052.123.4567",
    "1234567",
]
# Look alike at a glance, but name no one: kept and counted as usual.
ORDINARY_QUERIES = [
    "jane doe at example dot org",
    "قانون الجرائم الإلكترونية 2018",
    "قرار مجلس الأمن 1325",
    "elections 2019-2023",
    "1948 1967",
    "חוק הגנת הפרטיות 5784-2024",
    "report of 12/05/2023",
    "2023-05-12 hearing",
    "A/HRC/47/25",
    "covid-19 تطبيقات التتبع",
]


class ContactDetailsTests(TestCase):
    def setUp(self):
        analytics._pruned_on = None

    def test_queries_that_look_like_an_email_address_or_phone_number_are_never_stored(self):
        for query in CONTACT_DETAILS:
            with self.subTest(query=query), self.assertNoLogs("search.analytics"):
                record_search(query, "ar", 0)
                record_search(query, "he", 3)
                self.assertEqual(rows(), [])

    def test_numbers_and_words_that_name_no_one_are_stored(self):
        for query in ORDINARY_QUERIES:
            with self.subTest(query=query):
                record_search(query, "en", 1)
                self.assertIn(analytics.report_text(query), [row[2] for row in rows()])

    def test_a_number_split_by_invisible_characters_or_past_the_length_limit_is_caught(self):
        record_search("0599\u200b123\u2060456", "ar", 0)
        record_search("رقابة " * 40 + "0599123456", "ar", 0)
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
        self.assertEqual(
            output.getvalue().splitlines(),
            [
                "2 search counts older than 30 days deleted.",
                "0 search counts of queries that look like an e-mail address or a phone number "
                "deleted.",
            ],
        )

    def test_counts_kept_before_contact_details_were_withheld_are_deleted(self):
        # As they were stored: folded, so Arabic-Indic digits became ASCII.
        for query in ("jane.doe@example.org", "+972 52-123-4567", "0599123456"):
            SearchQueryCount.objects.create(day=days_ago(1), language="ar", query=query, searches=9)
        output = StringIO()
        call_command("search_analytics", "prune", stdout=output)
        self.assertEqual(self.kept(), ["surveillance 0", "surveillance 30"])
        self.assertIn(
            "3 search counts of queries that look like an e-mail address or a phone number "
            "deleted.",
            output.getvalue(),
        )
        # The daily prune as searches are recorded does it too.
        SearchQueryCount.objects.create(day=days_ago(1), language="he", query="03-1234567")
        record_search("מעקב", "he", 1)
        self.assertEqual(self.kept(), ["surveillance 0", "surveillance 30", "מעקב"])

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


class ThresholdWindowTests(TestCase):
    """The thresholds count the days and searches kept (SEARCH_ANALYTICS_RETENTION_DAYS), not
    only those of the period shown."""

    def shown(self, days, language=None):
        return [
            (total.query, total.searches)
            for total in analytics.top_queries(days, language)
            + analytics.top_queries(days, language, zero_results_only=True)
        ]

    def test_days_before_the_period_count_towards_the_thresholds(self):
        searched("ar", "حجب المواقع الإخبارية", (1, 1, 1), (20, 2, 0), (40, 2, 0))
        self.assertEqual(
            self.shown(7), [("حجب المواقع الإخبارية", 1), ("حجب المواقع الإخبارية", 1)]
        )

    @override_settings(SEARCH_ANALYTICS_RETENTION_DAYS=30)
    def test_counts_past_the_retention_not_yet_pruned_do_not(self):
        searched("ar", "حجب المواقع الإخبارية", (1, 3, 0), (10, 1, 0), (40, 5, 0))
        self.assertEqual(self.shown(90), [])

    def test_the_default_thresholds_are_3_days_and_5_searches_and_come_from_the_environment(
        self,
    ):
        self.assertEqual(
            (settings.SEARCH_ANALYTICS_MIN_DAYS, settings.SEARCH_ANALYTICS_MIN_SEARCHES), (3, 5)
        )
        script = (
            "from django.conf import settings; "
            "print(settings.SEARCH_ANALYTICS_MIN_DAYS, settings.SEARCH_ANALYTICS_MIN_SEARCHES)"
        )
        environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "hub.settings.test",
            "SEARCH_ANALYTICS_MIN_DAYS": "2",
            "SEARCH_ANALYTICS_MIN_SEARCHES": "10",
        }
        result = subprocess.run(
            [sys.executable, "-c", script], env=environment, capture_output=True, text=True
        )
        self.assertEqual(result.stdout.split(), ["2", "10"], result.stderr)
        environment["SEARCH_ANALYTICS_MIN_DAYS"] = "0"
        result = subprocess.run(
            [sys.executable, "-c", script], env=environment, capture_output=True, text=True
        )
        self.assertIn("SEARCH_ANALYTICS_MIN_DAYS must be at least 1, not 0.", result.stderr)


def searched(language, query, *days):
    """Counts of `query` in `language`, one row per (days ago, searches, with no results)."""
    for days_before, searches, zero_results in days:
        SearchQueryCount.objects.create(
            day=days_ago(days_before),
            language=language,
            query=query,
            searches=searches,
            zero_results=zero_results,
        )


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
        # Each listed query was searched on 3 days and at least 5 times within the 90 days
        # kept; the days before the 30-day period count towards that, not towards its totals.
        searched("ar", "المراقبة البيومترية", (0, 12, 0), (3, 5, 0), (45, 4, 0))
        searched("ar", "حجب حسابات الصحفيين", (1, 6, 6), (40, 2, 2), (50, 1, 1))
        searched("ar", "قانون الجرائم الإلكترونية", (20, 9, 9), (35, 1, 1), (70, 1, 0))
        searched("en", "content takedowns", (2, 8, 1), (31, 3, 0), (33, 2, 0))
        searched("en", "spyware pegasus", (2, 3, 3), (44, 1, 1), (46, 1, 1))
        searched("he", "תיעוד מחיקות", (1, 4, 4), (38, 2, 2), (39, 1, 0))
        searched("en", "old query", (60, 50, 50), (61, 50, 50), (62, 50, 50))
        # Below the thresholds (3 days and 5 searches): counted in the totals, never listed.
        searched("en", "jane doe activist address", (5, 1, 1))
        searched("ar", "تسريب بيانات الناخبين في الخليل", (0, 30, 30), (1, 20, 20))
        searched("he", "רוגלה בטלפון של עיתונאית", (0, 1, 1), (2, 1, 1), (4, 1, 1), (6, 1, 1))
        searched("ar", "pegasus", (0, 2, 2), (1, 2, 2))
        # At the thresholds, exactly; and the same text passing them in English only.
        searched("he", "מעקב ביומטרי", (0, 1, 0), (2, 1, 0), (4, 3, 0))
        searched("en", "pegasus", (0, 1, 1), (1, 1, 1), (3, 3, 3))

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
        # Every search counts in the totals, listed or not.
        totals = self.table(html, "language-totals")
        self.assertIn('<th scope="row">العربية</th><td>86</td><td>69</td>', totals)
        self.assertIn('<th scope="row">English</th><td>17</td><td>10</td>', totals)
        self.assertIn('<th scope="row">עברית</th><td>13</td><td>8</td>', totals)

    def test_a_query_searched_by_one_reader_once_is_not_shown(self):
        for period in ("7", "30", "90"):
            html = self.report(self.editor, f"?days={period}")
            self.assertNotIn("jane doe", html)

    def test_a_query_below_the_days_threshold_is_not_shown_however_often_searched(self):
        html = self.report(self.moderator_ar, "?days=7&language=ar")
        self.assertNotIn("تسريب بيانات الناخبين", html)
        self.assertIn("حجب حسابات الصحفيين", html)

    def test_a_query_below_the_searches_threshold_is_not_shown_however_many_days(self):
        html = self.report(self.moderator_he, "?days=7&language=he")
        self.assertNotIn("רוגלה", html)

    def test_a_query_at_both_thresholds_is_shown(self):
        html = self.report(self.moderator_he, "?days=7&language=he")
        self.assertIn("<bdi>מעקב ביומטרי</bdi></th><td>עברית</td><td>5</td><td>0</td>", html)

    def test_the_thresholds_are_per_language_and_ranking_stays_per_language(self):
        html = self.report(self.editor, "?days=7")
        top = self.table(html, "top-queries")
        self.assertIn("<bdi>pegasus</bdi></th><td>English</td><td>5</td>", top)
        self.assertEqual(top.count("<bdi>pegasus</bdi>"), 1)  # not the Arabic: two days only
        english = self.table(self.report(self.editor, "?days=7&language=en"), "top-queries")
        self.assertLess(english.index("content takedowns"), english.index("pegasus"))
        self.assertLess(english.index("pegasus"), english.index("spyware pegasus"))
        self.assertNotIn("العربية", english)

    @override_settings(SEARCH_ANALYTICS_MIN_DAYS=1, SEARCH_ANALYTICS_MIN_SEARCHES=1)
    def test_the_thresholds_are_settings(self):
        self.assertIn("jane doe activist address", self.report(self.editor))

    @override_settings(SEARCH_ANALYTICS_MIN_DAYS=4)
    def test_when_nothing_reaches_the_thresholds_the_lists_say_so(self):
        html = self.report(self.editor, "?days=7")
        for table_id in ("top-queries", "top-zero-result-queries"):
            self.assertIn(
                "No query in this period was searched often enough to be listed.",
                self.table(html, table_id),
            )
        self.assertNotIn("No searches in this period.", html)
        self.assertNotIn("Every search in this period found something.", html)
        self.assertIn(
            "A query is listed here only once, within the counts kept, it was searched on at "
            "least 4 different days and at least 5 times in all",
            html,
        )

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
        self.assertIn(
            "لا تظهر عبارة هنا إلا إذا بُحث عنها، في الأعداد المحفوظة، في 3 أيام مختلفة على "
            "الأقل و5 مرات على الأقل إجمالًا",
            arabic,
        )
        self.assertIn("لا تُسجَّل أبدًا", arabic)
        hebrew = self.report(self.moderator_he)
        self.assertIn('lang="he" dir="rtl"', hebrew)
        self.assertIn("ביטויי חיפוש", hebrew)
        self.assertIn("30 הימים האחרונים", hebrew)
        self.assertIn(
            "ביטוי מופיע כאן רק אם בספירות השמורות חיפשו אותו ב־3 ימים שונים לפחות וגם 5 "
            "פעמים לפחות בסך הכול",
            hebrew,
        )
        self.assertIn("אינם נרשמים כלל", hebrew)

    @override_settings(SEARCH_ANALYTICS_MIN_DAYS=4)
    def test_the_empty_lists_say_why_in_arabic_and_hebrew(self):
        arabic = self.report(self.moderator_ar, "?days=7")
        self.assertIn("لم يُبحث عن أي عبارة في هذه الفترة بما يكفي لإدراجها.", arabic)
        self.assertIn("في 4 أيام مختلفة على الأقل", arabic)
        hebrew = self.report(self.moderator_he, "?days=7")
        self.assertIn("אף ביטוי לא חופש בתקופה הזו מספיק פעמים כדי להופיע ברשימה.", hebrew)
        self.assertIn("ב־4 ימים שונים לפחות", hebrew)

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

    def test_an_unknown_period_or_language_shows_the_default_report(self):
        html = self.report(self.editor, "?days=abc&language=xx")
        self.assertIn('<option value="30" selected>', html)
        self.assertIn("المراقبة البيومترية", self.table(html, "top-queries"))

    def test_the_filters_refresh_the_results_in_place_for_editors_only(self):
        html = self.report(self.moderator_ar, "results/?days=7&language=ar")
        self.assertIn("حجب حسابات الصحفيين", self.table(html, "top-queries"))
        self.assertNotIn("<html", html)
        self.client.force_login(self.translator)
        self.assertEqual(self.client.get(REPORT + "results/").status_code, 302)
