"""What /healthz/ reports: the database, and what the other parts of the site register here
(search registers its engine and its outbox from its AppConfig.ready), so that this ground
floor imports none of them."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import DatabaseError, connection


@dataclass(frozen=True)
class HealthCheck:
    name: str
    check: Callable[[], dict]
    # A check that reads the database is not asked while the database is down.
    needs_database: bool


_checks: dict[str, HealthCheck] = {}


def register_health_check(name: str, check: Callable[[], dict], *, needs_database: bool = False):
    """`check` answers a dict with a "status", "ok" when healthy; the report lists it under
    `name`, in the order of registration. Registering a name again replaces its check."""
    _checks[name] = HealthCheck(name, check, needs_database)


def database_health() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        # Django marks the connection as failed; the end of the request closes it, so a broken
        # persistent connection is not reused.
        return {"status": "unavailable"}
    return {"status": "ok", "vendor": connection.vendor}


def site_health() -> tuple[dict, int]:
    """The report and its HTTP status: 503 only when the database is down, because pages
    are still served (and publishing still works) while another part is unavailable or behind."""
    database = database_health()
    database_up = database["status"] == "ok"
    parts = {
        health.name: health.check()
        for health in _checks.values()
        if database_up or not health.needs_database
    }
    if not database_up:
        return {"status": "unavailable", "database": database, **parts}, 503
    all_ok = all(part["status"] == "ok" for part in parts.values())
    return {"status": "ok" if all_ok else "degraded", "database": database, **parts}, 200
