"""Lucene's published test vectors for the Arabic normaliser, stemmer and analyser and the English
analyser, read from `tests/search/data/lucene_vectors.tsv` (its header gives their source)."""

from pathlib import Path
from typing import NamedTuple

VECTORS_FILE = Path(__file__).resolve().parent.parent / "data" / "lucene_vectors.tsv"

# What each suite's vectors go through in Lucene's own tests.
SUITES = {
    "normalizer": "WhitespaceTokenizer -> ArabicNormalizationFilter",
    "stemmer": "WhitespaceTokenizer -> ArabicStemFilter",
    "arabic_analyzer": "ArabicAnalyzer",
    "english_analyzer": "EnglishAnalyzer",
}


class LuceneVector(NamedTuple):
    suite: str
    method: str
    input: str
    expected: tuple[str, ...]


def _parse(number: int, line: str) -> LuceneVector:
    fields = line.split("\t")
    if len(fields) != 4:
        raise ValueError(
            f"{VECTORS_FILE.name}, line {number}: {len(fields)} tab-separated fields, not 4"
        )
    suite, method, text, expected = fields
    if suite not in SUITES:
        raise ValueError(f"{VECTORS_FILE.name}, line {number}: unknown suite {suite!r}")
    # No expected term at all is written as an empty field, never as an empty term.
    terms = tuple(expected.split(" ")) if expected else ()
    if "" in terms:
        raise ValueError(f"{VECTORS_FILE.name}, line {number}: an empty expected term")
    return LuceneVector(suite, method, text, terms)


def lucene_vectors(suite: str | None = None) -> list[LuceneVector]:
    """Every vector of one suite (or of all of them), in the file's order."""
    if suite is not None and suite not in SUITES:
        raise ValueError(f"unknown suite {suite!r}; the suites are {', '.join(SUITES)}")
    lines = VECTORS_FILE.read_text(encoding="utf-8").splitlines()
    vectors = [
        _parse(number, line)
        for number, line in enumerate(lines, start=1)
        if not line.startswith("#")
    ]
    return [vector for vector in vectors if suite is None or vector.suite == suite]
