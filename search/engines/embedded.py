"""What the two database engines (SQLite FTS5, PostgreSQL full-text) share: their tables, the
SQL that filters, groups translations, counts facets and pages results, highlighting and
suggestions. Each subclass supplies only the full-text parts its database does its own way.

Tables are versioned (`search_entry_v3` …) and the live version is recorded in
`search_engine_state`: a rebuild fills the next version beside the live one and swaps it in with
one update, then drops the old tables (and any orphan left by an interrupted rebuild).

Every statement runs in a savepoint, so a failing search never breaks the caller's transaction;
database errors come out as SearchEngineError.
"""

import re
from abc import abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import DatabaseError, connection, transaction

from search.analysis import LANGUAGES, AnalysedQuery, analyse_query, words
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
from search.highlight import passage
from search.spelling import respell

BATCH_SIZE = 500
STATE_TABLE = "search_engine_state"
# Which stored fields a highlight may come from, in the order they are preferred.
HIGHLIGHT_SOURCES = ("body", "summary", "attachment", "title")
VERSIONED_TABLE = re.compile(r"^search_[a-z]+_v(\d+)(?:_[a-z]+)?$")


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
        self.facet = f"search_facet_v{version}"
        self.text = f"search_text_v{version}"
        self.words = f"search_words_v{version}"
        self.vocabulary = f"search_words_v{version}_vocabulary"


class EmbeddedSearchEngine(SearchEngine):
    # -- what each database does its own way ---------------------------------------------------

    @abstractmethod
    def create_tables(self, cursor, tables: Tables) -> None:
        """Creates one version's tables (entry, facet and the full-text parts)."""

    @abstractmethod
    def list_tables(self, cursor) -> list[str]:
        """Names of every table of this engine in the database."""

    # Columns of its own the engine adds to `entry` rows, with their SQL placeholders.
    entry_columns: tuple[tuple[str, str], ...] = ()

    def entry_values(self, document: SearchDocument) -> tuple:
        """Values of `entry_columns` for a document."""
        return ()

    @abstractmethod
    def write_text(self, cursor, tables: Tables, documents: list[SearchDocument]) -> None:
        """Writes the full-text index rows (and vocabulary) of documents already in `entry`."""

    @abstractmethod
    def delete_text(self, cursor, tables: Tables, page_ids: list[int]) -> None:
        """Removes the full-text rows (and vocabulary) of pages, before their entries go."""

    @abstractmethod
    def matched_sql(self, tables: Tables, queries: dict[str, AnalysedQuery]) -> MatchedSql:
        """How to select the entries `e` that match, per language, its analysed query."""

    @abstractmethod
    def known_words(self, cursor, tables: Tables, language: str, words: list[str]) -> set[str]:
        """Which of the normalised words are in the language's vocabulary."""

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

    # -- versions --------------------------------------------------------------------------------

    def _execute(self, operation: Callable):
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                return operation(cursor)
        except DatabaseError as error:
            raise SearchEngineError(f"{self.name}: {error}") from error

    def _live_tables(self, cursor) -> Tables:
        version = self._read_version(cursor)
        if version is None:
            version = self._install(cursor)
        return Tables(version)

    def _read_version(self, cursor) -> int | None:
        try:
            with transaction.atomic():
                cursor.execute(f"SELECT version FROM {STATE_TABLE} WHERE name = 'live'")  # noqa: S608
                row = cursor.fetchone()
        except DatabaseError:
            return None
        return row[0] if row else None

    def _install(self, cursor) -> int:
        cursor.execute(
            f"CREATE TABLE IF NOT EXISTS {STATE_TABLE} "
            "(name VARCHAR(20) PRIMARY KEY, version INTEGER NOT NULL)"
        )
        cursor.execute(f"SELECT version FROM {STATE_TABLE} WHERE name = 'live'")  # noqa: S608
        row = cursor.fetchone()
        if row:
            return row[0]
        self.create_tables(cursor, Tables(1))
        cursor.execute(f"INSERT INTO {STATE_TABLE} (name, version) VALUES ('live', 1)")  # noqa: S608
        return 1

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
        columns = ENTRY_COLUMNS + tuple(name for name, _placeholder in self.entry_columns)
        placeholders = ("%s",) * len(ENTRY_COLUMNS) + tuple(
            placeholder for _name, placeholder in self.entry_columns
        )
        insert_rows(
            cursor,
            tables.entry,
            columns,
            [
                (
                    document.page_id,
                    document.translation_key,
                    document.language,
                    document.publication_type,
                    document.date,
                    document.title,
                    document.summary,
                    document.body,
                    document.attachment,
                    *self.entry_values(document),
                )
                for document in documents
            ],
            placeholders,
        )
        insert_rows(
            cursor,
            tables.facet,
            ("facet", "value", "page_id"),
            [
                (facet, value, document.page_id)
                for document in documents
                for facet, values in document.facet_values().items()
                for value in set(values)
            ],
        )
        self.write_text(cursor, tables, documents)

    def _remove(self, cursor, tables: Tables, page_ids: list[int]):
        if not page_ids:
            return
        self.delete_text(cursor, tables, page_ids)
        marks = ", ".join(["%s"] * len(page_ids))
        cursor.execute(f"DELETE FROM {tables.facet} WHERE page_id IN ({marks})", page_ids)  # noqa: S608
        cursor.execute(f"DELETE FROM {tables.entry} WHERE page_id IN ({marks})", page_ids)  # noqa: S608

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
            live = self._live_tables(cursor)
            self._drop_versions(cursor, keep={live.version})
            fresh = Tables(live.version + 1)
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
            cursor.execute(
                f"UPDATE {STATE_TABLE} SET version = %s WHERE name = 'live'",  # noqa: S608
                [fresh.version],
            )
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
            cursor.execute(
                f"SELECT language, COUNT(*) FROM {tables.entry} GROUP BY language"  # noqa: S608
            )
            return dict(cursor.fetchall())

        counts = self._execute(count)
        return {language: counts.get(language, 0) for language in LANGUAGES}

    def indexed_page_ids(self) -> set[int]:
        def read(cursor):
            tables = self._live_tables(cursor)
            cursor.execute(f"SELECT page_id FROM {tables.entry}")  # noqa: S608
            return {row[0] for row in cursor.fetchall()}

        return self._execute(read)

    def search(self, query: SearchQuery) -> SearchResults:
        return self._execute(lambda cursor: self._search(cursor, query))

    def _search(self, cursor, query: SearchQuery) -> SearchResults:
        tables = self._live_tables(cursor)
        languages = LANGUAGES if query.scope == "all" else (query.language,)
        if query.text.strip():
            queries = {language: analyse_query(query.text, language) for language in languages}
            queries = {language: analysed for language, analysed in queries.items() if analysed}
            if not queries:
                return SearchResults(count=0, hits=[], facets={})
            matched_sql = self.matched_sql(tables, queries)
        else:
            queries = {}
            marks = ", ".join(["%s"] * len(languages))
            matched_sql = MatchedSql(f"{tables.entry} e WHERE e.language IN ({marks})", languages)

        passes, pass_params = [], []
        for facet in FACETS:
            values = sorted(query.filter_values(facet))
            if values:
                marks = ", ".join(["%s"] * len(values))
                passes.append(
                    f"e.page_id IN (SELECT page_id FROM {tables.facet} "  # noqa: S608
                    f"WHERE facet = '{facet}' AND value IN ({marks}))"
                )
                pass_params += values
            else:
                passes.append("1 = 1")
        pass_columns = ", ".join(
            f"CASE WHEN {condition} THEN 1 ELSE 0 END AS pass_{facet}"
            for facet, condition in zip(FACETS, passes, strict=True)
        )
        matched = (
            f"matched AS MATERIALIZED (SELECT e.page_id, e.translation_key, e.language, e.date, "  # noqa: S608
            f"{matched_sql.score} AS score, {pass_columns} FROM {matched_sql.source})"
        )
        matched_params = [*matched_sql.score_params, *pass_params, *matched_sql.source_params]
        all_pass = " AND ".join(f"m.pass_{facet} = 1" for facet in FACETS)

        facets = {facet: [] for facet in FACETS}
        count = 0
        if query.with_facets:
            other_pass = " AND ".join(
                f"(m.pass_{facet} = 1 OR f.facet = '{facet}')" for facet in FACETS
            )
            cursor.execute(
                f"WITH {matched} "  # noqa: S608
                f"SELECT '', '', COUNT(DISTINCT m.translation_key) FROM matched m WHERE {all_pass} "
                "UNION ALL "
                f"SELECT f.facet, f.value, COUNT(DISTINCT m.translation_key) FROM matched m "
                f"JOIN {tables.facet} f ON f.page_id = m.page_id WHERE {other_pass} "
                "GROUP BY f.facet, f.value",
                matched_params,
            )
            for facet, value, value_count in cursor.fetchall():
                if facet:
                    facets[facet].append(FacetCount(value, value_count))
                else:
                    count = value_count
            for facet, counts in facets.items():
                counts.sort(key=lambda item: (-item.count, item.value))
                if facet == "year":
                    counts.sort(key=lambda item: item.value, reverse=True)
        else:
            cursor.execute(
                f"WITH {matched} SELECT COUNT(DISTINCT m.translation_key) FROM matched m "  # noqa: S608
                f"WHERE {all_pass}",
                matched_params,
            )
            count = cursor.fetchone()[0]

        order = {
            "relevance": "score DESC, date DESC, page_id",
            "newest": "date DESC, score DESC, page_id",
            "oldest": "date ASC, score DESC, page_id",
        }[query.sort if queries else ("oldest" if query.sort == "oldest" else "newest")]
        cursor.execute(
            f"WITH {matched}, ranked AS (SELECT m.page_id, m.translation_key, m.language, "  # noqa: S608
            "m.date, m.score, ROW_NUMBER() OVER (PARTITION BY m.translation_key "
            "ORDER BY m.score DESC, CASE WHEN m.language = %s THEN 0 ELSE 1 END, m.page_id) "
            f"AS rank FROM matched m WHERE {all_pass}) "
            "SELECT page_id, translation_key, language, score FROM ranked WHERE rank = 1 "
            f"ORDER BY {order} LIMIT %s OFFSET %s",
            [*matched_params, query.language, query.page_size, query.offset],
        )
        rows = cursor.fetchall()
        hits = self._hits(cursor, tables, query, queries, rows)
        suggestion = None
        if count == 0 and queries:
            suggestion = self._respell(cursor, tables, query)
        return SearchResults(count=count, hits=hits, facets=facets, suggestion=suggestion)

    def _hits(self, cursor, tables, query, queries, rows) -> list[Hit]:
        if not rows:
            return []
        keys = [row[1] for row in rows]
        marks = ", ".join(["%s"] * len(keys))
        cursor.execute(
            f"SELECT translation_key, page_id FROM {tables.entry} "  # noqa: S608
            f"WHERE language = %s AND translation_key IN ({marks})",
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
            for page_id, key, language, score in rows
        ]

    def _highlights(self, cursor, tables, queries, rows) -> dict[int, Highlight]:
        """Passages from the matched version's fields, body first; the long attachment is read
        only for the pages whose other fields have no match."""
        languages = {page_id: language for page_id, _key, language, _score in rows}
        found = {}
        for fields in (("body", "summary"), ("attachment", "title")):
            wanted = [page_id for page_id in languages if page_id not in found]
            if not wanted:
                break
            marks = ", ".join(["%s"] * len(wanted))
            cursor.execute(
                f"SELECT page_id, {', '.join(fields)} FROM {tables.entry} "  # noqa: S608
                f"WHERE page_id IN ({marks})",
                wanted,
            )
            for page_id, *texts in cursor.fetchall():
                terms = queries[languages[page_id]].terms
                for source, text in zip(fields, texts, strict=True):
                    html = passage(text or "", languages[page_id], terms)
                    if html:
                        found[page_id] = Highlight(html, source)
                        break
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

        return [f"{before}{word}" for word in self._execute(complete)]


ENTRY_COLUMNS = (
    "page_id",
    "translation_key",
    "language",
    "publication_type",
    "date",
    "title",
    "summary",
    "body",
    "attachment",
)
ROWS_PER_INSERT = 200


def insert_rows(cursor, table, columns, rows, placeholders=None):
    """Inserts rows with multi-row INSERTs: one round trip per few hundred rows, where
    executemany would make one per row on PostgreSQL."""
    placeholders = placeholders or ("%s",) * len(columns)
    row_sql = "(" + ", ".join(placeholders) + ")"
    names = ", ".join(columns)
    for start in range(0, len(rows), ROWS_PER_INSERT):
        chunk = rows[start : start + ROWS_PER_INSERT]
        cursor.execute(
            f"INSERT INTO {table} ({names}) VALUES " + ", ".join([row_sql] * len(chunk)),  # noqa: S608
            [value for row in chunk for value in row],
        )


def document_words(document: SearchDocument) -> set[str]:
    """The normalised words a document adds to its language's vocabulary."""
    text = "\n".join(
        (document.title, document.summary, document.body, " ".join(document.topic_names))
    )
    return set(words(text, document.language))
