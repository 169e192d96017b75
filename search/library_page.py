"""The library page's search, rendered: what `ResourceLibraryPage` serves at its index through
the LIBRARY_SEARCH_VIEW setting (so the page model imports nothing of search). The search
itself is `search.library`'s, shared with the API; this module forgives bad input with
notices, answers 404, 429 and 503 pages, and builds the sort choices, the facets and the links
that remove a filter."""

import logging
from dataclasses import dataclass

from django.http import Http404
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from hub.core.rate_limits import ClientRate, too_many_requests
from search.engines.base import FACETS, SearchEngineError
from search.library import BeyondResultWindow, NoSuchResultsPage, TooManySearches, search_library
from search.query import parse_search, topic_keys_by_slug

logger = logging.getLogger(__name__)

# The library without a search changes only when something is published: shared caches may
# keep it for a few minutes.
LANDING_MAX_AGE = 300
# When the search engine is down, readers and crawlers are asked to come back after this.
RETRY_AFTER_SECONDS = 120
# The engine's facets as the library names them, in the reader's language.
FACET_LEGENDS = {
    "type": gettext_lazy("Type"),
    "topic": gettext_lazy("Topic"),
    "available_in": gettext_lazy("Available in"),
    "year": gettext_lazy("Year"),
    "region": gettext_lazy("Country or region"),
}


@dataclass
class Facet:
    name: str
    legend: str
    options: list


@dataclass
class ActiveFilter:
    legend: str
    label: str
    remove_url: str


@dataclass
class SortOption:
    value: str
    label: str
    selected: bool


def sort_options(query):
    """The sort choices. The first, sent as no value, is the default: relevance for a text
    search, newest first for browsing; so a reader who browsed and then types a query gets
    relevance, not the browsing order."""
    if query.text:
        default = SortOption("", _("Relevance"), query.sort == "relevance")
        others = ("newest", "oldest")
    else:
        default = SortOption("", _("Newest first"), query.sort == "newest")
        others = ("oldest",)
    labels = {"newest": _("Newest first"), "oldest": _("Oldest first")}
    return [default] + [
        SortOption(value, labels[value], not default.selected and query.sort == value)
        for value in others
    ]


def without(params, *names):
    """A mutable copy of a QueryDict without the page number and the named parameters: every
    link that changes the search starts again from its first page."""
    params = params.copy()
    for name in ("page", *names):
        params.pop(name, None)
    return params


def mark_as_search_results(response):
    """What a reader searched for is kept by no cache and listed by no search engine."""
    response["X-Robots-Tag"] = "noindex"
    patch_cache_control(response, private=True, no_store=True)


def too_many_searches(request, seconds):
    """Over SEARCH_PAGE_RATE: a 429 page before the engine runs and before the query is
    counted in the search analytics."""
    response = too_many_requests(
        request,
        seconds,
        _("Too many searches"),
        ngettext(
            "You have searched many times in a short while. Please wait %(seconds)d second, "
            "then search again.",
            "You have searched many times in a short while. Please wait %(seconds)d seconds, "
            "then search again.",
            seconds,
        )
        % {"seconds": seconds},
    )
    mark_as_search_results(response)
    return response


def serve_library_search(library, request):
    """The library is its own search: browsing is the empty query sorted newest first, so
    every visit goes through the search engine, with facets, whatever the parameters."""
    parsed = parse_search(request.GET, library.locale.language_code)
    query = parsed.query
    if "page" in parsed.errors:
        raise Http404(_("There is no such page of results."))
    context = {
        "parsed": parsed,
        "query": query,
        "notices": parsed.notices,
        "sort_options": sort_options(query),
        "topics": library.topics_in_use(),
    }
    try:
        search = search_library(parsed, request, throttle=ClientRate("SEARCH_PAGE_RATE", "library"))
    except (BeyondResultWindow, NoSuchResultsPage):
        raise Http404(_("There is no such page of results.")) from None
    except TooManySearches as refused:
        return too_many_searches(request, refused.seconds)
    except SearchEngineError:
        # Logged without the query: search terms are personal data here.
        logger.warning("The library could not search: the search engine is unavailable.")
        response = library.render(request, context_overrides={**context, "unavailable": True})
        # A 503 keeps outages visible to monitoring and tells crawlers to come back.
        response.status_code = 503
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        mark_as_search_results(response)
        return response
    response = library.render(
        request, context_overrides={**context, **results_context(library, request, search)}
    )
    if parsed.is_search:
        mark_as_search_results(response)
    else:
        patch_cache_control(response, public=True, max_age=LANDING_MAX_AGE)
    return response


def results_context(library, request, search):
    query, options, results = search.query, search.options, search.results
    # A topic may be in the URL by its slug in another language; removing it must match
    # every slug of the same topic.
    topic_keys = {}
    if "topic" in query.filters:
        topic_keys = topic_keys_by_slug(
            {*request.GET.getlist("topic"), *(option.value for option in options["topic"])}
        )
    return {
        "results": results,
        "cards": search.cards,
        "facets": [
            Facet(name, FACET_LEGENDS[name], options[name]) for name in FACETS if options[name]
        ],
        "active_filters": active_filters(library, request, options, topic_keys),
        "clear_filters_url": library.url_with(request, without(request.GET, *FACETS)),
        "popular_topics": [] if results.count else library.popular_topics(),
        "page_count": search.page_count,
        "previous_page": query.page - 1 if query.page > 1 else None,
        "next_page": query.page + 1 if query.page < search.page_count else None,
    }


def active_filters(library, request, options, topic_keys):
    """Each chosen facet value with a link to the same search without it."""

    def same_value(facet, raw, value):
        if facet == "topic":
            return raw in topic_keys and topic_keys[raw] == topic_keys.get(value)
        return raw == value

    chosen = []
    for facet in FACETS:
        for option in options[facet]:
            if not option.selected:
                continue
            params = without(request.GET)
            params.setlist(
                facet,
                [
                    raw
                    for raw in request.GET.getlist(facet)
                    if not same_value(facet, raw, option.value)
                ],
            )
            chosen.append(
                ActiveFilter(FACET_LEGENDS[facet], option.label, library.url_with(request, params))
            )
    return chosen
