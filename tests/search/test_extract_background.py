"""An upload's request does not read the file: the on-commit drain indexes the page with the text
already cached, claims each file still to read and, once committed, starts a detached process
that reads it (bounded) and has the publications offering it indexed again."""

import datetime
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase, override_settings
from django.utils import timezone
from wagtail.documents.models import Document

from hub.resources.models import PublicationDownload
from search import extract, service
from search.engines.base import SearchQuery
from search.extract import document_texts, in_background
from search.models import ExtractedText, IndexOutboxEntry
from tests.home.factories import build_home_tree
from tests.hub.resources.factories import (
    PolicyPaperPageFactory,
    ResourceLibraryPageFactory,
    translate,
)
from tests.search.factories import body, index_all_publications
from tests.search.test_extract import docx, outcome_of
from tests.search.test_extract_bounds import docx_bomb

Outcome = ExtractedText.Outcome
DEMO_PDFS = Path(__file__).resolve().parents[2] / "hub" / "demo" / "files" / "pdf"
# In the attached PDFs only, nowhere in the pages' own text.
PDF_ONLY_WORDS = {"ar": "يوروبول", "he": "יורופול"}


def demo_pdf(language: str) -> bytes:
    return (DEMO_PDFS / f"referral-without-review.{language}.pdf").read_bytes()


def read_in_the_request(*args):
    raise AssertionError("the request read an attached file")


@override_settings(SEARCH_EXTRACT_IN_BACKGROUND=True)
class BackgroundTestCase(TestCase):
    """An Arabic policy paper, offering an annex, and its Hebrew translation, live and indexed
    in the configured engine; an administrator."""

    @classmethod
    def setUpTestData(cls):
        homes = build_home_tree()
        library = ResourceLibraryPageFactory(parent=homes["en"])
        translate(library, "he", title="ספריית המשאבים")
        arabic_library = translate(library, "ar", title="مكتبة الموارد")
        cls.paper = PolicyPaperPageFactory(
            parent=arabic_library,
            title="الإحالات الحكومية إلى المنصات بلا رقابة قضائية",
            slug="referrals",
            summary="كيف تطلب الوحدات الحكومية حذف المحتوى دون أي إجراء قانوني.",
            body=body("تطلب وحدات الإحالة من المنصات إزالة منشورات دون أمر من محكمة."),
        )
        cls.paper.save_revision().publish()
        cls.hebrew = translate(
            cls.paper,
            "he",
            title="הפניות ממשלתיות לפלטפורמות בלי ביקורת שיפוטית",
            summary="איך יחידות ממשלתיות מבקשות להסיר תוכן בלי הליך משפטי.",
            body=body("יחידות ההפניה מבקשות מהפלטפורמות להסיר פרסומים בלי צו של בית משפט."),
        )
        cls.annex = Document.objects.create(
            title="ملحق الإحالات", file=ContentFile(docx("<w:p/>"), name="annex.docx")
        )
        PublicationDownload.objects.create(
            page=cls.paper,
            document=cls.annex,
            label="الملحق",
            language="ar",
            locale=cls.paper.locale,
        )
        cls.admin = get_user_model().objects.create_superuser(
            "root", "root@localhost", "correct horse battery staple"
        )

    def setUp(self):
        index_all_publications()

    @contextmanager
    def committed_transaction(self):
        """One editor's action in its own transaction, with what waits for its commit run at its
        end (Django's test case never commits)."""
        with self.captureOnCommitCallbacks(execute=True) as callbacks, transaction.atomic():
            yield callbacks

    def attach(self, page, content: bytes, name: str, title: str) -> Document:
        document = Document.objects.create(title=title, file=ContentFile(content, name=name))
        document.get_file_hash()
        PublicationDownload.objects.create(
            page=page,
            document=document,
            label=title,
            language=page.locale.language_code,
            locale=page.locale,
        )
        return document

    def search(self, language, text):
        return service.search(SearchQuery(language=language, text=text))


class UploadRequestTests(BackgroundTestCase):
    def test_replacing_a_file_with_the_zip_bomb_answers_without_reading_it(self):
        """The finding: this request took 22 s and 700 MB, extracting in the request."""
        self.client.force_login(self.admin)
        with (
            mock.patch.object(extract, "extract_in_child", read_in_the_request),
            mock.patch.object(extract, "start_background_extraction") as start,
            self.captureOnCommitCallbacks(execute=True),
        ):
            started = time.monotonic()
            response = self.client.post(
                f"/admin/documents/edit/{self.annex.pk}/",
                {
                    "title": "ملحق الإحالات",
                    "file": SimpleUploadedFile("annex.docx", docx_bomb()),
                    "collection": 1,
                },
            )
            self.assertEqual(response.status_code, 302, response.content[:2000])
            # Nothing starts before the request's transaction commits.
            start.assert_not_called()
        self.assertLess(time.monotonic() - started, 10)
        start.assert_called_once_with([self.annex.pk])
        self.annex.refresh_from_db()
        claim = ExtractedText.objects.get(file_hash=self.annex.file_hash)
        self.assertEqual((claim.outcome, claim.text), (Outcome.PENDING, ""))
        # The publication was indexed again meanwhile, without the file's text.
        entry = IndexOutboxEntry.objects.filter(page_id=self.paper.pk).latest("pk")
        self.assertEqual((entry.reason, entry.status), ("document", IndexOutboxEntry.Status.DONE))

    def test_arabic_and_hebrew_pdfs_become_searchable_once_read_in_the_background(self):
        arabic = self.attach(self.paper, demo_pdf("ar"), "referrals.ar.pdf", "النص الكامل")
        hebrew = self.attach(self.hebrew, demo_pdf("he"), "referrals.he.pdf", "הנוסח המלא")
        with (
            mock.patch.object(extract, "extract_in_child", read_in_the_request),
            mock.patch.object(extract, "start_background_extraction") as start,
            self.committed_transaction(),
        ):
            self.paper.save_revision().publish()
            self.hebrew.save_revision().publish()
        # One drain for the translation group, one process for both files.
        start.assert_called_once_with([arabic.pk, hebrew.pk])
        for language in ("ar", "he"):
            self.assertEqual(self.search(language, PDF_ONLY_WORDS[language]).count, 0)
        # Indexed at once all the same, with its own text.
        self.assertEqual(self.search("he", "הפניות").hits[0].page_id, self.hebrew.pk)

        # What the detached process does, run here.
        with self.captureOnCommitCallbacks(execute=True):
            call_command("search_extract", str(arabic.pk), str(hebrew.pk), stdout=mock.Mock())
        for language, page in (("ar", self.paper), ("he", self.hebrew)):
            with self.subTest(language=language):
                results = self.search(language, PDF_ONLY_WORDS[language])
                self.assertEqual([hit.page_id for hit in results.hits], [page.pk])
                self.assertEqual(results.hits[0].highlight.source, "attachment")
                self.assertIn(
                    f"<mark>{PDF_ONLY_WORDS[language]}</mark>", results.hits[0].highlight.html
                )
        entries = IndexOutboxEntry.objects.filter(reason="attachment")
        self.assertEqual(
            set(entries.values_list("page_id", "status")),
            {(self.paper.pk, "done"), (self.hebrew.pk, "done")},
        )


class WithoutBackgroundTests(BackgroundTestCase):
    """The search worker, a rebuild and the tests read the file before indexing, in the
    bounded child all the same."""

    @override_settings(SEARCH_EXTRACT_IN_BACKGROUND=False)
    def test_the_on_commit_drain_reads_the_file_before_indexing(self):
        self.attach(self.paper, demo_pdf("ar"), "referrals.ar.pdf", "النص الكامل")
        with (
            mock.patch.object(extract, "start_background_extraction") as start,
            self.committed_transaction(),
        ):
            self.paper.save_revision().publish()
        start.assert_not_called()
        self.assertEqual(self.search("ar", PDF_ONLY_WORDS["ar"]).hits[0].page_id, self.paper.pk)

    @override_settings(SEARCH_INDEX_ON_COMMIT=False)
    def test_the_search_worker_reads_the_file_before_indexing(self):
        self.attach(self.hebrew, demo_pdf("he"), "referrals.he.pdf", "הנוסח המלא")
        with (
            mock.patch.object(extract, "start_background_extraction") as start,
            self.committed_transaction(),
        ):
            self.hebrew.save_revision().publish()
        call_command("search_worker", "--once", stdout=mock.Mock())
        start.assert_not_called()
        self.assertEqual(self.search("he", PDF_ONLY_WORDS["he"]).hits[0].page_id, self.hebrew.pk)


class ClaimTests(BackgroundTestCase):
    def setUp(self):
        super().setUp()
        # A file nothing has read yet.
        self.report = Document.objects.create(
            title="تقرير الإحالات 2024", file=ContentFile(demo_pdf("ar"), name="referrals-2024.pdf")
        )
        self.report.get_file_hash()

    def texts_in_the_background(self, *documents):
        with self.committed_transaction(), in_background():
            return document_texts(documents)

    def test_a_file_is_claimed_once_however_many_drains_need_it(self):
        with mock.patch.object(extract, "start_background_extraction") as start:
            self.assertEqual(self.texts_in_the_background(self.report), {self.report.pk: ""})
            self.texts_in_the_background(self.report)
        start.assert_called_once_with([self.report.pk])
        self.assertEqual(
            ExtractedText.objects.get(file_hash=self.report.file_hash).outcome, Outcome.PENDING
        )

    def test_a_claim_left_by_a_process_that_died_is_taken_again(self):
        with mock.patch.object(extract, "start_background_extraction") as start:
            self.texts_in_the_background(self.report)
            # Twice the timeout and a minute later, nobody has recorded the outcome.
            later = timezone.now() + datetime.timedelta(
                seconds=2 * settings.SEARCH_EXTRACT_TIMEOUT + 61
            )
            with mock.patch("django.utils.timezone.now", return_value=later):
                self.texts_in_the_background(self.report)
        self.assertEqual(start.call_args_list, [mock.call([self.report.pk])] * 2)

    def test_one_file_behind_two_documents_is_read_once_for_both(self):
        # The same PDF uploaded twice, once for each language version.
        arabic = self.attach(self.paper, demo_pdf("he"), "referrals.pdf", "النص العبري")
        hebrew = self.attach(self.hebrew, demo_pdf("he"), "referrals-copy.pdf", "הנוסח המלא")
        with mock.patch.object(extract, "start_background_extraction") as start:
            self.texts_in_the_background(arabic, hebrew)
        start.assert_called_once_with([arabic.pk, hebrew.pk])
        with (
            mock.patch.object(extract, "extract_in_child", wraps=extract.extract_in_child) as child,
            self.captureOnCommitCallbacks(execute=True),
        ):
            call_command("search_extract", str(arabic.pk), str(hebrew.pk), stdout=mock.Mock())
        self.assertEqual(child.call_count, 1)
        self.assertEqual(
            set(
                IndexOutboxEntry.objects.filter(reason="attachment").values_list(
                    "page_id", flat=True
                )
            ),
            {self.paper.pk, self.hebrew.pk},
        )

    def test_a_file_refused_by_its_name_is_recorded_at_once(self):
        figures = Document.objects.create(
            title="أرقام الإحالات",
            file=ContentFile(b"year,referrals\n2024,1480\n", name="figures.csv"),
        )
        with (
            mock.patch.object(extract, "start_background_extraction") as start,
            self.assertLogs("search.extract", "INFO"),
        ):
            self.assertEqual(self.texts_in_the_background(figures), {figures.pk: ""})
        start.assert_not_called()
        self.assertEqual(outcome_of(figures).outcome, Outcome.UNSUPPORTED)

    def test_the_detached_process_gets_the_documents_and_is_waited_for(self):
        with mock.patch.object(extract.subprocess, "Popen") as popen:
            extract.start_background_extraction([5, 9])
            reapers = [t for t in threading.enumerate() if t.name == "search-extract-reaper"]
            for reaper in reapers:
                reaper.join(timeout=5)
        popen.assert_called_once_with(
            [sys.executable, str(settings.BASE_DIR / "manage.py"), "search_extract", "5", "9"],
            cwd=settings.BASE_DIR,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            start_new_session=True,
        )
        popen.return_value.wait.assert_called_once_with()

    def test_the_background_command_leaves_a_file_another_process_has_read(self):
        ExtractedText.objects.create(
            file_hash=self.report.file_hash, outcome=Outcome.TEXT, text="نص مستخرج سابقا"
        )
        with mock.patch.object(extract, "extract_in_child", read_in_the_request):
            call_command("search_extract", str(self.report.pk), stdout=mock.Mock())
        self.assertFalse(IndexOutboxEntry.objects.filter(reason="attachment").exists())
