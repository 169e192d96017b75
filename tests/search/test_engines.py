"""The public search engine in use and its health, per configuration."""

import datetime
import io
import uuid

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from search.engines import get_search_engine
from search.engines.base import SearchDocument, SearchEngineError, SearchQuery


@pytest.mark.sqlite
@pytest.mark.django_db
def test_sqlite_database_uses_fts5():
    engine = get_search_engine()
    assert engine.name == "sqlite-fts5"
    assert engine.health() == {"engine": "sqlite-fts5", "status": "ok"}


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgres_database_uses_its_full_text_search():
    engine = get_search_engine()
    assert engine.name == "postgres-fts"
    assert engine.health() == {"engine": "postgres-fts", "status": "ok"}


@pytest.mark.django_db
def test_an_index_of_another_layout_asks_for_a_rebuild_and_the_rebuild_mends_it():
    engine = get_search_engine()
    engine.install()
    with connection.cursor() as cursor:
        cursor.execute("UPDATE search_engine_state SET version = 1 WHERE name = 'schema'")
    query = SearchQuery(language="en", text="surveillance")
    with pytest.raises(SearchEngineError, match=r"run `manage.py search_index rebuild`"):
        engine.search(query)
    call_command("search_index", "rebuild", "--noinput", stdout=io.StringIO())
    assert engine.search(query).count == 0


def test_elasticsearch_url_selects_elasticsearch_and_an_unreachable_cluster_is_unavailable():
    with override_settings(
        SEARCH_ENGINE="search.engines.elasticsearch.ElasticsearchSearchEngine",
        ELASTICSEARCH_URL="http://elastic:secret@127.0.0.1:9",
    ):
        engine = get_search_engine()
        assert engine.name == "elasticsearch"
        assert engine.health() == {"engine": "elasticsearch", "status": "unavailable"}


def publication_document(page_id, language, title, body):
    return SearchDocument(
        page_id=page_id,
        translation_key=str(uuid.uuid4()),
        language=language,
        publication_type="research_report",
        title=title,
        summary="",
        body=body,
        authors=(),
        topic_keys=(),
        topic_names=(),
        regions=(),
        date=datetime.date(2026, 11, 3),
        url=f"/{language}/library/{page_id}/",
        image_url="",
        languages=(language,),
    )


@pytest.mark.django_db
def test_a_standalone_s_is_indexed_and_searched_on_every_database():
    """ "U.S.", "S&P" and "Plan S" once gave an empty term, which PostgreSQL's tsvector refuses:
    the publication could not be indexed and the query failed."""
    engine = get_search_engine()
    engine.rebuild(
        [
            publication_document(
                1, "en", "U.S. policy on spyware exports", "Plan S and S&P ratings of vendors."
            )
        ]
    )
    for text in ("U.S. policy", "U.S. spyware", "Plan S", "S&P ratings"):
        assert [
            hit.page_id for hit in engine.search(SearchQuery(language="en", text=text)).hits
        ] == [1], text


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("SEARCH_ENGINE", "tests.search.fake_engine.InMemorySearchEngine"),
        ("ELASTICSEARCH_URL", "http://127.0.0.1:9"),
        ("SEARCH_INDEX_PREFIX", "hub-other"),
    ],
)
def test_changing_a_setting_the_engine_reads_makes_a_new_engine(setting, value):
    before = get_search_engine()
    with override_settings(**{setting: value}):
        during = get_search_engine()
        assert during is not before
        assert get_search_engine() is during
    after = get_search_engine()
    assert after is not during
    assert type(after) is type(before)


def test_changing_another_setting_keeps_the_engine():
    before = get_search_engine()
    with override_settings(SEARCH_API_RATE="1/min"):
        assert get_search_engine() is before
