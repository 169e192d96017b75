"""Elasticsearch, for production: one index per language behind an alias, analysed like
`search.analysis` so that every engine answers the same cases.

Aliases are named `{SEARCH_INDEX_PREFIX}-publications-{language}`; the indices behind them are
versioned (`…-{language}-v{n}`) so that a rebuild fills new indices beside the live ones and
swaps all three aliases in one atomic call. Every request on the reader's path (search,
suggest) is bounded by a short client timeout and a server-side timeout in its body.

`analysis` declares each language's analysers, `mapping` the index built from them, `queries`
the bodies of the reader's requests, `engine` the engine that sends them.
"""

from search.engines.elasticsearch.analysis import (
    EDGE_NGRAM,
    hebrew_prefix_patterns,
    language_analyzers,
)
from search.engines.elasticsearch.engine import ElasticsearchSearchEngine
from search.engines.elasticsearch.mapping import index_definition

__all__ = [
    "EDGE_NGRAM",
    "ElasticsearchSearchEngine",
    "hebrew_prefix_patterns",
    "index_definition",
    "language_analyzers",
]
