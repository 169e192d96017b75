"""`manage.py search_quality`: recall@10, MRR and the false-match rate of the configured search
engine on the relevance test set (tests/search/relevance/), per language.

Like Django's `testserver`, it never touches the configured data: it creates a throwaway test
database (in memory on SQLite, beside the configured one on PostgreSQL), and on Elasticsearch
indices under a throwaway prefix; loads the demo and the relevance corpus there, indexes them,
runs every judged query through the library-search use case, and destroys both afterwards.
--distractors adds publications of the benchmark's synthetic corpus, which are not judged: the
targets are those of the judged set alone.
Exits with 1 when a target of the issue is missed (unless --no-targets) or, with --same-as, when
a figure differs from an earlier run's (CI compares PostgreSQL's with SQLite's); with 2 on bad
judgments or an unreadable report."""

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import override_settings

from hub.benchmark.quality import (
    Figures,
    JudgmentsError,
    differences,
    load_judgments,
    read_report,
    unknown_publications,
)
from hub.benchmark.quality_site import JUDGMENTS, build_site, read_corpus, run_judgments
from search.engines import get_search_engine

MISSED_TARGETS = 1
BAD_JUDGMENTS = 2


class Command(BaseCommand):
    help = (
        "Builds the demo and the relevance corpus in a throwaway database, indexes them with "
        "the configured engine and prints recall@10, MRR and the false-match rate per language."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--judgments",
            type=Path,
            default=JUDGMENTS,
            help="folder of judgments files, with the corpus in its corpus/ (the test set's)",
        )
        parser.add_argument(
            "--distractors",
            type=int,
            default=0,
            help=(
                "add this many unjudged publications of the benchmark corpus as noise (0); they "
                "can push judged ones out of the first ten, so read recall as a floor"
            ),
        )
        parser.add_argument(
            "--no-targets", action="store_true", help="only print: exit 0 when a target is missed"
        )
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="print one JSON object"
        )
        parser.add_argument(
            "--same-as",
            type=Path,
            metavar="REPORT",
            help="exit 1 unless the figures equal those of REPORT (an earlier run's --json)",
        )

    def handle(self, *args, judgments, distractors, no_targets, as_json, same_as, **options):
        try:
            judged = load_judgments(judgments)
            read_corpus(judgments / "corpus")
            earlier = read_report(same_as) if same_as else None
        except JudgmentsError as error:
            raise CommandError(str(error), returncode=BAD_JUDGMENTS) from error
        if distractors < 0:
            raise CommandError("--distractors must be 0 or more.", returncode=BAD_JUDGMENTS)
        # Attachments are read in this process: the background reader is another process, which
        # cannot see a throwaway database.
        with (
            throwaway_database(),
            throwaway_index_prefix(),
            override_settings(DEBUG=False, SEARCH_EXTRACT_IN_BACKGROUND=False),
        ):
            known = build_site(judgments, distractors)
            unknown = unknown_publications(judged, known)
            if unknown:
                raise CommandError("\n".join(unknown), returncode=BAD_JUDGMENTS)
            engine = get_search_engine().name
            outcomes = run_judgments(judged)
        figures = [
            Figures(language, engine, [o for o in outcomes if o.judgment.language == language])
            for language in dict.fromkeys(judgment.language for judgment in judged)
        ]
        report = {
            "engine": engine,
            "database": connection.vendor,
            "distractors": distractors,
            "languages": [language.as_dict() for language in figures],
        }
        self.stdout.write(
            json.dumps(report, ensure_ascii=False, indent=2) if as_json else format_report(report)
        )
        missed = [sentence for language in figures for sentence in language.missed_targets()]
        if missed and not no_targets:
            raise CommandError("Targets missed: " + " ".join(missed), returncode=MISSED_TARGETS)
        unequal = differences(report, earlier) if earlier else []
        if unequal:
            raise CommandError(
                f"The figures differ from {same_as}: " + " ".join(unequal),
                returncode=MISSED_TARGETS,
            )


@contextmanager
def throwaway_database():
    """A new test database for the default connection, destroyed afterwards. On SQLite it is in
    memory, or a temporary file when the configured database is itself in memory (the test
    suite's); on PostgreSQL it is named after the configured one and this process."""
    test_settings = connection.settings_dict.setdefault("TEST", {})
    saved_name = test_settings.get("NAME")
    with tempfile.TemporaryDirectory(prefix="search-quality-") as folder:
        if connection.vendor == "sqlite":
            if connection.is_in_memory_db():
                test_settings["NAME"] = str(Path(folder) / "search-quality.sqlite3")
            else:
                test_settings["NAME"] = ":memory:"
        else:
            test_settings["NAME"] = f"{connection.settings_dict['NAME']}_quality_{os.getpid()}"
        old_name = connection.settings_dict["NAME"]
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        get_search_engine.cache_clear()
        try:
            yield
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
            test_settings["NAME"] = saved_name
            get_search_engine.cache_clear()


@contextmanager
def throwaway_index_prefix():
    """On Elasticsearch, indices under a prefix of this run's own, deleted afterwards."""
    if not settings.ELASTICSEARCH_URL:
        yield
        return
    prefix = f"{settings.SEARCH_INDEX_PREFIX}-quality-{os.getpid()}"
    with override_settings(SEARCH_INDEX_PREFIX=prefix):
        try:
            yield
        finally:
            engine = get_search_engine()
            names = list(engine.existing_indices())
            if names:
                engine.client.indices.delete(index=names)


def format_report(report: dict) -> str:
    lines = [
        f"Search quality: engine {report['engine']}, database {report['database']}, "
        f"demo + relevance corpus"
        + (f" + {report['distractors']} distractors" if report["distractors"] else ""),
        f"{'lang':<5} {'queries':>7} {'recall@10':>9} {'MRR':>6} {'false-match rate':>16} "
        f"{'must-not above relevant':>23}",
    ]
    for row in report["languages"]:
        lines.append(
            f"{row['language']:<5} {row['queries']:>7} {row['recall_at_10']:>9.3f} "
            f"{row['mrr']:>6.3f} {row['false_match_rate']:>9.3f} of {row['trap_queries']:>3} "
            f"{row['must_not_above_relevant']:>23}"
        )
    for row in report["languages"]:
        for failing in row["failing"]:
            parts = []
            if failing["missed"]:
                parts.append("missed " + ", ".join(failing["missed"]))
            if failing["must_not_above_relevant"]:
                parts.append(
                    "must-not above relevant: " + ", ".join(failing["must_not_above_relevant"])
                )
            lines.append(f"  {row['language']} {failing['text']!r}: " + "; ".join(parts))
    return "\n".join(lines)
