"""One contract for every search engine: the database's own (SQLite FTS5 or PostgreSQL, by the
pass of the suite) always, Elasticsearch when ELASTICSEARCH_URL is set. Each case names an
unambiguous top hit or set; full orderings differ between bm25, ts_rank_cd and Elasticsearch.
Searches go through `search.service`, as the library page and the API do."""

import os
import uuid

from django.test import TestCase, override_settings

from search import service
from search.engines import get_search_engine
from search.engines.base import SearchQuery
from tests.search.factories import PDF_ONLY_WORDS, build_search_tree, index_all_publications


class EngineContract:
    """The cases; a subclass chooses the engine."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_search_tree()
        index_all_publications()

    def search(self, language, text="", **options):
        return service.search(SearchQuery(language=language, text=text, **options))

    def top_hit(self, language, text, **options):
        results = self.search(language, text, **options)
        self.assertTrue(results.hits, f"{text!r} in {language} found nothing")
        return results.hits[0].page_id

    def found(self, language, text, **options):
        return {hit.page_id for hit in self.search(language, text, **options).hits}

    def page(self, name, language):
        return self.tree[name][language].pk

    # -- ranked results per language -------------------------------------------------------

    def test_english_ranks_the_title_match_first_and_stems_join_inflections(self):
        self.assertEqual(self.top_hit("en", "checkpoint"), self.page("checkpoint", "en"))
        self.assertEqual(
            self.found("en", "checkpoint"),
            {self.page("checkpoint", "en"), self.page("accounts", "en")},
        )
        # "surveillance" finds the report whose body says "surveilled".
        self.assertEqual(self.top_hit("en", "surveillance"), self.page("checkpoint", "en"))
        self.assertEqual(self.top_hit("en", "surveilled residents"), self.page("checkpoint", "en"))

    def test_arabic_finds_the_same_word_with_or_without_diacritics_article_or_prefix(self):
        # Two pages say it; the third has it only in its attached PDF.
        expected = {
            self.page("journalists", "ar"),
            self.page("incitement", "ar"),
            self.page("checkpoint", "ar"),
        }
        for written in ("رقابة", "الرقابة", "الرَّقابة", "والرقابة", "بالرقابة", "الرقـابة"):
            with self.subTest(written=written):
                self.assertEqual(self.found("ar", written), expected)
                # No page has والرقابة: the pages share only its variants, and the engines'
                # formulas order those ties differently.
                if written != "والرقابة":
                    self.assertEqual(self.top_hit("ar", written), self.page("journalists", "ar"))

    def test_arabic_plural_and_singular_find_each_other(self):
        expected = {
            self.page("journalists", "ar"),
            self.page("incitement", "ar"),
            self.page("checkpoint", "ar"),
        }
        for written in ("منصة", "المنصات", "للمنصات", "المنصّة"):
            with self.subTest(written=written):
                self.assertEqual(self.found("ar", written), expected)

    def test_arabic_indic_digits_match_ascii_digits(self):
        self.assertEqual(self.found("ar", "2023"), {self.page("incitement", "ar")})
        self.assertEqual(self.found("ar", "١٢٠"), {self.page("journalists", "ar")})

    def test_hebrew_finds_words_behind_their_prefixes_and_back(self):
        archive = self.page("archive", "he")
        for written in ("ספרייה", "לספרייה", "והספרייה", "הספרייה"):
            with self.subTest(written=written):
                self.assertEqual(self.found("he", written), {archive})
        self.assertEqual(self.top_hit("he", "הסתה"), self.page("incitement", "he"))

    def test_phrases_match_words_in_order_in_every_language(self):
        self.assertEqual(
            self.found("en", '"biometric surveillance"'), {self.page("checkpoint", "en")}
        )
        self.assertEqual(self.found("en", '"surveillance biometric"'), set())
        # Stop words inside a phrase are skipped, as in the documents.
        self.assertEqual(self.found("en", '"praise of violence"'), {self.page("incitement", "en")})
        self.assertEqual(self.found("ar", "«المراقبة البيومترية»"), {self.page("checkpoint", "ar")})
        # Hebrew phrases match through the words' prefixes.
        self.assertEqual(self.found("he", '"ספרייה דיגיטלית"'), {self.page("archive", "he")})
        self.assertEqual(self.found("he", '"דיגיטלית ספרייה"'), set())

    def test_a_word_only_in_the_attached_pdf_is_found_and_highlighted_there(self):
        for language in ("en", "ar"):
            with self.subTest(language=language):
                results = self.search(language, PDF_ONLY_WORDS[language])
                self.assertEqual(
                    [hit.page_id for hit in results.hits], [self.page("checkpoint", language)]
                )
                highlight = results.hits[0].highlight
                self.assertEqual(highlight.source, "attachment")
                self.assertIn(f"<mark>{PDF_ONLY_WORDS[language]}</mark>", highlight.html)

    # -- scope and grouping -----------------------------------------------------------------

    def test_the_default_scope_is_the_readers_language(self):
        self.assertEqual(self.search("he", "checkpoint").count, 0)
        self.assertEqual(self.search("en", "ספרייה").count, 0)

    def test_all_languages_scope_counts_publications_and_shows_the_readers_version(self):
        # The paper says 2023 in all three languages: one publication, shown in Arabic.
        results = self.search("ar", "2023", scope="all")
        self.assertEqual(results.count, 1)
        (hit,) = results.hits
        self.assertEqual(hit.page_id, self.page("incitement", "ar"))
        self.assertEqual(hit.language, "ar")
        # An English word matches the English version; the reader still gets the Arabic one
        # and is told which language matched.
        (hit,) = self.search("ar", "incitement", scope="all").hits
        self.assertEqual((hit.page_id, hit.matched_language), (self.page("incitement", "ar"), "en"))
        self.assertEqual(hit.matched_page_id, self.page("incitement", "en"))
        # No Hebrew version: the version that matched is shown.
        (hit,) = self.search("he", "Hebron", scope="all").hits
        self.assertEqual((hit.page_id, hit.language), (self.page("checkpoint", "en"), "en"))

    # -- filters and facets -----------------------------------------------------------------

    def test_filters_by_type_topic_language_year_and_region(self):
        censorship = str(self.tree["topics"]["censorship"].translation_key)
        cases = [
            ({"type": {"toolkit"}}, {self.page("accounts", "en")}),
            ({"topic": {censorship}}, {self.page("incitement", "en")}),
            ({"available_in": {"he"}}, {self.page("incitement", "en")}),
            ({"year": {"2023"}}, {self.page("checkpoint", "en")}),
            ({"region": {"IL"}}, {self.page("incitement", "en")}),
            ({"type": {"report", "paper"}, "year": {"2024"}}, {self.page("incitement", "en")}),
        ]
        for filters, expected in cases:
            with self.subTest(filters=filters):
                chosen = {facet: frozenset(values) for facet, values in filters.items()}
                self.assertEqual(self.found("en", "", filters=chosen), expected)

    def test_facet_counts_reflect_the_query_and_the_other_facets(self):
        results = self.search("en", "", filters={"type": frozenset({"report"})})
        counts = {
            facet: {c.value: c.count for c in values} for facet, values in results.facets.items()
        }
        self.assertEqual(results.count, 1)
        # A facet's own choice does not narrow its counts; the others' do.
        self.assertEqual(counts["type"], {"report": 1, "paper": 1, "toolkit": 1})
        self.assertEqual(counts["year"], {"2023": 1})
        self.assertEqual(counts["available_in"], {"en": 1, "ar": 1})
        # With a text query, only what matches is counted.
        results = self.search("en", "checkpoint")
        counts = {
            facet: {c.value: c.count for c in values} for facet, values in results.facets.items()
        }
        self.assertEqual(counts["type"], {"report": 1, "toolkit": 1})
        self.assertEqual(counts["region"], {"PS": 2})
        # Counts are of publications: the paper in three languages counts once.
        results = self.search("en", "2023", scope="all")
        counts = {
            facet: {c.value: c.count for c in values} for facet, values in results.facets.items()
        }
        self.assertEqual(counts["available_in"], {"en": 1, "ar": 1, "he": 1})

    def test_sort_by_date(self):
        newest = [hit.page_id for hit in self.search("en", "", sort="newest").hits]
        self.assertEqual(
            newest,
            [
                self.page("accounts", "en"),
                self.page("incitement", "en"),
                self.page("checkpoint", "en"),
            ],
        )
        oldest = [hit.page_id for hit in self.search("en", "", sort="oldest").hits]
        self.assertEqual(oldest, newest[::-1])

    def test_pagination_counts_publications_before_paging(self):
        first = self.search("en", "", sort="newest", page_size=2)
        second = self.search("en", "", sort="newest", page=2, page_size=2)
        self.assertEqual((first.count, second.count), (3, 3))
        self.assertEqual(len(first.hits) + len(second.hits), 3)
        self.assertEqual(self.search("en", "", page=9, page_size=2).hits, [])

    # -- highlights and suggestions ---------------------------------------------------------

    def test_highlights_show_the_original_text_with_its_diacritics(self):
        hit = next(
            hit
            for hit in self.search("ar", "رقابة").hits
            if hit.page_id == self.page("journalists", "ar")
        )
        self.assertEqual(hit.highlight.source, "body")
        self.assertIn("<mark>رقابةٍ</mark>", hit.highlight.html)
        (hit,) = self.search("en", "surveillance").hits
        self.assertIn("<mark>surveilled</mark>", hit.highlight.html)

    def test_autocomplete_completes_the_last_word_from_the_vocabulary(self):
        self.assertIn("biometric surveilled", self.service_suggest("biometric surv", "en"))
        self.assertIn("الرقابة", self.service_suggest("الرق", "ar"))
        self.assertIn("ספרייה", self.service_suggest("ספר", "he"))
        self.assertEqual(self.service_suggest("qqq", "en"), [])

    def service_suggest(self, text, language):
        return service.suggest(text, language)

    def test_did_you_mean_when_nothing_is_found(self):
        results = self.search("en", "checkpiont")
        self.assertEqual((results.count, results.suggestion), (0, "checkpoint"))
        results = self.search("he", "ספריה")
        self.assertEqual((results.count, results.suggestion), (0, "ספרייה"))
        self.assertIsNone(self.search("en", "checkpoint").suggestion)

    # -- what must never be found -------------------------------------------------------------

    def test_drafts_and_private_pages_are_never_returned(self):
        found = self.found("en", "surveillance")
        self.assertNotIn(self.tree["draft"].pk, found)
        self.assertNotIn(self.tree["private"].pk, found)
        self.assertNotIn(self.tree["private"].pk, self.found("en", "contractors"))

    def test_the_words_of_a_page_taken_out_of_the_index_are_never_suggested(self):
        self.assertIn("checkpoint", self.service_suggest("checkp", "en"))
        # Every English page with the word, as when they are unpublished or made private.
        get_search_engine().delete(self.found("en", "checkpoint"))
        self.assertEqual(self.service_suggest("checkp", "en"), [])
        self.assertIsNone(self.search("en", "checkpiont").suggestion)

    def test_a_stale_index_never_shows_a_page_that_is_no_longer_public(self):
        # The page is unpublished while its document is still in the index (its outbox entry
        # not yet drained): the read path drops it.
        self.tree["checkpoint"]["en"].specific.unpublish()
        results = self.search("en", "checkpoint")
        self.assertEqual([hit.page_id for hit in results.hits], [self.page("accounts", "en")])
        self.assertEqual(results.count, 1)

    def test_bad_input_is_plain_text(self):
        for text in ('"', "*", "AND", "title:checkpoint", "(", "\x00", "🙂", "\u200f", ".*+?"):
            with self.subTest(text=text):
                self.search("en", text)
        for text in ("checkpoint*", "(checkpoint)", "-checkpoint", "checkpoint:"):
            with self.subTest(text=text):
                self.assertEqual(self.top_hit("en", text), self.page("checkpoint", "en"))
        # "field:value" is two words, both required.
        self.assertEqual(self.search("en", "title:checkpoint").count, 0)


class DatabaseEngineContractTests(EngineContract, TestCase):
    """SQLite FTS5 in the SQLite pass, PostgreSQL full-text search in the PostgreSQL pass."""


if os.environ.get("ELASTICSEARCH_URL"):

    @override_settings(
        SEARCH_ENGINE="search.engines.elasticsearch.ElasticsearchSearchEngine",
        ELASTICSEARCH_URL=os.environ["ELASTICSEARCH_URL"],
        SEARCH_INDEX_PREFIX=f"test-contract-{uuid.uuid4().hex[:8]}",
        SEARCH_REFRESH_ON_WRITE=True,
    )
    class ElasticsearchContractTests(EngineContract, TestCase):
        """The same cases on a live cluster (only when ELASTICSEARCH_URL is set)."""
