"""The public search engine in use and its health, per configuration."""

import pytest
from django.test import override_settings

from search.engines import get_search_engine


@pytest.fixture(autouse=True)
def fresh_engine():
    get_search_engine.cache_clear()
    yield
    get_search_engine.cache_clear()


@pytest.mark.sqlite
@pytest.mark.django_db
def test_sqlite_database_uses_fts5():
    engine = get_search_engine()
    assert engine.name == "sqlite-fts5"
    assert engine.health() == {"engine": "sqlite-fts5", "status": "ok"}


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgres_database_uses_its_full_text_search_with_the_arabic_configuration():
    engine = get_search_engine()
    assert engine.name == "postgres-fts"
    assert engine.health() == {"engine": "postgres-fts", "status": "ok"}


def test_elasticsearch_url_selects_elasticsearch_and_an_unreachable_cluster_is_unavailable():
    with override_settings(
        SEARCH_ENGINE="search.engines.elasticsearch.ElasticsearchSearchEngine",
        ELASTICSEARCH_URL="http://elastic:secret@127.0.0.1:9",
    ):
        engine = get_search_engine()
        assert engine.name == "elasticsearch"
        assert engine.health() == {"engine": "elasticsearch", "status": "unavailable"}
