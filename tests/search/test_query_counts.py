"""The database queries of one search do not grow with the number of hits: the library page
and /api/search/ build all the hits' cards, their other languages and the database's re-check
with a fixed number of queries, so the speed through the stack cannot regress silently."""

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from hub.benchmark.corpus import corpus_pages, create_corpus
from hub.benchmark.plan import plan_corpus
from hub.benchmark.stack import library_urls
from search.documents import build_documents
from search.engines import get_search_engine

# Every English publication of the benchmark's corpus has this word.
WORD = "digital"


@pytest.fixture
def engine():
    get_search_engine.cache_clear()
    create_corpus(plan_corpus(30))
    engine = get_search_engine()
    engine.install()
    yield engine
    get_search_engine.cache_clear()


def english_publications():
    return list(corpus_pages().filter(locale__language_code="en").order_by("pk"))


def queries_of(path, engine, publications):
    """The queries of one search for WORD with only these publications in the index, and the
    number of results shown."""
    engine.rebuild(iter(build_documents(publications)))
    client = Client(HTTP_HOST="localhost")
    # A first search of the day also prunes old analytics, once per process.
    assert client.get(path).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured.captured_queries), response


@pytest.mark.django_db
@override_settings(SEARCH_API_RATE="10000/min", SEARCH_PAGE_RATE="10000/min")
def test_an_api_search_costs_as_many_queries_for_ten_hits_as_for_two(engine):
    publications = english_publications()
    assert len(publications) >= 10
    path = f"/api/search/?lang=en&q={WORD}"

    two, answer = queries_of(path, engine, publications[:2])
    assert len(answer.json()["results"]) == 2
    ten, answer = queries_of(path, engine, publications[:10])
    assert len(answer.json()["results"]) == 10

    assert ten == two


@pytest.mark.django_db
@override_settings(SEARCH_API_RATE="10000/min", SEARCH_PAGE_RATE="10000/min")
def test_a_library_page_search_costs_as_many_queries_for_ten_hits_as_for_two(engine):
    publications = english_publications()
    path = f"{library_urls()['en']}?q={WORD}"

    two, answer = queries_of(path, engine, publications[:2])
    assert answer.content.decode().count('<li class="result-card') == 2
    ten, answer = queries_of(path, engine, publications[:10])
    assert answer.content.decode().count('<li class="result-card') == 10

    assert ten == two


@pytest.mark.django_db
def test_building_documents_costs_a_query_per_publication_type_not_per_publication(engine):
    publications = list(corpus_pages().order_by("pk"))
    one_of_each_type = list({page.content_type_id: page for page in publications}.values())
    assert len(one_of_each_type) == 3
    # The sites' root paths are looked up once per process.
    build_documents(publications[:1])

    with CaptureQueriesContext(connection) as few:
        assert len(build_documents(one_of_each_type)) == 3
    with CaptureQueriesContext(connection) as many:
        assert len(build_documents(publications[:20])) == 20

    assert len(many.captured_queries) == len(few.captured_queries)
