"""`manage.py search_benchmark --docs N`: indexing speed and query latency of the configured
search engine on a synthetic corpus of N real publication pages in the configured database.

The corpus (see `hub.benchmark`) is deterministic and reused when one of the same size is
there. The command refuses a database holding publications it did not make, unless --force:
it then adds its corpus beside them and removes only its own documents from the index before
indexing.
"""

import json
import time
from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import override_settings

from hub.benchmark import corpus
from hub.benchmark.indexing import index_pages, reset_index
from hub.benchmark.percentiles import percentile
from hub.benchmark.plan import plan_corpus
from hub.benchmark.queries import QUERY_MIX, QueryTiming, measure_queries
from hub.benchmark.stack import (
    FIGURES,
    StackError,
    measure_stack,
    median_of_runs,
    time_rebuild,
    time_wagtail_update_index,
)
from search.engines import get_search_engine

REFUSAL = (
    "This database holds {count} publications the benchmark did not make; "
    "run it on a freshly migrated database, or pass --force to add its corpus beside them."
)


def positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise ValueError(value)
    return number


class Command(BaseCommand):
    help = (
        "Builds (or reuses) a deterministic corpus of N publications in en/ar/he, indexes it as a "
        "publish does, and prints indexing speed and query latency of the configured engine."
    )

    def add_arguments(self, parser):
        parser.add_argument("--docs", type=positive, default=10_000, help="publications (10,000)")
        parser.add_argument(
            "--repeat", type=positive, default=20, help="timed runs of each query (20)"
        )
        parser.add_argument(
            "--runs",
            type=positive,
            default=3,
            help="runs of the mix through the Django stack, each after a warm-up (3)",
        )
        parser.add_argument(
            "--compare-wagtail",
            action="store_true",
            help="also time stock Wagtail's update_index on the corpus (slow on SQLite)",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="run on a database that holds publications the benchmark did not make",
        )
        parser.add_argument(
            "--rebuild-corpus", action="store_true", help="delete and recreate the corpus"
        )
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="print one JSON object"
        )

    def handle(self, *args, docs, repeat, runs, force, rebuild_corpus, as_json, **options):
        self.quiet = as_json
        # DEBUG's SQL log formats every statement with its parameters (on SQLite with a query
        # per batch of values): a cost production does not pay.
        with override_settings(DEBUG=False):
            foreign = corpus.foreign_publications().count()
            if foreign and not force:
                raise CommandError(REFUSAL.format(count=foreign), returncode=2)
            corpus_report = self.prepare_corpus(docs, rebuild_corpus)
            pages = list(corpus.corpus_pages().order_by("pk").only("pk"))
            engine = get_search_engine()
            reset_index(engine, [page.pk for page in pages], whole_index=not foreign)
            indexing = index_pages(engine, pages)
            rebuild = {"search": time_rebuild(engine)}
            if options["compare_wagtail"]:
                self.progress("Timing stock Wagtail's update_index.")
                rebuild["wagtail"] = time_wagtail_update_index()
            timings = measure_queries(engine, repeat)
            try:
                stack = median_of_runs(measure_stack(engine, repeat, runs))
            except StackError as error:
                raise CommandError(f"The benchmark's searches failed: {error}") from error
        report = build_report(engine.name, docs, repeat, corpus_report, indexing, timings)
        report.update(runs=runs, rebuild=rebuild, through_django_ms=stack)
        if as_json:
            self.stdout.write(dumps(report))
        else:
            self.stdout.write(format_report(report))

    def progress(self, message: str) -> None:
        if not self.quiet:
            self.stderr.write(message)

    def prepare_corpus(self, size: int, rebuild: bool) -> dict:
        existing = corpus.corpus_pages().count()
        if existing == size and not rebuild:
            self.progress(f"Reusing the benchmark corpus of {existing} publications.")
            return {"reused": True, "seconds": 0.0, "deleted": 0}
        start = time.perf_counter()
        deleted = corpus.delete_corpus() if existing else 0
        if deleted:
            self.progress(f"Deleted the previous benchmark corpus ({deleted} publications).")
        plans = plan_corpus(size)
        try:
            corpus.create_corpus(
                plans,
                progress=lambda done: self.progress(f"Created {done} of {size} publications."),
            )
        except corpus.CorpusError as error:
            raise CommandError(str(error)) from error
        return {
            "reused": False,
            "seconds": round(time.perf_counter() - start, 1),
            "deleted": deleted,
        }


def build_report(engine_name, docs, repeat, corpus_report, indexing, timings) -> dict:
    languages = Counter(corpus.corpus_pages().values_list("locale__language_code", flat=True))
    group_sizes = Counter(corpus.corpus_pages().values_list("translation_key", flat=True))
    latency = {
        language: latency_summary(
            [ms for timing in timings if timing.language == language for ms in timing.milliseconds]
        )
        for language in QUERY_MIX
    }
    latency["overall"] = latency_summary([ms for timing in timings for ms in timing.milliseconds])
    return {
        "engine": engine_name,
        "database": connection.vendor,
        "publications": docs,
        "corpus": {
            **corpus_report,
            "languages": {language: languages[language] for language in QUERY_MIX},
            "in_translation_groups": sum(size for size in group_sizes.values() if size > 1),
        },
        "indexing": indexing.as_dict(),
        "repeat": repeat,
        "queries": [query_row(timing) for timing in timings],
        "latency_ms": latency,
    }


def latency_summary(milliseconds: list[float]) -> dict:
    return {
        "p50": round(percentile(milliseconds, 0.5), 2),
        "p95": round(percentile(milliseconds, 0.95), 2),
        "max": round(max(milliseconds), 2),
    }


def query_row(timing: QueryTiming) -> dict:
    return {
        "language": timing.language,
        "kind": timing.query.kind,
        "text": timing.query.text,
        "scope": timing.query.scope,
        "filters": {facet: sorted(values) for facet, values in timing.query.filters.items()},
        "results": timing.results.count,
        "hits": len(timing.results.hits),
        "highlighted": timing.highlighted,
        "suggestion": timing.results.suggestion,
        **latency_summary(timing.milliseconds),
    }


def dumps(report: dict) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2)


def format_report(report: dict) -> str:
    corpus_report = report["corpus"]
    indexing = report["indexing"]
    spread = ", ".join(f"{code} {count}" for code, count in corpus_report["languages"].items())
    made = (
        "reused from an earlier run"
        if corpus_report["reused"]
        else f"created in {corpus_report['seconds']} s"
    )
    lines = [
        f"Search benchmark: engine {report['engine']}, database {report['database']}, "
        f"{report['publications']} publications ({spread}; "
        f"{corpus_report['in_translation_groups']} in translation groups)",
        f"Corpus: {made}",
        f"Indexing {indexing['documents']} documents (no attachments):",
    ]
    for step in ("build", "write", "total"):
        lines.append(
            f"  {step:<6}{indexing[f'{step}_documents_per_second']:>8} documents/s"
            f"  ({indexing[f'{step}_seconds']:.2f} s)"
        )
    lines += [
        f"Queries: first page of 10 with facet counts and highlights; one warm-up, then "
        f"{report['repeat']} timed runs each",
        f"{'lang':<5} {'kind':<14} {'query':<28} {'results':>7} {'marked':>6} "
        f"{'p50 ms':>7} {'p95 ms':>7} {'max ms':>7}",
    ]
    for row in report["queries"]:
        text = row["text"]
        if row["scope"] == "all":
            text += " (all languages)"
        if row["filters"]:
            text += " [" + ", ".join(f"{k}={','.join(v)}" for k, v in row["filters"].items()) + "]"
        lines.append(
            f"{row['language']:<5} {row['kind']:<14} {text:<28} {row['results']:>7} "
            f"{row['highlighted']:>6} {row['p50']:>7.2f} {row['p95']:>7.2f} {row['max']:>7.2f}"
        )
    lines.append(f"{'latency':<10} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7}")
    for name, summary in report["latency_ms"].items():
        lines.append(
            f"{name:<10} {summary['p50']:>7.2f} {summary['p95']:>7.2f} {summary['max']:>7.2f}"
        )
    return "\n".join(lines + format_rebuild(report["rebuild"]) + format_stack(report))


def format_rebuild(rebuild: dict) -> list[str]:
    lines = ["Full rebuild (no attachments):"]
    names = {"search": "search_index rebuild", "wagtail": "Wagtail update_index"}
    for name, figures in rebuild.items():
        lines.append(
            f"  {names[name]:<22}{figures['documents_per_second']:>8} documents/s"
            f"  ({figures['documents']} in {figures['seconds']:.2f} s)"
        )
    return lines


def format_stack(report: dict) -> list[str]:
    """The engine call, the API, the library page and the stack's cost (API less engine),
    each p50 and p95 the median of the runs'."""
    lines = [
        f"Through Django (test client), median of {report['runs']} runs of "
        f"{report['repeat']} passes each after a warm-up; stack = API less engine:",
        f"{'':<10}" + "".join(f"{name + ' p50':>12}{name + ' p95':>12}" for name in FIGURES),
    ]
    for name, figures in report["through_django_ms"].items():
        lines.append(
            f"{name:<10}"
            + "".join(
                f"{figures[figure]['p50']:>12.2f}{figures[figure]['p95']:>12.2f}"
                for figure in FIGURES
            )
        )
    return lines
