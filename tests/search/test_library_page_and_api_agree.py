"""The library page and /api/search/ run one search (search.library.search_library): the same
parameters give the same hits, counts, facets and order through both, whatever the engine
ordered. They differ only in rendering, and in how bad input is answered."""

import html
from urllib.parse import urlencode, urlsplit

from django.core.cache import cache
from django.test import TestCase, override_settings

from tests.hub.resources.test_library_search import CARD_TITLE, FACET_OPTION
from tests.search.factories import build_search_tree, index_all_publications

# Each (language, parameters): text in the reader's language, every facet, a chosen value the
# other filters exclude, both scopes, every sort.
SEARCHES = [
    ("en", {}),
    ("en", {"sort": "oldest"}),
    ("en", {"q": "checkpoint"}),
    ("en", {"q": "checkpoint", "sort": "newest", "region": ["PS"], "type": ["report"]}),
    ("en", {"type": ["report", "paper"], "year": ["2024"]}),
    ("en", {"year": ["2023", "2025"], "available_in": ["he"]}),
    ("en", {"type": ["toolkit"], "topic": ["platform-censorship"]}),
    ("ar", {}),
    ("ar", {"q": "الحاجز"}),
    ("ar", {"q": "الرقابة", "scope": "all"}),
    ("ar", {"topic": ["almuraqaba", "alraqaba"], "type": ["paper"]}),
    ("he", {}),
    ("he", {"q": "מעקב", "scope": "all", "sort": "oldest"}),
    ("he", {"region": ["IL", "PS"], "year": ["2024"]}),
]


@override_settings(SEARCH_API_RATE="10000/min", SEARCH_PAGE_RATE="10000/min")
class LibraryPageAndAPIAgreeTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_search_tree()
        index_all_publications()

    def setUp(self):
        cache.clear()

    def through_the_page(self, language, params):
        response = self.client.get(f"/{language}/library/?{urlencode(params, doseq=True)}")
        self.assertEqual(response.status_code, 200)
        page = response.content.decode()
        facets = {}
        for facet, value, checked, label, count in FACET_OPTION.findall(page):
            facets.setdefault(facet, []).append(
                (html.unescape(value), html.unescape(label), int(count), bool(checked))
            )
        return {
            "hits": [(url, html.unescape(title)) for url, title in CARD_TITLE.findall(page)],
            # The heading says the count in words where a language has a word for it ("one").
            "count": response.context["results"].count,
            "facets": facets,
        }

    def through_the_api(self, language, params):
        response = self.client.get("/api/search/", {**params, "lang": language})
        self.assertEqual(response.status_code, 200, response.content)
        body = response.json()
        return {
            "hits": [(urlsplit(result["url"]).path, result["title"]) for result in body["results"]],
            "count": body["count"],
            # The page shows no facet that has no option.
            "facets": {
                facet: [
                    (option["value"], option["label"], option["count"], option["selected"])
                    for option in options
                ]
                for facet, options in body["facets"].items()
                if options
            },
        }

    def test_the_same_parameters_give_the_same_hits_counts_facets_and_order(self):
        for language, params in SEARCHES:
            with self.subTest(language=language, params=params):
                page = self.through_the_page(language, params)
                self.assertTrue(page["hits"] or page["count"] == 0)
                self.assertEqual(self.through_the_api(language, params), page)

    def test_a_chosen_value_the_other_filters_exclude_stays_at_zero_in_the_api(self):
        # Reports and papers of 2024: there is no report of 2024, so the reader's choice of
        # reports is kept, at 0, where they can untick it (as the page always did).
        body = self.client.get(
            "/api/search/", {"type": ["report", "paper"], "year": "2024", "lang": "en"}
        ).json()
        self.assertEqual(
            [
                (option["value"], option["count"], option["selected"])
                for option in body["facets"]["type"]
            ],
            [("paper", 1, True), ("report", 0, True)],
        )

    def test_years_are_newest_first_in_the_api(self):
        body = self.client.get("/api/search/", {"lang": "ar", "scope": "all"}).json()
        years = [option["value"] for option in body["facets"]["year"]]
        self.assertEqual(years, sorted(years, reverse=True))
        self.assertGreater(len(years), 1)
