"""Attachments are read in a child process bounded in time, memory and unpacked size: a crafted
file costs that process only, is indexed without its text, and is named by `search_index
status` with the bound it reached."""

import functools
import io
import signal
import struct
import tempfile
import time
import tracemalloc
import zipfile
from unittest import mock

import pypdf
from django.conf import settings
from django.core.management import call_command
from django.test import SimpleTestCase, TestCase, override_settings
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from search import extract, extractors
from search.extract import document_text
from search.models import ExtractedText
from tests.search import crashing_extractor
from tests.search.fake_engine import use_in_memory_engine
from tests.search.test_extract import ODF_OFFICE, ODF_TEXT, WORD_MAIN, outcome_of, stored_document

Outcome = ExtractedText.Outcome
MEGABYTE = 1024 * 1024


def zipped(members: dict[str, str], first_stored: tuple[str, str] | None = None) -> bytes:
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        if first_stored:
            archive.writestr(first_stored[0], first_stored[1], compress_type=zipfile.ZIP_STORED)
        for name, data in members.items():
            archive.writestr(name, data)
    return output.getvalue()


@functools.cache
def docx_bomb(megabytes: int = 48) -> bytes:
    """What the attack used: 147 KB of DOCX whose document.xml unpacks to 48 MB."""
    paragraph = "<w:p><w:r><w:t>رقابة</w:t></w:r></w:p>"
    count = megabytes * MEGABYTE // len(paragraph.encode())
    return zipped(
        {
            "[Content_Types].xml": "<Types/>",
            "word/document.xml": f'<w:document xmlns:w="{WORD_MAIN}"><w:body>'
            f"{paragraph * count}</w:body></w:document>",
        }
    )


@functools.cache
def odt_bomb(megabytes: int = 48) -> bytes:
    paragraph = "<text:p>מעקב אחר עיתונאים</text:p>"
    count = megabytes * MEGABYTE // len(paragraph.encode())
    return zipped(
        {
            "content.xml": f'<office:document-content xmlns:office="{ODF_OFFICE}" '
            f'xmlns:text="{ODF_TEXT}"><office:body><office:text>{paragraph * count}'
            "</office:text></office:body></office:document-content>"
        },
        first_stored=("mimetype", "application/vnd.oasis.opendocument.text"),
    )


def with_recorded_size(content: bytes, member_name: str, size: int) -> bytes:
    """The archive with the member's unpacked size rewritten in its local header (offset 22)
    and its central directory entry (offset 24): an archive that lies about how far it
    unpacks."""
    data = bytearray(content)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        member = archive.getinfo(member_name)
    struct.pack_into("<I", data, member.header_offset + 22, size)
    entry = data.find(b"PK\x01\x02")
    while entry != -1:
        name_length = struct.unpack_from("<H", data, entry + 28)[0]
        if data[entry + 46 : entry + 46 + name_length] == member_name.encode():
            struct.pack_into("<I", data, entry + 24, size)
        entry = data.find(b"PK\x01\x02", entry + 46)
    return bytes(data)


def pdf_with_page_content(content: bytes) -> bytes:
    """A one-page PDF whose content stream (Flate-compressed) is `content`."""
    writer = pypdf.PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    stream = DecodedStreamObject()
    stream.set_data(content)
    page[NameObject("/Contents")] = writer._add_object(stream.flate_encode())
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


@functools.cache
def slow_pdf() -> bytes:
    """6 KB that take pypdf many seconds: one page of 200,000 text-showing operators."""
    return pdf_with_page_content(b"BT /F1 12 Tf 72 720 Td " + b"(censored) Tj " * 200_000 + b"ET")


@functools.cache
def memory_hungry_pdf() -> bytes:
    """72 KB whose one page unpacks to 70 MB (within pypdf's own 75 MB cap)."""
    return pdf_with_page_content(b" " * (70 * MEGABYTE) + b"BT /F1 12 Tf (x) Tj ET")


def extraction_peak_memory(content: bytes, kind: str, limits: extractors.Limits):
    """What the child does with the file, run here under tracemalloc: (the extraction, the
    most memory Python held for it at once, in bytes)."""
    with tempfile.NamedTemporaryFile(suffix=f".{kind}") as file:
        file.write(content)
        file.flush()
        tracemalloc.start()
        try:
            extraction = extractors.extract(file.name, kind, limits)
            _current, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    return extraction, peak


def default_limits(**changes) -> extractors.Limits:
    values = {
        "max_chars": settings.SEARCH_EXTRACT_MAX_CHARS,
        "max_expanded_bytes": settings.SEARCH_EXTRACT_MAX_BYTES,
        "max_ratio": settings.SEARCH_EXTRACT_MAX_RATIO,
    }
    return extractors.Limits(**{**values, **changes})


class ZipBombTests(TestCase):
    def test_the_docx_of_the_attack_is_refused_by_its_ratio_without_being_unpacked(self):
        content = docx_bomb()
        self.assertLess(len(content), 150_000)
        document = stored_document(content, "annex.docx", "ملحق: رقابة المنصات")
        started = time.monotonic()
        with self.assertLogs("search.extract", "WARNING") as logs:
            self.assertEqual(document_text(document), "")
        # 26 s and 700 MB before, in the uploader's request; now well under a second's work.
        self.assertLess(time.monotonic() - started, 10)
        self.assertIn("too_large_expanded", logs.output[0])
        row = outcome_of(document)
        self.assertEqual(row.outcome, Outcome.TOO_LARGE_EXPANDED)
        self.assertIn("word/document.xml unpacks to", row.detail)
        self.assertIn("the limit is 100:1", row.detail)
        self.assertEqual(row.text, "")

    def test_refusing_the_bomb_takes_no_memory(self):
        extraction, peak = extraction_peak_memory(docx_bomb(), "docx", default_limits())
        self.assertEqual(extraction.outcome, Outcome.TOO_LARGE_EXPANDED)
        # Refused from the archive's directory: nothing of the 48 MB member is unpacked.
        self.assertLess(peak, MEGABYTE)

    def test_an_odt_bomb_is_refused_too(self):
        document = stored_document(odt_bomb(), "מעקב.odt", "מעקב אחר עיתונאים")
        with self.assertLogs("search.extract", "WARNING"):
            self.assertEqual(document_text(document), "")
        row = outcome_of(document)
        self.assertEqual(row.outcome, Outcome.TOO_LARGE_EXPANDED)
        self.assertIn("content.xml unpacks to", row.detail)

    def test_a_member_over_the_unpacked_size_limit_is_refused_whatever_its_ratio(self):
        document = stored_document(docx_bomb(2), "big.docx", "تقرير طويل")
        with (
            override_settings(SEARCH_EXTRACT_MAX_BYTES=MEGABYTE, SEARCH_EXTRACT_MAX_RATIO=10_000),
            self.assertLogs("search.extract", "WARNING"),
        ):
            document_text(document)
        self.assertIn(f"the limit is {MEGABYTE}", outcome_of(document).detail)

    def test_an_archive_that_understates_its_unpacked_size_is_not_unpacked_past_it(self):
        # It claims 50 KB (under every bound): reading stops there and the checksum fails.
        content = with_recorded_size(docx_bomb(), "word/document.xml", 50_000)
        document = stored_document(content, "liar.docx", "ملف مضلل")
        with self.assertLogs("search.extract", "WARNING"):
            self.assertEqual(document_text(document), "")
        self.assertEqual(outcome_of(document).outcome, Outcome.BROKEN)

    def test_a_member_compressed_as_office_files_never_are_is_refused(self):
        output = io.BytesIO()
        with zipfile.ZipFile(output, "w", zipfile.ZIP_BZIP2) as archive:
            archive.writestr("[Content_Types].xml", "<Types/>")
            archive.writestr("word/document.xml", "<w:document/>")
        document = stored_document(output.getvalue(), "bzip.docx", "Bzip")
        with self.assertLogs("search.extract", "WARNING"):
            document_text(document)
        row = outcome_of(document)
        self.assertEqual(row.outcome, Outcome.BROKEN)
        self.assertIn("compression method 12", row.detail)


class StreamingParserTests(SimpleTestCase):
    """The XML is parsed as it unpacks, and reading stops once enough text is kept."""

    def test_with_the_ratio_lifted_the_bomb_is_read_only_as_far_as_the_text_kept(self):
        limits = default_limits(max_chars=20_000, max_ratio=10**6)
        extraction, peak = extraction_peak_memory(docx_bomb(), "docx", limits)
        self.assertEqual(extraction.outcome, Outcome.TEXT)
        self.assertTrue(extraction.text.startswith("رقابة\nرقابة"))
        self.assertLessEqual(len(extraction.text), 20_000)
        self.assertIn("cut at 20000", extraction.detail)
        # The whole member held at once, as before, was 48 MB and its tree 700 MB.
        self.assertLess(peak, 5 * MEGABYTE)

    def test_the_limit_on_unpacked_bytes_holds_while_streaming(self):
        # With the ratio lifted and no cap on the text kept, reading stops at the size limit.
        limits = default_limits(max_chars=10**9, max_expanded_bytes=2 * MEGABYTE, max_ratio=10**6)
        content = with_recorded_size(docx_bomb(), "word/document.xml", MEGABYTE)
        extraction, _peak = extraction_peak_memory(content, "docx", limits)
        self.assertEqual(extraction.outcome, Outcome.BROKEN)
        extraction, _peak = extraction_peak_memory(docx_bomb(4), "docx", limits)
        self.assertEqual(extraction.outcome, Outcome.TOO_LARGE_EXPANDED)


class TimeAndMemoryTests(TestCase):
    def test_a_pdf_that_takes_too_long_is_stopped_and_recorded(self):
        document = stored_document(slow_pdf(), "slow.pdf", "تقرير بطيء")
        started = time.monotonic()
        with override_settings(SEARCH_EXTRACT_TIMEOUT=1), self.assertLogs("search.extract"):
            self.assertEqual(document_text(document), "")
        self.assertLess(time.monotonic() - started, 5)
        row = outcome_of(document)
        self.assertEqual(row.outcome, Outcome.TIMED_OUT)
        self.assertIn("after 1 s", row.detail)
        self.assertIn("timeout=1s", row.limits)

        with mock.patch.object(extract, "extract_in_child") as child:
            with override_settings(SEARCH_EXTRACT_TIMEOUT=1):
                document_text(document)
            child.assert_not_called()
            # A longer timeout gives the file another chance.
            child.return_value = extractors.Extraction(Outcome.TEXT, text="censored")
            with override_settings(SEARCH_EXTRACT_TIMEOUT=120):
                self.assertEqual(document_text(document), "censored")
        self.assertEqual(outcome_of(document).outcome, Outcome.TEXT)

    def test_a_pdf_that_needs_too_much_memory_is_stopped_and_recorded(self):
        document = stored_document(memory_hungry_pdf(), "huge-page.pdf", "דו״ח עם עמוד ענק")
        with override_settings(SEARCH_EXTRACT_MAX_MEMORY=128), self.assertLogs("search.extract"):
            self.assertEqual(document_text(document), "")
        row = outcome_of(document)
        self.assertEqual(row.outcome, Outcome.OUT_OF_MEMORY)
        self.assertIn("128 MB", row.detail)
        self.assertIn("memory=128MB", row.limits)

    def test_a_child_that_dies_without_answering_is_recorded_as_unreadable(self):
        # A parser crash: the child is gone, this process is not.
        with mock.patch.object(extractors, "run_bounded", crashing_extractor.run_bounded):
            document = stored_document(slow_pdf(), "crash.pdf", "تقرير معطوب")
            with self.assertLogs("search.extract"):
                self.assertEqual(document_text(document), "")
        row = outcome_of(document)
        self.assertEqual(row.outcome, Outcome.BROKEN)
        self.assertIn("signal 6", row.detail)
        self.assertEqual(
            extract._failure(-signal.SIGXCPU).outcome, Outcome.TIMED_OUT, "the CPU limit"
        )

    def test_a_lifted_ratio_lets_a_highly_compressed_document_be_read(self):
        document = stored_document(docx_bomb(2), "repetitive.docx", "تقرير متكرر")
        with override_settings(SEARCH_EXTRACT_MAX_RATIO=10_000, SEARCH_EXTRACT_MAX_CHARS=1000):
            self.assertTrue(document_text(document).startswith("رقابة\nرقابة"))

    def test_every_outcome_the_child_reports_is_one_the_cache_knows(self):
        self.assertLessEqual(set(extractors.Outcome), set(Outcome.values))


@use_in_memory_engine
class StatusTests(TestCase):
    def test_status_names_the_files_indexed_without_their_text_and_the_bound_they_reached(self):
        bomb = stored_document(docx_bomb(), "annex.docx", "ملحق: رقابة المنصات")
        slow = stored_document(slow_pdf(), "slow.pdf", "תקציר איטי")
        waiting = stored_document(b"%PDF-1.4", "waiting.pdf", "قيد الانتظار")
        # As an upload through the admin records them.
        for document in (bomb, slow, waiting):
            document.get_file_hash()
        with override_settings(SEARCH_EXTRACT_TIMEOUT=1), self.assertLogs("search.extract"):
            document_text(bomb)
            document_text(slow)
        ExtractedText.objects.create(file_hash=waiting.file_hash, outcome=Outcome.PENDING)
        output = io.StringIO()
        call_command("search_index", "status", stdout=output)
        status = output.getvalue()
        self.assertIn("Attachments indexed without their text (a bound was reached): 2", status)
        self.assertIn(
            f"document {bomb.pk} “ملحق: رقابة المنصات” ({bomb.filename}): too large when unpacked: "
            "word/document.xml unpacks to",
            status,
        )
        self.assertIn(
            f"document {slow.pk} “תקציר איטי” ({slow.filename}): took too long: stopped after 1 s",
            status,
        )
        self.assertIn(f"Attachments waiting for their text: 1 (document {waiting.pk})", status)
