"""Elasticsearch, for production: one index per language behind an alias, analysed like
`search.analysis` so that every engine answers the same cases.

Aliases are named `{SEARCH_INDEX_PREFIX}-publications-{language}`; the indices behind them are
versioned (`…-{language}-v{n}`) so that a rebuild fills new indices beside the live ones and
swaps all three aliases in one atomic call. Every request on the reader's path (search,
suggest) is bounded by a short client timeout and a server-side timeout in its body.
"""

import contextlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from django.conf import settings
from elasticsearch import Elasticsearch, helpers
from elasticsearch.dsl import (
    Date,
    Index,
    Integer,
    Keyword,
    Mapping,
    Text,
    analyzer,
    char_filter,
    token_filter,
    tokenizer,
)
from elasticsearch.exceptions import ApiError, NotFoundError, TransportError

from search.analysis import (
    ANALYSIS_VERSION,
    LANGUAGES,
    PHRASE,
    arabic,
    english,
    hebrew,
    vocabulary_word,
    word_spans,
)
from search.analysis.characters import WORD_PATTERN, character_table, normalise
from search.engines.base import (
    FACETS,
    FacetCount,
    Highlight,
    Hit,
    SearchDocument,
    SearchEngine,
    SearchEngineError,
    SearchQuery,
    SearchResults,
)
from search.engines.layout import IndexOfAnotherVersion

HEALTH_TIMEOUT_SECONDS = 2
# The reader waits on search and suggest: the client gives up after 2 s, and the cluster is
# asked to answer (with what it has) a little before that.
SEARCH_REQUEST_TIMEOUT_SECONDS = 2
SEARCH_SERVER_TIMEOUT = "1500ms"
# Indexing runs in the worker and in management commands, where waiting is fine.
INDEX_REQUEST_TIMEOUT_SECONDS = 30
REBUILD_REQUEST_TIMEOUT_SECONDS = 120
BULK_BATCH_SIZE = 500

# Elasticsearch refuses `from + size` beyond the index's max_result_window; the indices set it
# explicitly so that this constant and the cluster agree.
MAX_RESULT_WINDOW = 10_000
# Cardinality is exact below its precision threshold; 40,000 is the most Elasticsearch allows,
# far above the number of publications.
CARDINALITY_PRECISION = 40_000
FACET_SIZE = 200
# Suggestions are drawn from the words that complete the prefix in the best-matching documents.
SUGGEST_SAMPLE_SIZE = 100

# Searched fields and their weights.
TEXT_FIELDS = ("title^4", "summary^2", "authors^2", "topic_names^2", "body", "attachment")
# A hit's passage comes from the first of these fields that has a match.
HIGHLIGHT_FIELDS = ("body", "summary", "attachment", "title")
# Suggestions complete words of the short, curated fields.
SUGGEST_FIELDS = ("title", "summary", "topic_names")
FACET_FIELDS = {
    "type": "publication_type",
    "topic": "topic_keys",
    "available_in": "available_in",
    "year": "year",
    "region": "regions",
}
SORT_ORDERS = {
    "relevance": ["_score", {"date": "desc"}, {"page_id": "asc"}],
    "newest": [{"date": "desc"}, {"page_id": "asc"}],
    "oldest": [{"date": "asc"}, {"page_id": "asc"}],
}
MARK = re.compile(r"<mark>(.+?)</mark>")
ENGINE_ERRORS = (ApiError, TransportError, helpers.BulkIndexError)


# Analysis. Each language's chain is its module in search.analysis, built from that module's
# own constants and from the same character table, so that the two cannot drift apart (a test
# runs these declarations in Lucene against search.analysis).


@dataclass(frozen=True)
class LanguageChain:
    """A language's token filters in parts, in order: those that give a token its display form
    (`search.analysis.vocabulary_word`: what suggestions show), the stop filter (on the display
    form), those that normalise it, and what follows (stemming, prefixes)."""

    display: tuple
    stop: object
    normalise: tuple
    stem: tuple


EDGE_NGRAM = token_filter("autocomplete_edge_ngram", type="edge_ngram", min_gram=2, max_gram=20)
# Porter stems a lone "s" to nothing: no term is ever empty.
NO_EMPTY_TERM = token_filter("no_empty_term", type="length", min=1)


def utf16_escapes(text: str) -> str:
    """Every UTF-16 code unit as a \\uXXXX escape, which the `mapping` char filter reads."""
    units = text.encode("utf-16-be")
    return "".join(f"\\u{units[i]:02x}{units[i + 1]:02x}" for i in range(0, len(units), 2))


def character_folds() -> object:
    """The character table's folds, as Elasticsearch's `mapping` char filter: Lucene's
    MappingCharFilter keeps offsets in the original text, so `_source` keeps the text as
    written and highlights mark it."""
    return char_filter(
        "hub_characters",
        type="mapping",
        mappings=[
            f"{utf16_escapes(character)} => {utf16_escapes(folded)}".rstrip()
            for character, folded in character_table().folds.items()
        ],
    )


def word_tokenizer() -> object:
    """The character table's word rule, as Elasticsearch's `pattern` tokenizer (group 0: each
    match is a token)."""
    return tokenizer("hub_words", type="pattern", pattern=WORD_PATTERN, group=0)


def english_chain() -> LanguageChain:
    return LanguageChain(
        display=(
            token_filter(
                "english_possessive_stemmer", type="stemmer", language="possessive_english"
            ),
            token_filter(
                "english_apostrophes", type="pattern_replace", pattern="'", replacement=""
            ),
        ),
        stop=token_filter("english_stop", type="stop", stopwords=sorted(english.STOP_WORDS)),
        normalise=(),
        stem=(token_filter("english_porter", type="snowball", language="Porter"),),
    )


def arabic_chain() -> LanguageChain:
    return LanguageChain(
        display=(),
        stop=token_filter("arabic_stop", type="stop", stopwords=sorted(arabic.STOP_WORDS)),
        normalise=("arabic_normalization",),
        stem=("arabic_stem",),
    )


def hebrew_prefix_patterns() -> list[str]:
    """One pattern per prefix length, each capturing the word without that many leading prefix
    letters, as `search.analysis.hebrew.terms` does."""
    letters = hebrew.PREFIX_LETTERS
    return [
        f"^[{letters}]{{{length}}}(.{{{hebrew.MIN_STEM},}})$"
        for length in range(1, hebrew.MAX_PREFIX + 1)
    ]


def hebrew_chain() -> LanguageChain:
    stop = token_filter("hebrew_stop", type="stop", stopwords=sorted(hebrew.STOP_WORDS))
    return LanguageChain(
        display=(
            token_filter(
                "hebrew_inner_quotes",
                type="pattern_replace",
                pattern=hebrew.INNER_QUOTES.pattern,
                replacement="",
            ),
        ),
        stop=stop,
        normalise=(),
        stem=(
            token_filter(
                "hebrew_prefixes",
                type="pattern_capture",
                preserve_original=True,
                patterns=hebrew_prefix_patterns(),
            ),
            # A word without its prefixes that is a stop word is not indexed either.
            stop,
        ),
    )


LANGUAGE_CHAINS = {"en": english_chain, "ar": arabic_chain, "he": hebrew_chain}


def language_analyzers(language: str) -> dict:
    """The four analysers of a language's index: `text` (the full analysis, for search),
    `words` (display forms without stop words: the vocabulary "did you mean" corrects from),
    `autocomplete` (normalised words cut into edge n-grams) and `prefix` (what the reader types
    into autocomplete: normalised but not stop-filtered, so "the" still begins "theory")."""
    chain = LANGUAGE_CHAINS[language]()
    characters = character_folds()
    words = word_tokenizer()

    def build(name, filters):
        return analyzer(
            f"{language}_{name}",
            tokenizer=words,
            char_filter=[characters],
            filter=[*filters, NO_EMPTY_TERM],
        )

    return {
        "text": build("text", (*chain.display, chain.stop, *chain.normalise, *chain.stem)),
        "words": build("words", (*chain.display, chain.stop)),
        "autocomplete": build(
            "autocomplete", (*chain.display, chain.stop, *chain.normalise, EDGE_NGRAM)
        ),
        "prefix": build("prefix", (*chain.display, *chain.normalise)),
    }


def index_definition(language: str) -> dict:
    """The settings and mappings of one language's index."""
    analyzers = language_analyzers(language)

    def text(*, copy_to=None, offsets=False, **extra):
        # Every text field has an autocomplete sub-field; long fields keep offsets in their
        # postings so highlighting does not re-analyse the whole text.
        options = {"copy_to": copy_to} if copy_to else {}
        if offsets:
            options["index_options"] = "offsets"
        return Text(
            analyzer=analyzers["text"],
            fields={
                "autocomplete": Text(
                    analyzer=analyzers["autocomplete"], search_analyzer=analyzers["prefix"]
                ),
                **extra,
            },
            **options,
        )

    mapping = Mapping()
    mapping.meta("dynamic", "strict")
    # What the engine checks before it searches or writes (search.engines.layout).
    mapping.meta("_meta", {"analysis_version": ANALYSIS_VERSION})
    mapping.field("page_id", Integer())
    for name in (
        "translation_key",
        "language",
        "publication_type",
        "topic_keys",
        "regions",
        "available_in",
        "year",
    ):
        mapping.field(name, Keyword())
    mapping.field("date", Date())
    mapping.field("title", text(copy_to="spelling", keyword=Keyword(ignore_above=512)))
    mapping.field("summary", text(copy_to="spelling"))
    mapping.field("body", text(copy_to="spelling", offsets=True))
    mapping.field("attachment", text(offsets=True))
    mapping.field("authors", text())
    mapping.field("topic_names", text())
    # The vocabulary "did you mean" corrects from: the page's own words, unstemmed.
    mapping.field("spelling", Text(analyzer=analyzers["words"]))
    mapping.field("url", Keyword(index=False, doc_values=False))
    mapping.field("image_url", Keyword(index=False, doc_values=False))

    index = Index("definition")
    # A few thousand publications fit one shard, which also keeps scores and collapsing exact.
    index.settings(number_of_shards=1, max_result_window=MAX_RESULT_WINDOW)
    index.mapping(mapping)
    return index.to_dict()


def document_source(document: SearchDocument) -> dict:
    return {
        "page_id": document.page_id,
        "translation_key": document.translation_key,
        "language": document.language,
        "publication_type": document.publication_type,
        "topic_keys": list(document.topic_keys),
        "regions": list(document.regions),
        "available_in": list(document.languages),
        "year": str(document.year),
        "date": document.date.isoformat(),
        "title": document.title,
        "summary": document.summary,
        "body": document.body,
        "attachment": document.attachment,
        "authors": list(document.authors),
        "topic_names": list(document.topic_names),
        "url": document.url,
        "image_url": document.image_url,
    }


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


def replace_utf16_spans(text: str, replacements: list[tuple[int, int, str]]) -> str:
    """Replaces (offset, length, new text) spans counted in UTF-16 code units, as Elasticsearch
    (Java) counts them."""
    units = text.encode("utf-16-le")
    pieces = []
    position = 0
    for offset, length, new in sorted(replacements):
        pieces.append(units[position * 2 : offset * 2].decode("utf-16-le"))
        pieces.append(new)
        position = offset + length
    pieces.append(units[position * 2 :].decode("utf-16-le"))
    return "".join(pieces)


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
                index=",".join(aliases), body=self.search_body(query)
            )
            count = response["aggregations"]["publications"]["count"]["value"]
            hits = self.hits(response["hits"]["hits"], query)
            suggestion = (
                self.spelling_suggestion(query.text, query.language)
                if count == 0 and query.text.strip()
                else None
            )
        facets = {}
        if query.with_facets:
            for facet in FACETS:
                buckets = response["aggregations"][f"facet_{facet}"]["values"]["buckets"]
                counts = (
                    FacetCount(bucket["key"], bucket["publications"]["value"]) for bucket in buckets
                )
                facets[facet] = sorted(counts, key=lambda each: (-each.count, each.value))
        return SearchResults(count=count, hits=hits, facets=facets, suggestion=suggestion)

    def search_body(self, query: SearchQuery) -> dict:
        """One request: the collapsed page of hits, the publication count and, per facet, the
        counts under the query and every other facet's filter (disjunctive faceting: the
        filters apply to hits as a post_filter, to each facet's counts as a filter
        aggregation)."""
        filters = {
            facet: {"terms": {FACET_FIELDS[facet]: sorted(query.filter_values(facet))}}
            for facet in FACETS
            if query.filter_values(facet)
        }
        within_window = query.offset + query.page_size <= MAX_RESULT_WINDOW
        body = {
            "query": self.text_query(query.text),
            "collapse": {"field": "translation_key"},
            "sort": SORT_ORDERS[query.sort],
            "from": query.offset if within_window else 0,
            "size": query.page_size if within_window else 0,
            "_source": ["page_id", "translation_key", "language", "available_in"],
            "track_total_hits": False,
            "timeout": SEARCH_SERVER_TIMEOUT,
            "aggs": {
                "publications": {
                    "filter": self.all_of(filters.values()),
                    "aggs": {"count": self.publication_count()},
                }
            },
        }
        if filters:
            body["post_filter"] = self.all_of(filters.values())
        if query.with_facets:
            for facet in FACETS:
                others = [clause for name, clause in filters.items() if name != facet]
                body["aggs"][f"facet_{facet}"] = {
                    "filter": self.all_of(others),
                    "aggs": {
                        "values": {
                            "terms": {"field": FACET_FIELDS[facet], "size": FACET_SIZE},
                            "aggs": {"publications": self.publication_count()},
                        }
                    },
                }
        if query.with_highlights and query.text.strip() and within_window:
            body["highlight"] = {
                "encoder": "html",
                "pre_tags": ["<mark>"],
                "post_tags": ["</mark>"],
                "fragment_size": 200,
                "number_of_fragments": 1,
                "fields": {field: {} for field in HIGHLIGHT_FIELDS},
            }
        return body

    def text_query(self, text: str) -> dict:
        """Every word must be in some field (cross_fields with `and`: the words of a query may
        be spread over title, summary and body, as in the embedded engines); each quoted phrase
        must be in one field in order. Empty text browses everything."""
        if not text.strip():
            return {"match_all": {}}
        # The query goes through the character table here as the documents do in the index's
        # char filter (the same table: applying it twice changes nothing).
        must = [
            {
                "multi_match": {
                    "query": normalise(text).text,
                    "type": "cross_fields",
                    "fields": list(TEXT_FIELDS),
                    "operator": "and",
                }
            }
        ]
        for match in PHRASE.finditer(text):
            phrase = next(part for part in match.groups() if part)
            # A multi_match of type phrase is a match_phrase on each field.
            must.append(
                {
                    "multi_match": {
                        "query": normalise(phrase).text,
                        "type": "phrase",
                        "fields": list(TEXT_FIELDS),
                    }
                }
            )
        return {"bool": {"must": must}}

    @staticmethod
    def all_of(clauses: Iterable[dict]) -> dict:
        clauses = list(clauses)
        return {"bool": {"filter": clauses}} if clauses else {"match_all": {}}

    @staticmethod
    def publication_count() -> dict:
        return {
            "cardinality": {
                "field": "translation_key",
                "precision_threshold": CARDINALITY_PRECISION,
            }
        }

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
                    highlight=self.highlight(raw.get("highlight", {})),
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
            index=self.alias(language),
            body={
                "query": {"bool": {"filter": [{"terms": {"translation_key": keys}}]}},
                "_source": ["page_id", "translation_key"],
                "size": len(keys),
                "timeout": SEARCH_SERVER_TIMEOUT,
            },
        )
        return {
            hit["_source"]["translation_key"]: hit["_source"]["page_id"]
            for hit in response["hits"]["hits"]
        }

    @staticmethod
    def highlight(fragments: dict[str, list[str]]) -> Highlight | None:
        for field in HIGHLIGHT_FIELDS:
            if fragments.get(field):
                return Highlight(fragments[field][0], field)
        return None

    def spelling_suggestion(self, text: str, language: str) -> str | None:
        """The query with each word missing from the reader's index replaced by its closest
        indexed word (Elasticsearch's term suggester on the unstemmed `spelling` field); None
        when no word has a correction. Only the reader's index: the languages' analysers split
        the text differently, so their suggestions cannot be merged word by word."""
        response = self.search_client().search(
            index=self.alias(language),
            body={
                "size": 0,
                "timeout": SEARCH_SERVER_TIMEOUT,
                "suggest": {
                    "text": text,
                    "spelling": {
                        "term": {"field": "spelling", "suggest_mode": "missing", "size": 1}
                    },
                },
            },
        )
        corrections = [
            (entry["offset"], entry["length"], entry["options"][0]["text"])
            for entry in response["suggest"]["spelling"]
            if entry["options"]
        ]
        suggestion = replace_utf16_spans(text, corrections)
        return suggestion if corrections and suggestion != text else None

    def suggest(self, text: str, language: str, limit: int = 8) -> list[str]:
        """Completions of the last word: the documents whose title, summary or topics have a
        word beginning with it (a match on the edge n-gram `autocomplete` sub-fields, which
        analyse the typed prefix like the indexed words) are asked for highlights, which mark
        those whole words. The words are shown as the vocabulary shows them (vocabulary_word) and
        ordered by how many of those documents use them, then by the best document's rank."""
        words = list(word_spans(text))
        if not words:
            return []
        last = words[-1]
        fields = [f"{field}.autocomplete" for field in SUGGEST_FIELDS]
        with engine_errors("suggest"):
            self.check_versions([self.alias(language)], self.search_client())
            response = self.search_client().search(
                index=self.alias(language),
                body={
                    "query": {"multi_match": {"query": last.token, "fields": fields}},
                    "size": SUGGEST_SAMPLE_SIZE,
                    "_source": False,
                    "timeout": SEARCH_SERVER_TIMEOUT,
                    "highlight": {
                        "pre_tags": ["<mark>"],
                        "post_tags": ["</mark>"],
                        "number_of_fragments": 0,
                        "fields": {field: {} for field in fields},
                    },
                },
            )
        documents_using = Counter()
        for hit in response["hits"]["hits"]:
            # Each document counts once per word, its words in the order it shows them.
            marked = dict.fromkeys(
                vocabulary_word(word, language)
                for field in fields
                for passage in hit.get("highlight", {}).get(field, ())
                for word in MARK.findall(passage)
            )
            documents_using.update(word for word in marked if word)
        # Counter keeps first-seen order among equal counts: the best document's words first.
        completions = [word for word, _ in documents_using.most_common(limit)]
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
