"""Links from public content to pages: in rich text (body paragraphs, callouts, a report's
methodology) and in card grids, a link leads to a live, public page, in the reader's language
where it has one; a link to a draft, unpublished or private page (by its own restriction or an
ancestor's) keeps its text and loses its address, so its slug never shows."""

import json
import re

from django.core.files.base import ContentFile
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.documents.models import Document
from wagtail.models import PageViewRestriction

from hub.resources.models import ResearchReportPage
from tests.home.factories import build_home_tree
from tests.hub.resources.factories import (
    ResearchReportPageFactory,
    ResourceLibraryPageFactory,
    translate,
)

# Link text per target, as an editor would write it in an Arabic report.
LINK_TEXTS = {
    "translated": "تقرير الرقابة على المنصات",
    "english_only": "دليل الأمان الرقمي",
    "private": "قائمة المتعاقدين الأمنيين",
    "draft": "مسودة قانون الجرائم الإلكترونية",
    "unpublished": "المواقع الإخبارية المحجوبة",
    "private_library": "ترجمة عبرية داخلية",
    "deleted": "تقرير حُذف",
    "malformed": "رابط تالف",
    "superscript": "رابط برقم مرتفع",
    "oversized": "رابط برقم طويل",
}
# Ids no page can have: not a number, a digit int() refuses ("²"), beyond 64 bits.
MALFORMED = {"malformed", "superscript", "oversized"}


def rich_text_links(targets):
    return "".join(
        f'<p>انظر <a linktype="page" id="{pk}">{LINK_TEXTS[name]}</a>.</p>'
        for name, pk in targets.items()
    )


def card_grid(targets):
    return {
        "type": "cards",
        "value": {
            "heading": "منشورات ذات صلة",
            "cards": [
                {
                    "type": "item",
                    "value": {"title": LINK_TEXTS[name], "text": "للقراءة", "page": int(pk)},
                    "id": f"card-{name}",
                }
                for name, pk in targets.items()
                if name not in MALFORMED
            ],
        },
        "id": "cards",
    }


class RichTextLinkTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        homes = build_home_tree()
        library = ResourceLibraryPageFactory(parent=homes["en"])
        libraries = {
            "en": library,
            "ar": translate(library, "ar", title="مكتبة الموارد"),
            "he": translate(library, "he", title="ספריית המשאבים"),
        }

        def report(slug, title, parent=library, **kwargs):
            page = ResearchReportPageFactory(parent=parent, slug=slug, title=title, **kwargs)
            if page.live:
                page.save_revision().publish()
            return page

        translated = report("platform-censorship-report", "Platform censorship in 2025")
        cls.translated_ar = translate(translated, "ar", title="الرقابة على المنصات في 2025")
        english_only = report("digital-security-guide", "A digital security guide")
        private = report("surveillance-contractors", "Internal: surveillance contractors")
        PageViewRestriction.objects.create(
            page=private, restriction_type=PageViewRestriction.PASSWORD, password="olive"
        )
        draft = report("cybercrime-law-draft", "Draft: the cybercrime law", live=False)
        unpublished = report("blocked-news-sites", "Withdrawn: blocked news sites")
        unpublished.unpublish()
        PageViewRestriction.objects.create(
            page=libraries["he"], restriction_type=PageViewRestriction.LOGIN
        )
        private_library = report("internal-hebrew-notes", "הערות פנימיות", parent=libraries["he"])
        deleted = report("deleted-report", "A report that was deleted")
        deleted_pk = deleted.pk
        deleted.delete()
        cls.targets = {
            "translated": str(translated.pk),
            "english_only": str(english_only.pk),
            "private": str(private.pk),
            "draft": str(draft.pk),
            "unpublished": str(unpublished.pk),
            "private_library": str(private_library.pk),
            "deleted": str(deleted_pk),
            "malformed": "not-a-page",
            "superscript": "²",
            "oversized": "9" * 30,
        }
        cls.hidden_slugs = [
            "surveillance-contractors",
            "cybercrime-law-draft",
            "blocked-news-sites",
            "internal-hebrew-notes",
            "deleted-report",
        ]
        cls.document = Document.objects.create(
            title="التقرير الكامل", file=ContentFile(b"%PDF-1.4", name="full-report.pdf")
        )
        source = report("sources", "Sources and further reading")
        cls.source = translate(source, "ar", title="مصادر وقراءات إضافية")
        cls.link_to(cls.source, cls.targets)

    @classmethod
    def link_to(cls, page, targets):
        """The page's paragraph, callout, card grid and methodology, each linking to these."""
        links = rich_text_links(targets)
        document_link = f'<p><a linktype="document" id="{cls.document.pk}">التقرير الكامل</a></p>'
        page.body = json.dumps(
            [
                {"type": "paragraph", "value": links + document_link, "id": "paragraph"},
                {"type": "callout", "value": {"title": "للاطلاع", "text": links}, "id": "callout"},
                card_grid(targets),
            ]
        )
        page.methodology = links
        page.save_revision().publish()

    def html(self):
        response = self.client.get(self.source.url)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def anchors(self, html, text):
        return re.findall(rf"<a( [^>]*)?>{re.escape(text)}</a>", html)

    def test_links_to_public_pages_lead_there_in_the_readers_language(self):
        html = self.html()
        # Paragraph, callout and methodology; the card grid links by the card's title.
        self.assertEqual(
            self.anchors(html, LINK_TEXTS["translated"]),
            [' href="/ar/library/platform-censorship-report/"'] * 4,
        )
        self.assertEqual(
            self.anchors(html, LINK_TEXTS["english_only"]),
            [' href="/en/library/digital-security-guide/"'] * 4,
        )

    def test_links_to_pages_no_reader_may_open_keep_their_text_without_an_address(self):
        html = self.html()
        for name in ("private", "draft", "unpublished", "private_library", "deleted"):
            with self.subTest(target=name):
                self.assertEqual(self.anchors(html, LINK_TEXTS[name]), [""] * 3)
                card = re.search(
                    rf'<h3 class="card__title">{re.escape(LINK_TEXTS[name])}</h3>', html
                )
                self.assertIsNotNone(card)
        for name in MALFORMED:
            self.assertEqual(self.anchors(html, LINK_TEXTS[name]), [""] * 3)
        for slug in [*self.hidden_slugs, self.targets["malformed"]]:
            self.assertNotIn(slug, html)
        for title in ("Internal: surveillance contractors", "Draft: the cybercrime law"):
            self.assertNotIn(title, html)

    def test_document_links_still_lead_to_the_document(self):
        self.assertIn(f'<a href="{self.document.url}">التقرير الكامل</a>', self.html())

    def test_a_link_becomes_public_when_its_page_is_published(self):
        draft = ResearchReportPage.objects.get(pk=self.targets["draft"])
        draft.save_revision().publish()
        self.assertEqual(
            self.anchors(self.html(), LINK_TEXTS["draft"]),
            [' href="/en/library/cybercrime-law-draft/"'] * 4,
        )

    def test_queries_do_not_grow_with_the_number_of_links(self):
        def queries():
            with CaptureQueriesContext(connection) as captured:
                self.html()
            return len(captured)

        many = queries()
        self.link_to(self.source, {"english_only": self.targets["english_only"]})
        self.assertEqual(queries(), many)

    def test_the_read_api_shows_no_hidden_address_in_any_rich_text_format(self):
        # Wagtail's Markdown converter cannot read a malformed id at all.
        self.link_to(
            self.source, {name: pk for name, pk in self.targets.items() if name not in MALFORMED}
        )
        url = f"/api/v2/pages/{self.source.pk}/"
        for rich_text_format in ("db_html", "html", "db_markdown"):
            with self.subTest(rich_text_format=rich_text_format):
                response = self.client.get(url, {"rich_text_format": rich_text_format})
                self.assertEqual(response.status_code, 200)
                body = response.content.decode()
                for slug in self.hidden_slugs:
                    self.assertNotIn(slug, body)
        # Markdown with resolved links would give every linked page's address.
        response = self.client.get(url, {"rich_text_format": "markdown"})
        self.assertEqual(response.status_code, 400)
        self.assertEqual(
            response.json(),
            {"message": "rich_text_format=markdown is not offered here: use html or db_markdown."},
        )
        html = self.client.get(url, {"rich_text_format": "html"}).json()["methodology"]
        self.assertIn('<a href="/en/library/digital-security-guide/">', html)
