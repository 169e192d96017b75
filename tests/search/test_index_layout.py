"""An index built by another version of the analysis (or of the tables) is refused with "run
`manage.py search_index rebuild`" wherever it would answer: the library page, the API, the
status command and /healthz/; publishing still works and its change waits in the outbox; the
rebuild mends the index and keys promoted results again, as the data migration does."""

import importlib
import io
import re
from html import unescape
from unittest import mock
from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.db.migrations.loader import MigrationLoader
from django.test import TestCase, override_settings
from elastic_transport import BaseNode
from elasticsearch import Elasticsearch

from hub.resources.models import ResearchReportPage
from search import outbox
from search.analysis import ANALYSIS_VERSION, LANGUAGES
from search.engines import get_search_engine
from search.engines.base import SearchEngineError, SearchQuery
from search.engines.elasticsearch import ElasticsearchSearchEngine
from search.engines.embedded.tables import SCHEMA
from search.models import IndexOutboxEntry, SearchPromotion
from search.promotions import promoted_for
from tests.search.factories import build_search_tree, index_all_publications
from tests.search.test_elasticsearch_engine import ARABIC_REPORT, HEBREW_REPORT, FakeCluster

REBUILD = (
    "The search index was built by another version of the hub: "
    "run `manage.py search_index rebuild`."
)
MIGRATION = "0004_rekey_promotions"
PREFIX = "hub-test"
ALIASES = {language: f"{PREFIX}-publications-{language}" for language in LANGUAGES}


def run(*args) -> tuple[int, str, str]:
    """(exit code, output, error output) of a command, as manage.py would give them."""
    stdout, stderr = io.StringIO(), io.StringIO()
    try:
        call_command(*args, stdout=stdout, stderr=stderr)
    except CommandError as error:
        return error.returncode, stdout.getvalue(), f"{stderr.getvalue()}CommandError: {error}"
    return 0, stdout.getvalue(), stderr.getvalue()


def record_analysis_version(version):
    """The state of an index built by another analysis (None: by the hub before indices
    recorded their analysis)."""
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM search_engine_state WHERE name = 'analysis'")
        if version is not None:
            cursor.execute(
                "INSERT INTO search_engine_state (name, version) VALUES ('analysis', %s)",
                [version],
            )


def keyed_by_an_earlier_analysis(promotion, old_key):
    """A promotion as the earlier analysis left it: keyed under what it made of the query."""
    SearchPromotion.objects.filter(pk=promotion.pk).update(query_key=old_key)


def migration_function():
    return importlib.import_module(f"search.migrations.{MIGRATION}").rekey_promotions


def historical_apps():
    return MigrationLoader(connection).project_state(("search", MIGRATION)).apps


# -- the embedded engines (the database's own: SQLite FTS5 or PostgreSQL) ------------------------


class EmbeddedIndexOfAnotherVersionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_search_tree()
        index_all_publications()
        # Building the tree recorded its pages, which are in the index now.
        IndexOutboxEntry.objects.update(status=IndexOutboxEntry.Status.DONE)

    def setUp(self):
        cache.clear()
        self.engine = get_search_engine()

    def assert_refused_everywhere(self):
        journalists = quote("الصحفيين")
        for path in (f"/ar/library/?q={journalists}", "/he/library/", "/en/library/?q=camera"):
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertEqual(response.status_code, 503)
                self.assertEqual(response["Retry-After"], "120")
                self.assertNotIn("result-card", response.content.decode())
        self.assertContains(
            self.client.get(f"/ar/library/?q={journalists}"),
            "البحث غير متاح الآن.",
            status_code=503,
        )
        # The API answers in the language asked for.
        for path, detail in (
            (
                f"/api/search/?lang=ar&q={journalists}",
                "البحث غير متاح الآن: يُرجى المحاولة مجددًا بعد بضع دقائق.",
            ),
            ("/api/search/?lang=he", "החיפוש אינו זמין כרגע: נא לנסות שוב בעוד כמה דקות."),
            (
                "/api/search/suggest/?lang=en&q=camer",
                "Search is unavailable right now: please try again in a few minutes.",
            ),
        ):
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertEqual(response.status_code, 503)
                self.assertEqual(response.json()["detail"], detail)
        code, output, errors = run("search_index", "status")
        self.assertEqual(code, 1)
        self.assertEqual(
            output.splitlines()[:2],
            [
                f"Search engine: {self.engine.name} (unavailable: {REBUILD})",
                "Outbox: 0 pending, 0 failed.",
            ],
        )
        self.assertEqual(errors, f"CommandError: {REBUILD}")
        health = self.client.get("/healthz/")
        self.assertEqual(health.status_code, 200)
        self.assertEqual(health.json()["status"], "degraded")
        self.assertEqual(
            health.json()["search"],
            {"engine": self.engine.name, "status": "unavailable", "reason": REBUILD},
        )

    def assert_answering(self):
        page = self.client.get(f"/ar/library/?q={quote('الصحفيين')}")
        self.assertEqual(page.status_code, 200)
        self.assertIn(self.tree["journalists"]["ar"].title, unescape(page.content.decode()))
        api = self.client.get("/api/search/", {"lang": "en", "q": "camera"})
        self.assertEqual(api.status_code, 200)
        self.assertEqual(api.json()["count"], 1)
        self.assertEqual(run("search_index", "status")[0], 0)
        self.assertEqual(self.client.get("/healthz/").json()["search"]["status"], "ok")

    def test_an_index_of_an_earlier_analysis_is_refused_until_it_is_rebuilt(self):
        for version in (None, ANALYSIS_VERSION - 1, ANALYSIS_VERSION + 1):
            with self.subTest(version=version):
                record_analysis_version(version)
                self.assert_refused_everywhere()
                code, output, errors = run("search_index", "rebuild", "--noinput")
                self.assertEqual((code, errors), (0, ""))
                self.assertIn("Indexed 9 documents", output)
                self.assert_answering()

    def test_an_index_of_the_current_analysis_answers(self):
        self.assert_answering()

    def test_a_rebuild_records_the_analysis_and_the_table_layout(self):
        record_analysis_version(None)
        run("search_index", "rebuild", "--noinput")
        with connection.cursor() as cursor:
            cursor.execute("SELECT name, version FROM search_engine_state WHERE name <> 'live'")
            self.assertEqual(
                dict(cursor.fetchall()), {"schema": SCHEMA, "analysis": ANALYSIS_VERSION}
            )

    def test_publishing_into_an_index_of_another_version_waits_in_the_outbox(self):
        record_analysis_version(ANALYSIS_VERSION - 1)
        report = ResearchReportPage.objects.get(pk=self.tree["journalists"]["ar"].pk)
        report.title = "الرقابة الخوارزمية على الصحفيين في غزة: طبعة مزيدة"
        # One editor's action, committed: the drain that follows it meets the old index.
        with self.captureOnCommitCallbacks(execute=True), transaction.atomic():
            report.save_revision().publish()

        self.assertTrue(ResearchReportPage.objects.get(pk=report.pk).live)
        entry = IndexOutboxEntry.objects.filter(page_id=report.pk).latest("pk")
        self.assertEqual((entry.status, entry.attempts, entry.last_error), ("pending", 1, REBUILD))
        code, output, _errors = run("search_index", "status")
        self.assertEqual(code, 1)
        self.assertIn("attempts 1", output)
        self.assertIn(f"error: {REBUILD}", output)

        run("search_index", "rebuild", "--noinput")

        # The rebuild read the page after the change: nothing is left waiting for a retry.
        self.assertFalse(IndexOutboxEntry.objects.filter(status="pending").exists())
        code, output, _errors = run("search_index", "status")
        self.assertEqual(code, 0)
        self.assertIn("Outbox: 0 pending, 0 failed.", output)
        page = self.client.get(f"/ar/library/?q={quote('طبعة مزيدة')}")
        self.assertIn("طبعة مزيدة", unescape(page.content.decode()))

    def test_a_rebuild_keeps_the_outbox_entries_it_could_not_have_read(self):
        report = self.tree["journalists"]["ar"]
        outbox.enqueue([report.pk], "publish")

        def an_edit_during_the_rebuild(documents, progress=None):
            outbox.enqueue([report.pk], "move")
            return 0

        rebuild = mock.patch.object(
            type(self.engine), "rebuild", side_effect=an_edit_during_the_rebuild
        )
        with rebuild, mock.patch.object(outbox, "drain"):
            run("search_index", "rebuild", "--noinput")

        entries = IndexOutboxEntry.objects.filter(page_id=report.pk).order_by("pk")
        self.assertEqual(
            list(entries.values_list("reason", "status"))[-3:],
            [("publish", "done"), ("move", "pending"), ("rebuild", "pending")],
        )


# -- promoted results keyed again --------------------------------------------------------------


class PromotionsKeyedAgainTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_search_tree()
        index_all_publications()
        cls.journalists = cls.tree["journalists"]["ar"]
        cls.incitement = cls.tree["incitement"]["ar"]

    def setUp(self):
        cache.clear()

    def promote(self, query, publication, old_key):
        promotion = SearchPromotion.objects.create(
            query=query, language="ar", publication=publication
        )
        keyed_by_an_earlier_analysis(promotion, old_key)
        return SearchPromotion.objects.get(pk=promotion.pk)

    def promoted_card_titles(self, text):
        page = self.client.get(f"/ar/library/?q={quote(text)}")
        self.assertEqual(page.status_code, 200)
        cards = page.content.decode().split('<li class="result-card')[1:]
        return [
            title
            for card in cards
            if card.startswith(" result-card--promoted")
            for title in (self.journalists.title, self.incitement.title)
            if title in unescape(card)
        ]

    def test_a_promotion_keyed_by_the_earlier_analysis_matches_again_after_a_rebuild(self):
        # The earlier analysis stripped the ة of مواجهة twice (مواج).
        promotion = self.promote("مواجهة الرقابة", self.journalists, "رقاب مواج")
        self.assertEqual(promoted_for("مواجهة الرقابة", "ar"), [])
        self.assertEqual(self.promoted_card_titles("مواجهة الرقابة"), [])

        code, output, _errors = run("search_index", "rebuild", "--noinput")

        self.assertEqual(code, 0)
        self.assertIn("Promoted results keyed again from their queries: 1, 1 changed.", output)
        promotion.refresh_from_db()
        self.assertEqual(promotion.query_key, SearchPromotion.key_for("مواجهة الرقابة", "ar"))
        self.assertEqual(
            [page.pk for page in promoted_for("الرقابة ومواجهة", "ar")], [self.journalists.pk]
        )
        self.assertEqual(self.promoted_card_titles("مواجهة الرقابة"), [self.journalists.title])

    def test_promotions_that_now_share_a_key_are_all_kept_and_reported(self):
        # The earlier stop list spelled هولاء, so هؤلاء was a word of the query; now it is not.
        these = self.promote("هؤلاء الصحفيين", self.incitement, "صحف هؤلاء")
        plain = self.promote("الصحفيين", self.journalists, "صحف")
        alone = self.promote("هؤلاء", self.journalists, "هؤلاء")
        self.assertEqual(SearchPromotion.key_for("هؤلاء الصحفيين", "ar"), plain.query_key)
        self.assertEqual(SearchPromotion.key_for("هؤلاء", "ar"), "")

        code, output, _errors = run("search_index", "rebuild", "--noinput")

        self.assertEqual(code, 0)
        self.assertIn(
            f"  Promotions {these.pk}, {plain.pk} (ar) now match the same query “صحف”: "
            "all are kept and shown together.",
            output,
        )
        self.assertIn(
            f"  Promotions {alone.pk} are no longer shown: search ignores every word of their "
            "query; give them a word readers search for.",
            output,
        )
        self.assertEqual(SearchPromotion.objects.count(), 3)
        self.assertEqual(
            [page.pk for page in promoted_for("الصحفيين", "ar")],
            [self.incitement.pk, self.journalists.pk],
        )
        self.assertEqual(
            self.promoted_card_titles("هؤلاء الصحفيين"),
            [self.incitement.title, self.journalists.title],
        )

    def test_the_data_migration_keys_promotions_again_and_changes_nothing_else(self):
        promotion = self.promote("مواجهة الرقابة", self.journalists, "رقاب مواج")
        current = self.promote("الصحفيين", self.incitement, "صحف")
        before = SearchPromotion.objects.values().get(pk=promotion.pk)

        migration_function()(historical_apps(), None)

        after = SearchPromotion.objects.values().get(pk=promotion.pk)
        self.assertEqual({name for name in before if before[name] != after[name]}, {"query_key"})
        self.assertEqual(after["query_key"], SearchPromotion.key_for("مواجهة الرقابة", "ar"))
        self.assertEqual(SearchPromotion.objects.get(pk=current.pk).query_key, "صحف")
        self.assertEqual(
            [page.pk for page in promoted_for("مواجهة الرقابة", "ar")], [self.journalists.pk]
        )
        self.assertEqual(self.promoted_card_titles("مواجهة الرقابة"), [self.journalists.title])


# -- Elasticsearch: the mapping `_meta`, checked once per process --------------------------------


def index_info(versions: dict[str, object]) -> dict:
    """What GET /<aliases>?filter_path=*.aliases,*.mappings._meta answers: each alias's index with
    the analysis version in its `_meta` (None: no `_meta`, an index built before versions were
    recorded; filter_path then leaves `mappings` out)."""
    body = {}
    for language, version in versions.items():
        index = {"aliases": {ALIASES[language]: {}}}
        if version is not None:
            index["mappings"] = {"_meta": {"analysis_version": version}}
        body[f"{ALIASES[language]}-v7"] = index
    return body


def info_path(*languages):
    return "/" + ",".join(ALIASES[language] for language in languages)


@pytest.fixture
def cluster():
    return FakeCluster()


@pytest.fixture
def engine(cluster, settings):
    """An engine that has not checked any index yet, as in a process just started."""
    settings.SEARCH_INDEX_PREFIX = PREFIX
    settings.SEARCH_REFRESH_ON_WRITE = True
    return elasticsearch_engine(cluster)


def elasticsearch_engine(cluster):
    class FakeNode(BaseNode):
        def perform_request(self, method, target, body=None, headers=None, **options):
            return cluster.handle(method, target, body, options.get("request_timeout"), self.config)

    return ElasticsearchSearchEngine(Elasticsearch("http://localhost:9200", node_class=FakeNode))


def search_answer(count=0):
    return {
        "timed_out": False,
        "hits": {"hits": []},
        "aggregations": {"publications": {"doc_count": count, "count": {"value": count}}},
    }


def test_every_index_created_records_the_analysis_version(engine, cluster):
    cluster.answer("GET", f"/{PREFIX}-publications-*/_alias", {})
    engine.rebuild([ARABIC_REPORT, HEBREW_REPORT])
    creates = [request for request in cluster.made("PUT") if request.path != "/_bulk"]
    assert [request.path for request in creates] == [
        f"/{ALIASES[language]}-v1" for language in LANGUAGES
    ]
    for request in creates:
        assert request.body["mappings"]["_meta"] == {"analysis_version": ANALYSIS_VERSION}


@pytest.mark.parametrize("stale", [None, ANALYSIS_VERSION - 1, ANALYSIS_VERSION + 1])
def test_a_search_in_an_index_of_another_version_is_refused_without_searching(
    engine, cluster, stale
):
    cluster.answer("GET", info_path("ar"), index_info({"ar": stale}))
    with pytest.raises(SearchEngineError, match=f"^{re.escape(REBUILD)}$"):
        engine.search(SearchQuery(language="ar", text="الرقابة"))
    (check,) = cluster.made()
    assert (check.method, check.path) == ("GET", info_path("ar"))
    assert check.params == {"filter_path": "*.aliases,*.mappings._meta"}
    assert check.request_timeout == 2


def test_all_languages_are_refused_when_one_index_is_of_another_version(engine, cluster):
    cluster.answer(
        "GET",
        info_path(*LANGUAGES),
        index_info({"en": ANALYSIS_VERSION, "ar": ANALYSIS_VERSION, "he": None}),
    )
    with pytest.raises(SearchEngineError, match="rebuild"):
        engine.search(SearchQuery(language="ar", text="الرقابة", scope="all"))
    assert cluster.made(path=info_path(*LANGUAGES) + "/_search") == []


def test_a_current_index_is_checked_once_per_process(engine, cluster):
    cluster.answer("GET", info_path("he"), index_info({"he": ANALYSIS_VERSION}))
    for _ in range(3):
        cluster.answer("POST", f"{info_path('he')}/_search", search_answer(1))

    engine.search(SearchQuery(language="he", text="ספרייה", with_facets=False))
    engine.search(SearchQuery(language="he", text="פיקוח", with_facets=False))
    engine.suggest("ספר", "he")

    assert [(request.method, request.path) for request in cluster.made()] == [
        ("GET", info_path("he")),
        ("POST", f"{info_path('he')}/_search"),
        ("POST", f"{info_path('he')}/_search"),
        ("POST", f"{info_path('he')}/_search"),
    ]


def test_an_index_rebuilt_by_another_process_is_seen_at_once(engine, cluster):
    cluster.answer("GET", info_path("en"), index_info({"en": ANALYSIS_VERSION - 1}))
    with pytest.raises(SearchEngineError, match="rebuild"):
        engine.search(SearchQuery(language="en", text="surveillance", with_facets=False))
    # The worker's `search_index rebuild` swapped in a new index meanwhile.
    cluster.answer("GET", info_path("en"), index_info({"en": ANALYSIS_VERSION}))
    cluster.answer("POST", f"{info_path('en')}/_search", search_answer(2))
    assert (
        engine.search(SearchQuery(language="en", text="surveillance", with_facets=False)).count == 2
    )


def test_after_its_own_rebuild_the_process_searches_without_checking(engine, cluster):
    cluster.answer("GET", f"/{PREFIX}-publications-*/_alias", {})
    engine.rebuild([ARABIC_REPORT, HEBREW_REPORT])
    cluster.requests.clear()
    cluster.answer("POST", f"{info_path(*LANGUAGES)}/_search", search_answer(1))
    engine.search(SearchQuery(language="en", text="privacy", scope="all", with_facets=False))
    assert [request.method for request in cluster.made()] == ["POST"]


@pytest.mark.parametrize(
    "write",
    [
        lambda engine: engine.index([ARABIC_REPORT, HEBREW_REPORT]),
        lambda engine: engine.delete([11]),
    ],
    ids=["index", "delete"],
)
def test_nothing_is_written_into_an_index_of_another_version(engine, cluster, write):
    cluster.answer(
        "GET",
        info_path(*LANGUAGES),
        index_info({"en": ANALYSIS_VERSION, "ar": None, "he": ANALYSIS_VERSION}),
    )
    cluster.answer("GET", info_path("ar", "he"), index_info({"ar": None, "he": ANALYSIS_VERSION}))
    with pytest.raises(SearchEngineError, match="rebuild"):
        write(engine)
    assert cluster.made(path="/_bulk") == []
    assert cluster.made("GET")[0].request_timeout == 30


def test_status_counts_are_refused_for_an_index_of_another_version(engine, cluster):
    for _ in range(2):
        cluster.answer("GET", info_path(*LANGUAGES), index_info(dict.fromkeys(LANGUAGES)))
    with pytest.raises(SearchEngineError, match="rebuild"):
        engine.document_counts()
    with pytest.raises(SearchEngineError, match="rebuild"):
        engine.indexed_page_ids()
    assert [request.method for request in cluster.made()] == ["GET", "GET"]


def test_health_says_an_index_of_another_version_needs_a_rebuild(engine, cluster):
    green = {"status": "green", "cluster_name": "hub"}
    for _ in range(3):
        cluster.answer("GET", "/_cluster/health", green)
    cluster.answer(
        "GET", info_path(*LANGUAGES), index_info(dict.fromkeys(LANGUAGES, ANALYSIS_VERSION - 1))
    )
    cluster.answer(
        "GET",
        info_path(*LANGUAGES),
        {"error": {"type": "index_not_found_exception", "reason": "no such index"}},
        status=404,
    )
    cluster.answer(
        "GET", info_path(*LANGUAGES), index_info(dict.fromkeys(LANGUAGES, ANALYSIS_VERSION))
    )

    assert engine.health() == {
        "engine": "elasticsearch",
        "status": "unavailable",
        "cluster": "green",
        "reason": REBUILD,
    }
    # No index yet: none of another version either (install or the first rebuild makes them).
    assert engine.health() == {"engine": "elasticsearch", "status": "ok", "cluster": "green"}
    assert engine.health() == {"engine": "elasticsearch", "status": "ok", "cluster": "green"}


@override_settings(SEARCH_INDEX_PREFIX=PREFIX, SEARCH_INDEX_ON_COMMIT=True)
class ElasticsearchIndexOfAnotherVersionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_search_tree()
        # Building the tree recorded its pages: say the index took them.
        IndexOutboxEntry.objects.update(status=IndexOutboxEntry.Status.DONE)

    def setUp(self):
        self.cluster = FakeCluster()
        self.engine = elasticsearch_engine(self.cluster)
        for user in ("search.outbox", "search.service", "search.management.commands.search_index"):
            self.enterContext(mock.patch(f"{user}.get_search_engine", return_value=self.engine))

    def test_publishing_waits_in_the_outbox_and_status_says_to_rebuild(self):
        for _ in range(2):
            self.cluster.answer("GET", info_path("ar"), index_info({"ar": ANALYSIS_VERSION - 1}))
        report = ResearchReportPage.objects.get(pk=self.tree["journalists"]["ar"].pk)
        report.title = "الرقابة الخوارزمية على الصحفيين في غزة: طبعة مزيدة"
        with self.captureOnCommitCallbacks(execute=True), transaction.atomic():
            report.save_revision().publish()

        self.assertTrue(ResearchReportPage.objects.get(pk=report.pk).live)
        entry = IndexOutboxEntry.objects.filter(page_id=report.pk).latest("pk")
        self.assertEqual((entry.status, entry.attempts, entry.last_error), ("pending", 1, REBUILD))
        self.assertEqual(self.cluster.made(path="/_bulk"), [])

        response = self.client.get(f"/ar/library/?q={quote('الصحفيين')}")
        self.assertEqual(response.status_code, 503)
        self.assertContains(response, "البحث غير متاح الآن.", status_code=503)
        self.assertEqual(self.cluster.made(path=f"{info_path('ar')}/_search"), [])

        self.cluster.answer("GET", "/_cluster/health", {"status": "yellow"})
        # Asked by the health line, then by the counts: a stale answer is not remembered.
        for _ in range(2):
            self.cluster.answer("GET", info_path(*LANGUAGES), index_info(dict.fromkeys(LANGUAGES)))
        code, output, errors = run("search_index", "status")
        self.assertEqual(code, 1)
        self.assertEqual(
            output.splitlines()[:3],
            [
                f"Search engine: elasticsearch (unavailable: {REBUILD})",
                "Outbox: 1 pending, 1 failed.",
                f"  page {report.pk}  publish  attempts 1  next attempt "
                f"{entry.next_attempt_at:%Y-%m-%d %H:%M:%S %Z}  error: {REBUILD}",
            ],
        )
        self.assertEqual(errors, f"CommandError: {REBUILD}")
