"""The library's search, one use case for the library page and /api/search/ alike: a parsed
query in; the results, their cards (promoted publications first) and the facet options out.
The page and the API differ only in how they answer what this raises and how they render
what it returns, so the same parameters give the same hits, counts, facets and order."""

from dataclasses import dataclass, replace

from hub.resources.catalogue import PublicationPage, Topic
from search import service
from search.analytics import record_search
from search.engines.base import FACETS, FacetCount, SearchResults
from search.promotions import promoted_for
from search.query import ParsedSearch, last_page, past_result_window
from search.results import FacetOption, ResultCard, build_cards, facet_options


class BeyondResultWindow(Exception):
    """The page asked for lies past the result window: no engine is asked for it."""


class TooManySearches(Exception):
    def __init__(self, seconds: int):
        super().__init__(seconds)
        self.seconds = seconds


class NoSuchResultsPage(Exception):
    def __init__(self, last: int):
        super().__init__(last)
        self.last = last


@dataclass
class LibrarySearch:
    parsed: ParsedSearch
    results: SearchResults
    cards: list[ResultCard]
    options: dict[str, list[FacetOption]]
    # The last page that may be asked for: at least 1, even when nothing was found.
    page_count: int

    @property
    def query(self):
        return self.parsed.query


def search_library(parsed: ParsedSearch, request, *, throttle=None) -> LibrarySearch:
    """Raises BeyondResultWindow, TooManySearches (a text search refused by `throttle`, a
    ClientRate, before the engine runs and before the query is counted), SearchEngineError and
    NoSuchResultsPage."""
    query = parsed.query
    if past_result_window(query):
        raise BeyondResultWindow
    if query.text and throttle is not None and not throttle.allow_request(request):
        raise TooManySearches(throttle.wait())
    results = service.search(query)
    page_count = last_page(results.count, query.page_size)
    if query.page > page_count:
        raise NoSuchResultsPage(page_count)
    promoted = []
    if query.text and query.page == 1:
        promoted = promoted_for(query.text, query.language)
        # Once per search, not once per page of it.
        record_search(query.text, query.language, results.count)
    options = facet_options(with_chosen_values(results, query), query)
    # Newest year first, however the engine ordered them.
    options["year"].sort(key=lambda option: option.value, reverse=True)
    return LibrarySearch(
        parsed=parsed,
        results=results,
        cards=build_cards(results.hits, request, promoted),
        options=options,
        page_count=page_count,
    )


def with_chosen_values(results, query):
    """The results with every chosen facet value among the facet counts (at 0 when the query
    excludes it), so a reader always sees, and can untick, what they chose. A topic that no
    live, public publication has is left out: its name would be shown to whoever guessed its
    slug."""
    facets = {}
    for facet in FACETS:
        counts = list(results.facets.get(facet, []))
        counted = {count.value for count in counts}
        missing = query.filter_values(facet) - counted
        if facet == "topic" and missing:
            missing = topics_of_public_publications(missing)
        counts += [FacetCount(value, 0) for value in sorted(missing)]
        facets[facet] = counts
    return replace(results, facets=facets)


def topics_of_public_publications(keys):
    """Those of these topic translation keys that a live, public publication (in any language:
    a search may cover all of them) has."""
    return {
        str(key)
        for key in Topic.objects.filter(
            translation_key__in=keys,
            pk__in=PublicationPage.objects.live().public().values("topics__topic"),
        ).values_list("translation_key", flat=True)
    }
