"""Documents editors upload in the admin: the right kinds, checked by content, within a limit."""

import io
import zipfile

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase, override_settings
from wagtail.documents.models import Document

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def office_file(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def odt_file():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


DOCX = office_file({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
XLSX = office_file({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"})


class DocumentUploadTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.admin = get_user_model().objects.create_superuser(
            "root", "root@localhost", "correct horse battery staple"
        )

    def setUp(self):
        self.client.force_login(self.admin)

    def upload(self, name, data):
        return self.client.post(
            "/admin/documents/add/",
            {"title": name, "file": SimpleUploadedFile(name, data), "collection": 1},
        )

    def assertRefused(self, response, message):
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, message)
        self.assertFalse(Document.objects.exists())

    def test_each_accepted_kind_is_stored(self):
        files = {
            "report.pdf": PDF,
            "annex.docx": DOCX,
            "data.xlsx": XLSX,
            "تقرير.odt": odt_file(),
            "cases.csv": b"date,platform,removed\n2024-01-03,X,12\n",
        }
        for name, data in files.items():
            with self.subTest(name=name):
                response = self.upload(name, data)
                self.assertEqual(response.status_code, 302, response.content[:2000])
        self.assertEqual(Document.objects.count(), len(files))

    def test_a_file_whose_content_does_not_match_its_name_is_refused(self):
        cases = {
            "report.pdf": b"MZ\x90\x00 this is a Windows program",
            "annex.docx": PDF,
            "data.xlsx": DOCX,
            "notes.odt": DOCX,
            "cases.csv": b"\x00\x01\x02binary",
        }
        for name, data in cases.items():
            with self.subTest(name=name):
                extension = name.rsplit(".", 1)[1]
                self.assertRefused(
                    self.upload(name, data),
                    f"This file is named .{extension} but its content is not a "
                    f"{extension.upper()} file.",
                )

    def test_other_kinds_are_refused(self):
        response = self.upload("installer.exe", b"MZ\x90\x00")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Upload a PDF, DOCX, ODT, XLSX or CSV file, not “.exe”.")
        self.assertFalse(Document.objects.exists())

    @override_settings(DOCUMENT_MAX_UPLOAD_SIZE=1024)
    def test_a_file_over_the_limit_is_refused_with_both_sizes(self):
        self.assertRefused(
            self.upload("report.pdf", PDF + b"0" * 2048),
            "This file is 2.1\xa0KB; documents can be at most 1.0\xa0KB.",
        )
