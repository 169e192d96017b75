"""The one small interface every public search engine provides, and the values it trades in.

Views, the API and the indexing pipeline use only what is here; none of them asks which engine
runs. Engines receive `SearchDocument`s built by `search.documents` and answer `SearchQuery`s
with `SearchResults`. Counts are of publications (translation groups), never of per-language
documents.
"""

from __future__ import annotations

import datetime
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

# The facets a query can filter on and count, in the order pages show them.
FACETS = ("type", "topic", "available_in", "year", "region")
SORTS = ("relevance", "newest", "oldest")
SCOPES = ("lang", "all")


@dataclass(frozen=True)
class SearchDocument:
    """Everything the engines index about one live, public publication page in one locale."""

    page_id: int
    translation_key: str
    language: str
    publication_type: str
    title: str
    summary: str
    body: str
    authors: tuple[str, ...]
    # Topics as their translation keys (the same in every language, so facets and filters work
    # across languages) and as names in this page's language (searchable text).
    topic_keys: tuple[str, ...]
    topic_names: tuple[str, ...]
    regions: tuple[str, ...]
    date: datetime.date
    url: str
    image_url: str
    # The languages the publication exists in (live, public translations), this one included.
    languages: tuple[str, ...]
    # Text of the attached documents (PDF, DOCX, ODT), bounded in size.
    attachment: str = ""

    @property
    def year(self) -> int:
        return self.date.year

    def facet_values(self) -> dict[str, tuple[str, ...]]:
        """The values this document counts under for each facet (strings everywhere)."""
        return {
            "type": (self.publication_type,),
            "topic": self.topic_keys,
            "available_in": self.languages,
            "year": (str(self.year),),
            "region": self.regions,
        }


@dataclass(frozen=True)
class SearchQuery:
    """A validated query. `text` may be empty (browse); `language` is the reader's language.

    Filters are sets of facet values: a document matches a facet when it has any of the chosen
    values, and must match every facet that has a choice. Facet counts for one facet apply the
    query and every *other* facet's filter, so a reader sees what each choice would give.
    """

    language: str
    text: str = ""
    scope: str = "lang"
    filters: dict[str, frozenset[str]] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    page_size: int = 10
    with_facets: bool = True
    with_highlights: bool = True

    def __post_init__(self):
        unknown = set(self.filters) - set(FACETS)
        if unknown:
            raise ValueError(f"Unknown facets: {sorted(unknown)}")
        if self.scope not in SCOPES or self.sort not in SORTS:
            raise ValueError(f"Unknown scope {self.scope!r} or sort {self.sort!r}")
        if self.page < 1 or self.page_size < 1:
            raise ValueError("page and page_size start at 1")

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size

    def filter_values(self, facet: str) -> frozenset[str]:
        return self.filters.get(facet, frozenset())


@dataclass(frozen=True)
class Highlight:
    """A passage of the original text with matches wrapped in <mark>; `html` is escaped and safe
    to render. `source` says where it came from: "title", "summary", "body" or "attachment"."""

    html: str
    source: str


@dataclass(frozen=True)
class Hit:
    """One publication in the results. `page_id`/`language` are the version to show: the
    reader's language when that version exists, else the version that matched.
    `matched_language` is the language whose version matched the query."""

    translation_key: str
    page_id: int
    language: str
    matched_page_id: int
    matched_language: str
    score: float = 0.0
    highlight: Highlight | None = None


@dataclass(frozen=True)
class FacetCount:
    value: str
    count: int


@dataclass(frozen=True)
class SearchResults:
    count: int
    hits: list[Hit]
    facets: dict[str, list[FacetCount]] = field(default_factory=dict)
    # "Did you mean": a respelling of the query from the index's vocabulary, when the query
    # found nothing and the vocabulary has a close word.
    suggestion: str | None = None


class SearchEngineError(Exception):
    """The engine could not do what was asked (unreachable, timed out, refused)."""


class SearchEngine(ABC):
    """What every public search engine provides."""

    name: str

    @abstractmethod
    def health(self) -> dict:
        """{"engine": name, "status": "ok" | "unavailable", ...}; never raises."""

    @abstractmethod
    def install(self) -> None:
        """Creates whatever the engine needs to hold documents, when missing. Idempotent."""

    @abstractmethod
    def index(self, documents: Iterable[SearchDocument]) -> None:
        """Adds or replaces documents (keyed by page id), in bulk. Raises SearchEngineError."""

    @abstractmethod
    def delete(self, page_ids: Iterable[int]) -> None:
        """Removes documents by page id; unknown ids are ignored. Raises SearchEngineError."""

    @abstractmethod
    def search(self, query: SearchQuery) -> SearchResults:
        """Runs a query. Raises SearchEngineError."""

    @abstractmethod
    def suggest(self, text: str, language: str, limit: int = 8) -> list[str]:
        """Completions of the text's last word from the index's vocabulary in the language, the
        words before it kept as typed; most frequent first."""

    @abstractmethod
    def rebuild(
        self,
        documents: Iterable[SearchDocument],
        progress: Callable[[int], None] | None = None,
    ) -> int:
        """Builds a complete new index from the documents beside the live one and swaps it in
        only when complete; the old one is removed. Returns the number of documents indexed.
        `progress` is called with the count after each batch."""

    @abstractmethod
    def document_counts(self) -> dict[str, int]:
        """Documents in the index per language."""

    @abstractmethod
    def indexed_page_ids(self) -> set[int]:
        """Page ids of every document in the index (for status and repair)."""
