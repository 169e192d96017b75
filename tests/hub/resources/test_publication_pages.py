"""A publication as a reader lands on it from a shared link, in each language."""

import json
import re
from html import unescape
from itertools import pairwise
from pathlib import Path

import bibtexparser
import rispy
from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from hub.resources.models import (
    PublicationAuthor,
    PublicationDownload,
    PublicationRegion,
    PublicationTopic,
)
from tests.hub.resources.factories import PersonFactory, TopicFactory, build_library_tree

DIRECTION = {"en": "ltr", "ar": "rtl", "he": "rtl"}


def head_links(html, rel):
    return re.findall(rf'<link rel="{rel}" hreflang="([^"]+)" href="([^"]+)">', html)


def meta(html, attribute, name):
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', html)
    return unescape(match.group(1)) if match else None


def structured_data(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


class PublicationPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()
        cls.reports = cls.tree["reports"]

    def get(self, path, **headers):
        response = self.client.get(path, headers=headers)
        self.assertEqual(response.status_code, 200, path)
        return response.content.decode()

    def test_each_type_renders_in_each_of_its_languages(self):
        cases = [
            (self.reports["en"], "en", "Research report"),
            (self.reports["ar"], "ar", "تقرير بحثي"),
            (self.reports["he"], "he", "דוח מחקר"),
            (self.tree["papers"]["en"], "en", "Policy paper"),
            (self.tree["papers"]["ar"], "ar", "ورقة سياسات"),
            (self.tree["toolkit"], "en", "Campaign toolkit"),
        ]
        for page, language, type_label in cases:
            with self.subTest(page=page.url):
                html = self.get(page.url)
                self.assertIn(f'<html lang="{language}" dir="{DIRECTION[language]}">', html)
                self.assertIn(f"<h1>{page.title}</h1>", html)
                self.assertIn(f'<p class="publication__type">{type_label}</p>', html)
                self.assertIn(page.summary, html)

    def test_type_specific_sections(self):
        self.assertIn(
            "Over 1,000 posts documenting violations were removed.",
            self.get(self.reports["en"].url),
        )
        paper = self.get(self.tree["papers"]["en"].url)
        self.assertIn("Publish data per language.", paper)
        self.assertIn("Platforms", paper)
        toolkit = self.get(self.tree["toolkit"].url)
        self.assertIn("Every protester leaves home with a phone that gives nothing away.", toolkit)
        self.assertIn("Share this toolkit with your group before Friday.", toolkit)

    def test_authors_and_topics_in_the_readers_language(self):
        html = self.get(self.reports["ar"].url)
        self.assertIn("لينا حداد، سامي خوري", html)
        self.assertIn(
            '<a href="/ar/library/topics/platform-censorship/">الرقابة على المنصات</a>', html
        )
        self.assertIn("فلسطين", html)
        english = self.get(self.reports["en"].url)
        self.assertIn("Lina Haddad, Sami Khoury", english)

    def test_a_draft_translation_of_an_author_is_not_shown(self):
        lina = self.tree["people"][0]
        draft = lina.copy_for_translation(Locale.objects.get(language_code="he"))
        draft.name = "לינה חדאד"
        draft.live = False
        draft.save()
        html = self.get(self.reports["he"].url)
        self.assertIn("Lina Haddad", html)
        self.assertNotIn("לינה חדאד", html)

    def test_headings_are_in_order(self):
        for page in (self.reports["ar"], self.tree["papers"]["en"], self.tree["toolkit"]):
            with self.subTest(page=page.url):
                levels = [int(n) for n in re.findall(r"<h([1-6])", self.get(page.url))]
                self.assertEqual(levels.count(1), 1)
                for previous, current in pairwise(levels):
                    self.assertLessEqual(current, previous + 1)

    def test_language_switcher_links_to_the_translations_of_this_page(self):
        html = self.get(self.reports["he"].url)
        switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
        self.assertIn('href="/en/library/erased/"', switcher)
        self.assertIn('href="/ar/library/erased/"', switcher)
        self.assertIn(
            'href="/he/library/erased/" lang="he" dir="rtl" hreflang="he" aria-current="true"',
            switcher,
        )

    def test_hreflang_alternates_for_every_translation_and_x_default(self):
        html = self.get(self.reports["ar"].url)
        self.assertEqual(
            head_links(html, "alternate"),
            [
                ("en", "http://testserver/en/library/erased/"),
                ("ar", "http://testserver/ar/library/erased/"),
                ("he", "http://testserver/he/library/erased/"),
                ("x-default", "http://testserver/en/library/erased/"),
            ],
        )
        paper = self.get(self.tree["papers"]["ar"].url)
        self.assertEqual(
            [code for code, _href in head_links(paper, "alternate")], ["en", "ar", "x-default"]
        )

    def test_a_language_without_this_page_says_where_it_exists(self):
        response = self.client.get("/he/library/transparency-in-every-language/")
        self.assertEqual(response.status_code, 404)
        html = response.content.decode()
        self.assertIn('<html lang="he" dir="rtl">', html)
        self.assertIn("הדף הזה לא זמין בעברית", html)
        path = "/library/transparency-in-every-language/"
        self.assertIn(f'<a href="/en{path}" lang="en" hreflang="en">English</a>', html)
        self.assertIn(f'<a href="/ar{path}" lang="ar" hreflang="ar">العربية</a>', html)

    def test_link_previews_canonical_and_open_graph(self):
        html = self.get(self.reports["ar"].url)
        self.assertIn('<link rel="canonical" href="http://testserver/ar/library/erased/">', html)
        self.assertEqual(meta(html, "property", "og:url"), "http://testserver/ar/library/erased/")
        self.assertEqual(meta(html, "property", "og:title"), self.reports["ar"].title)
        self.assertEqual(meta(html, "property", "og:locale"), "ar_AR")
        self.assertEqual(meta(html, "name", "twitter:title"), self.reports["ar"].title)

    def test_share_links_are_plain_links_without_tracking(self):
        html = self.get(self.reports["en"].url)
        share = re.search(r'<section class="share".*?</section>', html, re.S).group(0)
        links = re.findall(r'<a href="([^"]+)" rel="noopener noreferrer">([^<]+)</a>', share)
        self.assertEqual(
            [name for _href, name in links],
            ["E-mail", "X", "Facebook", "LinkedIn", "WhatsApp", "Telegram"],
        )
        for href, _name in links:
            self.assertIn("testserver%2Fen%2Flibrary%2Ferased%2F", href)
            self.assertNotIn("utm_", href)
        self.assertNotIn('<script src="http', html)
        self.assertIn(f'dir="ltr" value="http://testserver/r/{self.reports["en"].pk}/"', share)

    def test_structured_data_per_type_with_links_between_translations(self):
        report = structured_data(self.get(self.reports["ar"].url))
        self.assertEqual(report["@type"], "Report")
        self.assertEqual(report["inLanguage"], "ar")
        self.assertEqual(report["datePublished"], "2025-03-14")
        self.assertEqual([a["name"] for a in report["author"]], ["لينا حداد", "سامي خوري"])
        self.assertEqual(report["publisher"]["@type"], "Organization")
        self.assertEqual(report["translationOfWork"]["@id"], "http://testserver/en/library/erased/")
        self.assertEqual([item["inLanguage"] for item in report["workTranslation"]], ["en", "he"])
        self.assertEqual(
            structured_data(self.get(self.tree["papers"]["en"].url))["@type"], "ScholarlyArticle"
        )
        self.assertEqual(
            structured_data(self.get(self.tree["toolkit"].url))["@type"], "CreativeWork"
        )

    def test_cite_this_block_in_apa_and_chicago(self):
        html = unescape(self.get(self.reports["en"].url))
        self.assertIn(
            "Haddad, L., & Khoury, S. (2025). Erased: content takedowns during the May escalation "
            "[Research report]. Manara. http://testserver/en/library/erased/",
            html,
        )
        self.assertIn(
            "Haddad, Lina, and Sami Khoury. Erased: content takedowns during the May escalation. "
            "Manara, 2025. http://testserver/en/library/erased/.",
            html,
        )

    def test_bibtex_download_parses_with_every_author_and_the_arabic_title(self):
        response = self.client.get("/ar/library/erased/cite.bib")
        self.assertEqual(response["Content-Type"], "application/x-bibtex; charset=utf-8")
        self.assertIn('filename="erased.bib"', response["Content-Disposition"])
        entry = bibtexparser.loads(response.content.decode("utf-8")).entries[0]
        self.assertEqual(entry["ENTRYTYPE"], "techreport")
        self.assertEqual(entry["author"], "لينا حداد and سامي خوري")
        self.assertEqual(entry["title"], "{محوٌ ممنهج: حذف المحتوى خلال تصعيد أيار}")
        self.assertEqual(entry["year"], "2025")
        self.assertEqual(entry["langid"], "arabic")
        self.assertEqual(entry["url"], "http://testserver/ar/library/erased/")

    def test_ris_download_parses_in_hebrew(self):
        response = self.client.get("/he/library/erased/cite.ris")
        self.assertEqual(
            response["Content-Type"], "application/x-research-info-systems; charset=utf-8"
        )
        entry = rispy.loads(response.content.decode("utf-8"))[0]
        self.assertEqual(entry["type_of_reference"], "RPRT")
        self.assertEqual(entry["title"], "נמחק: הסרת תכנים בזמן ההסלמה במאי")
        self.assertEqual(entry["authors"], ["Haddad, Lina", "Khoury, Sami"])
        self.assertEqual(entry["year"], "2025")
        self.assertEqual(entry["language"], "he")

    def test_citation_files_only_for_publications(self):
        self.assertEqual(self.client.get("/en/library/cite.bib").status_code, 404)
        self.assertEqual(self.client.get("/en/library/nothing-here/cite.ris").status_code, 404)
        self.assertEqual(self.client.get("/en/library/erased/cite.txt").status_code, 404)

    def test_short_link_goes_to_the_readers_language(self):
        link = f"/r/{self.reports['en'].pk}/"
        for accept_language, location in (
            ("ar", "/ar/library/erased/"),
            ("he-IL,he;q=0.9", "/he/library/erased/"),
            ("en", "/en/library/erased/"),
            ("fr", "/en/library/erased/"),
        ):
            with self.subTest(accept_language=accept_language):
                response = self.client.get(link, headers={"accept-language": accept_language})
                self.assertEqual(response.status_code, 302)
                self.assertEqual(response["Location"], location)
        paper = self.client.get(
            f"/r/{self.tree['papers']['en'].pk}/", headers={"accept-language": "he"}
        )
        self.assertEqual(paper["Location"], "/en/library/transparency-in-every-language/")
        self.assertEqual(self.client.get("/r/999999/").status_code, 404)
        self.assertEqual(self.client.get(f"/r/{self.tree['libraries']['en'].pk}/").status_code, 404)

    def test_related_publications_fall_back_to_the_same_topics(self):
        html = self.get(self.reports["en"].url)
        related = re.search(r'<section class="related".*?</section>', html, re.S).group(0)
        self.assertIn(self.tree["papers"]["en"].title, related)
        self.assertNotIn(self.tree["toolkit"].title, related)

    def test_query_count_does_not_grow_with_authors_topics_regions_or_downloads(self):
        report = self.reports["en"]
        before = self.queries_for(report.url)
        for index, code in enumerate(("EG", "JO", "LB", "SY")):
            PublicationRegion.objects.create(page=report, region=code, sort_order=10 + index)
            document = Document.objects.create(
                title=f"Annex {index}", file=ContentFile(b"%PDF-1.4", name=f"annex-{index}.pdf")
            )
            PublicationDownload.objects.create(
                page=report, document=document, label=f"Annex {index}", language="ar", kind="annex"
            )
        for index in range(4):
            person = PersonFactory(name=f"Researcher {index}")
            PublicationAuthor.objects.create(page=report, person=person, sort_order=10 + index)
            topic = TopicFactory(name=f"Topic {index}", slug=f"topic-{index}")
            PublicationTopic.objects.create(page=report, topic=topic, sort_order=10 + index)
        self.assertEqual(self.queries_for(report.url), before)

    def queries_for(self, url):
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(url).status_code, 200)
        return len(queries)


class CoverImageAndWeightTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()
        report = cls.tree["reports"]["en"]
        report.cover_image = Image.objects.create(
            title="Cover", file=get_test_image_file(size=(1600, 900))
        )
        report.save_revision().publish()

    def test_cover_is_responsive_and_is_the_link_preview_image(self):
        html = self.client.get("/en/library/erased/").content.decode()
        cover = re.search(r'<figure class="publication__cover">\s*(<img[^>]+>)', html).group(1)
        self.assertEqual(len(re.search(r'srcset="([^"]+)"', cover).group(1).split(",")), 3)
        self.assertIn('sizes="(min-width: 72rem) 68rem, 100vw"', cover)
        og_image = meta(html, "property", "og:image")
        self.assertRegex(og_image, r"^http://testserver/media/images/.+\.jpg$")
        self.assertEqual(meta(html, "name", "twitter:card"), "summary_large_image")
        self.assertEqual(structured_data(html)["image"], og_image)

    def test_a_publication_page_with_its_css_and_js_stays_under_150_kb(self):
        html = self.client.get("/en/library/erased/").content
        assets = re.findall(r'(?:href|src)="/static/([^"]+\.(?:css|js))"', html.decode())
        self.assertEqual(sorted(assets), ["css/site.css", "js/share.js"])
        weight = len(html) + sum(Path(finders.find(asset)).stat().st_size for asset in assets)
        self.assertLess(weight, 150 * 1024)
