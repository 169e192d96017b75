"""Who a client is (hub.core.clients, TRUSTED_PROXIES) and the per-client limits that use it:
the search API's throttle and the library page's searches. A client talking to the site
directly cannot escape a limit by writing its own X-Forwarded-For; behind the configured
number of proxies, the entry the nearest one appended names the client."""

from django.core.cache import cache
from django.test import RequestFactory, SimpleTestCase, TestCase, override_settings

from hub.core.clients import client_address, client_key
from search.models import SearchQueryCount
from tests.search.factories import build_search_tree, index_all_publications

DIRECTION = {"en": "ltr", "ar": "rtl", "he": "rtl"}
# A query per language that finds publications of tests.search.factories.
QUERIES = {"en": "checkpoint", "ar": "المراقبة", "he": "הסתה"}
TOO_MANY_SEARCHES = {
    "en": ("Too many searches", "You have searched many times in a short while."),
    "ar": ("عمليات بحث كثيرة جدًا", "لقد أجريت عمليات بحث كثيرة في وقت قصير."),
    "he": ("יותר מדי חיפושים", "ביצעת חיפושים רבים בזמן קצר."),
}


def rotating_forwarded_for(number):
    """A different made-up X-Forwarded-For on every request, as an attacker would send."""
    return {"HTTP_X_FORWARDED_FOR": f"203.0.113.{number % 250}, 198.51.100.{number % 200}"}


class ClientAddressTests(SimpleTestCase):
    def request(self, forwarded_for=None, remote_address="192.0.2.10"):
        headers = {"REMOTE_ADDR": remote_address}
        if forwarded_for is not None:
            headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
        return RequestFactory().get("/", **headers)

    def test_with_no_trusted_proxy_the_header_is_ignored(self):
        self.assertEqual(client_address(self.request("203.0.113.5")), "192.0.2.10")
        self.assertEqual(client_address(self.request()), "192.0.2.10")

    @override_settings(TRUSTED_PROXIES=1)
    def test_behind_one_proxy_the_last_entry_names_the_client(self):
        self.assertEqual(client_address(self.request("203.0.113.5")), "203.0.113.5")
        # Whatever the client wrote before the proxy's entry is not believed.
        self.assertEqual(client_address(self.request("10.0.0.1, 203.0.113.5")), "203.0.113.5")
        self.assertEqual(client_address(self.request(" 10.0.0.1 ,203.0.113.5 ,")), "203.0.113.5")

    @override_settings(TRUSTED_PROXIES=2)
    def test_behind_two_proxies_the_second_entry_from_the_right_names_the_client(self):
        request = self.request("10.0.0.1, 203.0.113.5, 172.18.0.2", remote_address="172.18.0.3")
        self.assertEqual(client_address(request), "203.0.113.5")

    @override_settings(TRUSTED_PROXIES=2)
    def test_a_header_shorter_than_the_proxies_falls_back_to_the_peer(self):
        self.assertEqual(client_address(self.request("203.0.113.5")), "192.0.2.10")
        self.assertEqual(client_address(self.request("")), "192.0.2.10")
        self.assertEqual(client_address(self.request()), "192.0.2.10")

    def test_a_request_without_a_peer_address_is_one_client(self):
        self.assertEqual(client_address(RequestFactory().get("/", REMOTE_ADDR="")), "")

    def test_the_key_is_a_keyed_hash_that_holds_no_address(self):
        key = client_key(self.request())
        self.assertEqual(len(key), 64)
        self.assertNotIn("192.0.2.10", key)
        self.assertEqual(key, client_key(self.request("203.0.113.5")))
        self.assertNotEqual(key, client_key(self.request(remote_address="192.0.2.11")))
        with override_settings(SECRET_KEY="another-deployment-key"):
            self.assertNotEqual(key, client_key(self.request()))


class ClientLimitTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_search_tree()
        index_all_publications()

    def setUp(self):
        cache.clear()


@override_settings(SEARCH_API_RATE="60/min", SEARCH_SUGGEST_RATE="60/min")
class SearchAPIClientTests(ClientLimitTestCase):
    def test_rotating_x_forwarded_for_does_not_escape_the_limit(self):
        for url, params in (("/api/search/", {"q": "checkpoint"}), ("/api/search/suggest/", {})):
            with self.subTest(url=url):
                statuses = [
                    self.client.get(url, params, **rotating_forwarded_for(number)).status_code
                    for number in range(70)
                ]
                self.assertEqual(statuses, [200] * 60 + [429] * 10)
                response = self.client.get(url, params, **rotating_forwarded_for(71))
                self.assertGreater(int(response["Retry-After"]), 0)

    @override_settings(TRUSTED_PROXIES=1)
    def test_behind_the_proxy_each_client_is_counted_apart(self):
        proxy = {"REMOTE_ADDR": "172.18.0.1"}
        for _request in range(60):
            response = self.client.get(
                "/api/search/", {"q": "checkpoint"}, HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy
            )
            self.assertEqual(response.status_code, 200)
        # A forged first entry does not make another client of the same one.
        forged = "10.9.8.7, 203.0.113.5"
        response = self.client.get(
            "/api/search/", {"q": "checkpoint"}, HTTP_X_FORWARDED_FOR=forged, **proxy
        )
        self.assertEqual(response.status_code, 429)
        # Another reader behind the same proxy still gets answers.
        response = self.client.get(
            "/api/search/", {"q": "checkpoint"}, HTTP_X_FORWARDED_FOR="203.0.113.6", **proxy
        )
        self.assertEqual(response.status_code, 200)


@override_settings(SEARCH_PAGE_RATE="3/min")
class LibrarySearchLimitTests(ClientLimitTestCase):
    def search(self, language, **headers):
        return self.client.get(f"/{language}/library/", {"q": QUERIES[language]}, **headers)

    def counted(self, language):
        return sum(
            SearchQueryCount.objects.filter(language=language, query=QUERIES[language]).values_list(
                "searches", flat=True
            )
        )

    def test_over_the_rate_a_429_page_in_the_readers_language_and_no_search_counted(self):
        for language, (heading, message) in TOO_MANY_SEARCHES.items():
            with self.subTest(language=language):
                cache.clear()
                for _search in range(3):
                    self.assertEqual(self.search(language).status_code, 200)
                counted = self.counted(language)
                self.assertEqual(counted, 3)
                response = self.search(language)
                self.assertEqual(response.status_code, 429)
                self.assertTrue(1 <= int(response["Retry-After"]) <= 60)
                self.assertIn("no-store", response["Cache-Control"])
                self.assertEqual(response["X-Robots-Tag"], "noindex")
                html = response.content.decode()
                self.assertIn(f'<html lang="{language}" dir="{DIRECTION[language]}">', html)
                self.assertIn(f"<h1>{heading}</h1>", html)
                self.assertIn(message, html)
                # The engine did not run: no result, and the query was not counted again.
                self.assertNotIn("result-card", html)
                self.assertEqual(self.counted(language), counted)

    def test_browsing_and_other_clients_are_not_limited(self):
        for _search in range(3):
            self.assertEqual(self.search("ar").status_code, 200)
        self.assertEqual(self.search("ar").status_code, 429)
        # The library without a query, its filters and its topics are browsing, not searching.
        for path in ("", "?type=report", "?page=1", "topics/almuraqaba/"):
            with self.subTest(path=path):
                self.assertEqual(self.client.get(f"/ar/library/{path}").status_code, 200)
        self.assertEqual(self.search("ar", REMOTE_ADDR="192.0.2.44").status_code, 200)

    def test_the_library_and_the_api_are_counted_apart(self):
        for _search in range(3):
            self.assertEqual(self.search("en").status_code, 200)
        self.assertEqual(self.search("en").status_code, 429)
        response = self.client.get("/api/search/", {"q": QUERIES["en"]})
        self.assertEqual(response.status_code, 200)

    def test_a_forged_x_forwarded_for_does_not_escape_the_limit(self):
        statuses = [self.search("he", **rotating_forwarded_for(n)).status_code for n in range(5)]
        self.assertEqual(statuses, [200, 200, 200, 429, 429])

    @override_settings(TRUSTED_PROXIES=1)
    def test_behind_the_proxy_the_reader_it_names_is_limited(self):
        proxy = {"REMOTE_ADDR": "172.18.0.1"}
        for _search in range(3):
            response = self.search("he", HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy)
            self.assertEqual(response.status_code, 200)
        self.assertEqual(
            self.search("he", HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy).status_code, 429
        )
        self.assertEqual(
            self.search("he", HTTP_X_FORWARDED_FOR="203.0.113.6", **proxy).status_code, 200
        )
