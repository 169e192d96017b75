"""The read-only API at /api/v2/: live, public content only."""

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import TestCase
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from hub.resources.models import PublicationDownload
from tests.hub.resources.factories import ResearchReportPageFactory, build_library_tree


class ReadAPITests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()
        library = cls.tree["libraries"]["en"]
        cls.draft = ResearchReportPageFactory(
            parent=library, slug="draft-report", title="Unpublished findings", live=False
        )
        cls.private = ResearchReportPageFactory(
            parent=library, slug="private-report", title="For partners only"
        )
        cls.public_image = Image.objects.create(title="Cover", file=get_test_image_file())
        cls.private_image = Image.objects.create(
            title="Private cover", file=get_test_image_file(filename="private.png")
        )
        cls.public_document = Document.objects.create(
            title="Erased (PDF)", file=ContentFile(b"%PDF-1.4 public", name="erased.pdf")
        )
        cls.private_document = Document.objects.create(
            title="Partner annex", file=ContentFile(b"%PDF-1.4 private", name="annex.pdf")
        )
        for page, image, document in (
            (cls.tree["reports"]["en"], cls.public_image, cls.public_document),
            (cls.private, cls.private_image, cls.private_document),
        ):
            page.cover_image = image
            page.downloads = [
                PublicationDownload(document=document, label="Full text", language="en")
            ]
            page.save_revision().publish()
        restriction = PageViewRestriction.objects.create(
            page=cls.private, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set([Group.objects.get(name="Editors")])

    def listed_ids(self, path):
        response = self.client.get(path)
        self.assertEqual(response.status_code, 200)
        return {item["id"] for item in response.json()["items"]}

    def test_pages_list_live_public_pages_only(self):
        ids = self.listed_ids("/api/v2/pages/?type=resources.ResearchReportPage&limit=20")
        self.assertEqual(ids, {page.pk for page in self.tree["reports"].values()})
        for page in (self.draft, self.private):
            with self.subTest(page=page.title):
                self.assertEqual(self.client.get(f"/api/v2/pages/{page.pk}/").status_code, 404)

    def test_a_publication_with_its_fields(self):
        report = self.tree["reports"]["ar"]
        data = self.client.get(f"/api/v2/pages/{report.pk}/").json()
        self.assertEqual(data["title"], report.title)
        self.assertEqual(data["meta"]["locale"], "ar")
        self.assertEqual(data["publication_type"], "report")
        self.assertEqual(data["publication_date"], "2025-03-14")
        self.assertEqual(data["author_names"], ["لينا حداد", "سامي خوري"])
        self.assertEqual(data["topic_names"], ["الرقابة على المنصات"])
        self.assertEqual(data["region_codes"], ["PS", "IL"])
        english = self.client.get(f"/api/v2/pages/{self.tree['reports']['en'].pk}/").json()
        self.assertEqual(
            english["download_list"],
            [
                {
                    "label": "Full text",
                    "url": self.public_document.url,
                    "language": "en",
                    "kind": "full_text",
                }
            ],
        )

    def test_images_and_documents_used_only_by_private_pages_are_not_listed(self):
        images = self.listed_ids("/api/v2/images/")
        self.assertIn(self.public_image.pk, images)
        self.assertNotIn(self.private_image.pk, images)
        documents = self.listed_ids("/api/v2/documents/")
        self.assertIn(self.public_document.pk, documents)
        self.assertNotIn(self.private_document.pk, documents)
        self.assertEqual(
            self.client.get(f"/api/v2/images/{self.private_image.pk}/").status_code, 404
        )
        self.assertEqual(
            self.client.get(f"/api/v2/documents/{self.private_document.pk}/").status_code, 404
        )

    def test_the_api_is_read_only(self):
        for method in ("post", "put", "patch", "delete"):
            with self.subTest(method=method):
                response = getattr(self.client, method)(
                    f"/api/v2/pages/{self.tree['reports']['en'].pk}/",
                    data="{}",
                    content_type="application/json",
                )
                self.assertEqual(response.status_code, 405)
