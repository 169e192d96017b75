"""The public JSON search API at /api/search/: every parameter, every bad input (a 400 with a
message, never a 500), CORS, rate limiting and the OpenAPI description. Searches run on the
suite's database engine over the library of tests.search.factories."""

from unittest import mock

from django.core.cache import cache
from django.test import TestCase, override_settings

from search import service
from search.engines.base import SearchEngineError
from search.models import SearchPromotion, SearchQueryCount
from tests.search.factories import build_search_tree, index_all_publications

URL = "/api/search/"
SUGGEST_URL = "/api/search/suggest/"


@override_settings(SEARCH_API_RATE="10000/min")
class SearchAPITestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_search_tree()
        index_all_publications()

    def setUp(self):
        cache.clear()

    def get(self, url=URL, accept_language="en", **params):
        return self.client.get(url, params, HTTP_ACCEPT_LANGUAGE=accept_language)

    def search(self, **params):
        response = self.get(**params)
        self.assertEqual(response.status_code, 200, response.content)
        return response.json()

    def titles(self, **params):
        return [result["title"] for result in self.search(**params)["results"]]

    def title(self, name, language):
        return self.tree[name][language].title

    def assertRefused(self, parameter, **params):
        response = self.get(**params)
        self.assertEqual(response.status_code, 400, response.content)
        body = response.json()
        self.assertIn(parameter, body["errors"])
        self.assertTrue(body["errors"][parameter])
        self.assertIn(body["errors"][parameter], body["detail"])
        return body


class SearchTests(SearchAPITestCase):
    def test_a_query_finds_publications_with_everything_a_result_needs(self):
        body = self.search(q="checkpoint")
        self.assertEqual(body["count"], 2)
        self.assertEqual((body["page"], body["pages"], body["page_size"]), (1, 1, 10))
        first = body["results"][0]
        checkpoint = self.tree["checkpoint"]["en"]
        self.assertEqual(first["title"], checkpoint.title)
        self.assertEqual(first["url"], f"http://testserver{checkpoint.url}")
        self.assertEqual((first["type"], first["type_label"]), ("report", "Research report"))
        self.assertEqual(first["language"], "en")
        self.assertEqual(first["date"], "2023-05-10")
        self.assertEqual(first["summary"], checkpoint.summary)
        self.assertEqual(first["authors"], ["Rana Aweidah"])
        self.assertIn("<mark>", first["highlight"]["html"])
        self.assertIn(first["highlight"]["source"], {"title", "summary", "body", "attachment"})
        self.assertIsNone(first["matched_language"])
        self.assertIs(first["promoted"], False)
        self.assertEqual(
            [(version["code"], version["name"]) for version in first["languages"]],
            [("en", "English"), ("ar", "العربية")],
        )
        self.assertEqual(
            first["languages"][1]["url"], f"http://testserver{self.tree['checkpoint']['ar'].url}"
        )
        self.assertIsNone(body["suggestion"])

    def test_the_paper_in_three_languages_is_one_result_listing_its_three_languages(self):
        body = self.search(q="2023", lang="ar", scope="all")
        self.assertEqual(body["count"], 1)
        (paper,) = body["results"]
        self.assertEqual(paper["title"], self.title("incitement", "ar"))
        self.assertEqual([version["code"] for version in paper["languages"]], ["en", "ar", "he"])
        available = {option["value"]: option["count"] for option in body["facets"]["available_in"]}
        self.assertEqual(available, {"en": 1, "ar": 1, "he": 1})

    def test_lang_is_the_readers_language(self):
        self.assertEqual(self.titles(q="מחליט", lang="he"), [self.title("incitement", "he")])
        self.assertEqual(self.titles(q="checkpoint", lang="he"), [])
        # Without lang: the site's default language.
        self.assertEqual(self.search()["count"], 3)

    def test_scope_all_shows_the_readers_version_and_says_which_matched(self):
        self.assertEqual(self.search(lang="en")["count"], 3)
        self.assertEqual(self.search(lang="en", scope="all")["count"], 5)
        body = self.search(q="incitement", lang="ar", scope="all")
        (paper,) = body["results"]
        self.assertEqual((paper["language"], paper["matched_language"]), ("ar", "en"))
        self.assertEqual(paper["title"], self.title("incitement", "ar"))

    def test_each_filter_and_repeated_values(self):
        security = self.tree["topics"]["security"]
        checkpoint, incitement, accounts = (
            self.title(name, "en") for name in ("checkpoint", "incitement", "accounts")
        )
        cases = [
            ({"type": "toolkit"}, {accounts}),
            ({"type": ["report", "paper"]}, {checkpoint, incitement}),
            ({"topic": security.slug}, {accounts}),
            ({"available_in": "he"}, {incitement}),
            ({"year": "2023"}, {checkpoint}),
            ({"year": ["2023", "2025"]}, {checkpoint, accounts}),
            ({"region": "IL"}, {incitement}),
            ({"region": ["IL", "PS"], "type": "toolkit"}, {accounts}),
            ({"type": ["report", "paper"], "year": "2024"}, {incitement}),
        ]
        for params, expected in cases:
            with self.subTest(params=params):
                self.assertEqual(set(self.titles(**params)), expected)

    def test_valid_filter_values_that_nothing_has_find_nothing(self):
        for params in (
            {"year": "1999"},
            {"region": "DZ"},
            {"available_in": "he", "type": "report"},
        ):
            with self.subTest(params=params):
                body = self.search(**params)
                self.assertEqual((body["count"], body["pages"], body["results"]), (0, 0, []))

    def test_a_topic_is_chosen_by_its_slug_in_any_language(self):
        self.assertEqual(
            self.titles(lang="ar", topic="almuraqaba"), [self.title("checkpoint", "ar")]
        )

    def test_sort(self):
        newest = [
            self.title("accounts", "en"),
            self.title("incitement", "en"),
            self.title("checkpoint", "en"),
        ]
        self.assertEqual(self.titles(), newest)
        self.assertEqual(self.titles(sort="newest"), newest)
        self.assertEqual(self.titles(sort="oldest"), newest[::-1])
        self.assertEqual(self.titles(q="checkpoint", sort="relevance")[0], newest[2])

    def test_page_and_page_size_count_publications_before_paging(self):
        first = self.search(sort="newest", page_size=2)
        second = self.search(sort="newest", page_size=2, page=2)
        self.assertEqual((first["count"], first["pages"], first["page_size"]), (3, 2, 2))
        self.assertEqual((second["count"], second["page"]), (3, 2))
        titles = [result["title"] for result in first["results"] + second["results"]]
        self.assertEqual(len(titles), 3)
        self.assertEqual(len(set(titles)), 3)
        self.assertEqual(len(self.search(page_size=50)["results"]), 3)

    def test_facets_have_labels_in_the_requested_language(self):
        facets = self.search(lang="ar", scope="all")["facets"]
        self.assertEqual(set(facets), {"type", "topic", "available_in", "year", "region"})
        types = {option["value"]: option["label"] for option in facets["type"]}
        self.assertEqual(
            types, {"report": "تقارير بحثية", "paper": "أوراق سياسات", "toolkit": "أدلة حملات"}
        )
        languages = {option["value"]: option["label"] for option in facets["available_in"]}
        self.assertEqual(languages["ar"], "العربية")
        topics = {option["value"]: option["label"] for option in facets["topic"]}
        self.assertEqual(topics["almuraqaba"], "المراقبة")
        self.assertEqual({option["count"] for option in facets["type"]}, {1, 2})
        body = self.search(lang="ar", type="report")
        chosen = {option["value"]: option["selected"] for option in body["facets"]["type"]}
        self.assertIs(chosen["report"], True)
        results = self.search(lang="ar", q="المراقبة")["results"]
        self.assertEqual(results[0]["type_label"], "تقرير بحثي")

    def test_did_you_mean(self):
        body = self.search(q="checkpiont")
        self.assertEqual((body["count"], body["pages"], body["suggestion"]), (0, 0, "checkpoint"))

    def test_drafts_and_private_pages_are_never_returned(self):
        self.assertEqual(self.titles(q="contractors"), [])
        self.assertNotIn(self.tree["draft"].title, self.titles(q="surveillance"))


class PromotionAndAnalyticsTests(SearchAPITestCase):
    def test_promoted_publications_come_first_on_the_first_page_only(self):
        accounts = self.tree["accounts"]
        SearchPromotion.objects.create(query="الحاجز", language="ar", publication=accounts["en"])
        results = self.search(q="الحاجز", lang="ar")["results"]
        # The reader's version of the promoted publication, marked, and not repeated below.
        self.assertEqual(results[0]["title"], accounts["ar"].title)
        self.assertIs(results[0]["promoted"], True)
        self.assertIsNone(results[0]["highlight"])
        self.assertEqual(
            [result["promoted"] for result in results[1:]], [False] * (len(results) - 1)
        )
        titles = [result["title"] for result in results]
        self.assertEqual(len(titles), len(set(titles)))
        second = self.search(q="الحاجز", lang="ar", page=2, page_size=1)["results"]
        self.assertFalse([result for result in second if result["promoted"]])

    def test_each_search_with_text_is_counted_once_and_nothing_else(self):
        self.search(q="checkpoint", page_size=1)
        self.search(q="checkpoint", page_size=1, page=2)
        self.search(q="checkpiont")
        self.search()
        self.search(type="report")
        self.get(q="checkpoint", page=9)
        self.get(SUGGEST_URL, q="checkp")
        counts = {
            row.query: (row.searches, row.zero_results)
            for row in SearchQueryCount.objects.filter(language="en")
        }
        self.assertEqual(counts, {"checkpoint": (1, 0), "checkpiont": (1, 1)})


class BadInputTests(SearchAPITestCase):
    def test_any_text_is_plain_text(self):
        for text in (
            "checkpoint\x00",
            "\u200fالرقابة\u200e",
            "\u202bמחליט\u202c",
            "🙂 checkpoint 🙂",
            '"checkpoint',
            "'",
            "checkpoint AND OR NOT",
            "title:checkpoint",
            "*",
            "checkpoint*",
            ".*+?",
            "[a-z]+(",
            "\\",
            "<script>alert(1)</script>",
        ):
            with self.subTest(text=text):
                self.search(q=text, lang="ar", scope="all")
        self.assertEqual(self.titles(q="checkpoint*")[0], self.title("checkpoint", "en"))

    def test_a_query_over_200_characters_is_refused(self):
        body = self.assertRefused("q", q="ر" * 201)
        self.assertIn("200", body["errors"]["q"])
        # Control and direction marks do not count.
        self.search(q="ر" * 200 + "\u200f" * 5)

    def test_a_page_past_the_last_is_refused(self):
        body = self.assertRefused("page", page=2)
        self.assertIn("1", body["errors"]["page"])
        self.assertRefused("page", page=3, page_size=2)
        self.search(q="nothingmatchesthis", page=1)

    def test_bad_page_numbers_and_sizes_are_refused(self):
        for value in ("0", "-1", "abc", "1.5"):
            with self.subTest(page=value):
                self.assertRefused("page", page=value)
        for value in ("51", "0", "x", "-3"):
            with self.subTest(page_size=value):
                self.assertRefused("page_size", page_size=value)

    def test_unknown_sort_scope_language_and_filter_values_are_refused(self):
        cases = [
            ("sort", "bogus"),
            ("scope", "everything"),
            ("lang", "fr"),
            ("type", "bogus"),
            ("topic", "bogus"),
            # PostgreSQL refuses NUL in a string: the value must be refused before any query.
            ("topic", "surveillance\x00"),
            ("available_in", "xx"),
            ("year", "abc"),
            ("year", "1850"),
            ("region", "ZZ"),
        ]
        for parameter, value in cases:
            with self.subTest(parameter=parameter, value=value):
                self.assertRefused(parameter, **{parameter: value})
        # One bad value among good ones is refused too.
        self.assertRefused("type", type=["report", "bogus"])

    def test_messages_are_in_the_requested_language(self):
        body = self.assertRefused("page", lang="ar", page=5)
        self.assertEqual(body["errors"]["page"], "لا توجد صفحة كهذه: الصفحة الأخيرة هي 1.")
        body = self.assertRefused("page", lang="he", page=1001)
        self.assertIn("10000", body["errors"]["page"])
        self.assertNotIn("Results", body["errors"]["page"])
        body = self.assertRefused("lang", lang="fr", accept_language="he")
        self.assertIn("שפה", body["errors"]["lang"])

    def test_a_page_past_the_result_window_is_refused_without_asking_the_engine(self):
        with mock.patch.object(service, "search", wraps=service.search) as search:
            self.assertRefused("page", page=1001)
            self.assertRefused("page", page=201, page_size=50)
            search.assert_not_called()
            self.assertRefused("page", page=1000)
            search.assert_called_once()

    def test_the_engine_down_is_a_503_with_a_message(self):
        down = SearchEngineError("Connection refused")
        with mock.patch.object(service, "get_search_engine") as engine:
            engine.return_value.search.side_effect = down
            engine.return_value.suggest.side_effect = down
            for url in (URL, SUGGEST_URL):
                with self.subTest(url=url):
                    response = self.get(url, q="checkpoint")
                    self.assertEqual(response.status_code, 503)
                    self.assertTrue(response.json()["detail"])
                    self.assertEqual(response["Cache-Control"], "no-store")


class SuggestTests(SearchAPITestCase):
    def test_completes_the_last_word_in_the_language(self):
        response = self.get(SUGGEST_URL, q="biometric surv")
        self.assertEqual(response.status_code, 200)
        self.assertIn("biometric surveilled", response.json()["suggestions"])
        self.assertIn("الرقابة", self.get(SUGGEST_URL, q="الرق", lang="ar").json()["suggestions"])
        self.assertIn("ספרייה", self.get(SUGGEST_URL, q="ספר", lang="he").json()["suggestions"])

    def test_empty_and_bad_queries(self):
        self.assertEqual(self.get(SUGGEST_URL).json(), {"suggestions": []})
        self.assertEqual(self.get(SUGGEST_URL, q="\u200f ").json(), {"suggestions": []})
        for text in ("\x00", "*", ".*+?", "🙂", "title:"):
            with self.subTest(text=text):
                self.assertEqual(self.get(SUGGEST_URL, q=text).status_code, 200)
        response = self.get(SUGGEST_URL, q="a" * 201)
        self.assertEqual(response.status_code, 400)
        self.assertIn("q", response.json()["errors"])
        self.assertEqual(self.get(SUGGEST_URL, lang="fr").status_code, 400)


class HTTPTests(SearchAPITestCase):
    def test_responses_with_a_query_are_not_kept_by_shared_caches(self):
        self.assertEqual(self.get(q="checkpoint")["Cache-Control"], "private, no-store")
        self.assertEqual(self.get(SUGGEST_URL, q="che")["Cache-Control"], "private, no-store")
        self.assertEqual(self.get()["Cache-Control"], "public, max-age=60")
        self.assertEqual(self.get(page=0)["Cache-Control"], "no-store")

    def test_any_origin_may_read_the_api_and_no_other_path(self):
        origin = {"HTTP_ORIGIN": "https://partner.example.org"}
        response = self.client.get(URL, {"q": "checkpoint"}, **origin)
        self.assertEqual(response["Access-Control-Allow-Origin"], "*")
        self.assertNotIn("Access-Control-Allow-Credentials", response)
        self.assertIn("Origin", response["Vary"])
        preflight = self.client.options(URL, HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET", **origin)
        self.assertEqual(preflight.status_code, 200)
        self.assertEqual(preflight["Access-Control-Allow-Methods"], "GET, OPTIONS")
        page = self.client.get("/en/", **origin)
        self.assertEqual(page.status_code, 200)
        self.assertNotIn("Access-Control-Allow-Origin", page)

    @override_settings(SEARCH_API_RATE="3/min", SEARCH_SUGGEST_RATE="2/min")
    def test_too_many_requests_from_one_client_get_a_429_with_retry_after(self):
        for _attempt in range(3):
            self.assertEqual(self.get(q="checkpoint").status_code, 200)
        response = self.get(q="checkpoint")
        self.assertEqual(response.status_code, 429)
        self.assertTrue(response.json()["detail"])
        self.assertGreater(int(response["Retry-After"]), 0)
        self.assertLessEqual(int(response["Retry-After"]), 60)
        # Autocomplete is counted apart, at its own rate.
        for _attempt in range(2):
            self.assertEqual(self.get(SUGGEST_URL, q="che").status_code, 200)
        self.assertEqual(self.get(SUGGEST_URL, q="che").status_code, 429)
        # Another client still gets answers.
        other = self.client.get(URL, {"q": "checkpoint"}, REMOTE_ADDR="192.0.2.7")
        self.assertEqual(other.status_code, 200)

    def test_the_cache_holds_no_client_address(self):
        self.client.get(URL, REMOTE_ADDR="192.0.2.7")
        keys = list(cache._cache)  # Django's local-memory cache, as in the test settings.
        self.assertTrue(keys)
        self.assertFalse([key for key in keys if "192.0.2.7" in key])

    def test_the_openapi_description(self):
        response = self.client.get("/api/search/schema/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"].split(";")[0], "application/json")
        schema = response.json()
        self.assertEqual(schema["info"]["title"], "Manara search API")
        self.assertTrue(schema["info"]["version"])
        operation = schema["paths"]["/api/search/"]["get"]
        parameters = {parameter["name"]: parameter for parameter in operation["parameters"]}
        self.assertEqual(
            set(parameters),
            {"q", "lang", "scope", "type", "topic", "available_in", "year", "region", "sort",
             "page", "page_size"},
        )  # fmt: skip
        self.assertTrue(all(parameter["description"] for parameter in parameters.values()))
        self.assertEqual(parameters["page_size"]["schema"]["maximum"], 50)
        self.assertEqual(parameters["type"]["schema"]["type"], "array")
        for path in ("/api/search/", "/api/search/suggest/"):
            self.assertLessEqual(
                {"200", "400", "429", "503"}, set(schema["paths"][path]["get"]["responses"])
            )
        self.assertNotIn("/api/search/docs", response.content.decode())
        self.assertEqual(self.client.get("/api/search/docs", follow=True).status_code, 404)
