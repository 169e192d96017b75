"""Odd addresses and parameters get a clear 4xx or a notice, never a 500."""

from django.test import TestCase

from tests.hub.resources.factories import build_library_tree


class BadInputTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_library_tree()

    def setUp(self):
        self.client.raise_request_exception = False

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
                self.assertEqual(self.client.get(path).status_code, status)
