"""What the two database engines (SQLite FTS5, PostgreSQL full-text) share: their tables, the
SQL that filters, groups translations, counts facets and pages results, highlighting and
suggestions. Each subclass supplies only the full-text parts its database does its own way.

Tables are versioned (`search_entry_v4` …) and the live version is recorded in
`search_engine_state`: a rebuild fills the next version beside the live one and swaps it in with
one update, then drops the old tables (and any orphan left by an interrupted rebuild). The same
table records the layout of the tables and the version of the analysis the index was built
with; an index of another version is refused until it is rebuilt (search.engines.layout).

- `entry`: one narrow row per document (what filtering, sorting and grouping read);
- `stored`: the document's original texts, read only for the hits on the page (highlights);
- `facetvalue` + `facet`: each (facet, value) gets a small integer code and every document a
  row per code it has, so facet counts are one integer join and GROUP BY.

A search is one statement: the matching documents are scored once (a MATERIALIZED CTE) and the
page of hits, the count and the facet counts are read from them together.

Every statement runs in a savepoint, so a failing search never breaks the caller's transaction;
database errors come out as SearchEngineError.

`engine` holds what the engines share, `tables` their tables and terms, `statement` the one
statement a search runs.
"""

from search.engines.embedded.engine import EmbeddedSearchEngine
from search.engines.embedded.tables import (
    MatchedSql,
    Tables,
    insert_rows,
    phrase_pairs,
    word_pairs,
)

__all__ = [
    "EmbeddedSearchEngine",
    "MatchedSql",
    "Tables",
    "insert_rows",
    "phrase_pairs",
    "word_pairs",
]
