"""`manage.py search_benchmark` on a small corpus in the test database."""

import io
import json
import re

import pytest
from django.core.management import CommandError, call_command

from hub.benchmark.corpus import corpus_pages
from hub.resources.models import PublicationPage
from search.engines import get_search_engine
from tests.hub.resources.factories import build_library_tree

FIGURE = r"(\d+(?:\.\d+)?)"


@pytest.fixture(autouse=True)
def fresh_engine():
    get_search_engine.cache_clear()
    yield
    get_search_engine.cache_clear()


def run(*arguments) -> str:
    out = io.StringIO()
    call_command("search_benchmark", "--docs", "30", "--repeat", "2", *arguments, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_builds_the_corpus_over_three_languages_and_prints_the_figures():
    output = run()

    pages = corpus_pages()
    assert pages.count() == 30
    assert set(pages.values_list("locale__language_code", flat=True)) == {"en", "ar", "he"}
    assert all(slug.startswith("bench-") for slug in pages.values_list("slug", flat=True))
    assert "Corpus: created in" in output
    for step in ("build", "write", "total"):
        assert re.search(rf"^  {step} +{FIGURE} documents/s  \({FIGURE} s\)$", output, re.M)
    assert "Indexing 30 documents (no attachments):" in output
    for name in ("en", "ar", "he", "overall"):
        assert re.search(rf"^{name} +{FIGURE} +{FIGURE} +{FIGURE}$", output, re.M), name
    # 8 queries per language, each with its result count and timings.
    query_rows = re.findall(
        rf"^(?:en|ar|he) .* (\d+) +(\d+) +{FIGURE} +{FIGURE} +{FIGURE}$", output, re.M
    )
    assert len(query_rows) == 24
    assert "Full rebuild (no attachments):" in output
    assert re.search(
        rf"^  search_index rebuild +{FIGURE} documents/s  \(30 in {FIGURE} s\)$", output, re.M
    )
    assert "Wagtail update_index" not in output
    assert "Through Django (test client), median of 3 runs of 2 passes each" in output
    for name in ("en", "ar", "he", "overall"):
        assert re.search(rf"^{name} +(?:{FIGURE} +){{7}}-?{FIGURE}$", output, re.M), name

    assert "Corpus: reused from an earlier run" in run()


@pytest.mark.django_db
def test_times_the_api_and_the_library_page_beside_the_engine_and_stock_wagtail():
    report = json.loads(run("--json", "--runs", "2", "--compare-wagtail"))

    assert report["runs"] == 2
    for name in ("en", "ar", "he", "overall"):
        figures = report["through_django_ms"][name]
        assert set(figures) == {"engine", "api", "page", "stack"}
        for figure in ("engine", "api", "page"):
            assert 0 < figures[figure]["p50"] <= figures[figure]["p95"], (name, figure)
        # A request through Django does all that the engine call does, and more.
        assert figures["api"]["p50"] > figures["engine"]["p50"]
        assert figures["page"]["p50"] > figures["engine"]["p50"]
    rebuild = report["rebuild"]
    assert rebuild["search"]["documents"] == 30
    assert rebuild["wagtail"]["documents"] == 30
    assert rebuild["search"]["documents_per_second"] > 0
    assert rebuild["wagtail"]["documents_per_second"] > 0


@pytest.mark.django_db
def test_the_corpus_is_the_same_on_every_build():
    first = json.loads(run("--json", "--rebuild-corpus"))
    first_titles = list(corpus_pages().order_by("slug").values_list("title", flat=True))
    second = json.loads(run("--json", "--rebuild-corpus"))
    second_titles = list(corpus_pages().order_by("slug").values_list("title", flat=True))

    assert first_titles == second_titles
    assert len(set(first_titles)) > 20
    assert second["corpus"]["reused"] is False
    assert second["corpus"]["deleted"] == 30
    assert [row["results"] for row in first["queries"]] == [
        row["results"] for row in second["queries"]
    ]
    assert second["indexing"]["documents"] == 30
    assert second["latency_ms"]["overall"]["p95"] >= second["latency_ms"]["overall"]["p50"]


@pytest.mark.django_db
def test_refuses_a_database_with_publications_it_did_not_make_unless_forced():
    build_library_tree()
    others = PublicationPage.objects.count()

    with pytest.raises(CommandError) as refusal:
        run()
    assert refusal.value.returncode == 2
    assert str(refusal.value) == (
        f"This database holds {others} publications the benchmark did not make; run it on a "
        "freshly migrated database, or pass --force to add its corpus beside them."
    )
    assert not corpus_pages().exists()

    report = json.loads(run("--force", "--json"))
    assert report["indexing"]["documents"] == 30
    assert PublicationPage.objects.count() == others + 30


@pytest.mark.django_db
def test_readers_are_not_rate_limited_by_the_benchmarks_searches(client):
    run("--runs", "2")

    # The benchmark asked for each library page hundreds of times, from an address of its own.
    library = corpus_pages().filter(locale__language_code="en").first().get_parent()
    assert client.get(library.url, {"q": "digital"}).status_code == 200
    assert client.get("/api/search/", {"q": "digital", "lang": "en"}).status_code == 200
