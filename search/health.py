"""Search's parts of /healthz/, registered with hub.core.health by SearchConfig.ready."""

from django.db import DatabaseError

from search.engines import get_search_engine
from search.outbox import pending_counts


def engine_health() -> dict:
    return get_search_engine().health()


def outbox_health() -> dict:
    """Changes waiting for the search index, and those that failed at least once (one indexed
    count). Failed entries mean search shows stale results until the engine takes them."""
    try:
        counts = pending_counts()
    except DatabaseError:
        return {"status": "unavailable"}
    return {"status": "ok" if counts["failed"] == 0 else "failing", **counts}
