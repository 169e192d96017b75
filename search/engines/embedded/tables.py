"""The embedded engines' tables and the parts of writing and matching that do not depend on the
database: versioned table names, documents analysed once, word-pair terms, multi-row inserts."""

import itertools
import json
import re
import uuid
from contextlib import nullcontext
from dataclasses import dataclass, field

from django.db import connection, transaction

from search.analysis import ANALYSIS_VERSION, analyse_text, key_term
from search.engines.base import SearchDocument

BATCH_SIZE = 500
# The layout of the engine's tables. A change to it needs `search_index rebuild`, which an
# index of another layout asks for instead of failing on a missing column.
SCHEMA = 4
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


def word_pairs(fields: dict[str, list[tuple[str, ...]]], language: str) -> set[str]:
    """The pair terms of neighbouring words within each field, each word by its key term (its
    stem, or the Hebrew word without its prefixes), as phrases are read: a phrase matches its
    words in order in any of their forms, one pair per two words."""
    pairs = set()
    for field_words in fields.values():
        keys = [key_term(terms, language) for terms in field_words]
        pairs.update(map(pair_term, keys, keys[1:]))
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


def write_stored(cursor, tables: Tables, analysed: list[AnalysedDocument]) -> None:
    """The documents' original texts and where each term first occurs, for highlights."""
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


def write_facets(cursor, tables: Tables, documents: list[SearchDocument]) -> None:
    """A row per document and code of each (facet, value) it has."""
    pairs = {
        (facet, value)
        for document in documents
        for facet, values in document.facet_values().items()
        for value in values
    }
    codes = facet_codes(cursor, tables, pairs)
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


def facet_codes(cursor, tables: Tables, pairs) -> dict[tuple[str, str], int]:
    """Codes of (facet, value) pairs, created for new ones."""
    known = read_facet_values(cursor, tables)
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
        codes = {pair: code for code, pair in read_facet_values(cursor, tables).items()}
    return codes


def read_facet_values(cursor, tables: Tables) -> dict[int, tuple[str, str]]:
    """Every (facet, value) pair by its code."""
    cursor.execute(f"SELECT id, facet, value FROM {tables.facet_value}")
    return {code: (facet, value) for code, facet, value in cursor.fetchall()}
