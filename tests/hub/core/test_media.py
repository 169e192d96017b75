"""Uploaded images are served in production too, only as images Wagtail knows; documents never
straight from the folder. Who may see which file: tests/hub/resources/test_file_access.py."""

import shutil
import tempfile
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import TestCase, override_settings
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file


class MediaServingTests(TestCase):
    @classmethod
    def setUpClass(cls):
        cls.media_root = Path(tempfile.mkdtemp())
        cls.addClassCleanup(shutil.rmtree, cls.media_root)
        cls.enterClassContext(
            override_settings(
                DEBUG=False,
                MEDIA_ROOT=cls.media_root,
                STORAGES={
                    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
                    "staticfiles": {
                        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
                    },
                },
            )
        )
        super().setUpClass()

    @classmethod
    def setUpTestData(cls):
        cls.image = Image.objects.create(title="Cover", file=get_test_image_file("cover.png"))
        cls.rendition = cls.image.get_rendition("width-800")
        cls.admin = get_user_model().objects.create_superuser(
            "root", "root@localhost", "correct horse battery staple"
        )

    def setUp(self):
        cache.clear()
        self.client.force_login(self.admin)

    def test_renditions_and_original_images_are_served_from_the_storage(self):
        for url in (self.rendition.url, self.image.file.url):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response["Content-Type"], "image/png")
                stored = (self.media_root / url.removeprefix("/media/")).read_bytes()
                self.assertEqual(b"".join(response.streaming_content), stored)

    def test_a_file_in_the_folder_that_is_no_image_of_wagtails_is_not_served(self):
        (self.media_root / "original_images" / "left-behind.png").write_bytes(
            (self.media_root / self.image.file.name).read_bytes()
        )
        self.assertEqual(self.client.get("/media/original_images/left-behind.png").status_code, 404)

    def test_documents_are_not_served_from_the_media_folder(self):
        (self.media_root / "documents").mkdir(exist_ok=True)
        (self.media_root / "documents" / "report.pdf").write_bytes(b"%PDF-1.4 private")
        self.assertEqual(self.client.get("/media/documents/report.pdf").status_code, 404)

    def test_missing_files_and_path_tricks_are_404(self):
        for path in (
            "/media/images/missing.png",
            "/media/images/../documents/report.pdf",
            "/media/images/%2e%2e/documents/report.pdf",
            "/media/images/sub/cover.png",
        ):
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, 404)

    def test_an_image_whose_file_is_gone_is_404(self):
        rendition = self.image.get_rendition("width-100")
        (self.media_root / rendition.file.name).unlink()
        self.assertEqual(self.client.get(rendition.url).status_code, 404)
