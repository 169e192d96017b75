"""settings decide the engine once, from ELASTICSEARCH_URL and DATABASE_URL."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]


def configured_engine(**environment) -> str:
    env = {"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "hub.settings.test", **environment}
    result = subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; print(settings.SEARCH_ENGINE)"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


@pytest.mark.parametrize(
    ("environment", "engine"),
    [
        ({}, "search.engines.sqlite.SqliteSearchEngine"),
        (
            {"DATABASE_URL": "postgres://hub@127.0.0.1:5432/hub"},
            "search.engines.postgres.PostgresSearchEngine",
        ),
        (
            {
                "DATABASE_URL": "postgres://hub@127.0.0.1:5432/hub",
                "ELASTICSEARCH_URL": "http://elastic:secret@127.0.0.1:9200",
            },
            "search.engines.elasticsearch.ElasticsearchSearchEngine",
        ),
    ],
)
def test_engine_follows_the_environment(environment, engine):
    assert configured_engine(**environment) == engine
