"""Settings come from the environment; bad values stop start-up with one sentence."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db.utils import ConnectionHandler

from hub.settings.environment import Environment

PROJECT = Path(__file__).resolve().parents[3]
SQLITE_DEFAULT = "sqlite:////tmp/hub-test.sqlite3"


def database(url, conn_max_age=60):
    return Environment({"DATABASE_URL": url}).database(
        "DATABASE_URL", SQLITE_DEFAULT, conn_max_age=conn_max_age
    )


def test_postgres_url_gives_a_persistent_health_checked_connection():
    config = database("postgres://hub:s%40cret@db.internal:5433/hub")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["PORT"], config["NAME"]) == ("db.internal", 5433, "hub")
    assert config["PASSWORD"] == "s@cret"
    assert config["CONN_MAX_AGE"] == 60
    assert config["CONN_HEALTH_CHECKS"] is True


def test_conn_max_age_zero_closes_connections_and_skips_health_checks():
    config = database("postgres://hub@127.0.0.1/hub", conn_max_age=0)
    assert config["CONN_MAX_AGE"] == 0
    assert config["CONN_HEALTH_CHECKS"] is False


def test_without_database_url_the_default_sqlite_file_is_used():
    config = Environment({}).database("DATABASE_URL", SQLITE_DEFAULT, conn_max_age=60)
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["NAME"] == "/tmp/hub-test.sqlite3"


def test_sqlite_runs_in_wal_mode_and_writers_take_the_lock_at_begin(tmp_path, django_db_blocker):
    """What `make run` needs when autosave, the editing-session ping and a submit overlap
    (tests/hub/core/test_sqlite_concurrency.py): readers never wait, and a writer waits up to
    20 s for the lock instead of failing at once with `database is locked`."""
    config = database(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    assert config["OPTIONS"] == {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    # A connection of its own to a file of its own, not the suite's test database.
    connection = ConnectionHandler({"default": config})["default"]
    try:
        with django_db_blocker.unblock(), connection.cursor() as cursor:
            pragmas = {}
            for name in ("journal_mode", "synchronous", "busy_timeout"):
                cursor.execute(f"PRAGMA {name}")
                pragmas[name] = cursor.fetchone()[0]
    finally:
        connection.close()
    assert pragmas == {"journal_mode": "wal", "synchronous": 1, "busy_timeout": 20_000}
    assert connection.transaction_mode == "IMMEDIATE"


def test_options_in_a_sqlite_url_override_the_defaults():
    config = database("sqlite:////tmp/hub-test.sqlite3?timeout=5")
    assert config["OPTIONS"]["timeout"] == 5
    assert config["OPTIONS"]["transaction_mode"] == "IMMEDIATE"


def test_postgres_gets_no_sqlite_options():
    assert database("postgres://hub@db.internal:5432/hub").get("OPTIONS", {}) == {}


@pytest.mark.parametrize(
    ("url", "complaint"),
    [
        ("not a url", "must start with postgres:// or sqlite://"),
        ("mysql://hub@127.0.0.1/hub", "must start with postgres:// or sqlite://"),
        ("postgres://hub@127.0.0.1:port/hub", "is not a valid database URL"),
        ("postgres://", "must name a host and a database"),
        ("postgres://127.0.0.1", "must name a host and a database"),
    ],
)
def test_malformed_database_url_is_refused_with_a_sentence(url, complaint):
    with pytest.raises(ImproperlyConfigured) as error:
        database(url)
    assert str(error.value).startswith("DATABASE_URL ")
    assert complaint in str(error.value)


@pytest.mark.parametrize(
    ("values", "reader", "message"),
    [
        ({"CONN_MAX_AGE": "a minute"}, lambda env: env.int("CONN_MAX_AGE", 60), "whole number"),
        ({"CONN_MAX_AGE": "-5"}, lambda env: env.int("CONN_MAX_AGE", 60), "at least 0"),
        ({"EMAIL_USE_TLS": "maybe"}, lambda env: env.bool("EMAIL_USE_TLS", False), "true or"),
    ],
)
def test_bad_typed_values_name_the_variable(values, reader, message):
    with pytest.raises(ImproperlyConfigured) as error:
        reader(Environment(values))
    assert str(error.value).startswith(next(iter(values)))
    assert message in str(error.value)


def test_lists_are_comma_separated():
    env = Environment({"ALLOWED_HOSTS": " hub.example.org, www.hub.example.org ,"})
    assert env.list("ALLOWED_HOSTS") == ["hub.example.org", "www.hub.example.org"]


def run_manage(*args, **environment):
    """manage.py in a clean process with exactly these variables (plus PATH)."""
    env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), **environment}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_malformed_database_url_stops_start_up_without_a_traceback():
    result = run_manage("check", DATABASE_URL="postgres://hub@127.0.0.1:port/hub")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Configuration error: DATABASE_URL is not a valid database URL")


def test_production_refuses_to_start_without_secret_key():
    result = run_manage(
        "check", DJANGO_SETTINGS_MODULE="hub.settings.production", ALLOWED_HOSTS="hub.example.org"
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "SECRET_KEY is not set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_manage(
        "check", DJANGO_SETTINGS_MODULE="hub.settings.production", SECRET_KEY="x" * 60
    )
    assert result.returncode == 1
    assert "ALLOWED_HOSTS is not set" in result.stderr


def test_gunicorn_entry_point_refuses_to_start_without_secret_key():
    env = {"PATH": os.environ["PATH"], "ALLOWED_HOSTS": "hub.example.org"}
    result = subprocess.run(
        [sys.executable, "-c", "import hub.wsgi"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "Configuration error: SECRET_KEY is not set" in result.stderr


def test_production_settings_pass_the_deployment_checklist_without_warnings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="hub.settings.production",
        SECRET_KEY="k3v9-production-like-secret-Q2m8xZr7LpW4nB6tYc1uHs5dFg0jKe3aVo9iT",
        ALLOWED_HOSTS="hub.example.org",
        CSRF_TRUSTED_ORIGINS="https://hub.example.org",
        DATABASE_URL="postgres://hub:secret@127.0.0.1:5432/hub",
        WAGTAILADMIN_BASE_URL="https://hub.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


def machine_translator(**environment):
    env = {"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "hub.settings.test", **environment}
    code = (
        "from django.conf import settings; "
        "print(getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', {}).get('CLASS', 'none'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


def test_machine_translation_only_with_a_deepl_key():
    assert machine_translator() == "none"
    assert (
        machine_translator(DEEPL_API_KEY="0000-test:fx")
        == "wagtail_localize.machine_translators.deepl.DeepLTranslator"
    )
