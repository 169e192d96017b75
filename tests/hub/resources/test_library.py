"""The resource library and topic pages: listing, filters, pagination and feeds. The library's
search itself is tested in test_library_search.py."""

import datetime
import re

import feedparser
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from search.documents import build_documents
from search.engines import get_search_engine
from search.query import PAGE_SIZE
from tests.hub.resources.factories import ResearchReportPageFactory, build_library_tree
from tests.search.factories import index_all_publications


def titles(html):
    return re.findall(r'<h3 class="publication-card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


class LibraryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()
        cls.report, cls.paper = cls.tree["reports"]["en"], cls.tree["papers"]["en"]
        cls.toolkit = cls.tree["toolkit"]
        # The library lists what the search engine holds: index the tree, as the outbox would
        # after each publication's commit.
        index_all_publications()

    def add_reports(self, count, **fields):
        library = self.tree["libraries"]["en"]
        reports = [
            ResearchReportPageFactory(
                parent=library,
                slug=f"monthly-monitor-{index}",
                title=f"Monthly censorship monitor {index}",
                publication_date=datetime.date(2022, 1, 1) + datetime.timedelta(days=index),
                **fields,
            )
            for index in range(count)
        ]
        get_search_engine().index(build_documents(reports))
        return reports

    def get(self, path):
        response = self.client.get(path)
        self.assertEqual(response.status_code, 200, path)
        return response.content.decode()

    def test_lists_publications_in_the_readers_language_newest_first(self):
        self.assertEqual(
            titles(self.get("/en/library/")),
            [self.report.title, self.paper.title, self.toolkit.title],
        )
        self.assertEqual(
            titles(self.get("/ar/library/")),
            [self.tree["reports"]["ar"].title, self.tree["papers"]["ar"].title],
        )
        self.assertEqual(titles(self.get("/he/library/")), [self.tree["reports"]["he"].title])

    def test_filters_by_type_topic_and_year(self):
        self.assertEqual(titles(self.get("/en/library/?type=paper")), [self.paper.title])
        self.assertEqual(
            titles(self.get("/en/library/?topic=platform-censorship")),
            [self.report.title, self.paper.title],
        )
        self.assertEqual(titles(self.get("/en/library/?year=2023")), [self.toolkit.title])
        self.assertEqual(
            titles(self.get("/en/library/?type=report&topic=platform-censorship&year=2025")),
            [self.report.title],
        )
        self.assertEqual(
            titles(self.get("/ar/library/?type=paper")), [self.tree["papers"]["ar"].title]
        )

    def test_filter_choices_are_in_the_readers_language(self):
        html = self.get("/ar/library/")
        self.assertIn(
            'name="topic" value="platform-censorship" form="library-search">\n'
            '            <label for="facet-topic-1">الرقابة على المنصات '
            '<span class="facet__count">(2)</span></label>',
            html,
        )
        self.assertIn('name="year" value="2025" form="library-search">', html)

    def test_unknown_filter_values_are_ignored_with_a_notice(self):
        for query, notice in (
            ("type=novel", "There is no publication type “novel”: it was ignored."),
            ("topic=astrology", "There is no topic “astrology”: it was ignored."),
            ("year=1899", "There is no year “1899”: it was ignored."),
            ("year=<script>", "There is no year “&lt;script&gt;”: it was ignored."),
        ):
            with self.subTest(query=query):
                html = self.get(f"/en/library/?{query}")
                self.assertIn(notice, html)
                self.assertEqual(len(titles(html)), 3)

    def test_pages_of_results(self):
        self.add_reports(PAGE_SIZE + 2)
        first = self.get("/en/library/")
        self.assertEqual(len(titles(first)), PAGE_SIZE)
        self.assertIn("15 publications", first)
        self.assertIn('href="?page=2"', first)
        self.assertEqual(len(titles(self.get("/en/library/?page=2"))), 5)
        self.assertIn('href="?type=report&amp;page=2"', self.get("/en/library/?type=report"))
        for page in ("3", "0", "abc", "-1"):
            with self.subTest(page=page):
                self.assertEqual(self.client.get(f"/en/library/?page={page}").status_code, 404)

    def test_library_query_count_does_not_grow_with_results(self):
        before = self.queries("/en/library/")
        self.add_reports(6)
        self.assertEqual(self.queries("/en/library/"), before)

    def test_feed_query_count_does_not_grow_with_publications(self):
        before = self.queries("/en/library/feed/atom/")
        library = self.tree["libraries"]["en"]
        lina, sami = self.tree["people"]
        for index in range(6):
            ResearchReportPageFactory(
                parent=library,
                slug=f"feed-extra-{index}",
                title=f"Feed extra {index}",
                people=[lina, sami],
                subjects=list(self.tree["topics"]),
            )
        self.assertEqual(self.queries("/en/library/feed/atom/"), before)

    def queries(self, path):
        self.get(path)  # Warm Wagtail's site-root cache, so only the page's own queries count.
        with CaptureQueriesContext(connection) as captured:
            self.get(path)
        return len(captured)

    def test_topic_page_lists_its_publications(self):
        html = self.get("/en/library/topics/platform-censorship/")
        self.assertIn("<h1>Platform censorship</h1>", html)
        self.assertEqual(titles(html), [self.report.title, self.paper.title])
        arabic = self.get("/ar/library/topics/platform-censorship/")
        self.assertIn("<h1>الرقابة على المنصات</h1>", arabic)
        self.assertEqual(self.client.get("/en/library/topics/astrology/").status_code, 404)
        # The Hebrew topic name has not been translated, so there is no Hebrew topic page yet.
        self.assertEqual(
            self.client.get("/he/library/topics/platform-censorship/").status_code, 404
        )

    def test_feeds_in_rss_and_atom(self):
        for fmt, version in (("rss", "rss20"), ("atom", "atom10")):
            with self.subTest(fmt=fmt):
                response = self.client.get(f"/ar/library/feed/{fmt}/")
                self.assertEqual(response.status_code, 200)
                feed = feedparser.parse(response.content)
                self.assertEqual(feed.version, version)
                self.assertFalse(feed.bozo, feed.get("bozo_exception"))
                self.assertEqual(feed.feed.title, "مكتبة الموارد")
                self.assertEqual(
                    [entry.title for entry in feed.entries],
                    [self.tree["reports"]["ar"].title, self.tree["papers"]["ar"].title],
                )
                self.assertEqual(feed.entries[0].link, "http://testserver/ar/library/erased/")

    def test_feeds_per_type_and_per_topic(self):
        by_type = feedparser.parse(self.client.get("/en/library/types/toolkit/feed/rss/").content)
        self.assertEqual([entry.title for entry in by_type.entries], [self.toolkit.title])
        by_topic = feedparser.parse(
            self.client.get("/en/library/topics/digital-security/feed/atom/").content
        )
        self.assertEqual([entry.title for entry in by_topic.entries], [self.toolkit.title])
        for path in (
            "/en/library/feed/json/",
            "/en/library/types/novel/feed/rss/",
            "/en/library/topics/astrology/feed/rss/",
        ):
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, 404)

    def test_feeds_are_announced_in_the_page_head(self):
        for path in ("/en/library/", "/en/library/erased/"):
            with self.subTest(path=path):
                html = self.get(path)
                self.assertIn(
                    '<link rel="alternate" type="application/rss+xml" title="Publications (RSS)" '
                    'href="/en/library/feed/rss/">',
                    html,
                )
                self.assertIn('type="application/atom+xml"', html)
        topic = self.get("/en/library/topics/platform-censorship/")
        self.assertIn('href="/en/library/topics/platform-censorship/feed/rss/"', topic)

    def test_home_page_features_the_latest_publications(self):
        html = self.get("/en/")
        self.assertEqual(titles(html), [self.report.title, self.paper.title, self.toolkit.title])
        self.assertIn('<a href="/en/library/">', html)
