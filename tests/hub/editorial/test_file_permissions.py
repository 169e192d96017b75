"""Who may change and delete documents and images, through the admin's own views: translators
change only their own unused uploads, and a file that a live page uses is changed only by the
moderators of that page's language, which the page's history then records."""

import re

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, PageLogEntry

from hub.editorial.roles import setup_locales_and_roles
from hub.resources.models import PublicationDownload, ResearchReportPage
from tests.hub.editorial.factories import UserFactory
from tests.hub.resources.factories import build_library_tree

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
REVISED_PDF = PDF.replace(b"%%EOF", b"% revised after the platforms answered\n%%EOF")


def document(name, owner):
    return Document.objects.create(
        title=name, file=ContentFile(PDF, name=name), uploaded_by_user=owner
    )


def png_upload(name):
    return SimpleUploadedFile(name, get_test_image_file().file.getvalue(), "image/png")


def image(name, owner):
    return Image.objects.create(
        title=name, file=get_test_image_file(filename=name), uploaded_by_user=owner
    )


class FileRightsByLanguageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()
        # Page rights live on each language's home page, which now exists.
        setup_locales_and_roles()
        cls.root = Collection.get_first_root_node()
        cls.users = {
            "translator-ar": UserFactory(
                username="translator-ar",
                first_name="Huda",
                last_name="Mansour",
                groups=["Translators – Arabic"],
            ),
            "editor": UserFactory(
                username="editor", first_name="Dana", last_name="Katz", groups=["Editors"]
            ),
            "moderator": UserFactory(
                username="moderator", first_name="Rana", last_name="Saleh", groups=["Moderators"]
            ),
            "moderator-ar": UserFactory(
                username="moderator-ar",
                first_name="Yousef",
                last_name="Darwish",
                groups=["Moderators – Arabic"],
                admin_language="ar",
            ),
            "admin": UserFactory(username="admin", is_superuser=True),
        }
        translator, editor = cls.users["translator-ar"], cls.users["editor"]

        cls.english = ResearchReportPage.objects.get(pk=cls.tree["reports"]["en"].pk)
        cls.english_pdf = document("erased.pdf", editor)
        cls.english_cover = image("erased-cover.png", editor)
        cls.english.cover_image = cls.english_cover
        cls.english.downloads = [
            PublicationDownload(document=cls.english_pdf, label="Full text", language="en")
        ]
        cls.english.save_revision().publish()

        cls.arabic = ResearchReportPage.objects.get(pk=cls.tree["reports"]["ar"].pk)
        # Uploaded by the translator, published by the Arabic moderators: no longer theirs alone.
        cls.arabic_pdf = document("mahw-mumanhaj.pdf", translator)
        cls.arabic.downloads = [
            PublicationDownload(
                document=cls.arabic_pdf,
                label="النص الكامل",
                language="ar",
                locale=cls.arabic.locale,
            )
        ]
        cls.arabic.save_revision().publish()

        cls.own_unused = document("musawwada-tarjama.pdf", translator)
        cls.others_unused = document("interview-notes.pdf", editor)
        cls.own_unused_image = image("sura-jadida.png", translator)
        cls.others_unused_image = image("protest-photo.png", editor)

    def as_user(self, username):
        self.client.force_login(self.users[username])

    def edit_document(self, doc, **fields):
        return self.client.post(
            f"/admin/documents/edit/{doc.pk}/",
            {"title": doc.title, "collection": self.root.pk, "tags": "", **fields},
        )

    def replace_document(self, doc):
        upload = SimpleUploadedFile(f"revised-{doc.filename}", REVISED_PDF)
        return self.edit_document(doc, file=upload)

    def edit_image(self, img, **fields):
        return self.client.post(
            f"/admin/images/{img.pk}/",
            {"title": img.title, "collection": self.root.pk, "tags": "", **fields},
        )

    def assertRefused(self, response):
        self.assertIn(response.status_code, (302, 403))
        if response.status_code == 302:
            self.assertEqual(response["Location"], "/admin/")

    def assertUnchanged(self, doc):
        stored = Document.objects.get(pk=doc.pk)
        self.assertEqual((stored.file.name, stored.title), (doc.file.name, doc.title))

    def history(self, page, username="admin"):
        self.as_user(username)
        response = self.client.get(f"/admin/pages/{page.pk}/history/")
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_a_translator_uploads_documents_and_images(self):
        self.as_user("translator-ar")
        response = self.client.post(
            "/admin/documents/add/",
            {
                "title": "تقرير الرقابة الرقمية",
                "file": SimpleUploadedFile("taqrir.pdf", PDF),
                "collection": self.root.pk,
            },
        )
        self.assertEqual(response.status_code, 302)
        uploaded = Document.objects.get(title="تقرير الرقابة الرقمية")
        self.assertEqual(uploaded.uploaded_by_user, self.users["translator-ar"])
        response = self.client.post(
            "/admin/images/add/",
            {
                "title": "مظاهرة في رام الله",
                "file": png_upload("muzahara.png"),
                "collection": self.root.pk,
            },
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(
            Image.objects.get(title="مظاهرة في رام الله").uploaded_by_user,
            self.users["translator-ar"],
        )

    def test_a_translator_edits_and_deletes_their_own_unused_upload(self):
        self.as_user("translator-ar")
        self.assertEqual(
            self.client.get(f"/admin/documents/edit/{self.own_unused.pk}/").status_code, 200
        )
        response = self.edit_document(self.own_unused, title="مسودة الترجمة، النسخة الثانية")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(
            Document.objects.get(pk=self.own_unused.pk).title, "مسودة الترجمة، النسخة الثانية"
        )
        response = self.client.post(f"/admin/documents/delete/{self.own_unused.pk}/")
        self.assertEqual(response.status_code, 302)
        self.assertFalse(Document.objects.filter(pk=self.own_unused.pk).exists())
        response = self.client.post(f"/admin/images/{self.own_unused_image.pk}/delete/")
        self.assertEqual(response.status_code, 302)
        self.assertFalse(Image.objects.filter(pk=self.own_unused_image.pk).exists())

    def test_a_translator_cannot_edit_or_delete_someone_elses_file(self):
        self.as_user("translator-ar")
        for path in (
            f"/admin/documents/edit/{self.others_unused.pk}/",
            f"/admin/documents/delete/{self.others_unused.pk}/",
            f"/admin/images/{self.others_unused_image.pk}/",
            f"/admin/images/{self.others_unused_image.pk}/delete/",
        ):
            with self.subTest(path=path):
                self.assertRefused(self.client.get(path))
                self.assertRefused(self.client.post(path, {"title": "حذف"}))
        self.assertUnchanged(self.others_unused)
        self.assertTrue(Image.objects.filter(pk=self.others_unused_image.pk).exists())

    def test_a_translator_cannot_replace_the_pdf_of_a_live_report_not_even_their_own_upload(self):
        self.as_user("translator-ar")
        for doc in (self.english_pdf, self.arabic_pdf):
            with self.subTest(document=doc.title):
                self.assertRefused(self.replace_document(doc))
                self.assertUnchanged(doc)
                self.assertRefused(self.client.post(f"/admin/documents/delete/{doc.pk}/"))

    def test_the_english_moderator_replaces_it_and_the_english_history_says_so(self):
        self.as_user("moderator")
        response = self.replace_document(self.english_pdf)
        self.assertEqual(response.status_code, 302)
        replaced = Document.objects.get(pk=self.english_pdf.pk)
        self.assertNotEqual(replaced.file.name, self.english_pdf.file.name)
        with replaced.file.open() as stored:
            self.assertEqual(stored.read(), REVISED_PDF)
        entry = PageLogEntry.objects.get(page=self.english, action="resources.file_replaced")
        self.assertEqual(entry.user, self.users["moderator"])
        self.assertIn(
            "Attached file “erased.pdf” was replaced by Rana Saleh", self.history(self.english)
        )
        self.assertFalse(
            PageLogEntry.objects.filter(
                page=self.arabic, action__startswith="resources.file"
            ).exists()
        )

    def test_the_arabic_moderator_changes_arabic_files_only(self):
        self.as_user("moderator-ar")
        self.assertRefused(self.replace_document(self.english_pdf))
        self.assertUnchanged(self.english_pdf)
        self.assertRefused(self.edit_image(self.english_cover, title="غلاف"))
        self.assertEqual(Image.objects.get(pk=self.english_cover.pk).title, "erased-cover.png")

        self.assertEqual(self.replace_document(self.arabic_pdf).status_code, 302)
        self.assertIn(
            "استبدل Yousef Darwish الملف المرفق «mahw-mumanhaj.pdf»",
            self.history(self.arabic, "moderator-ar"),
        )

    def test_an_editor_changes_unused_files_but_not_those_of_live_pages(self):
        self.as_user("editor")
        self.assertRefused(self.replace_document(self.english_pdf))
        self.assertUnchanged(self.english_pdf)
        response = self.edit_document(self.own_unused, title="Translation draft, checked")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(
            Document.objects.get(pk=self.own_unused.pk).title, "Translation draft, checked"
        )

    def test_an_administrator_changes_any_file(self):
        self.as_user("admin")
        self.assertEqual(self.replace_document(self.english_pdf).status_code, 302)
        self.assertEqual(self.replace_document(self.arabic_pdf).status_code, 302)

    def test_an_edit_without_a_new_file_is_recorded_as_an_edit(self):
        self.as_user("moderator")
        response = self.edit_image(self.english_cover, title="Erased: the cover")
        self.assertEqual(response.status_code, 302)
        self.assertIn(
            "Image “erased-cover.png” was edited by Rana Saleh", self.history(self.english)
        )

    def test_each_listing_shows_what_its_user_may_change(self):
        cases = {
            "translator-ar": (
                {self.own_unused},
                {self.others_unused, self.english_pdf, self.arabic_pdf},
            ),
            "moderator": ({self.english_pdf, self.others_unused}, {self.arabic_pdf}),
            "moderator-ar": ({self.arabic_pdf, self.own_unused}, {self.english_pdf}),
        }
        for username, (listed, hidden) in cases.items():
            with self.subTest(user=username):
                self.as_user(username)
                response = self.client.get("/admin/documents/")
                self.assertEqual(response.status_code, 200)
                editable = {
                    int(pk)
                    for pk in re.findall(r"/admin/documents/edit/(\d+)/", response.content.decode())
                }
                self.assertLessEqual({doc.pk for doc in listed}, editable)
                self.assertFalse({doc.pk for doc in hidden} & editable)

    def test_everyone_still_chooses_every_file(self):
        self.as_user("translator-ar")
        response = self.client.get("/admin/documents/chooser/")
        self.assertEqual(response.status_code, 200)
        for doc in (self.english_pdf, self.others_unused):
            self.assertContains(response, doc.title)
        response = self.client.get(f"/admin/documents/chooser/chosen/{self.english_pdf.pk}/")
        self.assertEqual(response.status_code, 200)

    def test_bulk_delete_deletes_only_what_the_user_may_delete(self):
        self.as_user("translator-ar")
        ids = f"id={self.own_unused.pk}&id={self.others_unused.pk}&id={self.arabic_pdf.pk}"
        response = self.client.post(f"/admin/bulk/wagtaildocs/document/delete/?{ids}")
        self.assertEqual(response.status_code, 302)
        self.assertFalse(Document.objects.filter(pk=self.own_unused.pk).exists())
        self.assertTrue(Document.objects.filter(pk=self.others_unused.pk).exists())
        self.assertTrue(Document.objects.filter(pk=self.arabic_pdf.pk).exists())

        self.as_user("moderator-ar")
        path = f"/admin/bulk/wagtailimages/image/delete/?id={self.english_cover.pk}"
        self.client.post(path)
        self.assertTrue(Image.objects.filter(pk=self.english_cover.pk).exists())

        self.as_user("moderator")
        self.assertEqual(self.client.post(path).status_code, 302)
        self.assertFalse(Image.objects.filter(pk=self.english_cover.pk).exists())
        self.assertIn(
            "Image “erased-cover.png” was deleted by Rana Saleh", self.history(self.english)
        )

    def test_a_chooser_upload_is_the_uploaders_own(self):
        self.as_user("translator-ar")
        response = self.client.post(
            "/admin/documents/chooser/create/",
            {
                "document-chooser-upload-title": "ملخص التقرير",
                "document-chooser-upload-file": SimpleUploadedFile("mulakhas.pdf", PDF),
                "document-chooser-upload-collection": self.root.pk,
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["step"], "chosen", response.content[:500])
        uploaded = Document.objects.get(title="ملخص التقرير")
        self.assertEqual(uploaded.uploaded_by_user, self.users["translator-ar"])
        self.assertEqual(self.edit_document(uploaded, title="ملخص التقرير، منقّح").status_code, 302)
        response = self.client.post(
            "/admin/images/chooser/create/",
            {
                "image-chooser-upload-title": "صورة الغلاف",
                "image-chooser-upload-file": png_upload("ghilaf.png"),
                "image-chooser-upload-collection": self.root.pk,
            },
        )
        self.assertEqual(response.status_code, 200)
        uploaded_image = Image.objects.get(title="صورة الغلاف")
        self.assertEqual(uploaded_image.uploaded_by_user, self.users["translator-ar"])
        self.assertEqual(self.client.get(f"/admin/images/{uploaded_image.pk}/").status_code, 200)
