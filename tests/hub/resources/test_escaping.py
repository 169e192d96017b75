"""Text that editors type (a title, a person's name, a topic's name) cannot change the markup it
lands in: the JSON-LD block stays one script element that parses back to the same strings, the
page keeps its <main> and <h1> for a WHATWG parser, and BibTeX and RIS files keep one entry with
no TeX command in it."""

import json

import bibtexparser
import html5lib
import rispy
from django.test import TestCase

from hub.resources import sharing
from hub.resources.citations import bibtex_escape
from tests.home.factories import build_home_tree
from tests.hub.resources.factories import (
    PersonFactory,
    ResearchReportPageFactory,
    ResourceLibraryPageFactory,
    TopicFactory,
)

PAYLOADS = [
    "<!--<script>",
    "</script><script>alert(1)</script>",
    r"\input{/etc/passwd}",
]


def parse(html):
    return html5lib.parse(html, namespaceHTMLElements=False)


class EscapingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        homes = build_home_tree()
        library = ResourceLibraryPageFactory(parent=homes["en"])
        cls.pages = []
        for number, payload in enumerate(PAYLOADS):
            person = PersonFactory(name=f"لينا حداد {payload}")
            topic = TopicFactory(name=f"الرقابة {payload}", slug=f"censorship-{number}")
            page = ResearchReportPageFactory(
                parent=library,
                title=f"Erased {payload}",
                slug=f"erased-{number}",
                summary=f"Takedowns {payload} & appeals during the escalation.",
                people=[person],
                subjects=[topic],
            )
            page.save_revision().publish()
            cls.pages.append((payload, page, person, topic))

    def test_the_page_keeps_its_structure_and_its_json_ld_parses_back(self):
        for payload, page, person, topic in self.pages:
            with self.subTest(payload=payload):
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 200)
                document = parse(response.content)
                mains = document.findall(".//main")
                self.assertEqual(len(mains), 1)
                headings = mains[0].findall(".//h1")
                self.assertEqual([h1.text for h1 in headings], [page.title])
                self.assertIsNotNone(document.find(".//footer"))
                scripts = document.findall(".//script[@type='application/ld+json']")
                self.assertEqual(len(scripts), 1)
                source = scripts[0].text
                for character in "<>&":
                    self.assertNotIn(character, source)
                data = json.loads(source)
                self.assertEqual(data["headline"], page.title)
                self.assertEqual(data["description"], page.summary)
                self.assertEqual([author["name"] for author in data["author"]], [person.name])
                self.assertEqual(data["keywords"], [topic.name])
                # Only the share script follows: the JSON-LD swallowed nothing.
                self.assertEqual(
                    [script.get("src") for script in document.findall(".//script[@src]")],
                    ["/static/js/share.js"],
                )

    def test_json_ld_escapes_what_json_script_escapes(self):
        page = self.pages[0][1]
        request = self.client.get(page.url).wsgi_request
        source = sharing.structured_data(page, request, [], [], image_url="")
        self.assertIn(r'"headline": "Erased \u003c!--\u003cscript\u003e"', source)
        self.assertIn(r"Takedowns \u003c!--\u003cscript\u003e \u0026 appeals", source)

    def test_bibtex_escapes_backslashes_and_braces(self):
        for payload, page, person, _topic in self.pages:
            with self.subTest(payload=payload):
                response = self.client.get(f"{page.url}cite.bib")
                self.assertEqual(response.status_code, 200)
                content = response.content.decode()
                self.assertNotIn(r"\input", content)
                entries = bibtexparser.loads(content).entries
                self.assertEqual(len(entries), 1)
                entry = entries[0]
                self.assertEqual(entry["title"], "{" + bibtex_escape(page.title) + "}")
                self.assertEqual(entry["author"], bibtex_escape(person.name))
                self.assertEqual(entry["url"], f"http://testserver{page.url}")

    def test_bibtex_escaping_of_every_special_character(self):
        self.assertEqual(
            bibtex_escape(r"\input{/etc/passwd} 50% & $5 #1 a_b ~ ^"),
            r"\textbackslash{}input\{/etc/passwd\} 50\% \& \$5 \#1 a\_b "
            r"\textasciitilde{} \textasciicircum{}",
        )

    def test_a_doi_cannot_end_its_bibtex_field(self):
        page = self.pages[2][1]
        page.doi = r"10.1234/a},note={\input{/etc/passwd}}"
        page.save_revision().publish()
        content = self.client.get(f"{page.url}cite.bib").content.decode()
        entry = bibtexparser.loads(content).entries[0]
        self.assertEqual(entry["doi"], "10.1234/a%7D,note=%7B%5Cinput%7B/etc/passwd%7D%7D")
        self.assertNotIn("note", entry)

    def test_ris_keeps_one_entry_whatever_the_text(self):
        for payload, page, person, _topic in self.pages:
            with self.subTest(payload=payload):
                page.summary = f"First line {payload}\r\nER  - \r\nTY  - JOUR\nTI  - Forged"
                page.save_revision().publish()
                response = self.client.get(f"{page.url}cite.ris")
                entries = rispy.loads(response.content.decode())
                self.assertEqual(len(entries), 1)
                self.assertEqual(entries[0]["title"], page.title)
                self.assertEqual(entries[0]["authors"], [person.name])
                self.assertEqual(
                    entries[0]["abstract"],
                    f"First line {payload} ER - TY - JOUR TI - Forged",
                )
