"""Every change an editor makes reaches the search index, and none is lost when the engine is
down: each is recorded in the outbox with the change, drained after commit, retried later."""

import datetime
import io
from contextlib import contextmanager
from itertools import chain
from unittest import mock

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import DatabaseError, transaction
from django.test import TestCase, override_settings
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Locale, PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import TranslationSource

from hub.editorial.privacy import Privacy, set_privacy_of_every_translation
from hub.resources.models import PublicationDownload, ResearchReportPage
from search import outbox
from search.documents import all_documents
from search.models import IndexOutboxEntry
from tests.hub.resources.factories import (
    ResourceLibraryPageFactory,
    build_library_tree,
    translate,
)
from tests.search.fake_engine import in_memory_engine, use_in_memory_engine

PENDING = IndexOutboxEntry.Status.PENDING
DONE = IndexOutboxEntry.Status.DONE


def latest_entry(page_id):
    return IndexOutboxEntry.objects.filter(page_id=page_id).latest("pk")


def recorded(reason=None, **filters):
    """{page id: reason} of the entries written since the test's index was brought in line."""
    entries = IndexOutboxEntry.objects.filter(status=PENDING, **filters)
    if reason:
        entries = entries.filter(reason=reason)
    return dict(entries.values_list("page_id", "reason"))


@use_in_memory_engine
class OutboxTestCase(TestCase):
    """The library tree, indexed in an in-memory engine before each test."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()
        cls.reports = cls.tree["reports"]
        cls.papers = cls.tree["papers"]
        cls.toolkit = cls.tree["toolkit"]
        cls.libraries = cls.tree["libraries"]

    def setUp(self):
        self.engine = in_memory_engine(self)
        self.engine.rebuild(chain.from_iterable(all_documents()))
        # Building the tree recorded its pages: these entries are done with.
        outbox.drain()
        self.assertFalse(IndexOutboxEntry.objects.filter(status=PENDING).exists())

    @contextmanager
    def committed_transaction(self):
        """One editor's action in its own transaction, with what waits for its commit run at its
        end (Django's test case never commits)."""
        with self.captureOnCommitCallbacks(execute=True) as callbacks, transaction.atomic():
            yield callbacks

    def publication_ids(self):
        return {
            *(page.pk for page in self.reports.values()),
            *(page.pk for page in self.papers.values()),
            self.toolkit.pk,
        }

    def indexed_titles(self):
        return {page_id: document.title for page_id, document in self.engine.documents.items()}


class RecordingTests(OutboxTestCase):
    def test_publishing_records_the_publication_and_the_commit_indexes_its_group(self):
        report = ResearchReportPage.objects.get(pk=self.reports["en"].pk)
        report.title = "Erased, revised"
        with self.committed_transaction() as callbacks:
            report.save_revision().publish()
            self.assertEqual(recorded(), {report.pk: "publish"})
        self.assertEqual(len(callbacks), 1)
        self.assertEqual(self.indexed_titles()[report.pk], "Erased, revised")
        entry = latest_entry(report.pk)
        self.assertEqual(entry.status, DONE)
        self.assertIsNotNone(entry.processed_at)

    def test_unpublishing_records_the_publication_and_removes_it(self):
        paper = self.papers["ar"]
        with self.committed_transaction():
            paper.unpublish()
            self.assertEqual(recorded(), {paper.pk: "unpublish"})
        self.assertNotIn(paper.pk, self.engine.documents)
        # The other language stays, and no longer offers the unpublished one.
        self.assertEqual(self.engine.documents[self.papers["en"].pk].languages, ("en",))

    def test_deleting_a_publication_records_it_and_removes_it(self):
        toolkit_id = self.toolkit.pk
        with self.committed_transaction():
            self.toolkit.delete()
            self.assertEqual(recorded(), {toolkit_id: "delete"})
        self.assertNotIn(toolkit_id, self.engine.documents)

    def test_deleting_a_library_records_every_publication_below_it(self):
        below = {self.reports["en"].pk, self.papers["en"].pk, self.toolkit.pk}
        with self.committed_transaction() as callbacks:
            self.libraries["en"].delete()
            # With their translations, whose documents list the languages of the group.
            self.assertEqual(recorded(), dict.fromkeys(self.publication_ids(), "delete"))
        # One drain for the whole deletion.
        self.assertEqual(len(callbacks), 1)
        self.assertFalse(below & set(self.engine.documents))
        self.assertEqual(self.engine.documents[self.reports["ar"].pk].languages, ("ar", "he"))

    def test_moving_a_publication_records_it_and_indexes_its_new_address(self):
        archive = ResourceLibraryPageFactory(
            parent=self.tree["homes"]["en"], title="Archive", slug="archive"
        )
        report = self.reports["en"]
        with self.committed_transaction():
            report.move(archive, pos="last-child")
            self.assertEqual(recorded(), {report.pk: "move"})
        self.assertEqual(self.engine.documents[report.pk].url, "/en/archive/erased/")

    def test_moving_a_library_records_every_publication_below_it(self):
        library = self.libraries["en"]
        library.move(self.tree["homes"]["en"], pos="first-child")
        self.assertEqual(
            recorded(),
            dict.fromkeys({self.reports["en"].pk, self.papers["en"].pk, self.toolkit.pk}, "move"),
        )

    def test_a_new_library_slug_records_its_publications_and_indexes_their_addresses(self):
        library = self.libraries["en"]
        library.slug = "publications"
        # Wagtail announces the new slug once the change has committed.
        with self.committed_transaction():
            library.save_revision().publish()
        slug_entries = IndexOutboxEntry.objects.filter(reason="slug", status=DONE)
        self.assertEqual(
            set(slug_entries.values_list("page_id", flat=True)),
            {self.reports["en"].pk, self.papers["en"].pk, self.toolkit.pk},
        )
        self.assertEqual(
            self.engine.documents[self.toolkit.pk].url, "/en/publications/secure-your-phone/"
        )

    def test_a_restriction_on_a_library_takes_its_publications_out_and_back_in(self):
        with self.committed_transaction():
            # On every translation at once, as the admin's privacy view sets it.
            editors = frozenset({Group.objects.get(name="Editors").pk})
            set_privacy_of_every_translation(
                self.libraries["en"], Privacy(PageViewRestriction.GROUPS, group_ids=editors)
            )
            # Recorded below the library and below its translations.
            self.assertEqual(set(recorded("privacy")), self.publication_ids())
        self.assertEqual(self.engine.documents, {})

        with self.committed_transaction():
            set_privacy_of_every_translation(self.libraries["en"], Privacy())
            self.assertEqual(set(recorded("privacy")), self.publication_ids())
        self.assertEqual(set(self.engine.documents), self.publication_ids())

    def test_a_restriction_on_one_publication_records_only_it(self):
        with self.committed_transaction():
            PageViewRestriction.objects.create(
                page=self.toolkit,
                restriction_type=PageViewRestriction.PASSWORD,
                password="partners-only",
            )
            self.assertEqual(recorded(), {self.toolkit.pk: "privacy"})
        self.assertNotIn(self.toolkit.pk, self.engine.documents)

    def test_replacing_a_document_records_the_publications_that_offer_it(self):
        document = get_document_model().objects.create(
            title="Full report", file=ContentFile(b"First edition", name="erased.txt")
        )
        report = self.reports["en"]
        PublicationDownload.objects.create(
            page=report,
            document=document,
            label="Full report",
            language="en",
            locale=report.locale,
        )
        document.title = "Full report (PDF)"
        document.save()
        self.assertEqual(recorded(), {}, "a new title is not a new file")

        document.file = ContentFile(b"Second edition", name="erased-2.txt")
        document.save()
        self.assertEqual(recorded(), {report.pk: "document"})

    def test_publishing_a_translation_records_it(self):
        paper = self.papers["en"]
        with self.committed_transaction():
            translate(paper, "he", title="שקיפות בכל שפה")
        hebrew = paper.get_translation(Locale.objects.get(language_code="he"))
        self.assertEqual(latest_entry(hebrew.pk).reason, "publish")
        self.assertEqual(self.indexed_titles()[hebrew.pk], "שקיפות בכל שפה")
        self.assertEqual(self.engine.documents[paper.pk].languages, ("ar", "en", "he"))

    def test_a_translation_made_with_wagtail_localize_is_indexed(self):
        toolkit = self.toolkit
        source, _created = TranslationSource.get_or_create_from_instance(toolkit)
        arabic = Locale.objects.get(language_code="ar")
        # wagtail-localize publishes the new translation once its transaction commits.
        with self.committed_transaction():
            source.create_or_update_translation(arabic, publish=True, fallback=True)
        translation = toolkit.get_translation(arabic)
        self.assertTrue(translation.live)
        self.assertEqual(latest_entry(translation.pk).status, DONE)
        self.assertEqual(self.engine.documents[translation.pk].language, "ar")

    def test_publishing_a_person_records_the_publications_that_list_them(self):
        lina, _sami = self.tree["people"]
        lina.name = "Lina Haddad-Saleh"
        with self.committed_transaction():
            lina.save_revision().publish()
            self.assertEqual(
                set(recorded("snippet")),
                {page.pk for page in self.reports.values()} | {self.toolkit.pk},
            )
        self.assertIn("Lina Haddad-Saleh", self.engine.documents[self.toolkit.pk].authors)

    def test_pages_that_are_not_publications_are_not_recorded(self):
        home = self.tree["homes"]["en"]
        home.save_revision().publish()
        self.libraries["ar"].save_revision().publish()
        self.assertEqual(recorded(), {})

    def test_a_rolled_back_change_leaves_no_entry_and_reaches_no_engine(self):
        report = ResearchReportPage.objects.get(pk=self.reports["en"].pk)
        report.title = "Never published"
        with (
            self.captureOnCommitCallbacks(execute=True) as callbacks,
            self.assertRaises(RuntimeError),
            transaction.atomic(),
        ):
            report.save_revision().publish()
            raise RuntimeError("the editor's request failed")
        self.assertEqual(callbacks, [])
        self.assertEqual(recorded(), {})
        self.assertEqual(self.indexed_titles()[report.pk], self.reports["en"].title)

    @override_settings(SEARCH_INDEX_ON_COMMIT=False)
    def test_without_the_on_commit_drain_entries_wait_for_the_worker(self):
        with self.committed_transaction() as callbacks:
            self.papers["en"].unpublish()
        self.assertEqual(callbacks, [])
        self.assertEqual(recorded(), {self.papers["en"].pk: "unpublish"})
        self.assertIn(self.papers["en"].pk, self.engine.documents)


class OutageTests(OutboxTestCase):
    def publish_new_title(self, title):
        report = ResearchReportPage.objects.get(pk=self.reports["en"].pk)
        report.title = title
        with self.committed_transaction():
            report.save_revision().publish()
        return report

    def test_publishing_succeeds_while_the_engine_is_down_and_the_worker_catches_up(self):
        self.engine.down = True
        before = timezone.now()
        report = self.publish_new_title("Erased, during the outage")

        self.assertTrue(ResearchReportPage.objects.get(pk=report.pk).live)
        entry = latest_entry(report.pk)
        self.assertEqual(entry.status, PENDING)
        self.assertEqual(entry.attempts, 1)
        self.assertEqual(entry.last_error, "Connection refused by the search engine")
        self.assertGreaterEqual(entry.next_attempt_at, before + datetime.timedelta(seconds=10))

        self.engine.down = False
        # Not due yet: the worker leaves it.
        call_command("search_worker", "--once", stdout=io.StringIO())
        entry.refresh_from_db()
        self.assertEqual(entry.status, PENDING)
        self.assertEqual(self.indexed_titles()[report.pk], self.reports["en"].title)

        later = timezone.now() + datetime.timedelta(seconds=11)
        with mock.patch("django.utils.timezone.now", return_value=later):
            call_command("search_worker", "--once", stdout=io.StringIO())
        entry.refresh_from_db()
        self.assertEqual(entry.status, DONE)
        self.assertEqual(entry.processed_at, later)
        self.assertEqual(self.indexed_titles()[report.pk], "Erased, during the outage")

    def test_the_wait_doubles_with_each_failure_up_to_an_hour(self):
        self.engine.down = True
        report = self.publish_new_title("Erased, during a long outage")
        entry = latest_entry(report.pk)
        waits = []
        for _attempt in range(3):
            now = entry.next_attempt_at
            with mock.patch("django.utils.timezone.now", return_value=now):
                outbox.drain()
            entry.refresh_from_db()
            waits.append((entry.next_attempt_at - now).total_seconds())
        self.assertEqual(entry.attempts, 4)
        self.assertEqual(waits, [20, 40, 80])
        self.assertEqual(
            [outbox.retry_delay(attempts).total_seconds() for attempts in (1, 2, 9, 30)],
            [10, 20, 2560, 3600],
        )

    def test_an_edit_made_during_a_drain_is_left_for_the_next_one(self):
        report = ResearchReportPage.objects.get(pk=self.reports["en"].pk)
        report.title = "First edit"
        report.save_revision().publish()
        real_index = self.engine.index

        def index_while_an_editor_publishes(documents):
            real_index(documents)
            report.title = "Second edit"
            report.save_revision().publish()

        with (
            mock.patch.object(self.engine, "index", index_while_an_editor_publishes),
            override_settings(SEARCH_INDEX_ON_COMMIT=False),
        ):
            outbox.drain()
        self.assertEqual(self.indexed_titles()[report.pk], "First edit")
        self.assertEqual(recorded(), {report.pk: "publish"})
        outbox.drain()
        self.assertEqual(self.indexed_titles()[report.pk], "Second edit")

    def test_one_publication_that_cannot_be_built_does_not_hold_back_the_others(self):
        self.reports["en"].save_revision().publish()
        self.toolkit.save_revision().publish()
        real_build = outbox.documents_for_translation_groups
        broken_key = self.toolkit.translation_key

        def build_or_fail(translation_keys):
            if broken_key in set(translation_keys):
                raise ValueError("a block that cannot be read")
            return real_build(translation_keys)

        with mock.patch.object(outbox, "documents_for_translation_groups", build_or_fail):
            report = outbox.drain()
        self.assertEqual((report.done, report.failed), (1, 1))
        self.assertEqual(latest_entry(self.toolkit.pk).attempts, 1)
        self.assertEqual(
            latest_entry(self.toolkit.pk).last_error,
            "a block that cannot be read",
        )
        self.assertEqual(latest_entry(self.reports["en"].pk).status, DONE)

    def test_an_error_in_the_on_commit_drain_stays_out_of_the_request(self):
        with (
            mock.patch.object(outbox, "drain", side_effect=RuntimeError("database gone")),
            self.assertLogs("search.outbox", "ERROR"),
        ):
            self.publish_new_title("Erased, kept for the worker")
        self.assertEqual(recorded(), {self.reports["en"].pk: "publish"})


class AdminPublishDuringOutageTests(OutboxTestCase):
    def test_an_editor_publishes_from_the_admin_while_the_engine_is_down(self):
        self.engine.down = True
        report = self.reports["en"]
        with self.committed_transaction():
            response = self.publish_from_the_admin(report)
        self.assertEqual(response.status_code, 302, response.content.decode()[:3000])
        published = ResearchReportPage.objects.get(pk=report.pk)
        self.assertTrue(published.live)
        self.assertEqual(published.title, "Erased: published during a search outage")
        entry = latest_entry(report.pk)
        self.assertEqual((entry.status, entry.attempts), (PENDING, 1))

    def test_a_publish_whose_outbox_entry_cannot_be_written_is_not_published(self):
        # The request is one transaction (ATOMIC_REQUESTS): the page and its entry commit
        # together, so the index can never miss a published change.
        report = self.reports["en"]
        with (
            mock.patch.object(outbox, "enqueue", side_effect=DatabaseError("disk full")),
            self.assertRaises(DatabaseError),
        ):
            self.publish_from_the_admin(report)
        unchanged = ResearchReportPage.objects.get(pk=report.pk)
        self.assertNotEqual(unchanged.title, "Erased: published during a search outage")
        self.assertEqual(recorded(), {})

    def publish_from_the_admin(self, report):
        admin = get_user_model().objects.create_superuser(
            "root", "root@localhost", "correct horse battery staple"
        )
        self.client.force_login(admin)
        lina, _sami = self.tree["people"]
        data = nested_form_data(
            {
                "title": "Erased: published during a search outage",
                "slug": report.slug,
                "summary": report.summary,
                "publication_date": "2025-03-14",
                "authors": inline_formset([{"person": lina.pk}]),
                "topics": inline_formset([]),
                "regions": inline_formset([{"region": "PS"}]),
                "downloads": inline_formset([]),
                "related_publications": inline_formset([]),
                "body": streamfield([("paragraph", rich_text("<p>Revised.</p>"))]),
                "key_findings": streamfield([("finding", "Over 1,000 posts were removed.")]),
                "methodology": rich_text("<p>We asked the platforms.</p>"),
                "comments": inline_formset([]),
                "action-publish": "publish",
            }
        )
        return self.client.post(f"/admin/pages/{report.pk}/edit/", data)
