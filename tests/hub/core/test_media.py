"""Uploaded images are served in production too; documents never straight from the folder."""

import tempfile
from pathlib import Path

from django.test import TestCase, override_settings

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)


class MediaServingTests(TestCase):
    def setUp(self):
        self.media_root = Path(self.enterContext(tempfile.TemporaryDirectory()))
        self.enterContext(override_settings(MEDIA_ROOT=self.media_root, DEBUG=False))
        for folder in ("images", "original_images", "documents"):
            (self.media_root / folder).mkdir()
        (self.media_root / "images" / "cover.width-800.png").write_bytes(PNG)
        (self.media_root / "original_images" / "cover.png").write_bytes(PNG)
        (self.media_root / "documents" / "report.pdf").write_bytes(b"%PDF-1.4 private")

    def test_renditions_and_original_images_are_served_with_long_caching(self):
        for path in ("/media/images/cover.width-800.png", "/media/original_images/cover.png"):
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response["Content-Type"], "image/png")
                self.assertEqual(b"".join(response.streaming_content), PNG)
                self.assertIn("max-age=2592000", response["Cache-Control"])
                self.assertIn("public", response["Cache-Control"])

    def test_documents_are_not_served_from_the_media_folder(self):
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
