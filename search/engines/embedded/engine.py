"""What the two database engines share: health, versions, writing, rebuilding and reading.
Each subclass supplies only the full-text parts its database does its own way (the abstract
methods below); the package's docstring describes the tables."""

from abc import abstractmethod
from collections.abc import Callable, Iterable

from django.db import DatabaseError, connection, transaction

from search.analysis import (
    LANGUAGES,
    AnalysedQuery,
    analyse_query,
    words,
)
from search.engines.base import (
    FACETS,
    SearchDocument,
    SearchEngine,
    SearchEngineError,
    SearchQuery,
    SearchResults,
)
from search.engines.embedded import statement
from search.engines.embedded.tables import (
    BATCH_SIZE,
    STATE_TABLE,
    VERSION_MARKERS,
    VERSIONED_TABLE,
    AnalysedDocument,
    MatchedSql,
    Tables,
    group_id,
    insert_rows,
    marks,
    read_facet_values,
    savepoint_if_in_transaction,
    write_facets,
    write_stored,
)
from search.engines.layout import IndexOfAnotherVersion
from search.spelling import respell


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
        write_stored(cursor, tables, analysed)
        write_facets(cursor, tables, documents)
        self.write_text(cursor, tables, analysed)

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
        facet_values = read_facet_values(cursor, tables)
        sort = statement.effective_sort(query, queries)
        sql, params = statement.search_statement(tables, matched_sql, query, facet_values, sort)
        rows, count, facets = statement.read_statement_rows(
            self.run_search_statement(cursor, sql, params), facet_values, sort
        )
        hits = statement.hits(cursor, tables, query, queries, rows)
        suggestion = None
        if count == 0 and queries:
            suggestion = self._respell(cursor, tables, query)
        return SearchResults(count=count, hits=hits, facets=facets, suggestion=suggestion)

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
