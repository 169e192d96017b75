"""PostgreSQL full-text search in the site's own database.

PostgreSQL has no Hebrew configuration, and its Snowball Arabic stemmer keeps combined prefixes
and stems plurals apart from their singulars, so documents and queries are analysed in Python
(`search.analysis`, the same chains as SQLite and Elasticsearch) and stored as ready-made
`tsvector`s, no text-search configuration running over them (one would stem the terms a second
time). The matching vector holds every term without positions (a Hebrew word's prefix-less
variants included), the language as a term, and a term for each pair of neighbouring words,
which phrases match: a GIN index answers `@@` alone, with no recheck of the rows.
`ts_rank_cd` ranks on a smaller, positioned vector weighted by field (title A; summary,
people and body B; see RANKED_BODY_WORDS), where each word's own term stands at its field's
weight, its variants marked (`affixed_term`) at C and each of its terms, own and variants,
marked (`variant_term`) at D, the variants field: a query word's own term scores at its field's
weight, or at C where a document has it with a prefix or an inflection, its variants only at D,
so a word found as itself ranks first, then the word affixed, then what shares its stem (the
tiers of SQLite's columns: see `search.analysis`). Highlights are cut by
`search.highlight` from the original text: `ts_headline` can only mark what a configuration
matched. The vocabulary for suggestions is a table of words per language with a `pg_trgm`
index for "did you mean".
"""

from collections import Counter, defaultdict

from django.db import DatabaseError, connection, transaction

from search.analysis import AnalysedQuery
from search.engines.embedded import (
    EmbeddedSearchEngine,
    MatchedSql,
    Tables,
    phrase_pairs,
    word_pairs,
)

# ts_rank_cd weights of D (variants), C (affixed), B (summary, people, body), A (title), in the
# proportions of SQLite's column weights; normalisation 1 divides by 1 + log(document length),
# so a long attachment does not outrank a short, exact title.
RANK_WEIGHTS = "{0.01, 0.05, 0.4, 1.0}"
RANK_NORMALISATION = 1
# Ranking reads a small vector of the title, summary, people and the body's opening words: the
# whole document's vector (several kilobytes, stored compressed out of line) would have to be
# read and decompressed for every match, which at thousands of matches costs more than the rest
# of the search. Matching uses the whole document.
RANKED_BODY_WORDS = 120
# tsvector limits: positions above 16,383 are stored as 16,383, and one lexeme keeps at most
# 256 positions.
MAX_POSITION = 16_383
MAX_POSITIONS_PER_TERM = 256


def tsquery_term(term: str) -> str:
    if "'" in term or "\\" in term:
        term = term.replace("\\", "\\\\").replace("'", "''")
    return "'" + term + "'"


def tsvector_terms(terms) -> str:
    """A tsvector of terms without positions. Terms have no spaces and rarely need escaping:
    then they are quoted all at once."""
    spaced = " ".join(terms)
    if "'" in spaced or "\\" in spaced:
        return " ".join(tsquery_term(term) for term in terms)
    return "'" + spaced.replace(" ", "' '") + "'"


def variant_term(term: str) -> str:
    """A term in the ranking vector's variants field. Analysed terms never contain "~"."""
    return "~" + term


def affixed_term(term: str) -> str:
    """A term in the ranking vector's affixed field: a word's variant, where a query word's own
    term is found with a prefix, an article or an inflection (ההודעה, البطاقة, communities for
    הודעה, بطاقة, community). Analysed terms never contain "^"."""
    return "^" + term


class RankingPlaces:
    """The positions of each term of a ranking vector, at most MAX_POSITIONS_PER_TERM each."""

    def __init__(self):
        self.places = defaultdict(list)

    def add(self, term: str, where: str) -> None:
        found = self.places[term]
        if len(found) < MAX_POSITIONS_PER_TERM:
            found.append(where)

    def add_word(self, terms, position: int, weight: str) -> None:
        """A word's own term at its weight, its variants affixed at C, all its terms at D."""
        self.add(terms[0], f"{position}{weight}")
        for term in terms[1:]:
            self.add(affixed_term(term), f"{position}C")
        for term in terms:
            self.add(variant_term(term), f"{position}D")

    def add_first(self, terms, position: int) -> bool:
        """A word beyond the ranked words: its own term at B and its variants affixed at C,
        each only if not there yet. Whether it added any."""
        added = False
        wanted = [(terms[0], f"{position}B")]
        wanted += [(affixed_term(term), f"{position}C") for term in terms[1:]]
        for term, where in wanted:
            if term not in self.places:
                self.add(term, where)
                added = True
        return added

    def literal(self) -> str:
        return " ".join(
            f"{tsquery_term(term)}:{','.join(found)}" for term, found in self.places.items()
        )


def tsvector_literal(
    weighted_fields: list[tuple[list[tuple[str, ...]], str]],
    beyond: list[tuple[str, ...]] = (),
) -> str:
    """The ranking tsvector of analysed fields (each word's terms, in order), each with its
    weight letter: a word's own term at that weight, its variants as affixed terms at C, and
    each of its terms as a variant term at D, all at the word's position. The words `beyond`
    (the rest of the body and the attachment) follow, their own terms at B and their variants
    affixed at C, each only where it first occurs, so that a word found only there, as itself
    or affixed, still ranks as found, at a small size (what only shares a stem with a query
    word ranks by the opening words alone)."""
    places = RankingPlaces()
    position = 0
    for field_words, weight in weighted_fields:
        for terms in field_words:
            position = min(position + 1, MAX_POSITION)
            places.add_word(terms, position, weight)
        position = min(position + 1, MAX_POSITION)
    for terms in beyond:
        if places.add_first(terms, min(position + 1, MAX_POSITION)):
            position = min(position + 1, MAX_POSITION)
    return places.literal()


def language_term(language: str) -> str:
    """The term that marks a document's language in its vector. Analysed terms never start
    with an underscore, so no word can be mistaken for it."""
    return f"_{language}"


def tsquery_text(analysed: AnalysedQuery) -> str:
    """The matching tsquery of one language, built only from analysed terms, each quoted: any
    of a word's terms (the matching vector has every term of every word). A phrase is the
    conjunction of its neighbouring pairs."""
    parts = [
        "(" + " | ".join(tsquery_term(term) for term in group) + ")" for group in analysed.groups
    ]
    parts += [tsquery_term(pair) for phrase in analysed.phrases for pair in phrase_pairs(phrase)]
    return " & ".join(parts)


def ranking_tsquery_text(analysed: AnalysedQuery) -> str:
    """The ranking tsquery of one language: each word's own term, as itself or affixed, or any
    of its terms in the variants field (see `tsvector_literal`)."""
    return " & ".join(
        "("
        + " | ".join(
            [
                tsquery_term(group[0]),
                tsquery_term(affixed_term(group[0])),
                *(tsquery_term(variant_term(term)) for term in group),
            ]
        )
        + ")"
        for group in analysed.groups
    )


class PostgresSearchEngine(EmbeddedSearchEngine):
    """PostgreSQL full-text search, used when the site runs on PostgreSQL."""

    name = "postgres-fts"
    entry_columns = (("document", "%s::tsvector"), ("words", "%s"))

    def database_health(self) -> dict:
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

    column_types = {
        "key": "integer",
        "big": "bigint",
        "text": "text",
        "date": "date",
        "serial": "integer GENERATED BY DEFAULT AS IDENTITY",
        "clustered": "",
    }
    entry_columns = (
        ("document", "%s::tsvector"),
        ("ranking", "%s::tsvector"),
        ("words", "%s"),
    )
    entry_column_types = (
        ("document", "tsvector NOT NULL"),
        ("ranking", "tsvector NOT NULL"),
        ("words", "text[] NOT NULL"),
    )

    def entry_values(self, analysed) -> tuple:
        fields = analysed.fields
        # Matching only asks which terms a document has (phrases are pairs, ranking has its
        # own vector), so this vector keeps no positions: a third of the size, and no recheck.
        terms = {term for words in fields.values() for terms in words for term in terms}
        terms |= word_pairs(fields, analysed.document.language)
        terms.add(language_term(analysed.document.language))
        document = tsvector_terms(terms)
        ranking = tsvector_literal(
            [
                (fields["title"], "A"),
                (fields["summary"], "B"),
                (fields["people"], "B"),
                (fields["body"][:RANKED_BODY_WORDS], "B"),
            ],
            beyond=fields["body"][RANKED_BODY_WORDS:] + fields["attachment"],
        )
        return document, ranking, sorted(analysed.vocabulary)

    def create_tables(self, cursor, tables: Tables) -> None:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        self.create_shared_tables(cursor, tables)
        cursor.execute(
            f"CREATE INDEX {tables.entry}_document ON {tables.entry} USING gin (document)"
        )
        # Ranking reads every match's ranking vector: kept in the row and uncompressed, it is
        # read without decompressing (pglz cost more than the ranking itself: 24 ms for 2,700
        # matches). The large vector and the word list, never read by a search, live out of
        # line.
        cursor.execute(f"ALTER TABLE {tables.entry} SET (toast_tuple_target = 8160)")
        for column in ("document", "words"):
            cursor.execute(f"ALTER TABLE {tables.entry} ALTER COLUMN {column} SET STORAGE EXTERNAL")
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

    def write_text(self, cursor, tables, analysed) -> None:
        counts = Counter()
        for item in analysed:
            counts.update((item.document.language, word) for word in item.vocabulary)
        rows = [(language, word, count) for (language, word), count in counts.items()]
        for start in range(0, len(rows), 1000):
            chunk = rows[start : start + 1000]
            cursor.execute(
                f"INSERT INTO {tables.words} (language, word, documents) "
                "SELECT * FROM unnest(%s::text[], %s::text[], %s::integer[]) "
                f"ON CONFLICT (language, word) DO UPDATE "
                f"SET documents = {tables.words}.documents + EXCLUDED.documents",
                [[row[0] for row in chunk], [row[1] for row in chunk], [row[2] for row in chunk]],
            )

    def delete_text(self, cursor, tables, page_ids) -> None:
        # Two statements: a DELETE in the same statement as the UPDATE of the same rows (a
        # data-modifying CTE) sees them as they were and removes none, which left the words of
        # unpublished and private pages in suggestions with a count of 0.
        gone = (
            f"SELECT language, unnest(words) AS word, count(*) AS documents "
            f"FROM {tables.entry} WHERE page_id = ANY(%s) GROUP BY 1, 2"
        )
        cursor.execute(
            f"UPDATE {tables.words} w SET documents = w.documents - gone.documents "
            f"FROM ({gone}) gone WHERE w.language = gone.language AND w.word = gone.word",
            [list(page_ids)],
        )
        cursor.execute(
            f"DELETE FROM {tables.words} w USING ({gone}) gone "
            "WHERE w.language = gone.language AND w.word = gone.word AND w.documents <= 0",
            [list(page_ids)],
        )

    def matched_sql(self, tables, queries) -> MatchedSql:
        # The language is a term of the document's vector (see `language_term`), so the GIN
        # index alone finds the matches of every language's query.
        matches = " | ".join(
            f"({tsquery_term(language_term(language))} & ({tsquery_text(analysed)}))"
            for language, analysed in queries.items()
        )
        cases, case_params = [], []
        for language, analysed in queries.items():
            cases.append("WHEN %s THEN %s::tsquery")
            case_params += [language, ranking_tsquery_text(analysed)]
        return MatchedSql(
            source=f"{tables.entry} e WHERE e.document @@ %s::tsquery",
            source_params=[matches],
            score=(
                f"ts_rank_cd('{RANK_WEIGHTS}', e.ranking, CASE e.language {' '.join(cases)} "
                f"END, {RANK_NORMALISATION})"
            ),
            score_params=case_params,
        )

    def run_search_statement(self, cursor, sql, params) -> list[tuple]:
        # The planner prices a sequential scan without the cost of reading each row's
        # compressed, out-of-line vector, so it prefers one to the GIN index (57 ms against
        # 4 ms for 1,230 matches of 10,000). Only this statement runs without it; the setting
        # is local to a transaction, so the two run in one even when the search runs in none.
        with transaction.atomic():
            cursor.execute("SELECT set_config('enable_seqscan', 'off', true)")
            try:
                cursor.execute(sql, params)
                return cursor.fetchall()
            finally:
                cursor.execute("SELECT set_config('enable_seqscan', 'on', true)")

    def known_words(self, cursor, tables, language, words) -> set[str]:
        cursor.execute(
            f"SELECT word FROM {tables.words} WHERE language = %s AND word = ANY(%s)",
            [language, list(words)],
        )
        return {row[0] for row in cursor.fetchall()}

    def spelling_candidates(self, cursor, tables, language, word) -> list[tuple[str, int]]:
        cursor.execute(
            f"SELECT word, documents FROM {tables.words} "
            "WHERE language = %s AND word %% %s ORDER BY word <-> %s LIMIT 50",
            [language, word, word],
        )
        return cursor.fetchall()

    def completions(self, cursor, tables, language, prefix, limit) -> list[str]:
        cursor.execute(
            f"SELECT word FROM {tables.words} WHERE language = %s "
            "AND word >= %s AND word < %s ORDER BY documents DESC, word LIMIT %s",
            [language, prefix, prefix + "\U0010ffff", limit],
        )
        return [row[0] for row in cursor.fetchall()]
