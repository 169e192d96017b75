"""Content-model rules editors meet: where each page type may go and what it requires."""

import datetime

from django.core.exceptions import ValidationError
from django.test import TestCase

from home.models import HomePage
from hub.resources.models import (
    CampaignToolkitPage,
    PolicyPaperPage,
    PublicationPage,
    ResearchReportPage,
    ResourceLibraryPage,
)
from tests.hub.resources.factories import build_library_tree

PUBLICATION_TYPES = (ResearchReportPage, PolicyPaperPage, CampaignToolkitPage)


class PageTypeRuleTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()

    def test_publications_live_only_in_the_resource_library(self):
        library = self.tree["libraries"]["en"]
        home = self.tree["homes"]["en"]
        for model in PUBLICATION_TYPES:
            with self.subTest(model=model.__name__):
                self.assertTrue(model.can_create_at(library))
                self.assertFalse(model.can_create_at(home))
                self.assertFalse(model.can_create_at(self.tree["reports"]["en"]))

    def test_the_shared_base_cannot_be_created_on_its_own(self):
        self.assertFalse(PublicationPage.can_create_at(self.tree["libraries"]["en"]))

    def test_one_library_per_home_page(self):
        self.assertFalse(ResourceLibraryPage.can_create_at(self.tree["homes"]["en"]))
        self.assertEqual(ResourceLibraryPage.allowed_parent_page_models(), [HomePage])


class RequiredFieldTests(TestCase):
    def report(self, **fields):
        values = {
            "title": "Erased",
            "slug": "erased",
            "summary": "How platforms removed documentation.",
            "publication_date": datetime.date(2025, 3, 14),
        }
        values.update(fields)
        return ResearchReportPage(**values)

    def errors(self, page):
        with self.assertRaises(ValidationError) as raised:
            page.full_clean(exclude=["path", "depth"])
        return raised.exception.message_dict

    def test_summary_and_publication_date_are_required(self):
        self.assertIn("summary", self.errors(self.report(summary="")))
        self.assertIn("publication_date", self.errors(self.report(publication_date=None)))

    def test_summary_is_short_enough_for_cards_and_link_previews(self):
        self.assertIn("summary", self.errors(self.report(summary="ا" * 301)))
        self.report(summary="ا" * 300).full_clean(exclude=["path", "depth"])

    def test_doi_and_isbn_are_checked(self):
        self.assertIn("doi", self.errors(self.report(doi="doi:1234")))
        self.assertIn("isbn", self.errors(self.report(isbn="ISBN abc")))
        page = self.report(doi="10.5281/zenodo.1234567", isbn="978-3-16-148410-0")
        page.full_clean(exclude=["path", "depth"])

    def test_a_campaign_cannot_end_before_it_starts(self):
        toolkit = CampaignToolkitPage(
            title="Secure your phone",
            slug="secure-your-phone",
            summary="Six steps.",
            publication_date=datetime.date(2025, 5, 1),
            goal="Every protester is safe.",
            call_to_action="Share it.",
            campaign_start=datetime.date(2025, 6, 1),
            campaign_end=datetime.date(2025, 5, 1),
        )
        self.assertIn("campaign_end", self.errors(toolkit))

    def test_toolkit_needs_a_goal_and_a_call_to_action(self):
        toolkit = CampaignToolkitPage(
            title="Secure your phone",
            slug="secure-your-phone",
            summary="Six steps.",
            publication_date=datetime.date(2025, 5, 1),
        )
        errors = self.errors(toolkit)
        self.assertIn("goal", errors)
        self.assertIn("call_to_action", errors)
