"""What /healthz/ reports: the database, the public search engine and its outbox."""

from django.db import DatabaseError, connection

from search.engines import get_search_engine
from search.outbox import pending_counts


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


def outbox_health() -> dict:
    """Changes waiting for the search index, and those that failed at least once (one indexed
    count). Failed entries mean search shows stale results until the engine takes them."""
    try:
        counts = pending_counts()
    except DatabaseError:
        return {"status": "unavailable"}
    return {"status": "ok" if counts["failed"] == 0 else "failing", **counts}


def site_health() -> tuple[dict, int]:
    """The report and its HTTP status: 503 only when the database is down, because pages
    are still served (and publishing still works) while search is unavailable or behind."""
    database = database_health()
    search = get_search_engine().health()
    if database["status"] != "ok":
        return {"status": "unavailable", "database": database, "search": search}, 503
    search_outbox = outbox_health()
    search_ok = search["status"] == "ok" and search_outbox["status"] == "ok"
    report = {
        "status": "ok" if search_ok else "degraded",
        "database": database,
        "search": search,
        "search_outbox": search_outbox,
    }
    return report, 200
