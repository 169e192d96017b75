"""The library page as the public search: every parameter, the cards, the facets, the headers
and every kind of bad input, through the page, against the database's own engine (SQLite FTS5
or PostgreSQL, by the pass of the suite)."""

import datetime
import html
import re
from unittest import mock
from urllib.parse import quote

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from search.documents import build_documents
from search.engines import get_search_engine
from search.engines.base import SearchEngineError
from search.models import SearchPromotion, SearchQueryCount
from search.query import MAX_QUERY_LENGTH, PAGE_SIZE
from tests.hub.resources.factories import ResearchReportPageFactory
from tests.search.factories import PDF_ONLY_WORDS, build_search_tree, index_all_publications

CARD_TITLE = re.compile(r'<h3 class="publication-card__title"><a href="([^"]+)">([^<]+)</a></h3>')
FACET_OPTION = re.compile(
    r'<input type="checkbox" id="facet-(\w+)-\d+" name="\w+" value="([^"]+)" '
    r'form="library-search"( checked)?>\s*<label for="[^"]+">([^<]+) '
    r'<span class="facet__count">\((\d+)\)</span>'
)
ACTIVE_FILTER = re.compile(r'<a class="active-filter" href="([^"]+)">.*?</span> ([^<]+) <span')


def titles(page):
    return [html.unescape(title) for _url, title in CARD_TITLE.findall(page)]


def cards(page):
    """The result cards' HTML, in order."""
    return re.findall(r'<li class="result-card.*?</article>', page, re.S)


def card_for(page, title):
    (card,) = [card for card in cards(page) if html.escape(title) in card or title in card]
    return card


def facet_counts(page):
    """{facet: {value: (count, checked)}} from the facet checkboxes."""
    counts = {}
    for facet, value, checked, _label, count in FACET_OPTION.findall(page):
        counts.setdefault(facet, {})[value] = (int(count), bool(checked))
    return counts


def active_filters(page):
    return {html.unescape(label): html.unescape(url) for url, label in ACTIVE_FILTER.findall(page)}


class LibrarySearchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_search_tree()
        index_all_publications()

    def title(self, name, language):
        return self.tree[name][language].title

    def get(self, path, status=200):
        response = self.client.get(path)
        self.assertEqual(response.status_code, status, path)
        return response

    def page(self, path):
        return self.get(path).content.decode()

    # -- browsing ---------------------------------------------------------------------------

    def test_browsing_lists_the_readers_language_newest_first(self):
        self.assertEqual(
            titles(self.page("/ar/library/")),
            [
                self.title("accounts", "ar"),
                self.title("journalists", "ar"),
                self.title("incitement", "ar"),
                self.title("checkpoint", "ar"),
            ],
        )
        english = self.page("/en/library/")
        self.assertEqual(
            titles(english),
            [
                self.title("accounts", "en"),
                self.title("incitement", "en"),
                self.title("checkpoint", "en"),
            ],
        )
        self.assertIn("3 publications", english)
        # Drafts and private pages are never listed.
        self.assertNotIn("Surveillance drones", english)
        self.assertNotIn("surveillance contractors", english)

    def test_all_languages_give_one_card_per_publication_in_the_readers_language(self):
        page = self.page("/ar/library/?scope=all")
        self.assertEqual(
            titles(page),
            [
                self.title("accounts", "ar"),
                self.title("journalists", "ar"),
                self.tree["archive"]["he"].title,
                self.title("incitement", "ar"),
                self.title("checkpoint", "ar"),
            ],
        )
        self.assertIn("5 منشورات", page)
        # The Hebrew-only toolkit is shown in Hebrew, and says so to assistive technology.
        archive = card_for(page, self.tree["archive"]["he"].title)
        self.assertIn('<article lang="he" dir="rtl">', archive)
        # The paper's other languages are badges linking their versions.
        incitement = card_for(page, self.title("incitement", "ar"))
        self.assertIn(
            '<a class="language-badge" href="/en/library/who-decides-what-counts-as-incitement/" '
            'lang="en" hreflang="en" dir="ltr">English</a>',
            incitement,
        )
        self.assertIn('lang="he" hreflang="he" dir="rtl">עברית</a>', incitement)
        self.assertNotIn('hreflang="ar"', incitement)

    def test_cards_show_type_date_authors_and_summary(self):
        card = card_for(self.page("/ar/library/"), self.title("accounts", "ar"))
        self.assertIn('<time datetime="2025-06-01">1 يونيو 2025</time>', card)
        self.assertIn("رنا عويضة", card)
        self.assertIn(html.escape(self.tree["accounts"]["ar"].summary), card)
        self.assertIn('href="/ar/library/protect-your-accounts/"', card)

    # -- text search ------------------------------------------------------------------------

    def test_a_search_shows_the_highlighted_passage(self):
        page = self.page(f"/ar/library/?q={quote('الرقابة')}")
        self.assertEqual(
            set(titles(page)),
            {
                self.title("journalists", "ar"),
                self.title("incitement", "ar"),
                self.title("checkpoint", "ar"),
            },
        )
        self.assertIn("<mark>رقابةٍ</mark>", card_for(page, self.title("journalists", "ar")))
        self.assertIn("3 منشورات تطابق «الرقابة»", page)

    def test_a_match_in_the_attached_pdf_says_so(self):
        for language, note in (
            ("en", "Found in the attached PDF"),
            ("ar", "وُجد في ملف PDF المرفق"),
        ):
            with self.subTest(language=language):
                word = PDF_ONLY_WORDS[language]
                page = self.page(f"/{language}/library/?q={quote(word)}")
                card = card_for(page, self.title("checkpoint", language))
                self.assertIn(f"<mark>{word}</mark>", card)
                self.assertIn(note, card)

    def test_a_match_in_another_languages_version_shows_the_readers_version_and_says_so(self):
        page = self.page("/ar/library/?q=incitement&scope=all")
        self.assertEqual(titles(page), [self.title("incitement", "ar")])
        self.assertIn("عُثر على المطابقة في النسخة الإنجليزيّة", page)
        page = self.page(f"/en/library/?q={quote('رقابة')}&scope=all")
        incitement = card_for(page, self.title("incitement", "en"))
        self.assertIn("Matched in the Arabic version", incitement)
        # Only in Arabic: shown in Arabic, so nothing else matched.
        journalists = card_for(page, self.title("journalists", "ar"))
        self.assertIn('<article lang="ar" dir="rtl">', journalists)
        self.assertNotIn("Matched in", journalists)

    def test_the_scope_is_the_readers_language_unless_all_is_chosen(self):
        self.assertEqual(titles(self.page("/he/library/?q=checkpoint")), [])
        self.assertEqual(
            titles(self.page("/he/library/?q=Hebron&scope=all")), [self.title("checkpoint", "en")]
        )
        page = self.page("/he/library/?q=Hebron&scope=all")
        self.assertIn('<input type="radio" name="scope" value="all" checked>', page)

    # -- facets -----------------------------------------------------------------------------

    def test_each_facet_filters(self):
        cases = [
            ("type=toolkit", [self.title("accounts", "en")]),
            ("topic=platform-censorship", [self.title("incitement", "en")]),
            ("available_in=he", [self.title("incitement", "en")]),
            ("year=2023", [self.title("checkpoint", "en")]),
            ("region=IL", [self.title("incitement", "en")]),
            (
                "type=report&type=toolkit",
                [self.title("accounts", "en"), self.title("checkpoint", "en")],
            ),
            ("q=checkpoint&region=PS&type=report", [self.title("checkpoint", "en")]),
        ]
        for params, expected in cases:
            with self.subTest(params=params):
                self.assertEqual(titles(self.page(f"/en/library/?{params}")), expected)
        # A topic by its slug in the reader's language.
        self.assertEqual(
            titles(self.page("/ar/library/?topic=almuraqaba")), [self.title("checkpoint", "ar")]
        )

    def test_facet_counts_apply_the_query_and_the_other_facets(self):
        counts = facet_counts(self.page("/en/library/?type=report&type=paper&year=2024"))
        # The type counts apply the year only; a chosen type the year excludes stays, at 0.
        self.assertEqual(counts["type"], {"paper": (1, True), "report": (0, True)})
        # The year counts apply both chosen types.
        self.assertEqual(counts["year"], {"2024": (1, True), "2023": (1, False)})
        self.assertEqual(counts["region"], {"PS": (1, False), "IL": (1, False)})
        self.assertEqual(
            counts["available_in"], {"en": (1, False), "ar": (1, False), "he": (1, False)}
        )
        # With a text query only what matches is counted; labels are in the reader's language.
        page = self.page("/ar/library/?q=الحاجز")
        counts = facet_counts(page)
        self.assertEqual(counts["type"], {"report": (1, False), "toolkit": (1, False)})
        self.assertEqual(counts["topic"], {"almuraqaba": (1, False), "alaman": (1, False)})
        self.assertIn("المراقبة <span", page)
        self.assertIn("فلسطين <span", page)

    def test_the_chosen_filters_are_listed_each_with_a_link_removing_it(self):
        page = self.page("/en/library/?q=checkpoint&type=report&type=toolkit&region=PS&sort=oldest")
        self.assertEqual(
            active_filters(page),
            {
                "Type: Research reports": (
                    "/en/library/?q=checkpoint&type=toolkit&region=PS&sort=oldest"
                ),
                "Type: Campaign toolkits": (
                    "/en/library/?q=checkpoint&type=report&region=PS&sort=oldest"
                ),
                "Country or region: Palestine": (
                    "/en/library/?q=checkpoint&type=report&type=toolkit&sort=oldest"
                ),
            },
        )
        self.assertIn(
            '<a class="active-filters__clear" href="/en/library/?q=checkpoint&amp;sort=oldest">'
            "Clear all filters</a>",
            page,
        )
        # A topic given by its English slug on the Arabic page is removed all the same.
        page = self.page("/ar/library/?topic=surveillance&page=1")
        self.assertEqual(active_filters(page), {"الموضوع: المراقبة": "/ar/library/"})
        self.assertEqual(facet_counts(page)["topic"]["almuraqaba"], (1, True))

    def test_sort(self):
        newest = [
            self.title("accounts", "en"),
            self.title("incitement", "en"),
            self.title("checkpoint", "en"),
        ]
        self.assertEqual(titles(self.page("/en/library/?sort=newest")), newest)
        self.assertEqual(titles(self.page("/en/library/?sort=oldest")), newest[::-1])
        page = self.page("/en/library/?q=checkpoint&sort=oldest")
        self.assertEqual(
            titles(page), [self.title("checkpoint", "en"), self.title("accounts", "en")]
        )
        self.assertIn('<option value="oldest" selected>Oldest first</option>', page)
        # Relevance is the default of a text search: the title match comes first.
        page = self.page("/en/library/?q=checkpoint")
        self.assertEqual(titles(page)[0], self.title("checkpoint", "en"))
        self.assertIn('<option value="" selected>Relevance</option>', page)

    def test_pages_of_results_keep_every_parameter(self):
        library = self.tree["libraries"]["en"]
        extra = [
            ResearchReportPageFactory(
                parent=library,
                slug=f"checkpoint-monitor-{index}",
                title=f"Checkpoint monitor {index}",
                summary="A monthly count of closures at the checkpoint.",
                publication_date=datetime.date(2022, 1, 1) + datetime.timedelta(days=index),
                countries=["PS"],
            )
            for index in range(PAGE_SIZE)
        ]
        get_search_engine().index(build_documents(extra))
        first = self.page("/en/library/?q=checkpoint&type=report&scope=lang")
        self.assertEqual(len(titles(first)), PAGE_SIZE)
        self.assertIn("11 publications found for “checkpoint”", first)
        self.assertIn("Page 1 of 2", first)
        self.assertIn('href="?q=checkpoint&amp;type=report&amp;scope=lang&amp;page=2"', first)
        second = self.page("/en/library/?q=checkpoint&type=report&scope=lang&page=2")
        self.assertEqual(len(titles(second)), 1)
        self.assertIn('rel="prev" href="?q=checkpoint&amp;type=report&amp;scope=lang"', second)
        self.assertNotIn('rel="next"', second)
        self.get("/en/library/?q=checkpoint&type=report&scope=lang&page=3", status=404)

    # -- promoted results and analytics -----------------------------------------------------

    def test_promoted_publications_come_first_marked_as_recommended_on_the_first_page(self):
        SearchPromotion.objects.create(
            language="ar", query="الحاجز", publication=self.tree["journalists"]["ar"]
        )
        page = self.page(f"/ar/library/?q={quote('الحاجز')}")
        self.assertEqual(titles(page)[0], self.title("journalists", "ar"))
        promoted = cards(page)[0]
        self.assertIn("result-card--promoted", promoted)
        self.assertIn('<p class="result-card__recommended">مُوصى به</p>', promoted)
        self.assertEqual(page.count("result-card--promoted"), 1)
        # Another language's readers do not see it.
        self.assertNotIn("result-card--promoted", self.page("/en/library/?q=checkpoint"))

    def test_searches_are_counted_once_and_browsing_is_not(self):
        self.page("/en/library/")
        self.page("/en/library/?type=report")
        self.assertFalse(SearchQueryCount.objects.exists())
        self.page("/he/library/?q=הסתה")
        self.page("/he/library/?q=nothing-like-this")
        rows = {
            (row.language, row.query): (row.searches, row.zero_results)
            for row in SearchQueryCount.objects.all()
        }
        self.assertEqual(rows, {("he", "הסתה"): (1, 0), ("he", "nothing-like-this"): (1, 1)})

    # -- no results -------------------------------------------------------------------------

    def test_no_results_offer_a_respelling_popular_topics_and_all_languages(self):
        page = self.page("/en/library/?q=checkpiont&type=report")
        self.assertIn("No publication matches your search.", page)
        self.assertIn('Did you mean <a href="?q=checkpoint&amp;type=report">checkpoint</a>?', page)
        self.assertIn('<a href="?q=checkpiont&amp;type=report&amp;scope=all">', page)
        self.assertIn('<a href="/en/library/topics/surveillance/">Surveillance</a>', page)
        self.assertIn('<a href="/en/library/topics/digital-security/">Digital security</a>', page)
        hebrew = self.page(f"/he/library/?q={quote('ספריה')}&scope=all")
        self.assertIn("לא נמצא פרסום שמתאים לחיפוש.", hebrew)
        self.assertIn(
            f'אולי התכוונתם ל־<a href="?q={quote("ספרייה")}&amp;scope=all">ספרייה</a>?',
            hebrew,
        )
        # Already in all languages: no link to search them.
        self.assertNotIn("חיפוש בכל השפות", hebrew)

    # -- headers ----------------------------------------------------------------------------

    def test_results_are_not_indexed_or_cached_and_the_library_itself_is_cacheable(self):
        for path in ("/en/library/?q=checkpoint", "/ar/library/?type=report", "/he/library/?q=x"):
            with self.subTest(path=path):
                response = self.get(path)
                self.assertEqual(response["X-Robots-Tag"], "noindex")
                self.assertIn("no-store", response["Cache-Control"])
                self.assertIn("private", response["Cache-Control"])
                self.assertContains(response, '<meta name="robots" content="noindex">')
        for path in ("/en/library/", "/ar/library/?sort=oldest", "/he/library/"):
            with self.subTest(path=path):
                response = self.get(path)
                self.assertNotIn("X-Robots-Tag", response)
                self.assertEqual(response["Cache-Control"], "public, max-age=300")
                self.assertNotContains(response, 'name="robots"')

    def test_an_unavailable_engine_gives_a_503_page_that_keeps_the_search(self):
        engine = mock.Mock()
        engine.search.side_effect = SearchEngineError("Connection refused")
        with mock.patch("search.service.get_search_engine", return_value=engine):
            response = self.client.get(f"/ar/library/?q={quote('رقابة')}&type=report")
        self.assertEqual(response.status_code, 503)
        self.assertEqual(response["Retry-After"], "120")
        self.assertIn("no-store", response["Cache-Control"])
        page = response.content.decode()
        self.assertIn("البحث غير متاح الآن.", page)
        self.assertIn('value="رقابة"', page)
        self.assertNotIn("result-card", page)
        self.assertIn(f'<a href="?q={quote("رقابة")}&amp;type=report">حاول مجددًا</a>', page)

    # -- bad input --------------------------------------------------------------------------

    def test_a_long_query_is_cut_with_a_notice(self):
        text = "رقابة " * 40 + "x"
        page = self.page(f"/ar/library/?q={quote(text[: MAX_QUERY_LENGTH + 1])}")
        self.assertIn("اختُصر بحثك إلى أول 200 حرف.", page)
        value = re.search(r'<input id="library-q" type="search" name="q" value="([^"]*)"', page)
        self.assertLessEqual(len(html.unescape(value.group(1))), MAX_QUERY_LENGTH)

    def test_any_text_is_plain_text(self):
        for text in (
            "\x00",
            "ab\x00cd",
            "\u200f\u202bرقابة\u202c",
            "🔥📱",
            '"unclosed',
            "'; DROP TABLE search; --",
            "surveillance AND NOT checkpoint OR",
            "title:checkpoint",
            "*",
            "check*",
            "(?:.*){1,99}[",
            "NEAR(a b)",
            "-",
            "^ ~ : \\ /",
            "<script>alert(1)</script>",
            "%",
            "ـــ",
            "١٢٠",
        ):
            with self.subTest(text=text):
                response = self.get(f"/en/library/?q={quote(text)}&scope=all")
                self.assertNotIn(b"<script>alert", response.content)
        self.assertEqual(
            titles(self.page(f"/ar/library/?q={quote(chr(0x200F) + 'الرقابة' + chr(0))}")),
            titles(self.page(f"/ar/library/?q={quote('الرقابة')}")),
        )

    def test_page_numbers_that_do_not_exist_are_404(self):
        for page in ("2", "0", "-1", "abc", "1.5", "", "99999999999999999999", "1001"):
            with self.subTest(page=page):
                status = 200 if page == "" else 404
                self.get(f"/en/library/?page={page}", status=status)
                self.get(f"/en/library/?q=checkpoint&page={page}", status=status)

    def test_unknown_values_are_ignored_with_a_notice(self):
        everything = titles(self.page("/en/library/"))
        for params, notice in (
            ("sort=random", "Unknown sort “random”: using the default order."),
            ("scope=everywhere", "Unknown scope “everywhere”"),
            ("type=novel", "There is no publication type “novel”: it was ignored."),
            ("topic=astrology", "There is no topic “astrology”: it was ignored."),
            ("year=1899", "There is no year “1899”: it was ignored."),
            ("year=%3Cscript%3E", "There is no year “&lt;script&gt;”: it was ignored."),
            ("region=FR", "There is no country or region “FR”: it was ignored."),
            ("available_in=fr", "There is no language “fr”: it was ignored."),
            ("colour=blue", None),
        ):
            with self.subTest(params=params):
                page = self.page(f"/en/library/?{params}")
                if notice:
                    self.assertIn(f'<p class="notice" role="status">{notice}', page)
                self.assertEqual(titles(page), everything)
        page = self.page("/en/library/?type=novel&type=toolkit")
        self.assertEqual(titles(page), [self.title("accounts", "en")])
        self.assertIn("There is no publication type “novel”", page)

    # -- cost -------------------------------------------------------------------------------

    def test_a_results_page_costs_a_bounded_number_of_queries(self):
        path = f"/ar/library/?q={quote('الرقابة')}&scope=all&type=report&type=paper&topic=alraqaba"
        self.page(path)  # Warms Wagtail's site-root cache, so only the page's own queries count.
        with CaptureQueriesContext(connection) as captured:
            page = self.page(path)
        self.assertEqual(titles(page), [self.title("incitement", "ar")])
        # Measured at 45 on SQLite and 46 on PostgreSQL (the engines' own statements and
        # savepoints included; each of Wagtail's `.public()` filters reads the view-restriction
        # table once, and the header, the topics and the results each ask it); the bound
        # catches a query per card or per facet value.
        self.assertLessEqual(len(captured), 48, [query["sql"] for query in captured])
