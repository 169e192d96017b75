"""The embedded default: SQLite's FTS5 in the site's own database file.

FTS5's tokenizer cannot analyse Arabic or Hebrew (it splits words at diacritics and keeps
prefixes), and Python's sqlite3 cannot register a tokenizer of its own, so documents and queries
are analysed in Python (`search.analysis`) and FTS5 indexes the resulting terms, split on
spaces. A `lang` column holds one token per language, so one MATCH expression covers a
language's versions, or every language's with its own analysis of the query. Ranking is FTS5's
bm25() with weighted columns; the vocabulary for suggestions is an fts5vocab table over the
documents' normalised words, one column per language.
"""

from django.db import DatabaseError, connection

from search.analysis import LANGUAGES, AnalysedQuery, index_terms
from search.analysis.hebrew import MAX_PREFIX
from search.engines.embedded import (
    EmbeddedSearchEngine,
    MatchedSql,
    Tables,
    document_words,
    insert_rows,
)

# bm25() weights of the text table's columns: lang, title, summary, people, body, attachment.
COLUMN_WEIGHTS = (0, 4.0, 2.0, 2.0, 1.0, 0.5)
TOKENIZER = "unicode61 remove_diacritics 0"
# Hebrew words are indexed with their prefix-less variants right after them, so the words of a
# phrase can stand up to this many terms apart.
VARIANT_SLACK = {"he": MAX_PREFIX}


def quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def match_expression(language: str, analysed: AnalysedQuery) -> str:
    """The FTS5 query of one language, built only from analysed terms, each quoted, so no user
    text can be read as FTS5 syntax."""
    parts = ["(" + " OR ".join(quoted(term) for term in group) + ")" for group in analysed.groups]
    slack = VARIANT_SLACK.get(language, 0)
    for phrase in analysed.phrases:
        if slack:
            terms = " ".join(quoted(term) for term in phrase)
            parts.append(f"NEAR({terms}, {slack * (len(phrase) - 1)})")
        else:
            parts.append(quoted(" ".join(phrase)))
    return f"(lang : {quoted('lang' + language)} AND " + " AND ".join(parts) + ")"


class SqliteSearchEngine(EmbeddedSearchEngine):
    """SQLite FTS5, the default for `make run`."""

    name = "sqlite-fts5"

    def health(self) -> dict:
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT sqlite_compileoption_used('ENABLE_FTS5')")
                (fts5_available,) = cursor.fetchone()
        except DatabaseError:
            return {"engine": self.name, "status": "unavailable"}
        if not fts5_available:
            return {"engine": self.name, "status": "unavailable", "reason": "no FTS5"}
        return {"engine": self.name, "status": "ok"}

    def create_tables(self, cursor, tables: Tables) -> None:
        cursor.execute(
            f"CREATE TABLE {tables.entry} (page_id INTEGER PRIMARY KEY, "
            "translation_key TEXT NOT NULL, language TEXT NOT NULL, "
            "publication_type TEXT NOT NULL, date TEXT NOT NULL, title TEXT NOT NULL, "
            "summary TEXT NOT NULL, body TEXT NOT NULL, attachment TEXT NOT NULL)"
        )
        cursor.execute(f"CREATE INDEX {tables.entry}_language ON {tables.entry} (language, date)")
        cursor.execute(
            f"CREATE INDEX {tables.entry}_group ON {tables.entry} (translation_key, language)"
        )
        cursor.execute(
            f"CREATE TABLE {tables.facet} (facet TEXT NOT NULL, value TEXT NOT NULL, "
            "page_id INTEGER NOT NULL, PRIMARY KEY (facet, value, page_id)) WITHOUT ROWID"
        )
        cursor.execute(f"CREATE INDEX {tables.facet}_page ON {tables.facet} (page_id)")
        cursor.execute(
            f"CREATE VIRTUAL TABLE {tables.text} USING fts5(lang, title, summary, people, "
            f'body, attachment, tokenize = "{TOKENIZER}")'
        )
        languages = ", ".join(LANGUAGES)
        cursor.execute(
            f"CREATE VIRTUAL TABLE {tables.words} USING fts5({languages}, "
            f'tokenize = "{TOKENIZER}", detail = column)'
        )
        cursor.execute(
            f"CREATE VIRTUAL TABLE {tables.vocabulary} USING fts5vocab({tables.words}, 'col')"
        )

    def list_tables(self, cursor) -> list[str]:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'search%'"
        )
        return [row[0] for row in cursor.fetchall()]

    def write_text(self, cursor, tables, documents) -> None:
        insert_rows(
            cursor,
            tables.text,
            ("rowid", "lang", "title", "summary", "people", "body", "attachment"),
            [
                (
                    document.page_id,
                    "lang" + document.language,
                    *(
                        " ".join(index_terms(text, document.language))
                        for text in (
                            document.title,
                            document.summary,
                            "\n".join((*document.authors, *document.topic_names)),
                            document.body,
                            document.attachment,
                        )
                    ),
                )
                for document in documents
            ],
        )
        for language in LANGUAGES:
            insert_rows(
                cursor,
                tables.words,
                ("rowid", language),
                [
                    (document.page_id, " ".join(sorted(document_words(document))))
                    for document in documents
                    if document.language == language
                ],
            )

    def delete_text(self, cursor, tables, page_ids) -> None:
        marks = ", ".join(["%s"] * len(page_ids))
        for table in (tables.text, tables.words):
            cursor.execute(f"DELETE FROM {table} WHERE rowid IN ({marks})", page_ids)  # noqa: S608

    def matched_sql(self, tables, queries) -> MatchedSql:
        expression = " OR ".join(
            match_expression(language, analysed) for language, analysed in queries.items()
        )
        weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS)
        return MatchedSql(
            source=(
                f"{tables.text} JOIN {tables.entry} e ON e.page_id = {tables.text}.rowid "
                f"WHERE {tables.text} MATCH %s"
            ),
            source_params=[expression],
            score=f"-bm25({tables.text}, {weights})",
        )

    def known_words(self, cursor, tables, language, words) -> set[str]:
        if not words:
            return set()
        marks = ", ".join(["%s"] * len(words))
        cursor.execute(
            f"SELECT term FROM {tables.vocabulary} WHERE col = %s AND term IN ({marks})",  # noqa: S608
            [language, *words],
        )
        return {row[0] for row in cursor.fetchall()}

    def spelling_candidates(self, cursor, tables, language, word) -> list[tuple[str, int]]:
        # Words that start with the same letter and are about as long: a typo rarely falls on
        # the first letter, and the range keeps the scan of the vocabulary short.
        cursor.execute(
            f"SELECT term, doc FROM {tables.vocabulary} WHERE col = %s AND term >= %s "  # noqa: S608
            "AND term < %s AND length(term) BETWEEN %s AND %s",
            [language, word[0], word[0] + "\U0010ffff", len(word) - 2, len(word) + 2],
        )
        return cursor.fetchall()

    def completions(self, cursor, tables, language, prefix, limit) -> list[str]:
        cursor.execute(
            f"SELECT term FROM {tables.vocabulary} WHERE col = %s AND term >= %s "  # noqa: S608
            "AND term < %s ORDER BY doc DESC, term LIMIT %s",
            [language, prefix, prefix + "\U0010ffff", limit],
        )
        return [row[0] for row in cursor.fetchall()]
