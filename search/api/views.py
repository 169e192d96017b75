"""The search API's endpoints: the library's search and the completion of a query."""

from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils import translation
from django.utils.cache import patch_vary_headers
from ninja import Query

from search import service
from search.api.app import api
from search.api.errors import beyond_result_window, error_response, no_such_page, unavailable
from search.api.schemas import (
    ERRORS,
    SearchParameters,
    SearchResponse,
    SuggestParameters,
    SuggestResponse,
)
from search.api.serialisation import search_body
from search.api.throttling import ClientThrottle
from search.engines.base import SearchEngineError
from search.library import BeyondResultWindow, NoSuchResultsPage, search_library
from search.query import parse_search

# Results for a text query say what a reader searched for: no shared cache may keep them. An
# empty query only browses the public library, which changes at most every few minutes.
PRIVATE = "private, no-store"
BROWSE = "public, max-age=60"


@api.get(
    "/",
    response={200: SearchResponse, **ERRORS},
    throttle=ClientThrottle("SEARCH_API_RATE", "search"),
    operation_id="search",
    summary="Search publications",
    description="Publications matching the query, grouped (one result per publication, "
    "in the reader's language where it exists), with counts per facet value.",
)
def search_publications(
    request: HttpRequest, response: HttpResponse, parameters: Query[SearchParameters]
):
    language = parameters.lang
    with translation.override(language):
        parsed = parse_search(request.GET, language, api=True)
        if parsed.errors:
            return error_response(request, 400, parsed.errors)
        try:
            search = search_library(parsed, request)
        except BeyondResultWindow:
            return error_response(request, 400, {"page": beyond_result_window()})
        except NoSuchResultsPage as missing:
            return error_response(request, 400, {"page": no_such_page(missing.last)})
        except SearchEngineError:
            return unavailable(request)
        body = search_body(search, request)
    response["Cache-Control"] = PRIVATE if search.query.text else BROWSE
    patch_vary_headers(response, ("Origin",))
    return body


@api.get(
    "/suggest/",
    response={200: SuggestResponse, **ERRORS},
    throttle=ClientThrottle("SEARCH_SUGGEST_RATE", "suggest"),
    operation_id="suggest",
    summary="Complete a query",
    description="Completions of the last word typed, from the words of the library in the "
    "language, most frequent first. An empty query gives an empty list.",
)
def suggest(request: HttpRequest, response: HttpResponse, parameters: Query[SuggestParameters]):
    language = parameters.lang
    with translation.override(language):
        # Only the text: the other parameters of a search mean nothing here.
        parsed = parse_search(QueryDict.fromkeys(["q"], parameters.q), language, api=True)
        if parsed.errors:
            return error_response(request, 400, parsed.errors)
        text = parsed.query.text
        try:
            suggestions = service.suggest(text, language) if text else []
        except SearchEngineError:
            return unavailable(request)
    response["Cache-Control"] = PRIVATE if text else BROWSE
    patch_vary_headers(response, ("Origin",))
    return {"suggestions": suggestions}
