"""/sitemap.xml covers every language's tree with hreflang alternates; robots.txt points at it."""

import xml.etree.ElementTree as ET

from django.test import TestCase

from tests.hub.resources.factories import ResearchReportPageFactory, build_library_tree

NAMESPACES = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


class SitemapTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()
        ResearchReportPageFactory(
            parent=cls.tree["libraries"]["en"], slug="unpublished", title="Draft", live=False
        )

    def entries(self):
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/xml")
        root = ET.fromstring(response.content)
        return {
            url.find("s:loc", NAMESPACES).text: {
                link.get("hreflang"): link.get("href") for link in url.findall("x:link", NAMESPACES)
            }
            for url in root.findall("s:url", NAMESPACES)
        }

    def test_every_locale_is_covered(self):
        locations = set(self.entries())
        for language in ("en", "ar", "he"):
            with self.subTest(language=language):
                self.assertIn(f"http://testserver/{language}/", locations)
                self.assertIn(f"http://testserver/{language}/library/", locations)
        self.assertIn("http://testserver/ar/library/transparency-in-every-language/", locations)
        self.assertNotIn("http://testserver/en/library/unpublished/", locations)

    def test_translations_link_to_each_other(self):
        alternates = self.entries()["http://testserver/he/library/erased/"]
        self.assertEqual(
            alternates,
            {
                "en": "http://testserver/en/library/erased/",
                "ar": "http://testserver/ar/library/erased/",
                "he": "http://testserver/he/library/erased/",
            },
        )
        self.assertEqual(self.entries()["http://testserver/en/library/secure-your-phone/"], {})

    def test_robots_txt_points_at_the_sitemap(self):
        response = self.client.get("/robots.txt")
        self.assertEqual(response["Content-Type"], "text/plain; charset=utf-8")
        lines = response.content.decode().splitlines()
        self.assertIn("Sitemap: http://testserver/sitemap.xml", lines)
        self.assertIn("Disallow: /admin/", lines)
