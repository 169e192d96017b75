"""The search API's parameters and answers, as ninja validates them and OpenAPI describes them."""

import datetime
from typing import Annotated, Literal

from django.conf import settings
from ninja import Field, Schema

from hub.core.languages import language_codes
from hub.resources.catalogue import REGION_CODES, publication_types
from search.engines.base import SCOPES, SORTS
from search.query import MAX_PAGE_SIZE, MAX_QUERY_LENGTH, MAX_RESULT_WINDOW, PAGE_SIZE

LanguageCode = Literal[tuple(language_codes())]
PublicationType = Literal[tuple(publication_types())]
RegionCode = Literal[tuple(REGION_CODES)]


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
