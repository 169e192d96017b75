"""What /healthz/ reports: the database and the public search engine."""

from django.db import DatabaseError, connection

from search.engines import get_search_engine


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
    are still served (and publishing still works) while search is unavailable."""
    database = database_health()
    search = get_search_engine().health()
    healthy = database["status"] == "ok"
    report = {
        "status": ("ok" if search["status"] == "ok" else "degraded") if healthy else "unavailable",
        "database": database,
        "search": search,
    }
    return report, 200 if healthy else 503
