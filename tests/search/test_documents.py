"""Search documents built from the page tree: each field, what is left out, and the cost."""

import datetime
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.documents.models import Document
from wagtail.images.models import Filter, Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction
from wagtail.rich_text import RichText

from hub.editorial.privacy import Privacy, set_privacy_of_every_translation
from hub.resources.models import PublicationDownload, PublicationPage
from search.documents import (
    COVER_RENDITION,
    all_documents,
    build_documents,
    documents_for_translation_groups,
    translation_keys_for_pages,
    visible_page_ids,
)
from tests.hub.resources.factories import (
    CampaignToolkitPageFactory,
    PolicyPaperPageFactory,
    ResearchReportPageFactory,
    build_library_tree,
    translate,
)

DEMO_PDFS = Path(__file__).resolve().parents[2] / "hub" / "demo" / "files" / "pdf"


def demo_document(name: str, collection: Collection | None = None) -> Document:
    return Document.objects.create(
        title=name,
        file=ContentFile((DEMO_PDFS / name).read_bytes(), name=name),
        collection=collection or Collection.get_first_root_node(),
    )


def attach(page, document, language):
    return PublicationDownload.objects.create(
        page=page, document=document, label=document.title, language=language
    )


def by_language(documents):
    return {document.language: document for document in documents}


class DocumentFieldsTests(TestCase):
    """A report in English, Arabic and Hebrew, each with its own body and PDF."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()
        cls.reports = cls.tree["reports"]
        english, arabic = cls.reports["en"], cls.reports["ar"]
        english.body = [
            ("heading", {"text": "What we found", "level": "h2"}),
            ("paragraph", RichText("<p>Platforms <b>removed</b> posts &amp; live videos.</p>")),
            (
                "video",
                {"url": "https://youtu.be/dQw4w9WgXcQ", "title": "A paramedic's testimony"},
            ),
        ]
        english.save_revision().publish()
        arabic.body = [
            ("heading", {"text": "ما وجدناه", "level": "h2"}),
            ("paragraph", RichText("<p>حذفت المنصات <b>منشورات</b> توثق الانتهاكات.</p>")),
        ]
        arabic.save_revision().publish()
        attach(english, demo_document("erased-in-real-time.en.pdf"), "en")
        attach(arabic, demo_document("erased-in-real-time.ar.pdf"), "ar")
        # A data file beside the PDF: listed, but its content is not read.
        spreadsheet = Document.objects.create(
            title="Dataset", file=ContentFile(b"year,removals\n2024,1480\n", name="data.csv")
        )
        attach(arabic, spreadsheet, "ar")

    def build(self):
        return by_language(build_documents(self.reports.values()))

    def test_english_document(self):
        document = self.build()["en"]
        censorship = self.tree["topics"][0]
        self.assertEqual(document.page_id, self.reports["en"].pk)
        self.assertEqual(document.translation_key, str(self.reports["en"].translation_key))
        self.assertEqual(document.publication_type, "report")
        self.assertEqual(document.title, "Erased: content takedowns during the May escalation")
        self.assertEqual(document.summary, self.reports["en"].summary)
        self.assertEqual(document.authors, ("Lina Haddad", "Sami Khoury"))
        self.assertEqual(document.topic_keys, (str(censorship.translation_key),))
        self.assertEqual(document.topic_names, ("Platform censorship",))
        self.assertEqual(document.regions, ("PS", "IL"))
        self.assertEqual(document.date, datetime.date(2025, 3, 14))
        self.assertEqual(document.url, "/en/library/erased/")
        self.assertEqual(document.image_url, "")
        self.assertEqual(document.languages, ("ar", "en", "he"))

    def test_arabic_document_has_arabic_authors_and_topics_and_the_same_topic_keys(self):
        documents = self.build()
        arabic = documents["ar"]
        self.assertEqual(arabic.title, "محوٌ ممنهج: حذف المحتوى خلال تصعيد أيار")
        self.assertEqual(arabic.authors, ("لينا حداد", "سامي خوري"))
        self.assertEqual(arabic.topic_names, ("الرقابة على المنصات",))
        self.assertEqual(arabic.topic_keys, documents["en"].topic_keys)
        self.assertEqual(arabic.url, "/ar/library/erased/")
        self.assertEqual(arabic.translation_key, documents["en"].translation_key)
        self.assertEqual(arabic.languages, ("ar", "en", "he"))

    def test_hebrew_document_falls_back_to_untranslated_authors(self):
        hebrew = self.build()["he"]
        self.assertEqual(hebrew.authors, ("Lina Haddad", "Sami Khoury"))
        self.assertEqual(hebrew.url, "/he/library/erased/")

    def test_body_is_the_pages_text_without_markup(self):
        documents = self.build()
        english = documents["en"].body
        self.assertIn("What we found", english)
        self.assertIn("Platforms removed posts & live videos.", english)
        self.assertIn("A paramedic's testimony", english)
        # The report's key findings are text on its page too.
        self.assertIn("Over 1,000 posts documenting violations were removed.", english)
        for not_text in ("<p>", "<b>", "&amp;", "youtu.be", "h2", "Section heading"):
            self.assertNotIn(not_text, english)
        self.assertIn("حذفت المنصات منشورات توثق الانتهاكات.", documents["ar"].body)
        self.assertNotIn("<", documents["ar"].body)

    def test_attachment_is_the_text_of_the_pages_own_files(self):
        documents = self.build()
        # Words that only the PDFs contain.
        self.assertIn("evidence vault", documents["en"].attachment)
        self.assertNotIn("vault", documents["en"].body + documents["en"].summary)
        self.assertIn("خزنة", documents["ar"].attachment)
        self.assertNotIn("year,removals", documents["ar"].attachment)
        self.assertEqual(documents["he"].attachment, "")

    def test_attachment_from_a_private_collection_is_left_out(self):
        internal = Collection.get_first_root_node().add_child(name="Internal")
        CollectionViewRestriction.objects.create(
            collection=internal, restriction_type=CollectionViewRestriction.LOGIN
        )
        # The restriction covers the collections inside it too.
        drafts = internal.add_child(name="Drafts")
        attach(self.reports["he"], demo_document("erased-in-real-time.he.pdf", drafts), "he")
        self.assertEqual(self.build()["he"].attachment, "")

    def test_attachments_together_are_capped(self):
        attach(self.reports["en"], demo_document("silent-intrusion.en.pdf"), "en")
        with self.settings(SEARCH_EXTRACT_MAX_CHARS=3000):
            attachment = self.build()["en"].attachment
        self.assertLessEqual(len(attachment), 3000)
        self.assertIn("evidence vault", attachment)

    def test_cover_uses_an_existing_rendition_else_the_original(self):
        report = self.reports["en"]
        report.cover_image = Image.objects.create(
            title="Cover", file=get_test_image_file(size=(1600, 900))
        )
        report.save_revision().publish()
        self.assertEqual(self.build()["en"].image_url, report.cover_image.file.url)
        # Made directly: get_rendition may answer from the cache without a row in the database.
        rendition = report.cover_image.create_rendition(Filter(COVER_RENDITION))
        self.assertEqual(self.build()["en"].image_url, rendition.url)

    def test_generic_pages_in_any_order(self):
        ids = [self.reports["he"].pk, self.tree["toolkit"].pk, self.reports["en"].pk]
        pages = [PublicationPage.objects.get(pk=page_id) for page_id in ids]
        documents = build_documents(pages)
        self.assertEqual([d.page_id for d in documents], [page.pk for page in pages])
        self.assertEqual(documents[1].publication_type, "toolkit")
        self.assertIn(self.tree["toolkit"].goal, documents[1].body)


class IndexableTests(TestCase):
    """Drafts, unpublished and private pages give no document and are reported as excluded."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()
        cls.reports = cls.tree["reports"]
        cls.report_key = cls.reports["en"].translation_key

    def group(self):
        return documents_for_translation_groups([self.report_key])

    def assertExcluded(self, pages, group):
        page_ids = {page.pk for page in pages}
        self.assertLessEqual(page_ids, group.excluded_page_ids)
        self.assertFalse(page_ids & {document.page_id for document in group.documents})
        self.assertFalse(page_ids & visible_page_ids(page_ids))

    def test_all_live_public_translations_are_indexed(self):
        group = self.group()
        self.assertEqual(set(by_language(group.documents)), {"en", "ar", "he"})
        self.assertEqual(group.excluded_page_ids, set())
        all_ids = {page.pk for page in self.reports.values()}
        self.assertEqual(visible_page_ids(all_ids), all_ids)

    def test_draft_never_published(self):
        draft = ResearchReportPageFactory(
            parent=self.tree["libraries"]["en"], slug="draft", title="Draft report", live=False
        )
        draft.save_revision()
        group = documents_for_translation_groups([draft.translation_key])
        self.assertEqual(group.documents, [])
        self.assertEqual(group.excluded_page_ids, {draft.pk})
        self.assertEqual(build_documents([draft]), [])
        self.assertEqual(visible_page_ids([draft.pk]), set())

    def test_draft_translation_is_excluded_and_not_among_the_languages(self):
        paper_key = self.tree["papers"]["en"].translation_key
        hebrew = self.tree["papers"]["en"].copy_for_translation(
            self.reports["he"].locale, copy_parents=False
        )
        hebrew.save_revision()
        group = documents_for_translation_groups([paper_key])
        self.assertExcluded([hebrew], group)
        self.assertEqual({document.languages for document in group.documents}, {("ar", "en")})

    def test_unpublished_translation(self):
        self.reports["he"].unpublish()
        group = self.group()
        self.assertExcluded([self.reports["he"]], group)
        documents = by_language(group.documents)
        self.assertEqual(set(documents), {"en", "ar"})
        self.assertEqual(documents["en"].languages, ("ar", "en"))

    def test_private_page(self):
        set_privacy_of_every_translation(
            self.reports["ar"], Privacy(PageViewRestriction.PASSWORD, password="كلمة-سر")
        )
        group = self.group()
        # Privacy is the same on every translation (hub.editorial.privacy): no version is left.
        self.assertEqual(group.documents, [])
        self.assertExcluded(self.reports.values(), group)

    def test_private_ancestor(self):
        set_privacy_of_every_translation(
            self.tree["libraries"]["en"], Privacy(PageViewRestriction.LOGIN)
        )
        group = self.group()
        self.assertEqual(group.documents, [])
        self.assertExcluded(self.reports.values(), group)
        self.assertEqual(list(all_documents()), [])

    def test_visible_page_ids_ignores_other_pages_and_unknown_ids(self):
        library = self.tree["libraries"]["en"]
        report = self.reports["en"]
        self.assertEqual(visible_page_ids([report.pk, library.pk, 999_999]), {report.pk})

    def test_translation_keys_for_pages(self):
        keys = translation_keys_for_pages(
            [self.reports["ar"].pk, self.tree["libraries"]["en"].pk, 999_999]
        )
        self.assertEqual(keys, {str(self.report_key)})


class BulkTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()
        cls.library = cls.tree["libraries"]["en"]
        cls.people = cls.tree["people"]
        cls.topics = cls.tree["topics"]
        cls.pdf = demo_document("cut-off.en.pdf")
        cls.cover = Image.objects.create(title="Cover", file=get_test_image_file())

    def publications(self, per_type, prefix):
        """`per_type` publications of each type, each with authors, topics, regions, a download,
        a cover and an Arabic translation."""
        pages = []
        for index in range(per_type):
            for factory in (
                ResearchReportPageFactory,
                PolicyPaperPageFactory,
                CampaignToolkitPageFactory,
            ):
                page = factory(
                    parent=self.library,
                    slug=f"{prefix}-{factory._meta.model.publication_type}-{index}",
                    people=list(self.people),
                    subjects=list(self.topics),
                    countries=["PS", "LB"],
                    cover_image=self.cover,
                )
                attach(page, self.pdf, "en")
                pages.append(page)
                pages.append(translate(page, "ar", title=f"منشور رقم {index}"))
        return pages

    def queries_for(self, pages):
        build_documents(pages)  # extracts the attachment once
        with CaptureQueriesContext(connection) as queries:
            documents = build_documents(pages)
        self.assertEqual(len(documents), len(pages))
        return len(queries)

    def test_query_count_does_not_grow_with_the_number_of_pages(self):
        few = self.publications(1, "few")
        many = self.publications(4, "many")
        self.assertGreaterEqual(len(many), 10)
        self.assertEqual(self.queries_for(many), self.queries_for(few))

    def test_all_documents_comes_in_batches_and_covers_every_publication(self):
        self.publications(2, "batch")
        draft = ResearchReportPageFactory(parent=self.library, slug="draft", live=False)
        batches = list(all_documents(batch_size=4))
        self.assertTrue(all(1 <= len(batch) <= 4 for batch in batches))
        page_ids = [document.page_id for batch in batches for document in batch]
        self.assertEqual(page_ids, sorted(page_ids))
        expected = PublicationPage.objects.live().public().values_list("pk", flat=True)
        self.assertEqual(set(page_ids), set(expected))
        # The library tree's six pages and twelve new ones, the draft not among them.
        self.assertEqual(len(page_ids), 18)
        self.assertNotIn(draft.pk, page_ids)
