"""The public JSON search API at /api/search/, for partner sites and apps.

It reads the library page's parameters through the same parser (`search.query.parse_search`),
so the page and the API agree on what a query means; where the page forgives bad input, the API
answers 400 with a message per parameter. Counts are of publications, as everywhere in search.
The OpenAPI description is served at /api/search/schema/; there is no docs page, since ninja's
loads its scripts from a CDN and the site allows no third-party scripts.
"""

import datetime
import math
import threading
from typing import Annotated, Literal

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import Throttled, ValidationError
from ninja.throttling import BaseThrottle

from hub.core.rate_limits import ClientRate
from hub.resources.models.library import publication_types
from hub.resources.regions import REGION_CODES
from hub.resources.sharing import language_name
from search import service
from search.analytics import record_search
from search.engines.base import SCOPES, SORTS, SearchEngineError
from search.promotions import promoted_for
from search.query import (
    MAX_PAGE_SIZE,
    MAX_QUERY_LENGTH,
    MAX_RESULT_WINDOW,
    PAGE_SIZE,
    languages,
    last_page,
    parse_search,
    past_result_window,
)
from search.results import LanguageVersion, ResultCard, build_cards, facet_options

# Results for a text query say what a reader searched for: no shared cache may keep them. An
# empty query only browses the public library, which changes at most every few minutes.
PRIVATE = "private, no-store"
BROWSE = "public, max-age=60"

LanguageCode = Literal[tuple(languages())]
PublicationType = Literal[tuple(publication_types())]
RegionCode = Literal[tuple(REGION_CODES)]


# -- throttling ------------------------------------------------------------------------------


class ClientThrottle(BaseThrottle):
    """Ninja keeps one throttle object per endpoint for every request and thread, and its rate
    throttles keep the request being checked on themselves; this one checks each request with a
    throttle of its own, held per thread until ninja asks how long to wait. Clients are named
    as everywhere (hub.core.clients: TRUSTED_PROXIES), by a keyed hash in the cache."""

    def __init__(self, setting: str, scope: str):
        self.setting, self.scope = setting, scope
        self._checking = threading.local()

    def allow_request(self, request):
        self._checking.throttle = ClientRate(self.setting, self.scope)
        return self._checking.throttle.allow_request(request)

    def wait(self):
        return self._checking.throttle.wait()


# -- schemas -----------------------------------------------------------------------------------


class ErrorResponse(Schema):
    detail: str = Field(description="What went wrong, in the requested language.")
    errors: dict[str, str] = Field(
        default_factory=dict,
        description="For a 400: a message for each parameter that was refused, by its name.",
    )


class SearchParameters(Schema):
    q: str = Field(
        "",
        description=(
            f"Words to search for, as plain text (quotes, operators, `field:value` and `*` have "
            f"no special meaning). At most {MAX_QUERY_LENGTH} characters, not counting control "
            f"and direction marks. Empty: browse the library."
        ),
        json_schema_extra={"maxLength": MAX_QUERY_LENGTH},
    )
    lang: LanguageCode = Field(
        settings.LANGUAGE_CODE,
        description="The reader's language: of the results shown, the labels and the messages.",
    )
    scope: Literal[SCOPES] = Field(
        "lang",
        description="`lang`: publications in the reader's language; `all`: in every language, "
        "each shown in the reader's language where it exists.",
    )
    type: list[PublicationType] = Field(
        default_factory=list, description="Publication types; repeat for several (any of them)."
    )
    topic: list[str] = Field(
        default_factory=list,
        description="Topic slugs (in any language), as `facets.topic[].value` gives them; "
        "repeat for several.",
    )
    available_in: list[LanguageCode] = Field(
        default_factory=list,
        description="Publications that exist in any of these languages; repeat for several.",
    )
    year: list[Annotated[int, Field(ge=1900, le=2099)]] = Field(
        default_factory=list, description="Years of publication; repeat for several."
    )
    region: list[RegionCode] = Field(
        default_factory=list,
        description="Countries or regions the publications are about (ISO 3166 codes).",
    )
    # No default value: it depends on whether there is a query, which the description says.
    sort: Literal[SORTS] = Field(
        None,
        description="Default: `relevance` with a query, `newest` without.",
        json_schema_extra=lambda schema: schema.pop("default", None),
    )
    page: int = Field(
        1,
        ge=1,
        description="Page number; past the last page is a 400. Pages reach the first "
        f"{MAX_RESULT_WINDOW:,} results.",
    )
    page_size: int = Field(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description="Results per page.")


class SuggestParameters(Schema):
    q: str = Field(
        "",
        description=f"What the reader has typed so far; at most {MAX_QUERY_LENGTH} characters.",
        json_schema_extra={"maxLength": MAX_QUERY_LENGTH},
    )
    lang: LanguageCode = Field(settings.LANGUAGE_CODE, description="The reader's language.")


class LanguageVersionOut(Schema):
    code: str
    name: str = Field(description="The language's own name for itself.")
    url: str = Field(description="Absolute URL of the publication in this language.")


class HighlightOut(Schema):
    html: str = Field(description="A passage with the matches in <mark>; escaped, safe as HTML.")
    source: Literal["title", "summary", "body", "attachment"]


class ResultOut(Schema):
    title: str
    url: str = Field(description="Absolute URL of the publication in `language`.")
    type: PublicationType
    type_label: str
    language: LanguageCode = Field(
        description="The version shown: the reader's language where the publication has it."
    )
    languages: list[LanguageVersionOut] = Field(
        description="Every language the publication exists in, this one included."
    )
    date: datetime.date
    summary: str
    authors: list[str]
    highlight: HighlightOut | None
    matched_language: LanguageCode | None = Field(
        description="Set when the query matched another language's version (scope `all`)."
    )
    promoted: bool = Field(description="Chosen by the editors for this query; shown first.")


class FacetOptionOut(Schema):
    value: str = Field(description="What to pass in the parameter of the same name.")
    label: str = Field(description="The value's name in the requested language.")
    count: int = Field(description="Publications this choice would give.")
    selected: bool


class FacetsOut(Schema):
    type: list[FacetOptionOut]
    topic: list[FacetOptionOut]
    available_in: list[FacetOptionOut]
    year: list[FacetOptionOut]
    region: list[FacetOptionOut]


class SearchResponse(Schema):
    count: int = Field(description="Publications found (each counted once, in any language).")
    page: int
    page_size: int
    pages: int = Field(description="Pages that may be asked for (0 when nothing was found).")
    results: list[ResultOut]
    facets: FacetsOut
    suggestion: str | None = Field(
        description="Did you mean: a respelling of a query that found nothing, or null."
    )


class SuggestResponse(Schema):
    suggestions: list[str]


ERRORS = {
    400: ErrorResponse,
    429: ErrorResponse,
    503: ErrorResponse,
}

api = NinjaAPI(
    title="Manara search API",
    version="1.0.0",
    description=(
        "Search the Manara library of publications in English, Arabic and Hebrew. Read-only, "
        "readable from any origin, rate-limited per client (429 with Retry-After)."
    ),
    urls_namespace="search-api",
    openapi_url="/schema/",
    docs_url=None,
)


# -- errors ------------------------------------------------------------------------------------


def error_response(request, status: int, errors: dict[str, str], detail: str = ""):
    response = api.create_response(
        request,
        {
            "detail": detail
            or " ".join(errors.values())
            or _("The request's parameters are not valid."),
            "errors": errors,
        },
        status=status,
    )
    response["Cache-Control"] = "no-store"
    patch_vary_headers(response, ("Origin",))
    return response


def language_error(value: str) -> str:
    return _("Unknown language “%(value)s”: use one of %(languages)s.") % {
        "value": value,
        "languages": ", ".join(languages()),
    }


@api.exception_handler(ValidationError)
def refuse_invalid_parameters(request, exc):
    """Parameters that fail their declared types: the messages come from the page's parser
    where it knows the parameter, so both say the same; otherwise a plain one per parameter."""
    language = request.GET.get("lang") or settings.LANGUAGE_CODE
    errors = {}
    if language not in languages():
        errors["lang"] = language_error(language)
        language = translation.get_language()
    with translation.override(language):
        errors.update(parse_search(request.GET, language, api=True).errors)
        for error in exc.errors:
            # ("query", name), or ("query", "parameters", name, index) for a list's item.
            name = next((part for part in error["loc"][1:] if part in request.GET), "")
            if name and name not in errors:
                errors[name] = _("“%(value)s” is not a valid value for %(name)s.") % {
                    "value": ", ".join(request.GET.getlist(name)),
                    "name": name,
                }
        return error_response(request, 400, errors)


@api.exception_handler(Throttled)
def refuse_too_many_requests(request, exc):
    return error_response(
        request,
        429,
        {},
        _("Too many requests from this client: please wait %(seconds)d seconds.")
        % {"seconds": math.ceil(exc.wait or 1)},
    )


def unavailable(request):
    return error_response(
        request,
        503,
        {},
        _("Search is unavailable right now: please try again in a few minutes."),
    )


# -- endpoints ---------------------------------------------------------------------------------


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
        query = parsed.query
        if past_result_window(query):
            return error_response(request, 400, {"page": beyond_result_window()})
        try:
            results = service.search(query)
        except SearchEngineError:
            return unavailable(request)
        pages = last_page(results.count, query.page_size) if results.count else 0
        if query.page > max(pages, 1):
            return error_response(request, 400, {"page": no_such_page(pages)})
        promoted = []
        if query.text and query.page == 1:
            promoted = promoted_for(query.text, language)
            # Once per search, not once per page of it (as the library page counts).
            record_search(query.text, language, results.count)
        cards = build_cards(results.hits, request, promoted)
        body = {
            "count": results.count,
            "page": query.page,
            "page_size": query.page_size,
            "pages": pages,
            "results": [result_item(card, request) for card in cards],
            "facets": {
                facet: [
                    {
                        "value": option.value,
                        "label": option.label,
                        "count": option.count,
                        "selected": option.selected,
                    }
                    for option in options
                ]
                for facet, options in facet_options(results, query).items()
            },
            "suggestion": results.suggestion,
        }
    response["Cache-Control"] = PRIVATE if query.text else BROWSE
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


def beyond_result_window() -> str:
    return _("Results reach only the first %(limit)d; narrow the search instead.") % {
        "limit": MAX_RESULT_WINDOW
    }


def no_such_page(pages: int) -> str:
    return _("There is no such page: the last page is %(last)d.") % {"last": max(pages, 1)}


def result_item(card: ResultCard, request) -> dict:
    page = card.page
    # From the page's class: promoted pages may come as the base PublicationPage.
    model = page.specific_class
    own = LanguageVersion(card.language, language_name(card.language), page.get_url(request))
    order = {code: position for position, code in enumerate(languages())}
    versions = sorted([own, *card.other_languages], key=lambda version: order[version.code])
    return {
        "title": page.title,
        "url": request.build_absolute_uri(own.url),
        "type": model.publication_type,
        "type_label": str(model._meta.verbose_name).capitalize(),
        "language": card.language,
        "languages": [
            {
                "code": version.code,
                "name": version.name,
                "url": request.build_absolute_uri(version.url),
            }
            for version in versions
        ],
        "date": page.publication_date,
        "summary": page.summary,
        "authors": [person.name for person in page.localized_authors],
        "highlight": (
            {"html": card.highlight.html, "source": card.highlight.source}
            if card.highlight
            else None
        ),
        "matched_language": card.matched_language.code if card.matched_language else None,
        "promoted": card.promoted,
    }


def urls():
    """The API's URL patterns. Its views only read (a search's count is written in a savepoint
    of its own), so they run outside the per-request transaction that ATOMIC_REQUESTS opens for
    the editors' actions: the description needs no database at all."""
    patterns, app_name, namespace = api.urls
    for pattern in patterns:
        transaction.non_atomic_requests(pattern.callback)
    return patterns, app_name, namespace
