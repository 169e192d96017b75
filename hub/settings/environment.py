"""Reading the process environment once, with errors that name the variable at fault."""

import os
from collections.abc import Mapping

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}
SUPPORTED_DATABASE_SCHEMES = {"postgres", "postgresql", "pgsql", "sqlite"}
# SQLite as `make run` serves it, several requests at once (Django 5.2's OPTIONS):
SQLITE_OPTIONS = {
    # WAL: readers and the one writer never wait for each other. NORMAL syncs at checkpoints,
    # not at every commit: safe against a crash of the process, and in WAL mode the database
    # stays consistent even on power loss (only the last commits may be lost).
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    # A transaction takes the write lock as it begins. A deferred one that read first cannot
    # get it while another writes: SQLite answers `database is locked` at once, without
    # waiting, when Wagtail's autosave, editing-session ping and submit overlap.
    "transaction_mode": "IMMEDIATE",
    # Seconds a transaction waits for the write lock (Python's default is 5), below gunicorn's
    # 30-second worker timeout.
    "timeout": 20,
}


class Environment:
    """Typed access to environment variables; every bad value raises ImproperlyConfigured."""

    def __init__(self, values: Mapping[str, str] | None = None):
        self.values = dict(os.environ if values is None else values)

    def str(self, name: str, default: str = "") -> str:
        return self.values.get(name, default).strip()

    def bool(self, name: str, default: bool) -> bool:
        if name not in self.values:
            return default
        word = self.values[name].strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise ImproperlyConfigured(
            f"{name} must be true or false (1/0, yes/no, on/off), not {self.values[name]!r}."
        )

    def int(self, name: str, default: int, minimum: int = 0) -> int:
        if name not in self.values or not self.values[name].strip():
            return default
        try:
            number = int(self.values[name].strip())
        except ValueError:
            raise ImproperlyConfigured(
                f"{name} must be a whole number, not {self.values[name]!r}."
            ) from None
        if number < minimum:
            raise ImproperlyConfigured(f"{name} must be at least {minimum}, not {number}.")
        return number

    def list(self, name: str, default: list[str] | None = None) -> list[str]:
        if name not in self.values:
            return list(default or [])
        return [item.strip() for item in self.values[name].split(",") if item.strip()]

    def database(self, name: str, default: str, conn_max_age: int) -> dict:
        url = self.str(name) or default
        example = "postgres://user:password@127.0.0.1:5432/hub or sqlite:///var/hub.sqlite3"
        scheme = url.partition("://")[0].lower()
        if scheme not in SUPPORTED_DATABASE_SCHEMES:
            raise ImproperlyConfigured(
                f"{name} must start with postgres:// or sqlite://, e.g. {example}."
            )
        try:
            config = dj_database_url.parse(
                url, conn_max_age=conn_max_age, conn_health_checks=conn_max_age > 0
            )
        except ValueError:
            raise ImproperlyConfigured(
                f"{name} is not a valid database URL (check the port and that special "
                f"characters in the password are %-encoded), e.g. {example}."
            ) from None
        if scheme == "sqlite":
            config["OPTIONS"] = {**SQLITE_OPTIONS, **config.get("OPTIONS", {})}
        elif not (config.get("NAME") and config.get("HOST")):
            raise ImproperlyConfigured(f"{name} must name a host and a database, e.g. {example}.")
        return config
