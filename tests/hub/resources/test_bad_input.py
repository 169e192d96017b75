"""Odd addresses and parameters get a clear 4xx or a notice, never a 500 (DEBUG off, as in
production: every 500 there e-mails the administrators)."""

import json

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.test import TestCase, override_settings
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from hub.resources.models import PublicationDownload
from tests.hub.resources.factories import build_library_tree
from tests.media_on_disk import MediaOnDiskMixin

# Digits that str.isdigit() accepts and int() refuses, and a number int() refuses to read.
SUPERSCRIPT_TWO = "²"
TEN_THOUSAND_DIGITS = "9" * 10_000
# Past 2**63: no database integer holds it.
BEYOND_64_BITS = "99999999999999999999"
UNLIMITED_SEARCHES = {
    "SEARCH_API_RATE": "100000/min",
    "SEARCH_SUGGEST_RATE": "100000/min",
    "SEARCH_PAGE_RATE": "100000/min",
}


@override_settings(**UNLIMITED_SEARCHES)
class BadInputTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()

    def setUp(self):
        cache.clear()
        self.client.raise_request_exception = False

    def assertStatus(self, path, status):
        response = self.client.get(path)
        self.assertEqual(response.status_code, status, f"{path[:120]}: {response.content[:300]}")
        return response

    def assertReadAPIRefuses(self, path, message):
        """Wagtail's read API: a 400 whose message says what to change."""
        response = self.assertStatus(path, 400)
        self.assertIn(message, response.json()["message"])


class BadInputTests(BadInputTestCase):
    def test_no_server_error_for_odd_requests(self):
        cases = {
            "/en/library/?page=99999999999999999999": 404,
            "/en/library/?year=99999999999999999999": 200,
            "/en/library/?type=%00&topic=%F0%9F%94%A5&year=%D9%A2%D9%A0%D9%A2%D9%A5": 200,
            "/en/library/topics/%D8%B1%D9%82%D8%A7%D8%A8%D8%A9/": 404,
            "/en/library/feed/rss/?page=-1": 200,
            "/en/library/types/report/feed/xml/": 404,
            "/r/99999999999999999999/": 404,
            "/r/0/": 404,
            "/ar/library/erased/cite.bib?x=%00": 200,
            "/he/library/nothing/cite.ris": 404,
            "/api/v2/pages/?limit=abc": 400,
            "/api/v2/pages/?type=no.Such": 400,
            "/api/v2/pages/99999999999999999999/": 404,
            "/media/images/%00.png": 404,
            "/sitemap.xml?page=x": 200,
        }
        for path, status in cases.items():
            with self.subTest(path=path):
                self.assertStatus(path, status)


class PageNumberTests(BadInputTestCase):
    """Page numbers and sizes are whole numbers in ASCII digits; anything else is refused as a
    page that does not exist, on the library page and in the search API."""

    BAD_NUMBERS = (SUPERSCRIPT_TWO, TEN_THOUSAND_DIGITS, "١", " 1", "1_0", "%00", "%FF", "-1", "0")

    def test_the_library_answers_a_bad_page_number_with_its_404(self):
        for language in ("en", "ar", "he"):
            for value in self.BAD_NUMBERS:
                with self.subTest(language=language, page=value[:10]):
                    self.assertStatus(f"/{language}/library/?page={value}", 404)
            with self.subTest(language=language, page="2"):
                # One page of results here: the second does not exist either.
                self.assertStatus(f"/{language}/library/?q=platforms&page=2", 404)
        self.assertStatus("/ar/library/?page=1", 200)
        self.assertStatus(f"/ar/library/?page_size={SUPERSCRIPT_TWO}", 200)

    def test_a_topics_page_number_is_checked_as_well(self):
        for value in (SUPERSCRIPT_TWO, TEN_THOUSAND_DIGITS, BEYOND_64_BITS, "abc"):
            with self.subTest(page=value[:10]):
                self.assertStatus(f"/en/library/topics/platform-censorship/?page={value}", 404)

    def test_the_search_api_refuses_a_bad_page_or_page_size_with_a_message(self):
        for name in ("page", "page_size"):
            for value in self.BAD_NUMBERS:
                for language in ("en", "ar", "he"):
                    with self.subTest(name=name, value=value[:10], language=language):
                        response = self.assertStatus(
                            f"/api/search/?lang={language}&{name}={value}", 400
                        )
                        body = response.json()
                        self.assertTrue(body["errors"][name])
                        self.assertIn(body["errors"][name], body["detail"])
        arabic = self.client.get(f"/api/search/?lang=ar&page={SUPERSCRIPT_TWO}").json()
        self.assertEqual(arabic["errors"]["page"], "يجب أن تكون page عددًا صحيحًا من 1 إلى 10000.")
        hebrew = self.client.get(f"/api/search/?lang=he&page_size={SUPERSCRIPT_TWO}").json()
        self.assertEqual(hebrew["errors"]["page_size"], "page_size חייב להיות מספר שלם בין 1 ל־50.")

    def test_a_page_number_past_the_result_window_says_so(self):
        for value in ("1001", "10001", BEYOND_64_BITS):
            with self.subTest(page=value):
                body = self.assertStatus(f"/api/search/?page={value}", 400).json()
                self.assertIn("10000", body["errors"]["page"])
                self.assertStatus(f"/he/library/?page={value}", 404)

    def test_suggest_ignores_the_parameters_it_does_not_read(self):
        for value in (SUPERSCRIPT_TWO, TEN_THOUSAND_DIGITS, "%00"):
            with self.subTest(value=value[:10]):
                self.assertStatus(f"/api/search/suggest/?q=منص&lang=ar&page={value}", 200)
                self.assertStatus(f"/api/search/suggest/?q=מעק&lang=he&page_size={value}", 200)


class ReadAPITests(BadInputTestCase):
    """Wagtail's read API at /api/v2/: every bad value is a 400 with Wagtail's or our message."""

    def test_its_full_text_search_is_off(self):
        # Wagtail's database backend raises on a quote or a NUL on SQLite; the public search is
        # /api/search/.
        for endpoint in ("pages", "images", "documents"):
            for value in ("%22x", "a%0Ab", "%0A", "تقرير", "דוח"):
                with self.subTest(endpoint=endpoint, search=value):
                    self.assertReadAPIRefuses(
                        f"/api/v2/{endpoint}/?search={value}", "search is disabled"
                    )

    def test_offset_is_bounded(self):
        for endpoint in ("pages", "images", "documents"):
            for value in (BEYOND_64_BITS, TEN_THOUSAND_DIGITS, "10001", SUPERSCRIPT_TWO, "-1"):
                with self.subTest(endpoint=endpoint, offset=value[:10]):
                    self.assertReadAPIRefuses(
                        f"/api/v2/{endpoint}/?offset={value}",
                        "offset must be a whole number from 0 to 10000",
                    )
            with self.subTest(endpoint=endpoint, offset="10000"):
                response = self.assertStatus(f"/api/v2/{endpoint}/?offset=10000", 200)
                self.assertEqual(response.json()["items"], [])
        listed = self.assertStatus("/api/v2/pages/?offset=2&limit=3", 200).json()
        self.assertEqual(len(listed["items"]), 3)

    def test_the_messages_are_in_the_readers_language(self):
        messages = {
            "ar": "يجب أن تكون offset عددًا صحيحًا من 0 إلى 10000.",
            "he": "offset חייב להיות מספר שלם בין 0 ל־10000.",
        }
        for language, message in messages.items():
            with self.subTest(language=language):
                response = self.client.get(
                    f"/api/v2/pages/?offset={BEYOND_64_BITS}", headers={"accept-language": language}
                )
                self.assertEqual(response.status_code, 400)
                self.assertEqual(response.json()["message"], message)

    def test_limit_is_bounded(self):
        for value in (BEYOND_64_BITS, TEN_THOUSAND_DIGITS, "21", SUPERSCRIPT_TWO, "-1"):
            with self.subTest(limit=value[:10]):
                self.assertStatus(f"/api/v2/pages/?limit={value}", 400)

    def test_find_by_id_needs_a_whole_number(self):
        for endpoint in ("pages", "images", "documents"):
            for value in ("abc", SUPERSCRIPT_TWO, "١", "1.5", "-1", ""):
                with self.subTest(endpoint=endpoint, id=value):
                    self.assertReadAPIRefuses(
                        f"/api/v2/{endpoint}/find/?id={value}", "id must be a whole number"
                    )
            # Larger than any id: nothing is found.
            for value in (BEYOND_64_BITS, TEN_THOUSAND_DIGITS):
                with self.subTest(endpoint=endpoint, id=value[:10]):
                    self.assertStatus(f"/api/v2/{endpoint}/find/?id={value}", 404)
        report = self.tree["reports"]["ar"]
        found = self.assertStatus(f"/api/v2/pages/find/?id={report.pk}", 302)
        self.assertTrue(found["Location"].endswith(f"/api/v2/pages/{report.pk}/?"))

    def test_a_date_filter_that_is_no_date_is_refused(self):
        cases = (
            "/api/v2/pages/?first_published_at=abc",
            "/api/v2/pages/?first_published_at=",
            f"/api/v2/pages/?first_published_at={SUPERSCRIPT_TWO}",
            "/api/v2/pages/?type=resources.ResearchReportPage&publication_date=14-03-2025",
            "/api/v2/pages/?type=resources.PolicyPaperPage&publication_date=2024-02-30",
        )
        for path in cases:
            with self.subTest(path=path):
                self.assertReadAPIRefuses(path, "field filter error")
        report = self.tree["reports"]["en"]
        by_date = self.assertStatus(
            "/api/v2/pages/?type=resources.ResearchReportPage&publication_date=2025-03-14", 200
        )
        self.assertIn(report.pk, {item["id"] for item in by_date.json()["items"]})

    def test_a_filter_by_a_related_id_needs_one_that_can_exist(self):
        # Wagtail converts it with int(), and the database refuses a number past 64 bits.
        for path in (
            f"/api/v2/pages/?alias_of={BEYOND_64_BITS}",
            f"/api/v2/pages/?type=resources.CampaignToolkitPage&cover_image={BEYOND_64_BITS}",
            "/api/v2/pages/?type=resources.ResearchReportPage&cover_image=-1",
            f"/api/v2/pages/?type=resources.PolicyPaperPage&cover_image={SUPERSCRIPT_TWO}",
        ):
            with self.subTest(path=path):
                self.assertReadAPIRefuses(path, "field filter error")
        report = self.tree["reports"]["en"]
        self.assertStatus(f"/api/v2/pages/?alias_of={report.pk}", 200)

    def test_fields_nested_too_deep_are_refused(self):
        # Wagtail parses `fields` recursively: 1,500 levels were a RecursionError.
        deep = "cover_image(" * 1500 + ")" * 1500
        for path in (
            f"/api/v2/pages/?type=resources.ResearchReportPage&fields={deep}",
            f"/api/v2/pages/{self.tree['reports']['ar'].pk}/?fields={deep}",
            "/api/v2/images/?fields=" + "tags(" * 11 + ")" * 11,
        ):
            with self.subTest(path=path[:70]):
                self.assertReadAPIRefuses(path, "fields error")
        report = self.assertStatus(
            "/api/v2/pages/?type=resources.ResearchReportPage&fields=cover_image(title)", 200
        )
        self.assertTrue(all(item["cover_image"] is None for item in report.json()["items"]))

    def test_a_nul_is_refused_before_any_query(self):
        # PostgreSQL refuses a NUL in a query (psycopg2 raises ValueError); no stored value has
        # one. Wagtail checks its field filters itself, not the locale or the path to find.
        for path in (
            "/api/v2/pages/?search=%00",
            "/api/v2/pages/?locale=%00",
            "/api/v2/pages/?locale=ar%00",
            "/api/v2/pages/find/?html_path=/library/%00/",
            f"/api/v2/pages/{self.tree['reports']['he'].pk}/?fields=%00",
            "/api/v2/images/?title=%00",
            "/api/v2/documents/find/?id=1&fields=title%00",
            "/api/v2/images/find/?id=%00",
        ):
            with self.subTest(path=path):
                self.assertReadAPIRefuses(path, "null characters are not allowed")
        self.assertStatus("/api/v2/pages/?locale=he", 200)

    def test_the_messages_are_json_whatever_the_value(self):
        response = self.assertStatus("/api/v2/pages/?first_published_at=%ED%A0%80%FF", 400)
        self.assertEqual(response["Content-Type"], "application/json")
        json.loads(response.content)


class LongFileNameTests(MediaOnDiskMixin, BadInputTestCase):
    """File names longer than a file system allows (255 bytes) are files that do not exist."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        report = cls.tree["reports"]["en"]
        cls.image = Image.objects.create(title="Cover", file=get_test_image_file("cover.png"))
        cls.rendition = cls.image.get_rendition("fill-480x252")
        cls.document = Document.objects.create(
            title="Erased (PDF)", file=ContentFile(b"%PDF-1.4 public", name="erased.pdf")
        )
        report.cover_image = cls.image
        report.save()
        PublicationDownload.objects.create(
            page=report,
            document=cls.document,
            label="Full text",
            language="en",
            locale=report.locale,
        )
        report.save_revision().publish()

    def test_the_files_of_a_public_publication_are_served(self):
        for url in (self.image.file.url, self.rendition.url, self.document.url):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 200)

    def test_a_name_too_long_for_the_file_system_is_a_404(self):
        long_names = ("a" * 300 + ".png", "ملف" * 60 + ".png", "%D7%A7" * 200, "a" * 10_000)
        for name in long_names:
            for path in (
                f"/media/original_images/{name}",
                f"/media/images/{name}",
                f"/documents/{self.document.pk}/{name}",
                f"/documents/{BEYOND_64_BITS}/{name}",
            ):
                with self.subTest(path=path[:60]):
                    self.assertStatus(path, 404)
