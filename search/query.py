"""Request parameters → one validated SearchQuery, shared by the library page and the JSON API.

Both read the same parameters (`q`, `scope`, `type`, `topic`, `available_in`, `year`, `region`,
`sort`, `page`, and for the API `lang` and `page_size`). Bad values are found here, before any
engine: the API answers them with a 400 and the messages in `errors`; the page ignores them and
shows the sentences in `notices`.
"""

import math
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from hub.core.languages import language_codes
from hub.core.query_parameters import whole_number
from hub.resources.catalogue import REGION_CODES, Topic, publication_types
from search.engines.base import FACETS, SCOPES, SORTS, SearchQuery

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 10
MAX_PAGE_SIZE = 50
# Elasticsearch refuses from + size beyond its result window (10,000); no engine is asked for
# a page past it.
MAX_RESULT_WINDOW = 10_000
# Control characters (NUL included) and the bidirectional controls readers paste with RTL
# text carry no meaning in a query.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_YEAR = re.compile(r"^(19|20)\d\d$")


@dataclass
class ParsedSearch:
    query: SearchQuery
    notices: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def is_search(self) -> bool:
        """Whether the reader asked for anything (text or a filter): such pages are results,
        not the library's landing page."""
        return bool(self.query.text or self.query.filters)


def last_page(count: int, page_size: int) -> int:
    """The last page that may be asked for: at least 1, never past the result window."""
    return max(1, min(math.ceil(count / page_size), MAX_RESULT_WINDOW // page_size))


def topic_keys_by_slug(slugs) -> dict[str, str]:
    """Topic slugs in any language → the topic's translation key (what the index holds)."""
    return {
        topic.slug: str(topic.translation_key)
        for topic in Topic.objects.filter(slug__in=list(slugs), live=True)
    }


def parse_search(params, language: str, *, api: bool = False) -> ParsedSearch:
    """Reads a QueryDict. `language` is the reader's (the page's, or the API's `lang`)."""
    notices, errors = [], {}

    def refuse(name, message):
        if api:
            errors[name] = message
        else:
            notices.append(message)

    text = _INVISIBLE.sub("", params.get("q", "")).strip()
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_LENGTH:
        if api:
            errors["q"] = _("The query is longer than %(limit)d characters.") % {
                "limit": MAX_QUERY_LENGTH
            }
        else:
            notices.append(
                _("Your search was shortened to its first %(limit)d characters.")
                % {"limit": MAX_QUERY_LENGTH}
            )
        text = text[:MAX_QUERY_LENGTH].strip()

    scope = params.get("scope", "lang") or "lang"
    if scope not in SCOPES:
        refuse("scope", _("Unknown scope “%(value)s”: use lang or all.") % {"value": scope})
        scope = "lang"

    sort = params.get("sort", "") or ("relevance" if text else "newest")
    if sort not in SORTS:
        refuse("sort", _("Unknown sort “%(value)s”: using the default order.") % {"value": sort})
        sort = "relevance" if text else "newest"

    filters = _chosen_filters(params, refuse)
    page_size, page = _page(params, api, errors)

    return ParsedSearch(
        query=SearchQuery(
            language=language,
            text=text,
            scope=scope,
            filters=filters,
            sort=sort,
            page=page,
            page_size=page_size,
        ),
        notices=notices,
        errors=errors,
    )


def _chosen_filters(params, refuse) -> dict[str, frozenset[str]]:
    """The facet values asked for that exist; each one that does not is refused by name."""
    filters = {}
    valid = {
        "type": set(publication_types()),
        "available_in": set(language_codes()),
        "region": set(REGION_CODES),
    }
    for facet in FACETS:
        # A value with control characters is no facet's value (and PostgreSQL refuses NUL).
        values = [_INVISIBLE.sub("\ufffd", value) for value in params.getlist(facet) if value]
        if not values:
            continue
        if facet == "topic":
            keys = topic_keys_by_slug(values)
            unknown = [value for value in values if value not in keys]
            chosen = {keys[value] for value in values if value in keys}
        elif facet == "year":
            unknown = [value for value in values if not _YEAR.match(value)]
            chosen = {value for value in values if _YEAR.match(value)}
        else:
            unknown = [value for value in values if value not in valid[facet]]
            chosen = {value for value in values if value in valid[facet]}
        for value in unknown:
            refuse(
                facet,
                _("There is no %(facet)s “%(value)s”: it was ignored.")
                % {"facet": facet_name(facet), "value": value},
            )
        if chosen:
            filters[facet] = frozenset(chosen)
    return filters


def _page(params, api: bool, errors: dict) -> tuple[int, int]:
    """The page size (only the API lets the reader choose it) and the page number."""
    page_size = PAGE_SIZE
    if api and params.get("page_size"):
        requested_size = whole_number(params["page_size"], MAX_PAGE_SIZE)
        if not requested_size:
            errors["page_size"] = _("page_size must be a whole number from 1 to %(max)d.") % {
                "max": MAX_PAGE_SIZE
            }
        else:
            page_size = requested_size

    # No page past the result window can be shown, whatever the page size.
    page = whole_number(params.get("page", "1") or "1", MAX_RESULT_WINDOW)
    if not page:
        errors["page"] = _("page must be a whole number from 1 to %(max)d.") % {
            "max": MAX_RESULT_WINDOW
        }
        page = 1
    return page_size, page


def facet_name(facet: str) -> str:
    """A facet's name in the reader's language, as it reads inside a sentence."""
    return {
        "type": _("publication type"),
        "topic": _("topic"),
        "available_in": _("language"),
        "year": _("year"),
        "region": _("country or region"),
    }[facet]


def past_result_window(query: SearchQuery) -> bool:
    return query.offset + query.page_size > MAX_RESULT_WINDOW
