"""Wagtail's own checks for every page type: where each may be created, and that each live page
in each language answers at its URL and renders (WagtailPageTestCase)."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from hub.resources.models import (
    CampaignToolkitPage,
    PolicyPaperPage,
    ResearchReportPage,
    ResourceLibraryPage,
)
from tests.hub.resources.factories import build_library_tree

PUBLICATION_TYPES = (ResearchReportPage, PolicyPaperPage, CampaignToolkitPage)


class PageTypeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()

    def test_each_page_type_is_created_only_where_it_belongs(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(HomePage, {ResourceLibraryPage})
        self.assertAllowedParentPageTypes(ResourceLibraryPage, {HomePage})
        self.assertAllowedSubpageTypes(ResourceLibraryPage, set(PUBLICATION_TYPES))
        for page_type in PUBLICATION_TYPES:
            with self.subTest(page_type=page_type.__name__):
                self.assertAllowedParentPageTypes(page_type, {ResourceLibraryPage})
                self.assertAllowedSubpageTypes(page_type, set())
                self.assertCanNotCreateAt(HomePage, page_type)

    def test_every_live_page_of_every_type_is_routable_and_renders_in_each_language(self):
        pages = [
            *self.tree["homes"].values(),
            *self.tree["libraries"].values(),
            *self.tree["reports"].values(),
            self.tree["papers"]["en"].specific,
            self.tree["toolkit"],
        ]
        for page in pages:
            page = Page.objects.get(pk=page.pk).specific
            if not page.live:
                page.save_revision().publish()
            with self.subTest(page=page.title, language=page.locale.language_code):
                # Routing is under the language prefix (i18n_patterns), which
                # assertPageIsRoutable does not add: the reader's URL is asked instead.
                self.assertEqual(self.client.get(page.url).status_code, 200)
                self.assertPageIsRenderable(page)
