"""The Elasticsearch engine: names, health, writing (install, index, delete, the rebuild that
swaps aliases) and reading, with the request bodies in `queries` and the index definition in
`mapping`."""

import contextlib
import re
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from django.conf import settings
from elasticsearch import Elasticsearch, helpers
from elasticsearch.exceptions import ApiError, NotFoundError, TransportError

from search.analysis import ANALYSIS_VERSION, LANGUAGES, word_spans
from search.engines.base import (
    Hit,
    SearchDocument,
    SearchEngine,
    SearchEngineError,
    SearchQuery,
    SearchResults,
)
from search.engines.elasticsearch import queries
from search.engines.elasticsearch.mapping import document_source, index_definition
from search.engines.layout import IndexOfAnotherVersion

HEALTH_TIMEOUT_SECONDS = 2
# The reader waits on search and suggest: the client gives up after 2 s (and the cluster is
# asked to answer a little before that: queries.SEARCH_SERVER_TIMEOUT).
SEARCH_REQUEST_TIMEOUT_SECONDS = 2
# Indexing runs in the worker and in management commands, where waiting is fine.
INDEX_REQUEST_TIMEOUT_SECONDS = 30
REBUILD_REQUEST_TIMEOUT_SECONDS = 120
BULK_BATCH_SIZE = 500


@contextlib.contextmanager
def engine_errors(action: str) -> Iterator[None]:
    """Raises the client's errors as SearchEngineError, saying what could not be done."""
    try:
        yield
    except helpers.BulkIndexError as error:
        raise SearchEngineError(
            f"Elasticsearch could not {action}: {error} First: {error.errors[0]}"
        ) from error
    except (ApiError, TransportError) as error:
        raise SearchEngineError(f"Elasticsearch could not {action}: {error}") from error


class ElasticsearchSearchEngine(SearchEngine):
    """Elasticsearch, for production. Index names carry settings.SEARCH_INDEX_PREFIX."""

    name = "elasticsearch"

    def __init__(self, client: Elasticsearch | None = None):
        self.client = client or Elasticsearch(settings.ELASTICSEARCH_URL)
        self.prefix = settings.SEARCH_INDEX_PREFIX
        self.versioned_index = re.compile(
            rf"^{re.escape(self.prefix)}-publications-({'|'.join(LANGUAGES)})-v(\d+)$"
        )
        # The aliases whose indices were found to be of this version (check_versions).
        self.current_aliases: set[str] = set()

    def health(self) -> dict:
        client = self.client.options(request_timeout=HEALTH_TIMEOUT_SECONDS, max_retries=0)
        try:
            cluster = client.cluster.health()
        except (ApiError, TransportError):
            return {"engine": self.name, "status": "unavailable"}
        status = "ok" if cluster["status"] in ("green", "yellow") else "unavailable"
        health = {"engine": self.name, "status": status, "cluster": cluster["status"]}
        if status != "ok":
            return health
        try:
            self.check_versions(self.aliases(LANGUAGES), client)
        except IndexOfAnotherVersion as error:
            return {**health, "status": "unavailable", "reason": str(error)}
        except NotFoundError:
            # No index yet, so none of another version: install or rebuild creates them.
            return health
        except (ApiError, TransportError):
            return {**health, "status": "unavailable"}
        return health

    def check_versions(self, aliases: list[str], client: Elasticsearch) -> None:
        """Raises IndexOfAnotherVersion when an index behind one of the aliases was built by
        another version of the analysis, or before indices recorded one: its terms are not
        those the running analysis makes of queries and documents.

        An alias found current is not asked about again in this process, so searches cost no
        extra request after the first (a rebuild by this version swaps in indices of this
        version). One found stale is asked about again each time, so that a rebuild made by
        another process is seen at once."""
        unchecked = [alias for alias in aliases if alias not in self.current_aliases]
        if not unchecked:
            return
        found = client.indices.get(
            index=",".join(unchecked), filter_path=["*.aliases", "*.mappings._meta"]
        )
        # filter_path leaves out what an index does not have: an old index has no `_meta`.
        versions = {
            index.get("mappings", {}).get("_meta", {}).get("analysis_version")
            for index in found.body.values()
        }
        if versions != {ANALYSIS_VERSION}:
            raise IndexOfAnotherVersion()
        self.current_aliases.update(unchecked)

    # Names

    def alias(self, language: str) -> str:
        if language not in LANGUAGES:
            raise ValueError(f"No search index for language {language!r}")
        return f"{self.prefix}-publications-{language}"

    def aliases(self, languages: Iterable[str]) -> list[str]:
        return [self.alias(language) for language in languages]

    def all_aliases(self) -> str:
        return ",".join(self.aliases(LANGUAGES))

    def existing_indices(self) -> dict[str, set[str]]:
        """Every index of this prefix, with the aliases it holds."""
        client = self.client.options(request_timeout=INDEX_REQUEST_TIMEOUT_SECONDS)
        found = client.indices.get_alias(index=f"{self.prefix}-publications-*")
        return {name: set(entry["aliases"]) for name, entry in found.body.items()}

    def next_version(self, existing: Iterable[str]) -> int:
        versions = (self.versioned_index.match(name) for name in existing)
        return 1 + max((int(match.group(2)) for match in versions if match), default=0)

    # Writing

    def install(self) -> None:
        client = self.client.options(request_timeout=INDEX_REQUEST_TIMEOUT_SECONDS)
        with engine_errors("install the search indices"):
            existing = self.existing_indices()
            held = set().union(*existing.values())
            version = self.next_version(existing)
            for language in LANGUAGES:
                alias = self.alias(language)
                if alias not in held:
                    client.indices.create(
                        index=f"{alias}-v{version}",
                        aliases={alias: {}},
                        **index_definition(language),
                    )

    def index(self, documents: Iterable[SearchDocument]) -> None:
        documents = list(documents)
        if not documents:
            return
        actions = (
            {
                "_index": self.alias(document.language),
                "_id": document.page_id,
                "_source": document_source(document),
            }
            for document in documents
        )
        client = self.client.options(request_timeout=INDEX_REQUEST_TIMEOUT_SECONDS)
        with engine_errors("index documents"):
            # Written into an index of another version, a change would be analysed by the old
            # analysers and then taken for done: it waits in the outbox for the rebuild instead.
            languages = dict.fromkeys(document.language for document in documents)
            self.check_versions(self.aliases(languages), client)
            helpers.bulk(
                client,
                actions,
                chunk_size=BULK_BATCH_SIZE,
                refresh=self.refresh_on_write(),
                # Writing to a missing alias would create a concrete index with guessed mappings.
                require_alias=True,
            )

    def delete(self, page_ids: Iterable[int]) -> None:
        # A page's language is not known here: delete it from each language's index, where all
        # but one answer 404.
        actions = (
            {"_op_type": "delete", "_index": self.alias(language), "_id": page_id}
            for page_id in page_ids
            for language in LANGUAGES
        )
        client = self.client.options(request_timeout=INDEX_REQUEST_TIMEOUT_SECONDS)
        with engine_errors("delete documents"):
            self.check_versions(self.aliases(LANGUAGES), client)
            helpers.bulk(
                client,
                actions,
                chunk_size=BULK_BATCH_SIZE,
                refresh=self.refresh_on_write(),
                ignore_status=(404,),
            )

    def refresh_on_write(self) -> bool:
        return settings.SEARCH_REFRESH_ON_WRITE

    def rebuild(
        self,
        documents: Iterable[SearchDocument],
        progress: Callable[[int], None] | None = None,
    ) -> int:
        """Fills new versioned indices, swaps the aliases to them in one call, then deletes
        every other index of this prefix: the old live ones and any orphans an earlier,
        interrupted rebuild left. If anything fails before the swap, the new indices are
        deleted and the live ones keep serving. One rebuild at a time."""
        client = self.client.options(request_timeout=REBUILD_REQUEST_TIMEOUT_SECONDS)
        with engine_errors("read the existing indices"):
            existing = self.existing_indices()
        version = self.next_version(existing)
        new = {language: f"{self.alias(language)}-v{version}" for language in LANGUAGES}
        try:
            with engine_errors("rebuild the search indices"):
                for language, name in new.items():
                    client.indices.create(index=name, **index_definition(language))
                count = self.fill(client, new, documents, progress)
                client.indices.refresh(index=",".join(new.values()))
                client.indices.update_aliases(actions=self.swap_actions(existing, new))
        except Exception as error:
            self.discard(client, list(new.values()), error)
            raise
        # The aliases now hold indices of this version.
        self.current_aliases.update(self.aliases(LANGUAGES))
        ours = {self.alias(language) for language in LANGUAGES}
        stale = sorted(
            name
            for name, aliases in existing.items()
            if aliases & ours or self.versioned_index.match(name)
        )
        if stale:
            with engine_errors(f"delete the indices replaced by the rebuild ({', '.join(stale)})"):
                client.indices.delete(index=",".join(stale), ignore_unavailable=True)
        return count

    def fill(
        self,
        client: Elasticsearch,
        indices: dict[str, str],
        documents: Iterable[SearchDocument],
        progress: Callable[[int], None] | None,
    ) -> int:
        """Bulk-indexes the documents into the new indices by language, in batches."""
        documents = iter(documents)
        count = 0
        while batch := list(islice(documents, BULK_BATCH_SIZE)):
            helpers.bulk(
                client,
                (
                    {
                        "_index": indices[document.language],
                        "_id": document.page_id,
                        "_source": document_source(document),
                    }
                    for document in batch
                ),
                chunk_size=BULK_BATCH_SIZE,
            )
            count += len(batch)
            if progress:
                progress(count)
        return count

    def swap_actions(self, existing: dict[str, set[str]], new: dict[str, str]) -> list[dict]:
        actions = []
        for language, name in new.items():
            alias = self.alias(language)
            actions += [
                {"remove": {"index": old, "alias": alias}}
                for old, aliases in sorted(existing.items())
                if alias in aliases
            ]
            actions.append({"add": {"index": name, "alias": alias}})
        return actions

    def discard(self, client: Elasticsearch, names: list[str], error: Exception) -> None:
        """Deletes the half-built indices of a failed rebuild; if that fails too, the original
        error says so."""
        try:
            client.indices.delete(index=",".join(names), ignore_unavailable=True)
        except (ApiError, TransportError) as cleanup_error:
            error.add_note(f"The new indices {names} could not be deleted: {cleanup_error}")

    # Reading

    def search_client(self) -> Elasticsearch:
        return self.client.options(request_timeout=SEARCH_REQUEST_TIMEOUT_SECONDS)

    def search(self, query: SearchQuery) -> SearchResults:
        aliases = self.aliases(LANGUAGES if query.scope == "all" else [query.language])
        with engine_errors("search"):
            self.check_versions(aliases, self.search_client())
            response = self.search_client().search(
                index=",".join(aliases), body=queries.search_body(query)
            )
            count = response["aggregations"]["publications"]["count"]["value"]
            hits = self.hits(response["hits"]["hits"], query)
            suggestion = (
                self.spelling_suggestion(query.text, query.language)
                if count == 0 and query.text.strip()
                else None
            )
        facets = queries.facet_counts(response["aggregations"]) if query.with_facets else {}
        return SearchResults(count=count, hits=hits, facets=facets, suggestion=suggestion)

    def hits(self, raw_hits: list[dict], query: SearchQuery) -> list[Hit]:
        reader_versions = self.reader_versions(raw_hits, query.language)
        hits = []
        for raw in raw_hits:
            source = raw["_source"]
            shown = reader_versions.get(source["translation_key"], source["page_id"])
            hits.append(
                Hit(
                    translation_key=source["translation_key"],
                    page_id=shown,
                    language=query.language if shown != source["page_id"] else source["language"],
                    matched_page_id=source["page_id"],
                    matched_language=source["language"],
                    score=raw["_score"] or 0.0,
                    highlight=queries.highlight(raw.get("highlight", {})),
                )
            )
        return hits

    def reader_versions(self, raw_hits: list[dict], language: str) -> dict[str, int]:
        """Page ids of the reader's-language versions of hits that matched in another language
        (all scope). Those versions may not match the query, so collapsing cannot find them: a
        second small request looks them up by translation key in the reader's index."""
        keys = sorted(
            raw["_source"]["translation_key"]
            for raw in raw_hits
            if raw["_source"]["language"] != language and language in raw["_source"]["available_in"]
        )
        if not keys:
            return {}
        response = self.search_client().search(
            index=self.alias(language), body=queries.translations_body(keys)
        )
        return {
            hit["_source"]["translation_key"]: hit["_source"]["page_id"]
            for hit in response["hits"]["hits"]
        }

    def spelling_suggestion(self, text: str, language: str) -> str | None:
        """The query with each word missing from the reader's index replaced by its closest
        indexed word (Elasticsearch's term suggester on the unstemmed `spelling` field); None
        when no word has a correction. Only the reader's index: the languages' analysers split
        the text differently, so their suggestions cannot be merged word by word."""
        response = self.search_client().search(
            index=self.alias(language), body=queries.spelling_body(text)
        )
        corrections = [
            (entry["offset"], entry["length"], entry["options"][0]["text"])
            for entry in response["suggest"]["spelling"]
            if entry["options"]
        ]
        suggestion = queries.replace_utf16_spans(text, corrections)
        return suggestion if corrections and suggestion != text else None

    def suggest(self, text: str, language: str, limit: int = 8) -> list[str]:
        """Completions of the last word, from the words that complete it in the documents that
        best match it (queries.completions_body, queries.completions)."""
        words = list(word_spans(text))
        if not words:
            return []
        last = words[-1]
        with engine_errors("suggest"):
            self.check_versions([self.alias(language)], self.search_client())
            response = self.search_client().search(
                index=self.alias(language), body=queries.completions_body(last.token)
            )
        completions = queries.completions(response["hits"]["hits"], language, limit)
        return [text[: last.start] + word for word in completions]

    def document_counts(self) -> dict[str, int]:
        client = self.client.options(request_timeout=INDEX_REQUEST_TIMEOUT_SECONDS)
        with engine_errors("count documents"):
            self.check_versions(self.aliases(LANGUAGES), client)
            return {
                language: client.count(index=self.alias(language))["count"]
                for language in LANGUAGES
            }

    def indexed_page_ids(self) -> set[int]:
        client = self.client.options(request_timeout=INDEX_REQUEST_TIMEOUT_SECONDS)
        with engine_errors("list indexed pages"):
            self.check_versions(self.aliases(LANGUAGES), client)
            return {
                int(hit["_id"])
                for hit in helpers.scan(
                    self.client,
                    index=self.all_aliases(),
                    query={"query": {"match_all": {}}, "_source": False},
                    request_timeout=INDEX_REQUEST_TIMEOUT_SECONDS,
                )
            }
