"""The benchmark's fixed mix of queries per language, and their timing.

Every query asks for what a results page shows: the first ten hits by relevance, facet counts
and highlights. The frequencies in the comments are the share of the language's documents that
match, measured on the 10,000-publication corpus (see `hub.benchmark.words` for how words are
ranked).
"""

import time
from dataclasses import dataclass, field

from search.engines.base import SearchEngine, SearchQuery, SearchResults


@dataclass(frozen=True)
class BenchmarkQuery:
    kind: str
    text: str
    scope: str = "lang"
    filters: dict[str, frozenset[str]] = field(default_factory=dict)

    def search_query(self, language: str) -> SearchQuery:
        return SearchQuery(
            language=language,
            text=self.text,
            scope=self.scope,
            filters=self.filters,
            with_facets=True,
            with_highlights=True,
        )


# A filter on type and year, applied to each language's frequent word.
REPORTS_OF_2020 = {"type": frozenset({"report"}), "year": frozenset({"2020"})}

QUERY_MIX = {
    "en": (
        # The most frequent word of the field: in every document.
        BenchmarkQuery("frequent", "digital"),
        # A medium word (rank 147 of 310): in about a quarter of the documents.
        BenchmarkQuery("medium", "testimonies"),
        # A rare word (one of 89 names and terms, a few per document at most): well under 1%.
        BenchmarkQuery("rare", "steganography"),
        # Two frequent-to-medium words, both required.
        BenchmarkQuery("two words", "surveillance journalists"),
        # A phrase with a stop word inside ("of" is not indexed).
        BenchmarkQuery("phrase", '"freedom of expression"'),
        # A real word in no document: no results, so "did you mean" is looked up too.
        BenchmarkQuery("no match", "giraffe"),
        # The medium word in every language's documents (each with its own analysis).
        BenchmarkQuery("all languages", "testimonies", scope="all"),
        # The frequent word among the reports of one year.
        BenchmarkQuery("filtered", "digital", filters=REPORTS_OF_2020),
    ),
    "ar": (
        # "The rights" (ال + حقوق): in every document.
        BenchmarkQuery("frequent", "الحقوق"),
        # "In the archive", with the prefix بال: found as أرشيف, in about a quarter.
        BenchmarkQuery("medium", "بالأرشيف"),
        # "Throttling" (a rare term): well under 1%.
        BenchmarkQuery("rare", "الإبطاء"),
        # "Surveillance" and "journalists", both required.
        BenchmarkQuery("two words", "المراقبة الصحفيين"),
        # "Freedom of expression" as a phrase.
        BenchmarkQuery("phrase", '"حرية التعبير"'),
        # "Giraffe": in no document.
        BenchmarkQuery("no match", "زرافة"),
        # The medium word in every language's documents.
        BenchmarkQuery("all languages", "بالأرشيف", scope="all"),
        # The frequent word among the reports of one year.
        BenchmarkQuery("filtered", "الحقوق", filters=REPORTS_OF_2020),
    ),
    "he": (
        # "Rights": in every document.
        BenchmarkQuery("frequent", "זכויות"),
        # "And the archive", with the prefixes ו+ה: found as ארכיון, in about a quarter.
        BenchmarkQuery("medium", "והארכיון"),
        # "Steganography" (a rare term): well under 1%.
        BenchmarkQuery("rare", "סטגנוגרפיה"),
        # "Surveillance" and "journalists", both required.
        BenchmarkQuery("two words", "מעקב עיתונאים"),
        # "Freedom of expression" as a phrase.
        BenchmarkQuery("phrase", '"חופש הביטוי"'),
        # "Giraffe": in no document.
        BenchmarkQuery("no match", "ג'ירפה"),
        # The medium word in every language's documents.
        BenchmarkQuery("all languages", "והארכיון", scope="all"),
        # The frequent word among the reports of one year.
        BenchmarkQuery("filtered", "זכויות", filters=REPORTS_OF_2020),
    ),
}


@dataclass
class QueryTiming:
    language: str
    query: BenchmarkQuery
    results: SearchResults
    milliseconds: list[float] = field(default_factory=list)

    @property
    def highlighted(self) -> int:
        return sum(1 for hit in self.results.hits if hit.highlight is not None)


def measure_queries(engine: SearchEngine, repeat: int) -> list[QueryTiming]:
    """Runs the whole mix once to warm up (and keep each query's results), then `repeat` more
    times, one pass over the mix after another, timing each search."""
    timings = [
        QueryTiming(language, query, engine.search(query.search_query(language)))
        for language, queries in QUERY_MIX.items()
        for query in queries
    ]
    searches = [(timing, timing.query.search_query(timing.language)) for timing in timings]
    for _ in range(repeat):
        for timing, search_query in searches:
            start = time.perf_counter()
            engine.search(search_query)
            timing.milliseconds.append((time.perf_counter() - start) * 1000)
    return timings
