"""What the library page and the API call to search: the configured engine behind the read
path's safety net. Every hit is checked against the database before anything is shown, so a
stale index (an update missed or still queued) never shows a draft, unpublished, deleted or
private page; the stale pages are queued for the worker to reconcile."""

import logging
from dataclasses import replace

from search.documents import visible_page_ids
from search.engines import get_search_engine
from search.engines.base import SearchQuery, SearchResults
from search.outbox import enqueue

logger = logging.getLogger(__name__)


def search(query: SearchQuery) -> SearchResults:
    """Raises SearchEngineError when the engine cannot answer."""
    results = get_search_engine().search(query)
    if not results.hits:
        return results
    candidates = {hit.page_id for hit in results.hits} | {
        hit.matched_page_id for hit in results.hits
    }
    visible = visible_page_ids(candidates)
    hits = []
    for hit in results.hits:
        if hit.page_id in visible:
            hits.append(hit)
        elif hit.matched_page_id in visible:
            # The reader's version went private or was unpublished: show the one that matched.
            hits.append(replace(hit, page_id=hit.matched_page_id, language=hit.matched_language))
    stale = candidates - visible
    if stale:
        logger.warning("Search index returned pages that are not public now: %s", sorted(stale))
        enqueue(stale, "stale in index")
    dropped = len(results.hits) - len(hits)
    return replace(results, hits=hits, count=max(results.count - dropped, 0))


def suggest(text: str, language: str, limit: int = 8) -> list[str]:
    return get_search_engine().suggest(text, language, limit)
