"""`search_worker` and `search_index`: what an operator runs and reads, and their exit codes."""

import datetime
import io
import os
import signal
from itertools import chain
from unittest import mock

from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TestCase
from django.utils import timezone

from hub.resources.models import PolicyPaperPage, ResearchReportPage
from search import outbox
from search.documents import all_documents
from search.models import IndexOutboxEntry
from tests.hub.resources.factories import build_library_tree
from tests.search.fake_engine import in_memory_engine, use_in_memory_engine

ENGINE_DOWN = "Connection refused by the search engine"
WORKER = "search.management.commands.search_worker"


def run(*args) -> tuple[int, str, str]:
    """Runs a command as manage.py would: (exit code, output, error output). A CommandError is
    what manage.py prints, as "CommandError: <message>", before exiting with its code."""
    stdout, stderr = io.StringIO(), io.StringIO()
    try:
        call_command(*args, stdout=stdout, stderr=stderr)
    except CommandError as error:
        return error.returncode, stdout.getvalue(), f"{stderr.getvalue()}CommandError: {error}"
    return 0, stdout.getvalue(), stderr.getvalue()


@use_in_memory_engine
class CommandTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()
        cls.reports = cls.tree["reports"]

    def setUp(self):
        self.engine = in_memory_engine(self)
        self.engine.rebuild(chain.from_iterable(all_documents()))
        outbox.drain()

    def publish_title(self, model, page, title):
        page = model.objects.get(pk=page.pk)
        page.title = title
        page.save_revision().publish()

    def indexed_title(self, page):
        return self.engine.documents[page.pk].title


class SearchWorkerTests(CommandTestCase):
    def test_once_drains_what_is_due_and_exits_0(self):
        self.publish_title(ResearchReportPage, self.reports["en"], "Erased, second edition")
        code, output, _errors = run("search_worker", "--once")
        self.assertEqual(code, 0)
        self.assertEqual(output, "1 outbox entry done, 0 failed, 0 old ones pruned.\n")
        self.assertEqual(self.indexed_title(self.reports["en"]), "Erased, second edition")

    def test_once_exits_1_with_one_sentence_when_entries_fail(self):
        self.publish_title(ResearchReportPage, self.reports["en"], "Erased, second edition")
        self.publish_title(PolicyPaperPage, self.tree["papers"]["ar"], "الشفافية، طبعة ثانية")
        self.engine.down = True
        code, output, errors = run("search_worker", "--once")
        self.assertEqual(code, 1)
        self.assertEqual(output, "0 outbox entries done, 2 failed, 0 old ones pruned.\n")
        self.assertEqual(
            errors,
            f"CommandError: Indexing failed for 2 outbox entries, kept for a retry: {ENGINE_DOWN}",
        )
        self.assertEqual(
            set(IndexOutboxEntry.objects.filter(status="pending").values_list("attempts")),
            {(1,)},
        )

    def test_once_prunes_entries_done_more_than_a_week_ago(self):
        now = timezone.now()
        for days in (8, 6):
            IndexOutboxEntry.objects.create(
                page_id=self.reports["en"].pk,
                reason=f"done {days} days ago",
                status=IndexOutboxEntry.Status.DONE,
                processed_at=now - datetime.timedelta(days=days),
            )
        code, output, _errors = run("search_worker", "--once")
        self.assertEqual(code, 0)
        self.assertIn("1 old ones pruned", output)
        self.assertTrue(IndexOutboxEntry.objects.filter(reason="done 6 days ago").exists())
        self.assertFalse(IndexOutboxEntry.objects.filter(reason="done 8 days ago").exists())

    def test_the_worker_runs_until_sigterm_and_finishes_what_it_took(self):
        self.publish_title(ResearchReportPage, self.reports["en"], "Erased, second edition")
        index = self.engine.index

        def index_then_get_stopped(documents):
            # `docker compose stop` in the middle of a drain.
            os.kill(os.getpid(), signal.SIGTERM)
            index(documents)

        handler_before = signal.getsignal(signal.SIGTERM)
        with (
            mock.patch.object(self.engine, "index", index_then_get_stopped),
            # Recycling connections would close the test's transaction.
            mock.patch(f"{WORKER}.close_old_connections") as recycle_connections,
        ):
            code, output, _errors = run("search_worker", "--interval", "0.01")
        recycle_connections.assert_called()
        self.assertEqual(code, 0)
        self.assertEqual(
            output.splitlines(),
            ["Search worker started; checking the outbox every 0.01 s.", "Search worker stopped."],
        )
        self.assertEqual(self.indexed_title(self.reports["en"]), "Erased, second edition")
        self.assertFalse(IndexOutboxEntry.objects.filter(status="pending").exists())
        self.assertIs(signal.getsignal(signal.SIGTERM), handler_before)


class SearchIndexStatusTests(CommandTestCase):
    def test_status_lists_failed_entries_and_compares_the_index_with_the_database(self):
        self.engine.down = True
        failed_at = timezone.now()
        with mock.patch("django.utils.timezone.now", return_value=failed_at):
            self.publish_title(ResearchReportPage, self.reports["en"], "Erased, second edition")
            outbox.drain()
        self.engine.down = False
        del self.engine.documents[self.tree["toolkit"].pk]

        code, output, _errors = run("search_index", "status")
        self.assertEqual(code, 0)
        retry = (failed_at + datetime.timedelta(seconds=10)).strftime("%Y-%m-%d %H:%M:%S UTC")
        self.assertEqual(
            output.splitlines(),
            [
                "Search engine: in-memory (ok)",
                "Outbox: 1 pending, 1 failed.",
                f"  page {self.reports['en'].pk}  publish  attempts 1  next attempt {retry}"
                f"  error: {ENGINE_DOWN}",
                "Documents per language (index / live public publications):",
                "  en: 2 / 3  (differs)",
                "  ar: 2 / 2",
                "  he: 1 / 1",
                f"Live and public but not in the index: 1 page ({self.tree['toolkit'].pk}).",
            ],
        )

    def test_status_exits_1_when_the_engine_is_unreachable(self):
        self.engine.down = True
        code, output, errors = run("search_index", "status")
        self.assertEqual(code, 1)
        self.assertEqual(
            output.splitlines(),
            ["Search engine: in-memory (unavailable)", "Outbox: 0 pending, 0 failed."],
        )
        self.assertEqual(
            errors, f"CommandError: The search engine in-memory is unreachable: {ENGINE_DOWN}"
        )


class SearchIndexRebuildTests(CommandTestCase):
    def test_rebuild_shows_progress_swaps_and_keeps_edits_made_meanwhile(self):
        self.engine.documents.clear()
        an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
        IndexOutboxEntry.objects.update(created_at=an_hour_ago, processed_at=an_hour_ago)
        report, paper = self.reports["en"], self.tree["papers"]["ar"]

        def editors_at_work():
            # One edit reaches the index being replaced (the worker drained it); the other is
            # still waiting in the outbox when the rebuild ends.
            self.publish_title(ResearchReportPage, report, "Erased, second edition")
            outbox.drain()
            self.publish_title(PolicyPaperPage, paper, "الشفافية، طبعة ثانية")

        self.engine.during_rebuild = editors_at_work
        code, output, _errors = run("search_index", "rebuild", "--noinput")
        self.assertEqual(code, 0)
        self.assertEqual(
            output.splitlines(),
            [
                "[##########--------------------] 2/6",
                "[####################----------] 4/6",
                "[##############################] 6/6",
                "Indexed 6 documents; replayed 2 pages changed during the rebuild or just before"
                " it.",
                "Documents per language (index / live public publications):",
                "  en: 3 / 3",
                "  ar: 2 / 2",
                "  he: 1 / 1",
            ],
        )
        self.assertEqual(self.indexed_title(report), "Erased, second edition")
        self.assertEqual(self.indexed_title(paper), "الشفافية، طبعة ثانية")
        self.assertFalse(IndexOutboxEntry.objects.filter(status="pending").exists())

    def test_rebuild_asks_first(self):
        self.engine.documents.clear()
        with mock.patch("builtins.input", return_value="n") as ask:
            code, output, _errors = run("search_index", "rebuild")
        self.assertEqual(code, 0)
        self.assertIn("Rebuild the in-memory search index", ask.call_args.args[0])
        self.assertEqual(output, "Rebuild cancelled.\n")
        self.assertEqual(self.engine.documents, {})

    def test_rebuild_exits_1_when_the_engine_is_unreachable(self):
        self.engine.down = True
        code, output, errors = run("search_index", "rebuild", "--noinput")
        self.assertEqual(code, 1)
        self.assertEqual(output, "")
        self.assertEqual(
            errors, f"CommandError: The search index could not be rebuilt: {ENGINE_DOWN}"
        )


class SearchIndexInstallTests(CommandTestCase):
    def test_install_creates_the_engines_structures(self):
        code, output, _errors = run("search_index", "install")
        self.assertEqual(code, 0)
        self.assertEqual(output, "The in-memory search engine is ready.\n")
        self.assertTrue(self.engine.installed)

    def test_install_exits_1_when_the_engine_is_unreachable(self):
        self.engine.down = True
        code, _output, errors = run("search_index", "install")
        self.assertEqual(code, 1)
        self.assertEqual(
            errors, f"CommandError: The search engine in-memory could not be set up: {ENGINE_DOWN}"
        )
