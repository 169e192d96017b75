"""The benchmark's query mix through the whole Django stack: `/api/search/` and each language's
library page asked through the test client (middleware, parsing, the database's re-check of
the hits, cards, promotions, analytics, serialisation or template), beside the engine call
alone, run after run; and a full rebuild and stock Wagtail's `update_index` on the corpus.

Each request asks what the engine call asks: the first page of ten with facets and highlights.
The runs happen in a transaction rolled back at the end, so the searches they count in the
analytics (a write each, part of what a search costs) leave nothing behind."""

import io
import itertools
import statistics
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.management import call_command
from django.db import transaction
from django.test import Client, override_settings

from hub.benchmark.corpus import corpus_pages
from hub.benchmark.percentiles import percentile
from hub.benchmark.queries import QUERY_MIX, BenchmarkQuery, measure_queries
from search.documents import all_documents
from search.engines.base import SearchEngine

# The client the requests come from: a host every settings module allows.
HOST = "localhost"
BENCHMARK_ADDRESS = "192.0.2.1"
# No rate limit may refuse the benchmark's own requests.
UNLIMITED = "1000000/min"
FIGURES = ("engine", "api", "page", "stack")


class StackError(Exception):
    """A request of the mix was not answered with a 200."""


@dataclass
class RunLatencies:
    """One run's milliseconds per language and figure (engine, api, page)."""

    samples: dict[str, dict[str, list[float]]] = field(
        default_factory=lambda: {
            language: {"engine": [], "api": [], "page": []} for language in QUERY_MIX
        }
    )

    def summary(self, language: str | None) -> dict[str, dict[str, float]]:
        """p50 and p95 of each figure for a language (None: all of them); the stack's cost is
        the API's percentile less the engine's."""
        languages = [language] if language else list(QUERY_MIX)
        figures = {}
        for name in ("engine", "api", "page"):
            values = [ms for code in languages for ms in self.samples[code][name]]
            figures[name] = {share: percentile(values, share) for share in (0.5, 0.95)}
        figures["stack"] = {
            share: figures["api"][share] - figures["engine"][share] for share in (0.5, 0.95)
        }
        return figures


def request_paths(query: BenchmarkQuery, language: str, library_url: str) -> tuple[str, str]:
    """The API's path and the library page's for a query of the mix."""
    parameters = [("q", query.text)]
    if query.scope != "lang":
        parameters.append(("scope", query.scope))
    for facet, values in sorted(query.filters.items()):
        parameters += [(facet, value) for value in sorted(values)]
    api = "/api/search/?" + urlencode([("lang", language), *parameters])
    return api, library_url + "?" + urlencode(parameters)


def library_urls() -> dict[str, str]:
    """Each language's library page: the parent of the corpus's publications."""
    urls = {}
    for language in QUERY_MIX:
        page = corpus_pages().filter(locale__language_code=language).order_by("pk").first()
        urls[language] = page.get_parent().specific.url
    return urls


def timed_get(client: Client, path: str) -> float:
    start = time.perf_counter()
    response = client.get(path)
    milliseconds = (time.perf_counter() - start) * 1000
    if response.status_code != 200:
        raise StackError(f"{path} answered {response.status_code}, not 200.")
    return milliseconds


def measure_stack(engine: SearchEngine, repeat: int, runs: int) -> list[RunLatencies]:
    """`runs` runs, each a warm-up pass over the mix, then `repeat` timed passes of the engine
    call, then of the API and the library page for every query."""
    # An address of its own (TEST-NET-1, never a reader's): the rate limits count its requests
    # apart from every other client's, the suite's test client included.
    client = Client(HTTP_HOST=HOST, REMOTE_ADDR=BENCHMARK_ADDRESS)
    urls = library_urls()
    paths = [
        (language, *request_paths(query, language, urls[language]))
        for language, queries in QUERY_MIX.items()
        for query in queries
    ]
    measured = []
    with (
        override_settings(SEARCH_API_RATE=UNLIMITED, SEARCH_PAGE_RATE=UNLIMITED),
        transaction.atomic(),
    ):
        for _run in range(runs):
            latencies = RunLatencies()
            for timing in measure_queries(engine, repeat):
                latencies.samples[timing.language]["engine"] += timing.milliseconds
            for _language, api, page in paths:
                timed_get(client, api)
                timed_get(client, page)
            for _pass in range(repeat):
                for language, api, page in paths:
                    latencies.samples[language]["api"].append(timed_get(client, api))
                    latencies.samples[language]["page"].append(timed_get(client, page))
            measured.append(latencies)
        transaction.set_rollback(True)
    return measured


def median_of_runs(runs: list[RunLatencies]) -> dict[str, dict[str, dict[str, float]]]:
    """Per language and overall, each figure's p50 and p95 as the median of the runs'."""
    report = {}
    for language in [*QUERY_MIX, None]:
        summaries = [run.summary(language) for run in runs]
        report[language or "overall"] = {
            name: {
                f"p{round(share * 100)}": round(
                    statistics.median(summary[name][share] for summary in summaries), 2
                )
                for share in (0.5, 0.95)
            }
            for name in FIGURES
        }
    return report


def time_rebuild(engine: SearchEngine) -> dict:
    """A full rebuild as `search_index rebuild` makes it (every indexable publication, in
    batches, into a fresh index), without attachments: the corpus has none."""
    start = time.perf_counter()
    documents = engine.rebuild(itertools.chain.from_iterable(all_documents()))
    return rate(documents, time.perf_counter() - start)


def time_wagtail_update_index() -> dict:
    """Stock Wagtail's `update_index` into its configured backend (WAGTAILSEARCH_BACKENDS, the
    admin's search), rate counted over the corpus's publications: it also indexes the few
    other pages and snippets of the site."""
    start = time.perf_counter()
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
    return rate(corpus_pages().count(), time.perf_counter() - start)


def rate(documents: int, seconds: float) -> dict:
    return {
        "documents": documents,
        "seconds": round(seconds, 3),
        "documents_per_second": round(documents / seconds) if seconds else 0,
    }
