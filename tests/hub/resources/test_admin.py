"""Editors create publications and snippets in the admin."""

from django.contrib.auth import get_user_model
from django.test import TestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from hub.resources.models import Person, ResearchReportPage, Topic
from tests.hub.resources.factories import build_library_tree


class PublicationAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()
        cls.admin = get_user_model().objects.create_superuser(
            "root", "root@localhost", "correct horse battery staple"
        )

    def setUp(self):
        self.client.force_login(self.admin)

    def test_the_add_form_of_each_type_opens(self):
        library = self.tree["libraries"]["en"]
        for model in ("researchreportpage", "policypaperpage", "campaigntoolkitpage"):
            with self.subTest(model=model):
                response = self.client.get(f"/admin/pages/add/resources/{model}/{library.pk}/")
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "Authors")
                self.assertContains(response, "Downloads")

    def test_the_edit_form_of_each_publication_opens(self):
        for page in (self.tree["reports"]["en"], self.tree["papers"]["ar"], self.tree["toolkit"]):
            with self.subTest(page=page.title):
                response = self.client.get(f"/admin/pages/{page.pk}/edit/")
                self.assertEqual(response.status_code, 200)

    def test_an_editor_creates_a_report_with_authors_and_topics(self):
        library = self.tree["libraries"]["en"]
        lina, _sami = self.tree["people"]
        censorship, _security = self.tree["topics"]
        data = nested_form_data(
            {
                "title": "Shadow-banned: reach of Palestinian news pages",
                "slug": "shadow-banned",
                "summary": "How far the posts of twelve news pages travelled, month by month.",
                "publication_date": "2026-09-01",
                "authors": inline_formset([{"person": lina.pk}]),
                "topics": inline_formset([{"topic": censorship.pk}]),
                "regions": inline_formset([{"region": "PS"}]),
                "downloads": inline_formset([]),
                "related_publications": inline_formset([]),
                "body": streamfield([("paragraph", rich_text("<p>Reach fell by half.</p>"))]),
                "key_findings": streamfield([("finding", "Reach fell by 52% after October.")]),
                "methodology": rich_text("<p>We measured twelve pages.</p>"),
                "comments": inline_formset([]),
                "action-publish": "publish",
            }
        )
        response = self.client.post(
            f"/admin/pages/add/resources/researchreportpage/{library.pk}/", data
        )
        self.assertEqual(response.status_code, 302, response.content.decode()[:3000])
        report = ResearchReportPage.objects.get(slug="shadow-banned")
        self.assertTrue(report.live)
        self.assertEqual([p.name for p in report.localized_authors], ["Lina Haddad"])
        page = self.client.get("/en/library/shadow-banned/")
        self.assertContains(page, "Reach fell by 52% after October.")

    def test_summary_too_long_is_a_form_error(self):
        library = self.tree["libraries"]["en"]
        data = nested_form_data(
            {
                "title": "Too long",
                "slug": "too-long",
                "summary": "س" * 301,
                "publication_date": "2026-09-01",
                "authors": inline_formset([{"person": self.tree["people"][0].pk}]),
                "topics": inline_formset([]),
                "regions": inline_formset([]),
                "downloads": inline_formset([]),
                "related_publications": inline_formset([]),
                "body": streamfield([]),
                "key_findings": streamfield([]),
                "methodology": rich_text(""),
                "comments": inline_formset([]),
            }
        )
        response = self.client.post(
            f"/admin/pages/add/resources/researchreportpage/{library.pk}/", data
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Ensure this value has at most 300 characters")
        self.assertFalse(ResearchReportPage.objects.filter(slug="too-long").exists())

    def test_snippets_are_listed_and_editable(self):
        for model, instance in ((Person, self.tree["people"][0]), (Topic, self.tree["topics"][0])):
            with self.subTest(model=model.__name__):
                listing = self.client.get(f"/admin/snippets/resources/{model._meta.model_name}/")
                self.assertContains(listing, str(instance))
                edit = self.client.get(
                    f"/admin/snippets/resources/{model._meta.model_name}/edit/{instance.pk}/"
                )
                self.assertEqual(edit.status_code, 200)
                self.assertContains(edit, "Publish")
