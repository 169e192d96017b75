"""What the two database engines (SQLite FTS5, PostgreSQL full-text) share: their tables, the
SQL that filters, groups translations, counts facets and pages results, highlighting and
suggestions. Each subclass supplies only the full-text parts its database does its own way.

Tables are versioned (`search_entry_v3` …) and the live version is recorded in
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
"""

import itertools
import json
import re
import uuid
from abc import abstractmethod
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import dataclass, field

from django.db import DatabaseError, connection, transaction

from search.analysis import (
    ANALYSIS_VERSION,
    LANGUAGES,
    AnalysedQuery,
    analyse_query,
    analyse_text,
    words,
)
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
from search.highlight import passage_from_offsets
from search.spelling import respell

BATCH_SIZE = 500
# The layout of the engine's tables. A change to it needs `search_index rebuild`, which an
# index of another layout asks for instead of failing on a missing column.
SCHEMA = 3
# What `search_engine_state` records besides the live version: the rows an index of this version
# of the hub has. A row missing (an index built before it was recorded) is another version.
VERSION_MARKERS = {"schema": SCHEMA, "analysis": ANALYSIS_VERSION}
ROWS_PER_INSERT = 200
STATE_TABLE = "search_engine_state"
VERSIONED_TABLE = re.compile(r"^search_[a-z]+_v(\d+)(?:_[a-z]+)?$")
# The fields whose words make up a document's vocabulary (suggestions, "did you mean"):
# attachments are left out, their extracted text is too noisy to suggest from.
VOCABULARY_FIELDS = ("title", "summary", "people", "body")
# The fields a highlight may come from, in the order they are preferred.
HIGHLIGHT_SOURCES = ("body", "summary", "attachment", "title")


@dataclass(frozen=True)
class MatchedSql:
    """A FROM/WHERE fragment selecting matching entries as `e`, and the expression of their
    score (higher is better), each with its parameters."""

    source: str
    source_params: list
    score: str = "0"
    score_params: list = field(default_factory=list)


class Tables:
    """The names of one version's tables."""

    def __init__(self, version: int):
        self.version = version
        self.entry = f"search_entry_v{version}"
        self.stored = f"search_stored_v{version}"
        self.facet_value = f"search_facetvalue_v{version}"
        self.facet = f"search_facet_v{version}"
        self.text = f"search_text_v{version}"
        self.pairs = f"search_pairs_v{version}"
        self.words = f"search_words_v{version}"
        self.vocabulary = f"search_words_v{version}_vocabulary"


@dataclass
class AnalysedDocument:
    """A document analysed once for writing: each field's words as term tuples, in order, and
    the vocabulary words of the fields suggestions draw from."""

    document: SearchDocument
    fields: dict[str, list[tuple[str, ...]]]
    vocabulary: set[str]
    # Where each term first occurs, per highlighted field.
    first_offsets: dict[str, dict[str, int]]

    @classmethod
    def of(cls, document: SearchDocument) -> "AnalysedDocument":
        texts = {
            "title": document.title,
            "summary": document.summary,
            "people": "\n".join((*document.authors, *document.topic_names)),
            "body": document.body,
            "attachment": document.attachment,
        }
        fields, vocabulary, first_offsets = {}, set(), {}
        for name, text in texts.items():
            analysed = analyse_text(text, document.language)
            fields[name] = analysed.words
            if name in VOCABULARY_FIELDS:
                vocabulary |= analysed.vocabulary
            if name in HIGHLIGHT_SOURCES:
                first_offsets[name] = analysed.first_offsets
        return cls(document, fields, vocabulary, first_offsets)


# Enough word pairs for the longest attachments (SEARCH_EXTRACT_MAX_CHARS is about 30,000
# words) while an index row stays reasonable (PostgreSQL caps a tsvector at 1 MB).
MAX_PAIRS = 40_000


def pair_term(first: str, second: str) -> str:
    """Two neighbouring words as one term. Both engines match a phrase by its pairs, which
    their indexes answer alone: checking positions would read every candidate's whole text
    (PostgreSQL's `<->` took 50 ms for a frequent phrase in 10,000 documents), and SQLite's
    NEAR cannot keep the order of words with Hebrew variants. "+" is never part of an
    analysed term."""
    return f"{first}+{second}"


def word_pairs(fields: dict[str, list[tuple[str, ...]]]) -> set[str]:
    """The pair terms of neighbouring words within each field, every variant with every
    variant (so a Hebrew phrase matches through prefixes)."""
    pairs = set()
    for field_words in fields.values():
        for previous, terms in itertools.pairwise(field_words):
            if len(previous) == 1 and len(terms) == 1:
                pairs.add(previous[0] + "+" + terms[0])
            else:
                pairs.update(pair_term(first, second) for first in previous for second in terms)
        if len(pairs) >= MAX_PAIRS:
            break
    return pairs


def phrase_pairs(phrase: tuple[str, ...]) -> list[str]:
    return [pair_term(first, second) for first, second in itertools.pairwise(phrase)]


def group_id(translation_key: str) -> int:
    """A translation group as a 60-bit integer (from its UUID): counting distinct integers is
    much cheaper than counting distinct UUID strings."""
    return int(uuid.UUID(str(translation_key)).hex[:15], 16)


def savepoint_if_in_transaction():
    """A savepoint inside a transaction, so that a failing statement does not break it; outside
    one, nothing (autocommit)."""
    return transaction.atomic() if connection.in_atomic_block else nullcontext()


def insert_rows(cursor, table, columns, rows, placeholders=None, suffix=""):
    """Inserts rows with multi-row INSERTs: one round trip per few hundred rows, where
    executemany would make one per row on PostgreSQL."""
    placeholders = placeholders or ("%s",) * len(columns)
    row_sql = "(" + ", ".join(placeholders) + ")"
    names = ", ".join(columns)
    for start in range(0, len(rows), ROWS_PER_INSERT):
        chunk = rows[start : start + ROWS_PER_INSERT]
        cursor.execute(
            f"INSERT INTO {table} ({names}) VALUES " + ", ".join([row_sql] * len(chunk)) + suffix,
            [value for row in chunk for value in row],
        )


def marks(values) -> str:
    return ", ".join(["%s"] * len(values))


class EmbeddedSearchEngine(SearchEngine):
    # -- what each database does its own way ---------------------------------------------------

    # Columns of its own the engine adds to `entry` rows: names with SQL placeholders, and
    # names with column types.
    entry_columns: tuple[tuple[str, str], ...] = ()
    entry_column_types: tuple[tuple[str, str], ...] = ()

    def entry_values(self, analysed: AnalysedDocument) -> tuple:
        """Values of `entry_columns` for a document."""
        return ()

    @abstractmethod
    def database_health(self) -> dict:
        """What `health` reports when the index is of this version: whether the database
        answers and has what the engine needs."""

    @abstractmethod
    def create_tables(self, cursor, tables: Tables) -> None:
        """Creates one version's tables: `create_shared_tables` and the full-text parts."""

    @abstractmethod
    def list_tables(self, cursor) -> list[str]:
        """Names of every table of this engine in the database."""

    @abstractmethod
    def write_text(self, cursor, tables: Tables, analysed: list[AnalysedDocument]) -> None:
        """Writes the full-text rows (and vocabulary) of documents already in `entry`."""

    @abstractmethod
    def delete_text(self, cursor, tables: Tables, page_ids: list[int]) -> None:
        """Removes the full-text rows (and vocabulary) of pages, before their entries go."""

    @abstractmethod
    def matched_sql(self, tables: Tables, queries: dict[str, AnalysedQuery]) -> MatchedSql:
        """How to select the entries `e` that match, per language, its analysed query."""

    @abstractmethod
    def known_words(self, cursor, tables: Tables, language: str, words: list[str]) -> set[str]:
        """Which of the vocabulary words are in the language's vocabulary."""

    @abstractmethod
    def spelling_candidates(
        self, cursor, tables: Tables, language: str, word: str
    ) -> list[tuple[str, int]]:
        """Vocabulary words near `word` with their document counts."""

    @abstractmethod
    def completions(
        self, cursor, tables: Tables, language: str, prefix: str, limit: int
    ) -> list[str]:
        """Vocabulary words starting with `prefix`, most documents first."""

    # The database's names for: an integer key, a 64-bit integer, text, a date, an integer key
    # the database numbers itself, and what makes a table clustered on its primary key.
    column_types: dict[str, str]

    def run_search_statement(self, cursor, sql: str, params: list) -> list[tuple]:
        """Runs the statement that finds, counts and pages the matches; returns its rows."""
        cursor.execute(sql, params)
        return cursor.fetchall()

    def create_shared_tables(self, cursor, tables: Tables) -> None:
        """The tables both databases have."""
        types = self.column_types
        cursor.execute(
            f"CREATE TABLE {tables.entry} (page_id {types['key']} PRIMARY KEY, "
            f"group_id {types['big']} NOT NULL, translation_key {types['text']} NOT NULL, "
            f"language {types['text']} NOT NULL, date {types['date']} NOT NULL"
            + "".join(f", {name} {kind}" for name, kind in self.entry_column_types)
            + ")"
        )
        cursor.execute(f"CREATE INDEX {tables.entry}_language ON {tables.entry} (language, date)")
        cursor.execute(
            f"CREATE INDEX {tables.entry}_group ON {tables.entry} (translation_key, language)"
        )
        cursor.execute(
            f"CREATE TABLE {tables.stored} (page_id {types['key']} PRIMARY KEY, "
            f"title {types['text']} NOT NULL, summary {types['text']} NOT NULL, "
            f"body {types['text']} NOT NULL, attachment {types['text']} NOT NULL, "
            f"offsets {types['text']} NOT NULL)"
        )
        cursor.execute(
            f"CREATE TABLE {tables.facet_value} (id {types['serial']} PRIMARY KEY, "
            f"facet {types['text']} NOT NULL, value {types['text']} NOT NULL, "
            "UNIQUE (facet, value))"
        )
        cursor.execute(
            f"CREATE TABLE {tables.facet} (page_id {types['key']} NOT NULL, "
            f"code {types['key']} NOT NULL, PRIMARY KEY (page_id, code)){types['clustered']}"
        )
        cursor.execute(f"CREATE INDEX {tables.facet}_code ON {tables.facet} (code, page_id)")

    # -- versions --------------------------------------------------------------------------------

    def _execute(self, operation: Callable):
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                return operation(cursor)
        except DatabaseError as error:
            raise SearchEngineError(f"{self.name}: {error}") from error

    def _read(self, operation: Callable):
        # No transaction of its own: on SQLite every transaction takes the write lock as it
        # begins (transaction_mode IMMEDIATE), so a search would queue behind an editor's save.
        # Inside a caller's transaction, a savepoint keeps a failing read from breaking it.
        try:
            with savepoint_if_in_transaction(), connection.cursor() as cursor:
                return operation(cursor)
        except DatabaseError as error:
            raise SearchEngineError(f"{self.name}: {error}") from error

    def _live_tables(self, cursor) -> Tables:
        state = self._read_state(cursor)
        if not state:
            return Tables(self._install(cursor))
        if self._of_another_version(state):
            raise IndexOfAnotherVersion()
        return Tables(state["live"])

    @staticmethod
    def _of_another_version(state: dict[str, int]) -> bool:
        return any(state.get(name) != version for name, version in VERSION_MARKERS.items())

    def _read_state(self, cursor) -> dict[str, int]:
        try:
            with savepoint_if_in_transaction():
                cursor.execute(f"SELECT name, version FROM {STATE_TABLE}")
                return dict(cursor.fetchall())
        except DatabaseError:
            return {}

    def _install(self, cursor) -> int:
        cursor.execute(
            f"CREATE TABLE IF NOT EXISTS {STATE_TABLE} "
            "(name VARCHAR(20) PRIMARY KEY, version INTEGER NOT NULL)"
        )
        cursor.execute(f"SELECT version FROM {STATE_TABLE} WHERE name = 'live'")
        row = cursor.fetchone()
        if row:
            return row[0]
        self.create_tables(cursor, Tables(1))
        cursor.execute(f"INSERT INTO {STATE_TABLE} (name, version) VALUES ('live', 1)")
        self._write_version_markers(cursor)
        return 1

    def _write_version_markers(self, cursor) -> None:
        names = list(VERSION_MARKERS)
        cursor.execute(f"DELETE FROM {STATE_TABLE} WHERE name IN ({marks(names)})", names)
        insert_rows(cursor, STATE_TABLE, ("name", "version"), list(VERSION_MARKERS.items()))

    def health(self) -> dict:
        """The database's own health (`database_health`), and whether the index is of this
        version of the hub. An index not installed yet is fine: the first search installs it."""
        health = self.database_health()
        if health["status"] != "ok":
            return health
        try:
            state = self._read(self._read_state)
        except SearchEngineError:
            return {"engine": self.name, "status": "unavailable"}
        if state and self._of_another_version(state):
            reason = str(IndexOfAnotherVersion())
            return {"engine": self.name, "status": "unavailable", "reason": reason}
        return health

    def install(self) -> None:
        self._execute(self._install)

    # -- writing ----------------------------------------------------------------------------------

    def index(self, documents: Iterable[SearchDocument]) -> None:
        documents = list(documents)
        if not documents:
            return

        def write(cursor):
            tables = self._live_tables(cursor)
            for start in range(0, len(documents), BATCH_SIZE):
                self._write(cursor, tables, documents[start : start + BATCH_SIZE], replace=True)

        self._execute(write)

    def _write(self, cursor, tables: Tables, documents: list[SearchDocument], *, replace: bool):
        if replace:
            self._remove(cursor, tables, [document.page_id for document in documents])
        analysed = [AnalysedDocument.of(document) for document in documents]
        columns = ("page_id", "group_id", "translation_key", "language", "date")
        columns += tuple(name for name, _placeholder in self.entry_columns)
        placeholders = ("%s",) * 5 + tuple(placeholder for _name, placeholder in self.entry_columns)
        insert_rows(
            cursor,
            tables.entry,
            columns,
            [
                (
                    item.document.page_id,
                    group_id(item.document.translation_key),
                    str(item.document.translation_key),
                    item.document.language,
                    item.document.date,
                    *self.entry_values(item),
                )
                for item in analysed
            ],
            placeholders,
        )
        insert_rows(
            cursor,
            tables.stored,
            ("page_id", "title", "summary", "body", "attachment", "offsets"),
            [
                (
                    item.document.page_id,
                    item.document.title,
                    item.document.summary,
                    item.document.body,
                    item.document.attachment,
                    json.dumps(item.first_offsets, ensure_ascii=False, separators=(",", ":")),
                )
                for item in analysed
            ],
        )
        pairs = {
            (facet, value)
            for document in documents
            for facet, values in document.facet_values().items()
            for value in values
        }
        codes = self._facet_codes(cursor, tables, pairs)
        insert_rows(
            cursor,
            tables.facet,
            ("page_id", "code"),
            sorted(
                {
                    (document.page_id, codes[(facet, value)])
                    for document in documents
                    for facet, values in document.facet_values().items()
                    for value in values
                }
            ),
        )
        self.write_text(cursor, tables, analysed)

    def _facet_codes(self, cursor, tables, pairs) -> dict[tuple[str, str], int]:
        """Codes of (facet, value) pairs, created for new ones."""
        known = self._facet_values(cursor, tables)
        codes = {pair: code for code, pair in known.items()}
        new = sorted(pairs - codes.keys())
        if new:
            insert_rows(
                cursor,
                tables.facet_value,
                ("facet", "value"),
                new,
                suffix=" ON CONFLICT (facet, value) DO NOTHING",
            )
            codes = {pair: code for code, pair in self._facet_values(cursor, tables).items()}
        return codes

    def _facet_values(self, cursor, tables) -> dict[int, tuple[str, str]]:
        cursor.execute(f"SELECT id, facet, value FROM {tables.facet_value}")
        return {code: (facet, value) for code, facet, value in cursor.fetchall()}

    def _remove(self, cursor, tables: Tables, page_ids: list[int]):
        if not page_ids:
            return
        self.delete_text(cursor, tables, page_ids)
        for table in (tables.facet, tables.stored, tables.entry):
            cursor.execute(
                f"DELETE FROM {table} WHERE page_id IN ({marks(page_ids)})",
                page_ids,
            )

    def delete(self, page_ids: Iterable[int]) -> None:
        page_ids = sorted(set(page_ids))
        if not page_ids:
            return

        def remove(cursor):
            tables = self._live_tables(cursor)
            for start in range(0, len(page_ids), BATCH_SIZE):
                self._remove(cursor, tables, page_ids[start : start + BATCH_SIZE])

        self._execute(remove)

    def rebuild(self, documents, progress=None) -> int:
        # The new version is filled outside any long transaction, so readers keep the live one;
        # only the swap is atomic.
        def prepare(cursor):
            # The live version is read without checking its schema: a rebuild is what brings
            # an index of another version of the hub in line.
            live = self._read_state(cursor).get("live") or self._install(cursor)
            self._drop_versions(cursor, keep={live})
            fresh = Tables(live + 1)
            self.create_tables(cursor, fresh)
            return fresh

        fresh = self._execute(prepare)
        total = 0
        try:
            batch = []
            for document in documents:
                batch.append(document)
                if len(batch) == BATCH_SIZE:
                    self._execute(
                        lambda cursor, b=batch: self._write(cursor, fresh, b, replace=False)
                    )
                    total += len(batch)
                    batch = []
                    if progress:
                        progress(total)
            if batch:
                self._execute(lambda cursor: self._write(cursor, fresh, batch, replace=False))
                total += len(batch)
                if progress:
                    progress(total)
        except BaseException:
            self._execute(lambda cursor: self._drop_versions(cursor, keep={fresh.version - 1}))
            raise

        def swap(cursor):
            # Fresh statistics, or the planner guesses at the new tables until autovacuum runs.
            for table in (fresh.entry, fresh.stored, fresh.facet, fresh.facet_value):
                cursor.execute(f"ANALYZE {table}")
            cursor.execute(
                f"UPDATE {STATE_TABLE} SET version = %s WHERE name = 'live'",
                [fresh.version],
            )
            self._write_version_markers(cursor)
            self._drop_versions(cursor, keep={fresh.version})

        self._execute(swap)
        return total

    def _drop_versions(self, cursor, keep: set[int]):
        # Virtual tables first: dropping an FTS5 table drops its shadow tables.
        names = sorted(self.list_tables(cursor), key=lambda name: "vocabulary" not in name)
        for name in names:
            match = VERSIONED_TABLE.match(name)
            if match and int(match.group(1)) not in keep and name in self.list_tables(cursor):
                cursor.execute(f"DROP TABLE IF EXISTS {name}")

    # -- reading ----------------------------------------------------------------------------------

    def document_counts(self) -> dict[str, int]:
        def count(cursor):
            tables = self._live_tables(cursor)
            cursor.execute(f"SELECT language, COUNT(*) FROM {tables.entry} GROUP BY language")
            return dict(cursor.fetchall())

        counts = self._read(count)
        return {language: counts.get(language, 0) for language in LANGUAGES}

    def indexed_page_ids(self) -> set[int]:
        def read(cursor):
            tables = self._live_tables(cursor)
            cursor.execute(f"SELECT page_id FROM {tables.entry}")
            return {row[0] for row in cursor.fetchall()}

        return self._read(read)

    def search(self, query: SearchQuery) -> SearchResults:
        return self._read(lambda cursor: self._search(cursor, query))

    def _search(self, cursor, query: SearchQuery) -> SearchResults:
        tables = self._live_tables(cursor)
        languages = LANGUAGES if query.scope == "all" else (query.language,)
        if query.text.strip():
            queries = {language: analyse_query(query.text, language) for language in languages}
            queries = {language: analysed for language, analysed in queries.items() if analysed}
            if not queries:
                return SearchResults(count=0, hits=[], facets={facet: [] for facet in FACETS})
            matched_sql = self.matched_sql(tables, queries)
        else:
            queries = {}
            matched_sql = MatchedSql(
                f"{tables.entry} e WHERE e.language IN ({marks(languages)})", list(languages)
            )

        facet_values = self._facet_values(cursor, tables)
        codes = {pair: code for code, pair in facet_values.items()}
        passes = []
        for facet in FACETS:
            chosen = [codes.get((facet, value)) for value in sorted(query.filter_values(facet))]
            chosen = [code for code in chosen if code is not None]
            if query.filter_values(facet) and not chosen:
                passes.append("0")
            elif chosen:
                # Codes are integers from the database, not user text.
                passes.append(
                    f"CASE WHEN e.page_id IN (SELECT page_id FROM {tables.facet} "
                    f"WHERE code IN ({', '.join(str(code) for code in chosen)})) "
                    "THEN 1 ELSE 0 END"
                )
            else:
                passes.append("1")
        pass_columns = "".join(
            f", {condition} AS pass_{facet}"
            for facet, condition in zip(FACETS, passes, strict=True)
        )
        matched = (
            f"WITH matched AS MATERIALIZED (SELECT e.page_id, e.group_id, e.translation_key, "
            f"e.language, e.date, {matched_sql.score} AS score{pass_columns} "
            f"FROM {matched_sql.source})"
        )
        params = [*matched_sql.score_params, *matched_sql.source_params]
        all_pass = " AND ".join(f"m.pass_{facet} = 1" for facet in FACETS)
        # One version per group in the reader's language scope: plain counts will do.
        counted = "COUNT(DISTINCT m.group_id)" if query.scope == "all" else "COUNT(*)"
        sort = query.sort if queries else ("oldest" if query.sort == "oldest" else "newest")
        order = {
            "relevance": "score DESC, date DESC, page_id",
            "newest": "date DESC, score DESC, page_id",
            "oldest": "date ASC, score DESC, page_id",
        }[sort]
        if query.scope == "all":
            # The best-scoring version of each group stands for it (the reader's own on a tie).
            page_rows = (
                "SELECT page_id, translation_key, language, score, date FROM (SELECT m.page_id, "
                "m.translation_key, m.language, m.score, m.date, ROW_NUMBER() OVER "
                "(PARTITION BY m.group_id ORDER BY m.score DESC, CASE WHEN m.language = %s "
                f"THEN 0 ELSE 1 END, m.page_id) AS rank FROM matched m WHERE {all_pass}) ranked "
                f"WHERE rank = 1 ORDER BY {order} LIMIT %s OFFSET %s"
            )
            params += [query.language, query.page_size, query.offset]
        else:
            page_rows = (
                "SELECT page_id, translation_key, language, score, date FROM matched m "
                f"WHERE {all_pass} ORDER BY {order} LIMIT %s OFFSET %s"
            )
            params += [query.page_size, query.offset]
        parts = [
            "SELECT 0 AS kind, page_id, translation_key, language, score, date, 0 AS n "
            f"FROM ({page_rows}) page_rows",
            f"SELECT 1, 0, NULL, NULL, NULL, NULL, {counted} FROM matched m WHERE {all_pass}",
        ]
        if query.with_facets:
            other_pass = " AND ".join(
                f"(m.pass_{facet} = 1 OR f.code IN ({self._codes_sql(facet_values, facet)}))"
                for facet in FACETS
            )
            # CROSS JOIN keeps SQLite from scanning every facet row and probing the matches:
            # the matches drive, each looks up its few codes (PostgreSQL plans it as a join).
            parts.append(
                f"SELECT 2, f.code, NULL, NULL, NULL, NULL, {counted} FROM matched m "
                f"CROSS JOIN {tables.facet} f WHERE f.page_id = m.page_id AND {other_pass} "
                "GROUP BY f.code"
            )
        statement_rows = self.run_search_statement(
            cursor, f"{matched} " + " UNION ALL ".join(parts), params
        )

        rows, count, facets = [], 0, {facet: [] for facet in FACETS}
        for kind, page_id, key, language, score, date, number in statement_rows:
            if kind == 0:
                rows.append((page_id, key, language, score, str(date)))
            elif kind == 1:
                count = number
            elif page_id in facet_values:
                facet, value = facet_values[page_id]
                facets[facet].append(FacetCount(value, number))
        for facet, counts in facets.items():
            if facet == "year":
                counts.sort(key=lambda item: item.value, reverse=True)
            else:
                counts.sort(key=lambda item: (-item.count, item.value))
        # UNION ALL does not promise to keep the page's order: sort it again, by the same keys.
        rows.sort(key=lambda row: row[0])
        rows.sort(key=lambda row: row[4], reverse=sort != "oldest")
        if sort == "relevance":
            rows.sort(key=lambda row: -(row[3] or 0))
        hits = self._hits(cursor, tables, query, queries, rows)
        suggestion = None
        if count == 0 and queries:
            suggestion = self._respell(cursor, tables, query)
        return SearchResults(count=count, hits=hits, facets=facets, suggestion=suggestion)

    @staticmethod
    def _codes_sql(facet_values, facet) -> str:
        codes = [str(code) for code, (name, _value) in facet_values.items() if name == facet]
        return ", ".join(codes) or "NULL"

    def _hits(self, cursor, tables, query, queries, rows) -> list[Hit]:
        if not rows:
            return []
        keys = [row[1] for row in rows]
        cursor.execute(
            f"SELECT translation_key, page_id FROM {tables.entry} "
            f"WHERE language = %s AND translation_key IN ({marks(keys)})",
            [query.language, *keys],
        )
        shown = dict(cursor.fetchall())
        highlights = {}
        if query.with_highlights and queries:
            highlights = self._highlights(cursor, tables, queries, rows)
        return [
            Hit(
                translation_key=key,
                page_id=shown.get(key, page_id),
                language=query.language if key in shown else language,
                matched_page_id=page_id,
                matched_language=language,
                score=float(score or 0),
                highlight=highlights.get(page_id),
            )
            for page_id, key, language, score, _date in rows
        ]

    def _highlights(self, cursor, tables, queries, rows) -> dict[int, Highlight]:
        """Passages from the matched version's fields, in HIGHLIGHT_SOURCES order. Where each
        term first occurs was recorded at indexing, so only the passage itself is analysed; the
        long attachment is read only for pages whose match is there."""
        languages = {row[0]: row[2] for row in rows}
        cursor.execute(
            f"SELECT page_id, offsets FROM {tables.stored} WHERE page_id IN ({marks(languages)})",
            list(languages),
        )
        sources = {}
        for page_id, offsets in cursor.fetchall():
            terms = queries[languages[page_id]].terms
            offsets = json.loads(offsets)
            for source in HIGHLIGHT_SOURCES:
                first_offsets = offsets.get(source, {})
                if not terms.isdisjoint(first_offsets):
                    sources[page_id] = (source, first_offsets)
                    break
        found = {}
        for source in HIGHLIGHT_SOURCES:
            wanted = [page_id for page_id, (name, _offsets) in sources.items() if name == source]
            if not wanted:
                continue
            cursor.execute(
                f"SELECT page_id, {source} FROM {tables.stored} WHERE page_id IN ({marks(wanted)})",
                wanted,
            )
            for page_id, text in cursor.fetchall():
                language = languages[page_id]
                html = passage_from_offsets(
                    text, language, queries[language].terms, sources[page_id][1]
                )
                if html:
                    found[page_id] = Highlight(html, source)
        return found

    def _respell(self, cursor, tables, query) -> str | None:
        language = query.language
        query_words = words(query.text, language)
        known = self.known_words(cursor, tables, language, query_words)
        return respell(
            query.text,
            language,
            is_known=known.__contains__,
            candidates_for=lambda word: self.spelling_candidates(cursor, tables, language, word),
        )

    def suggest(self, text: str, language: str, limit: int = 8) -> list[str]:
        typed = words(text, language)
        if not typed or text[-1:].isspace():
            return []
        before = text[: text.rstrip().rfind(" ") + 1]

        def complete(cursor):
            tables = self._live_tables(cursor)
            return self.completions(cursor, tables, language, typed[-1], limit)

        return [f"{before}{word}" for word in self._read(complete)]
