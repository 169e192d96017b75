"""The bodies of the requests on the reader's path (search, suggest, "did you mean") and the
reading of their answers: what the engine asks Elasticsearch, apart from how it sends it."""

import re
from collections import Counter
from collections.abc import Iterable

from search.analysis import PHRASE, vocabulary_word
from search.analysis.characters import normalise
from search.engines.base import FACETS, FacetCount, Highlight, SearchQuery
from search.engines.elasticsearch.mapping import MAX_RESULT_WINDOW

# The cluster is asked to answer (with what it has) a little before the client gives up.
SEARCH_SERVER_TIMEOUT = "1500ms"
# Cardinality is exact below its precision threshold; 40,000 is the most Elasticsearch allows,
# far above the number of publications.
CARDINALITY_PRECISION = 40_000
FACET_SIZE = 200
# Suggestions are drawn from the words that complete the prefix in the best-matching documents.
SUGGEST_SAMPLE_SIZE = 100

# Searched fields and their weights: the exact fields, then their variants sub-fields weighted
# low as the embedded engines' (search.engines.sqlite), so that a word found only through a
# prefix ranks below one found as itself.
EXACT_FIELDS = ("title", "summary", "authors", "topic_names", "body", "attachment")
FIELD_WEIGHTS = {"title": 4, "summary": 2, "authors": 2, "topic_names": 2}
VARIANTS_WEIGHTS = {"prefixed": 0.2, "variants": 0.01}
TEXT_FIELDS = (
    *(
        f"{field}^{FIELD_WEIGHTS[field]}" if field in FIELD_WEIGHTS else field
        for field in EXACT_FIELDS
    ),
    *(
        f"{field}.{sub_field}^{weight}"
        for sub_field, weight in VARIANTS_WEIGHTS.items()
        for field in EXACT_FIELDS
    ),
)
# A hit's passage comes from the first of these fields that has a match.
HIGHLIGHT_FIELDS = ("body", "summary", "attachment", "title")
# Suggestions complete words of the short, curated fields.
SUGGEST_FIELDS = ("title", "summary", "topic_names")
AUTOCOMPLETE_FIELDS = [f"{field}.autocomplete" for field in SUGGEST_FIELDS]
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


def search_body(query: SearchQuery) -> dict:
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
        "query": text_query(query.text),
        "collapse": {"field": "translation_key"},
        "sort": SORT_ORDERS[query.sort],
        "from": query.offset if within_window else 0,
        "size": query.page_size if within_window else 0,
        "_source": ["page_id", "translation_key", "language", "available_in"],
        "track_total_hits": False,
        "timeout": SEARCH_SERVER_TIMEOUT,
        "aggs": {
            "publications": {
                "filter": all_of(filters.values()),
                "aggs": {"count": publication_count()},
            }
        },
    }
    if filters:
        body["post_filter"] = all_of(filters.values())
    if query.with_facets:
        for facet in FACETS:
            others = [clause for name, clause in filters.items() if name != facet]
            body["aggs"][f"facet_{facet}"] = {
                "filter": all_of(others),
                "aggs": {
                    "values": {
                        "terms": {"field": FACET_FIELDS[facet], "size": FACET_SIZE},
                        "aggs": {"publications": publication_count()},
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


def text_query(text: str) -> dict:
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


def all_of(clauses: Iterable[dict]) -> dict:
    clauses = list(clauses)
    return {"bool": {"filter": clauses}} if clauses else {"match_all": {}}


def publication_count() -> dict:
    return {
        "cardinality": {
            "field": "translation_key",
            "precision_threshold": CARDINALITY_PRECISION,
        }
    }


def facet_counts(aggregations: dict) -> dict[str, list[FacetCount]]:
    """Each facet's values, the most used first, then by value."""
    facets = {}
    for facet in FACETS:
        buckets = aggregations[f"facet_{facet}"]["values"]["buckets"]
        counts = (FacetCount(bucket["key"], bucket["publications"]["value"]) for bucket in buckets)
        facets[facet] = sorted(counts, key=lambda each: (-each.count, each.value))
    return facets


def highlight(fragments: dict[str, list[str]]) -> Highlight | None:
    for field in HIGHLIGHT_FIELDS:
        if fragments.get(field):
            return Highlight(fragments[field][0], field)
    return None


def translations_body(keys: list[str]) -> dict:
    """The pages of these translation keys in one index."""
    return {
        "query": {"bool": {"filter": [{"terms": {"translation_key": keys}}]}},
        "_source": ["page_id", "translation_key"],
        "size": len(keys),
        "timeout": SEARCH_SERVER_TIMEOUT,
    }


def spelling_body(text: str) -> dict:
    """Elasticsearch's term suggester on the unstemmed `spelling` field, for the words of the
    text missing from the index."""
    return {
        "size": 0,
        "timeout": SEARCH_SERVER_TIMEOUT,
        "suggest": {
            "text": text,
            "spelling": {"term": {"field": "spelling", "suggest_mode": "missing", "size": 1}},
        },
    }


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


def completions_body(prefix: str) -> dict:
    """The documents whose title, summary or topics have a word beginning with the prefix (a
    match on the edge n-gram `autocomplete` sub-fields, which analyse the typed prefix like the
    indexed words), with highlights marking those whole words."""
    return {
        "query": {"multi_match": {"query": prefix, "fields": AUTOCOMPLETE_FIELDS}},
        "size": SUGGEST_SAMPLE_SIZE,
        "_source": False,
        "timeout": SEARCH_SERVER_TIMEOUT,
        "highlight": {
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "number_of_fragments": 0,
            "fields": {field: {} for field in AUTOCOMPLETE_FIELDS},
        },
    }


def completions(raw_hits: list[dict], language: str, limit: int) -> list[str]:
    """The marked words, shown as the vocabulary shows them (vocabulary_word) and ordered by how
    many of the documents use them, then by the best document's rank."""
    documents_using = Counter()
    for hit in raw_hits:
        # Each document counts once per word, its words in the order it shows them.
        marked = dict.fromkeys(
            vocabulary_word(word, language)
            for field in AUTOCOMPLETE_FIELDS
            for passage in hit.get("highlight", {}).get(field, ())
            for word in MARK.findall(passage)
        )
        documents_using.update(word for word in marked if word)
    # Counter keeps first-seen order among equal counts: the best document's words first.
    return [word for word, _ in documents_using.most_common(limit)]
