"""Links that last: a renamed or moved publication keeps its old address working."""

from django.test import TestCase
from wagtail.contrib.redirects.models import Redirect

from tests.hub.resources.factories import build_library_tree


class RedirectTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()

    def test_renamed_publication_keeps_its_old_url(self):
        report = self.tree["reports"]["en"]
        report.slug = "erased-in-real-time"
        # Wagtail creates the redirect once the transaction commits.
        with self.captureOnCommitCallbacks(execute=True):
            report.save_revision().publish()
        response = self.client.get("/en/library/erased/")
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response["Location"], "/en/library/erased-in-real-time/")
        self.assertEqual(self.client.get("/en/library/erased-in-real-time/").status_code, 200)

    def test_editors_redirect_links_from_the_old_website(self):
        Redirect.add_redirect("/reports/2024/erased.html", self.tree["reports"]["ar"])
        response = self.client.get("/reports/2024/erased.html")
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response["Location"], "/ar/library/erased/")
