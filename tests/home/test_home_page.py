"""The home page as a reader sees it in each language."""

import re
from itertools import pairwise

from django.test import TestCase

from tests.home.factories import build_home_tree

EXPECTED = {
    "en": {
        "dir": "ltr",
        "title": "Defending digital rights in Palestine and the region",
        "skip_link": "Skip to main content",
        "footer": "No trackers, no third-party scripts, and no record of what you read or search.",
        "card": "Digital security training",
    },
    "ar": {
        "dir": "rtl",
        "title": "ندافع عن الحقوق الرقمية في فلسطين والمنطقة",
        "skip_link": "انتقل إلى المحتوى الرئيسي",
        "footer": "بلا أدوات تتبّع ولا برامج من جهات خارجية، ومن دون أي سجلّ لما تقرؤه أو تبحث عنه.",
        "card": "التدريب على الأمان الرقمي",
    },
    "he": {
        "dir": "rtl",
        "title": "מגינים על זכויות דיגיטליות בפלסטין ובאזור",
        "skip_link": "דילוג לתוכן הראשי",
        "footer": "בלי כלי מעקב, בלי סקריפטים של צד שלישי ובלי תיעוד של מה שאתם קוראים או מחפשים.",
        "card": "הדרכות באבטחה דיגיטלית",
    },
}


class HomePageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages = build_home_tree()

    def test_each_language_has_its_home_page_with_lang_and_direction(self):
        for code, expected in EXPECTED.items():
            with self.subTest(language=code):
                response = self.client.get(f"/{code}/")
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, f'<html lang="{code}" dir="{expected["dir"]}">')
                self.assertEqual(response["Content-Language"], code)
                self.assertContains(response, f"<h1>{expected['title']}</h1>", html=True)
                self.assertContains(response, expected["card"])

    def test_interface_strings_are_translated(self):
        for code, expected in EXPECTED.items():
            with self.subTest(language=code):
                response = self.client.get(f"/{code}/")
                self.assertContains(response, expected["skip_link"])
                self.assertContains(response, expected["footer"])

    def test_language_switcher_links_each_translation_and_marks_the_current_one(self):
        response = self.client.get("/he/")
        html = response.content.decode()
        switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
        self.assertIn('href="/en/" lang="en" dir="ltr" hreflang="en"', switcher)
        self.assertIn('href="/ar/" lang="ar" dir="rtl" hreflang="ar"', switcher)
        self.assertIn('href="/he/" lang="he" dir="rtl" hreflang="he" aria-current="true"', switcher)

    def test_blocks_render_through_their_component_templates(self):
        response = self.client.get("/ar/")
        self.assertContains(response, '<section class="card-grid">')
        self.assertContains(response, '<h2 class="block-heading">لماذا يهمّنا ذلك</h2>', html=True)
        self.assertContains(response, '<figure class="quote">')
        self.assertContains(response, '<aside class="callout">')
        self.assertContains(response, "صحفية من غزة، في إحدى ورشاتنا التدريبية")

    def test_headings_are_in_order(self):
        html = self.client.get("/en/").content.decode()
        levels = [int(level) for level in re.findall(r"<h([1-6])", html)]
        self.assertEqual(levels[0], 1)
        self.assertEqual(levels.count(1), 1)
        for previous, current in pairwise(levels):
            self.assertLessEqual(current, previous + 1)

    def test_translations_share_the_source_translation_key(self):
        keys = {page.translation_key for page in self.pages.values()}
        self.assertEqual(len(keys), 1)


class LanguageRedirectTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_home_tree()

    def test_root_redirects_to_the_best_language_from_accept_language(self):
        cases = {
            "ar,en;q=0.8": "/ar/",
            "he-IL,he;q=0.9,en;q=0.5": "/he/",
            "fr-FR,ar;q=0.7": "/ar/",
            "de-DE": "/en/",
            "": "/en/",
        }
        for accept_language, location in cases.items():
            with self.subTest(accept_language=accept_language):
                response = self.client.get("/", headers={"accept-language": accept_language})
                self.assertEqual(response.status_code, 302)
                self.assertEqual(response["Location"], location)
                self.assertIn("Accept-Language", response["Vary"])

    def test_a_path_without_language_is_redirected_with_the_language_prefix(self):
        response = self.client.get("/", headers={"accept-language": "he"}, follow=True)
        self.assertEqual(response.redirect_chain, [("/he/", 302)])
        self.assertContains(response, '<html lang="he" dir="rtl">')
