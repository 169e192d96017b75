"""Documents and images follow the pages that use them: the files of a draft, an unpublished or
a private page are not public by their URL, and the headers let a page going private take
effect within the hour."""

import re
import shutil
import tempfile
from pathlib import Path

from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from hub.resources.file_access import CACHE_SECONDS, PUBLIC_MAX_AGE
from hub.resources.models import PublicationAuthor, PublicationDownload, ResearchReportPage
from tests.hub.editorial.factories import UserFactory
from tests.hub.resources.factories import (
    PersonFactory,
    ResearchReportPageFactory,
    build_library_tree,
)

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PASSWORD = "shared-with-partners-2026"


def max_age(response):
    match = re.search(r"max-age=(\d+)", response["Cache-Control"])
    return int(match.group(1)) if match else None


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


class StoredOnDiskMixin:
    """Files on disk in a folder of their own, as in production (the test settings keep them in
    memory): Django's and Wagtail's file views then behave as they do for readers."""

    @classmethod
    def setUpClass(cls):
        media_root = Path(tempfile.mkdtemp())
        cls.addClassCleanup(shutil.rmtree, media_root)
        cls.enterClassContext(
            override_settings(
                MEDIA_ROOT=media_root,
                STORAGES={
                    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
                    "staticfiles": {
                        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
                    },
                },
            )
        )
        super().setUpClass()

    def setUp(self):
        # Decisions are cached between requests; each test starts from the database.
        cache.clear()


def files_for(name):
    image = Image.objects.create(title=name, file=get_test_image_file(filename=f"{name}.png"))
    document = Document.objects.create(title=name, file=ContentFile(PDF, name=f"{name}.pdf"))
    return image, document


def attach(page, name):
    """A cover image and a PDF download on the page, saved on the page itself (what Wagtail's
    reference index records); returns the image, its rendition and the document."""
    image, document = files_for(name)
    page.cover_image = image
    page.downloads = [PublicationDownload(document=document, label="النص الكامل", language="ar")]
    return image, image.get_rendition("width-100"), document


class FilesFollowTheirPagesTests(StoredOnDiskMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()
        library = cls.tree["libraries"]["en"]
        cls.files = {}

        public = ResearchReportPage.objects.get(pk=cls.tree["reports"]["en"].pk)
        cls.files["public"] = attach(public, "public-report")
        public.save_revision().publish()
        cls.public_report = public

        draft = ResearchReportPageFactory(
            parent=library, slug="draft-findings", title="Draft findings", live=False
        )
        cls.files["draft"] = attach(draft, "draft-findings")
        draft.save()

        unpublished = ResearchReportPageFactory(
            parent=library, slug="withdrawn", title="Withdrawn at a source's request"
        )
        cls.files["unpublished"] = attach(unpublished, "withdrawn")
        unpublished.save_revision().publish()
        unpublished.unpublish()

        cls.private_pages = {}
        cls.groups_reader = Group.objects.create(name="Partner organisations")
        for restriction_type in (
            PageViewRestriction.PASSWORD,
            PageViewRestriction.LOGIN,
            PageViewRestriction.GROUPS,
        ):
            page = ResearchReportPageFactory(
                parent=library,
                slug=f"private-{restriction_type}",
                title=f"Testimonies shared in confidence ({restriction_type})",
            )
            cls.files[restriction_type] = attach(page, f"private-{restriction_type}")
            page.save_revision().publish()
            restriction = PageViewRestriction.objects.create(
                page=page,
                restriction_type=restriction_type,
                password=PASSWORD if restriction_type == PageViewRestriction.PASSWORD else "",
            )
            if restriction_type == PageViewRestriction.GROUPS:
                restriction.groups.set([cls.groups_reader])
            cls.private_pages[restriction_type] = page

        unused_image, unused_document = files_for("unused")
        cls.files["unused"] = (unused_image, None, unused_document)

        # People's photos: snippets are indexed as themselves, so page → person → photo.
        cls.public_photo, _ = files_for("noor-awad")
        cls.private_photo, _ = files_for("hidden-witness")
        public_person = PersonFactory(
            name="Noor Awad", role="Photojournalist", photo=cls.public_photo
        )
        hidden_person = PersonFactory(name="A witness", role="Source", photo=cls.private_photo)
        for page, person in (
            (public, public_person),
            (cls.private_pages[PageViewRestriction.GROUPS], hidden_person),
        ):
            page = ResearchReportPage.objects.get(pk=page.pk)
            page.authors.add(PublicationAuthor(person=person, sort_order=9))
            page.save_revision().publish()

        cls.moderator = UserFactory(username="moderator", groups=["Moderators"])
        cls.reader = UserFactory(username="reader")
        cls.partner = UserFactory(username="partner")
        cls.partner.groups.add(cls.groups_reader)

    def urls(self, case):
        image, rendition, document = self.files[case]
        urls = [image.file.url, document.url]
        if rendition is not None:
            urls.append(rendition.url)
        return urls

    def assertServed(self, url, privately):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        self.assertTrue(body(response))
        cache_control = response["Cache-Control"]
        if privately:
            self.assertIn("private", cache_control, url)
            self.assertIn("no-store", cache_control, url)
        else:
            self.assertIn("public", cache_control, url)
            self.assertIn("must-revalidate", cache_control, url)
            self.assertLessEqual(max_age(response), 3600, url)
        return response

    def assertNotServed(self, url):
        self.assertEqual(self.client.get(url).status_code, 404, url)

    def test_the_files_of_a_live_public_page_are_public_for_less_than_an_hour(self):
        for url in self.urls("public"):
            with self.subTest(url=url):
                response = self.assertServed(url, privately=False)
                self.assertTrue(response.has_header("ETag") or response.has_header("Last-Modified"))
        self.assertLessEqual(PUBLIC_MAX_AGE + CACHE_SECONDS, 3600)

    def test_a_public_file_is_revalidated_with_a_304(self):
        for url in self.urls("public"):
            with self.subTest(url=url):
                first = self.client.get(url)
                headers = {}
                if first.has_header("ETag"):
                    headers["If-None-Match"] = first["ETag"]
                else:
                    headers["If-Modified-Since"] = first["Last-Modified"]
                again = self.client.get(url, headers=headers)
                self.assertEqual(again.status_code, 304)
                self.assertIn("public", again["Cache-Control"])

    def test_head_requests_follow_the_same_rule(self):
        for url in self.urls("public"):
            with self.subTest(url=url):
                self.assertEqual(self.client.head(url).status_code, 200)
        for url in self.urls("draft"):
            with self.subTest(url=url):
                self.assertEqual(self.client.head(url).status_code, 404)

    def test_files_of_drafts_unpublished_pages_and_unused_files_are_404_for_anonymous(self):
        for case in ("draft", "unpublished", "unused"):
            for url in self.urls(case):
                with self.subTest(case=case, url=url):
                    self.assertNotServed(url)

    def test_people_with_access_to_the_collection_get_them_privately(self):
        for user in (self.moderator, UserFactory(username="root", is_superuser=True)):
            self.client.force_login(user)
            for case in ("draft", "unpublished", "unused", PageViewRestriction.GROUPS):
                for url in self.urls(case):
                    with self.subTest(user=user.username, case=case, url=url):
                        self.assertServed(url, privately=True)

    def test_a_signed_in_reader_without_admin_access_does_not_get_draft_files(self):
        self.client.force_login(self.reader)
        for url in self.urls("draft"):
            with self.subTest(url=url):
                self.assertNotServed(url)

    def test_files_of_private_pages_are_404_for_anonymous(self):
        for restriction_type in self.private_pages:
            for url in self.urls(restriction_type):
                with self.subTest(restriction=restriction_type, url=url):
                    self.assertNotServed(url)

    def test_the_right_page_password_opens_the_files_of_that_page_only(self):
        page = self.private_pages[PageViewRestriction.PASSWORD]
        restriction = page.view_restrictions.get()
        form_url = f"/en/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
        self.client.post(form_url, {"password": "not-the-password", "return_url": page.url})
        for url in self.urls(PageViewRestriction.PASSWORD):
            with self.subTest(password="wrong", url=url):
                self.assertNotServed(url)
        response = self.client.post(form_url, {"password": PASSWORD, "return_url": page.url})
        self.assertEqual(response.status_code, 302)
        for url in self.urls(PageViewRestriction.PASSWORD):
            with self.subTest(password="right", url=url):
                self.assertServed(url, privately=True)
        for url in self.urls(PageViewRestriction.LOGIN):
            with self.subTest(other_page=url):
                self.assertNotServed(url)

    def test_a_login_restriction_opens_to_any_signed_in_reader(self):
        self.client.force_login(self.reader)
        for url in self.urls(PageViewRestriction.LOGIN):
            with self.subTest(url=url):
                self.assertServed(url, privately=True)
        for url in self.urls(PageViewRestriction.GROUPS):
            with self.subTest(groups_page=url):
                self.assertNotServed(url)

    def test_a_group_restriction_opens_to_its_members_only(self):
        self.client.force_login(self.partner)
        for url in self.urls(PageViewRestriction.GROUPS):
            with self.subTest(url=url):
                self.assertServed(url, privately=True)

    def test_a_persons_photo_follows_the_pages_that_list_them(self):
        self.assertServed(self.public_photo.file.url, privately=False)
        self.assertNotServed(self.private_photo.file.url)
        self.client.force_login(self.partner)
        self.assertServed(self.private_photo.file.url, privately=True)

    def test_a_page_going_private_closes_its_files_at_the_next_request(self):
        urls = self.urls("public")
        for url in urls:
            self.assertServed(url, privately=False)
        PageViewRestriction.objects.create(
            page=self.public_report, restriction_type=PageViewRestriction.LOGIN
        )
        for url in urls:
            with self.subTest(url=url):
                self.assertNotServed(url)

    def test_a_restriction_on_an_ancestor_closes_the_files_below_it(self):
        self.assertServed(self.urls("public")[0], privately=False)
        PageViewRestriction.objects.create(
            page=self.tree["libraries"]["en"],
            restriction_type=PageViewRestriction.PASSWORD,
            password=PASSWORD,
        )
        for url in self.urls("public"):
            with self.subTest(url=url):
                self.assertNotServed(url)

    def test_unpublishing_closes_the_files_at_the_next_request(self):
        urls = self.urls("public")
        self.assertServed(urls[0], privately=False)
        ResearchReportPage.objects.get(pk=self.public_report.pk).unpublish()
        for url in urls:
            with self.subTest(url=url):
                self.assertNotServed(url)

    def test_publishing_opens_the_files_at_the_next_request(self):
        urls = self.urls("draft")
        self.assertNotServed(urls[0])
        ResearchReportPage.objects.get(slug="draft-findings").save_revision().publish()
        for url in urls:
            with self.subTest(url=url):
                self.assertServed(url, privately=False)

    def test_a_file_used_by_a_public_and_a_private_page_is_public(self):
        image, _rendition, _document = self.files["public"]
        page = ResearchReportPage.objects.get(pk=self.private_pages[PageViewRestriction.LOGIN].pk)
        page.cover_image = image
        page.save_revision().publish()
        self.assertServed(image.file.url, privately=False)

    def test_a_public_file_is_decided_from_the_cache_without_a_query(self):
        url = self.urls("public")[0]
        self.assertServed(url, privately=False)
        with CaptureQueriesContext(connection) as queries:
            self.assertServed(url, privately=False)
        # Each request is a transaction (ATOMIC_REQUESTS): its savepoint is all there is.
        statements = [query["sql"] for query in queries.captured_queries]
        self.assertEqual([sql for sql in statements if "SAVEPOINT" not in sql], [])

    def test_a_document_under_another_file_name_is_404(self):
        _image, _rendition, document = self.files["public"]
        self.assertNotServed(f"/documents/{document.pk}/another-name.pdf")
        self.assertNotServed("/documents/999999/public-report.pdf")
