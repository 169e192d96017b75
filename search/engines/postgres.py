"""PostgreSQL full-text search in the site's own database.

PostgreSQL has no Hebrew configuration, and its Snowball Arabic stemmer keeps combined prefixes
and stems plurals apart from their singulars, so documents and queries are analysed in Python
(`search.analysis`, the same chains as SQLite and Elasticsearch) and stored as a ready-made
`tsvector`: each term at its word's position and weighted by field (title A, summary and people
B, body C, attachment D), a Hebrew word's prefix-less variants at the same position as the word,
so phrases match with `<->`. No text-search configuration runs over them (one would stem the
terms a second time). A GIN index serves `@@`, `ts_rank_cd` ranks. Highlights are cut by
`search.highlight` from the original text: `ts_headline` can only mark what a configuration
matched. The vocabulary for suggestions is a table of words per language with a `pg_trgm`
index for "did you mean".
"""

from collections import Counter, defaultdict

from django.db import DatabaseError, connection

from search.analysis import AnalysedQuery, tokens
from search.engines.embedded import (
    EmbeddedSearchEngine,
    MatchedSql,
    Tables,
    document_words,
)

# ts_rank_cd weights of D, C, B, A; normalisation 1 divides by 1 + log(document length), so a
# long attachment does not outrank a short, exact title.
RANK_WEIGHTS = "{0.05, 0.2, 0.4, 1.0}"
RANK_NORMALISATION = 1
# tsvector limits: positions above 16,383 are stored as 16,383, and one lexeme keeps at most
# 256 positions.
MAX_POSITION = 16_383
MAX_POSITIONS_PER_TERM = 256


def tsquery_term(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector_literal(weighted_texts: list[tuple[str, str]], language: str) -> str:
    """The tsvector of texts, each with its weight letter, analysed in Python."""
    positions = defaultdict(list)
    position = 0
    for text, weight in weighted_texts:
        for token in tokens(text, language):
            position = min(position + 1, MAX_POSITION)
            for term in token.terms:
                if len(positions[term]) < MAX_POSITIONS_PER_TERM:
                    positions[term].append(f"{position}{weight}")
        # A gap keeps a phrase from matching across two fields.
        position = min(position + 1, MAX_POSITION)
    return " ".join(
        f"{tsquery_term(term)}:{','.join(places)}" for term, places in positions.items()
    )


def tsquery_text(analysed: AnalysedQuery) -> str:
    """The tsquery of one language, built only from analysed terms, each quoted."""
    parts = [
        "(" + " | ".join(tsquery_term(term) for term in group) + ")" for group in analysed.groups
    ]
    parts += [
        "(" + " <-> ".join(tsquery_term(term) for term in phrase) + ")"
        for phrase in analysed.phrases
    ]
    return " & ".join(parts)


class PostgresSearchEngine(EmbeddedSearchEngine):
    """PostgreSQL full-text search, used when the site runs on PostgreSQL."""

    name = "postgres-fts"
    entry_columns = (("document", "%s::tsvector"), ("words", "%s"))

    def health(self) -> dict:
        try:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'"
                )
                (trigram_extensions,) = cursor.fetchone()
        except DatabaseError:
            return {"engine": self.name, "status": "unavailable"}
        if not trigram_extensions:
            return {"engine": self.name, "status": "unavailable", "reason": "no pg_trgm"}
        return {"engine": self.name, "status": "ok"}

    def entry_values(self, document) -> tuple:
        texts = [
            (document.title, "A"),
            (document.summary, "B"),
            ("\n".join((*document.authors, *document.topic_names)), "B"),
            (document.body, "C"),
            (document.attachment, "D"),
        ]
        return (tsvector_literal(texts, document.language), sorted(document_words(document)))

    def create_tables(self, cursor, tables: Tables) -> None:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        cursor.execute(
            f"CREATE TABLE {tables.entry} (page_id integer PRIMARY KEY, "
            "translation_key text NOT NULL, language text NOT NULL, "
            "publication_type text NOT NULL, date date NOT NULL, title text NOT NULL, "
            "summary text NOT NULL, body text NOT NULL, attachment text NOT NULL, "
            "document tsvector NOT NULL, words text[] NOT NULL)"
        )
        cursor.execute(
            f"CREATE INDEX {tables.entry}_document ON {tables.entry} USING gin (document)"
        )
        cursor.execute(f"CREATE INDEX {tables.entry}_language ON {tables.entry} (language, date)")
        cursor.execute(
            f"CREATE INDEX {tables.entry}_group ON {tables.entry} (translation_key, language)"
        )
        cursor.execute(
            f"CREATE TABLE {tables.facet} (facet text NOT NULL, value text NOT NULL, "
            "page_id integer NOT NULL, PRIMARY KEY (facet, value, page_id))"
        )
        cursor.execute(f"CREATE INDEX {tables.facet}_page ON {tables.facet} (page_id)")
        # The C collation orders words by code point, so a prefix is a range on the key.
        cursor.execute(
            f"CREATE TABLE {tables.words} (language text NOT NULL, "
            'word text COLLATE "C" NOT NULL, documents integer NOT NULL, '
            "PRIMARY KEY (language, word))"
        )
        cursor.execute(
            f"CREATE INDEX {tables.words}_trigram ON {tables.words} USING gin (word gin_trgm_ops)"
        )

    def list_tables(self, cursor) -> list[str]:
        cursor.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "AND tablename LIKE 'search%%'"
        )
        return [row[0] for row in cursor.fetchall()]

    def write_text(self, cursor, tables, documents) -> None:
        counts = Counter()
        for document in documents:
            counts.update((document.language, word) for word in document_words(document))
        rows = [(language, word, count) for (language, word), count in counts.items()]
        for start in range(0, len(rows), 1000):
            chunk = rows[start : start + 1000]
            cursor.execute(
                f"INSERT INTO {tables.words} (language, word, documents) "  # noqa: S608
                "SELECT * FROM unnest(%s::text[], %s::text[], %s::integer[]) "
                f"ON CONFLICT (language, word) DO UPDATE "
                f"SET documents = {tables.words}.documents + EXCLUDED.documents",
                [[row[0] for row in chunk], [row[1] for row in chunk], [row[2] for row in chunk]],
            )

    def delete_text(self, cursor, tables, page_ids) -> None:
        cursor.execute(
            f"WITH gone AS (SELECT language, unnest(words) AS word, count(*) AS documents "  # noqa: S608
            f"FROM {tables.entry} WHERE page_id = ANY(%s) GROUP BY 1, 2), "
            f"lowered AS (UPDATE {tables.words} w SET documents = w.documents - gone.documents "
            "FROM gone WHERE w.language = gone.language AND w.word = gone.word "
            "RETURNING w.language, w.word, w.documents) "
            f"DELETE FROM {tables.words} w USING lowered "
            "WHERE w.language = lowered.language AND w.word = lowered.word "
            "AND lowered.documents <= 0",
            [list(page_ids)],
        )

    def matched_sql(self, tables, queries) -> MatchedSql:
        conditions, condition_params = [], []
        cases, case_params = [], []
        for language, analysed in queries.items():
            text = tsquery_text(analysed)
            conditions.append("(e.language = %s AND e.document @@ %s::tsquery)")
            condition_params += [language, text]
            cases.append("WHEN %s THEN %s::tsquery")
            case_params += [language, text]
        return MatchedSql(
            source=f"{tables.entry} e WHERE " + " OR ".join(conditions),
            source_params=condition_params,
            score=(
                f"ts_rank_cd('{RANK_WEIGHTS}', e.document, CASE e.language {' '.join(cases)} "
                f"END, {RANK_NORMALISATION})"
            ),
            score_params=case_params,
        )

    def known_words(self, cursor, tables, language, words) -> set[str]:
        cursor.execute(
            f"SELECT word FROM {tables.words} WHERE language = %s AND word = ANY(%s)",  # noqa: S608
            [language, list(words)],
        )
        return {row[0] for row in cursor.fetchall()}

    def spelling_candidates(self, cursor, tables, language, word) -> list[tuple[str, int]]:
        cursor.execute(
            f"SELECT word, documents FROM {tables.words} "  # noqa: S608
            "WHERE language = %s AND word %% %s ORDER BY word <-> %s LIMIT 50",
            [language, word, word],
        )
        return cursor.fetchall()

    def completions(self, cursor, tables, language, prefix, limit) -> list[str]:
        cursor.execute(
            f"SELECT word FROM {tables.words} WHERE language = %s "  # noqa: S608
            "AND word >= %s AND word < %s ORDER BY documents DESC, word LIMIT %s",
            [language, prefix, prefix + "\U0010ffff", limit],
        )
        return [row[0] for row in cursor.fetchall()]
