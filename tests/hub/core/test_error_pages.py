"""403, 404 and 500 pages in each language, with the right direction; the 500 page renders
even when the database is down."""

from unittest import mock

from django.db import OperationalError
from django.test import RequestFactory, TestCase, override_settings

from hub.core.views import server_error
from tests.home.factories import build_home_tree

HEADINGS = {
    404: {"en": "Page not found", "ar": "الصفحة غير موجودة", "he": "הדף לא נמצא"},
    403: {"en": "Access denied", "ar": "لا تملك صلاحية الوصول", "he": "אין הרשאת גישה"},
    500: {"en": "Something went wrong", "ar": "حدث خطأ ما", "he": "משהו השתבש"},
}
DIRECTION = {"en": "ltr", "ar": "rtl", "he": "rtl"}


def database_down():
    return mock.patch(
        "django.db.backends.base.base.BaseDatabaseWrapper.cursor",
        side_effect=OperationalError("connection refused"),
    )


@override_settings(ROOT_URLCONF="tests.hub.core.urls")
class ErrorPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_home_tree()

    def setUp(self):
        self.client.raise_request_exception = False

    def assertErrorPage(self, response, status, language):
        self.assertEqual(response.status_code, status)
        self.assertContains(
            response, f'<html lang="{language}" dir="{DIRECTION[language]}">', status_code=status
        )
        self.assertContains(
            response, f"<h1>{HEADINGS[status][language]}</h1>", html=True, status_code=status
        )
        self.assertContains(response, f'href="/{language}/"', status_code=status)

    def test_404_in_each_language(self):
        for language in DIRECTION:
            with self.subTest(language=language):
                response = self.client.get(f"/{language}/no-such-publication/")
                self.assertErrorPage(response, 404, language)

    def test_403_in_each_language(self):
        for language in DIRECTION:
            with self.subTest(language=language):
                self.assertErrorPage(self.client.get(f"/{language}/forbidden/"), 403, language)

    def test_500_in_each_language(self):
        for language in DIRECTION:
            with self.subTest(language=language):
                self.assertErrorPage(self.client.get(f"/{language}/crash/"), 500, language)

    def test_500_page_renders_without_the_database(self):
        for language in DIRECTION:
            with self.subTest(language=language), database_down():
                response = self.client.get(f"/{language}/crash/")
                self.assertErrorPage(response, 500, language)

    def test_500_page_makes_no_database_query(self):
        with self.assertNumQueries(0):
            response = server_error(RequestFactory().get("/he/crash/"))
        self.assertEqual(response.status_code, 500)
        self.assertIn('<html lang="he" dir="rtl">', response.content.decode())
