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

from search.analysis import LANGUAGES, AnalysedQuery
from search.engines.embedded import (
    EmbeddedSearchEngine,
    MatchedSql,
    Tables,
    insert_rows,
    phrase_pairs,
    word_pairs,
)

TEXT_FIELDS = ("title", "summary", "people", "body", "attachment")
# The variants fields (see `search.analysis`), one column each for all text fields. PREFIXED
# has the words' variants only: a query word's own term found there is the word with a prefix
# (ההודעה for הודעה). VARIANTS has every term, own and variants: what a query word's variants
# match in, weighted lowest, since a query word's variant is as often another word (דעה is
# the variant of הודעה). Both weigh less than any exact field, so a word found as itself ranks
# first.
PREFIXED = "prefixed"
VARIANTS = "variants"
# bm25() weights of the text table's columns: lang, then TEXT_FIELDS, PREFIXED and VARIANTS.
COLUMN_WEIGHTS = (0, 4.0, 2.0, 2.0, 1.0, 0.5, 0.2, 0.01)
# "+" joins the two words of a pair term into one token.
TOKENIZER = "unicode61 remove_diacritics 0 tokenchars '+'"


def quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def match_expression(language: str, analysed: AnalysedQuery) -> str:
    """The FTS5 query of one language, built only from analysed terms, each quoted, so no user
    text can be read as FTS5 syntax."""
    parts = [word_expression(group) for group in analysed.groups]
    return f"(lang : {quoted('lang' + language)} AND " + " AND ".join(parts) + ")"


def word_expression(group: tuple[str, ...]) -> str:
    """A query word: its own term in any column (the exact fields score it at their weight,
    PREFIXED and VARIANTS lower), or one of its variants in VARIANTS only."""
    own, *variants = group
    if not variants:
        return quoted(own)
    alternatives = " OR ".join(quoted(term) for term in variants)
    return f"({quoted(own)} OR {VARIANTS} : ({alternatives}))"


def language_pair(language: str, pair: str) -> str:
    """A pair term of one language: the pairs table has no language column."""
    return f"{language}+{pair}"


def pairs_expression(language: str, analysed: AnalysedQuery) -> str:
    """The pairs table's query for the phrases of one language: all their pairs."""
    return " AND ".join(
        quoted(language_pair(language, pair))
        for phrase in analysed.phrases
        for pair in phrase_pairs(phrase)
    )


def variants_columns(item) -> tuple[str, str]:
    """The document's PREFIXED and VARIANTS columns."""
    prefixed, variants = [], []
    for name in TEXT_FIELDS:
        for terms in item.fields[name]:
            variants.extend(terms)
            if len(terms) > 1:
                prefixed.extend(terms[1:])
    return " ".join(prefixed), " ".join(variants)


class SqliteSearchEngine(EmbeddedSearchEngine):
    """SQLite FTS5, the default for `make run`."""

    name = "sqlite-fts5"

    def database_health(self) -> dict:
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT sqlite_compileoption_used('ENABLE_FTS5')")
                (fts5_available,) = cursor.fetchone()
        except DatabaseError:
            return {"engine": self.name, "status": "unavailable"}
        if not fts5_available:
            return {"engine": self.name, "status": "unavailable", "reason": "no FTS5"}
        return {"engine": self.name, "status": "ok"}

    column_types = {
        "key": "INTEGER",
        "big": "INTEGER",
        "text": "TEXT",
        "date": "TEXT",
        "serial": "INTEGER",
        "clustered": " WITHOUT ROWID",
    }

    def create_tables(self, cursor, tables: Tables) -> None:
        self.create_shared_tables(cursor, tables)
        cursor.execute(
            f"CREATE VIRTUAL TABLE {tables.text} USING fts5(lang, {', '.join(TEXT_FIELDS)}, "
            f'{PREFIXED}, {VARIANTS}, tokenize = "{TOKENIZER}")'
        )
        # Phrases are matched by the pairs of neighbouring words each document has: only
        # which documents have a pair matters, so the table keeps no positions or counts.
        cursor.execute(
            f"CREATE VIRTUAL TABLE {tables.pairs} USING fts5(pairs, "
            f'tokenize = "{TOKENIZER}", detail = none)'
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

    def write_text(self, cursor, tables, analysed) -> None:
        insert_rows(
            cursor,
            tables.text,
            ("rowid", "lang", *TEXT_FIELDS, PREFIXED, VARIANTS),
            [
                (
                    item.document.page_id,
                    "lang" + item.document.language,
                    *(" ".join(terms[0] for terms in item.fields[name]) for name in TEXT_FIELDS),
                    *variants_columns(item),
                )
                for item in analysed
            ],
        )
        insert_rows(
            cursor,
            tables.pairs,
            ("rowid", "pairs"),
            [
                (
                    item.document.page_id,
                    " ".join(
                        language_pair(item.document.language, pair)
                        for pair in word_pairs(item.fields, item.document.language)
                    ),
                )
                for item in analysed
            ],
        )
        for language in LANGUAGES:
            insert_rows(
                cursor,
                tables.words,
                ("rowid", language),
                [
                    (item.document.page_id, " ".join(sorted(item.vocabulary)))
                    for item in analysed
                    if item.document.language == language
                ],
            )

    def delete_text(self, cursor, tables, page_ids) -> None:
        marks = ", ".join(["%s"] * len(page_ids))
        for table in (tables.text, tables.pairs, tables.words):
            cursor.execute(f"DELETE FROM {table} WHERE rowid IN ({marks})", page_ids)

    def matched_sql(self, tables, queries) -> MatchedSql:
        expression = " OR ".join(
            match_expression(language, analysed) for language, analysed in queries.items()
        )
        weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS)
        source = (
            f"{tables.text} JOIN {tables.entry} e ON e.page_id = {tables.text}.rowid "
            f"WHERE {tables.text} MATCH %s"
        )
        params = [expression]
        phrases = " OR ".join(
            f"({pairs_expression(language, analysed)})"
            for language, analysed in queries.items()
            if analysed.phrases
        )
        if phrases:
            # One list of the documents having the phrases' pairs, read once (an OR of
            # per-language conditions here made SQLite read it for every match).
            source += (
                f" AND e.page_id IN (SELECT rowid FROM {tables.pairs} "
                f"WHERE {tables.pairs} MATCH %s)"
            )
            params.append(phrases)
        return MatchedSql(
            source=source,
            source_params=params,
            score=f"-bm25({tables.text}, {weights})",
        )

    def known_words(self, cursor, tables, language, words) -> set[str]:
        if not words:
            return set()
        marks = ", ".join(["%s"] * len(words))
        cursor.execute(
            f"SELECT term FROM {tables.vocabulary} WHERE col = %s AND term IN ({marks})",
            [language, *words],
        )
        return {row[0] for row in cursor.fetchall()}

    def spelling_candidates(self, cursor, tables, language, word) -> list[tuple[str, int]]:
        # Words that start with the same letter and are about as long: a typo rarely falls on
        # the first letter, and the range keeps the scan of the vocabulary short.
        cursor.execute(
            f"SELECT term, doc FROM {tables.vocabulary} WHERE col = %s AND term >= %s "
            "AND term < %s AND length(term) BETWEEN %s AND %s",
            [language, word[0], word[0] + "\U0010ffff", len(word) - 2, len(word) + 2],
        )
        return cursor.fetchall()

    def completions(self, cursor, tables, language, prefix, limit) -> list[str]:
        cursor.execute(
            f"SELECT term FROM {tables.vocabulary} WHERE col = %s AND term >= %s "
            "AND term < %s ORDER BY doc DESC, term LIMIT %s",
            [language, prefix, prefix + "\U0010ffff", limit],
        )
        return [row[0] for row in cursor.fetchall()]
