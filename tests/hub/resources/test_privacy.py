"""Making a publication private hides every translation at once, through every door."""

import feedparser
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from wagtail.models import PageViewRestriction
from wagtail_localize.models import TranslationSource

from tests.hub.resources.factories import build_library_tree


class PrivacyFollowsTheSourceTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()
        cls.reports = cls.tree["reports"]
        cls.admin = get_user_model().objects.create_superuser(
            "root", "root@localhost", "correct horse battery staple"
        )

    def set_privacy(self, page, form):
        """As an administrator does it, in the admin's privacy modal."""
        self.client.force_login(self.admin)
        response = self.client.post(
            f"/admin/pages/{page.pk}/privacy/", form, headers={"x-requested-with": "XMLHttpRequest"}
        )
        self.assertEqual(response.json()["step"], "set_privacy_done")
        self.client.logout()

    def restrict_english_report(self):
        self.set_privacy(
            self.reports["en"],
            {"restriction_type": "groups", "groups": [Group.objects.get(name="Editors").pk]},
        )

    def assertHiddenEverywhere(self):
        for language, page in self.reports.items():
            with self.subTest(door="page", language=language):
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 302)
                self.assertIn("/_util/login/", response["Location"])
            with self.subTest(door="citation", language=language):
                self.assertEqual(self.client.get(f"{page.url}cite.bib").status_code, 404)
            with self.subTest(door="library", language=language):
                library = self.client.get(f"/{language}/library/").content.decode()
                self.assertNotIn(page.title, library)
            with self.subTest(door="feed", language=language):
                feed = feedparser.parse(self.client.get(f"/{language}/library/feed/rss/").content)
                self.assertNotIn(page.title, [entry.title for entry in feed.entries])
        with self.subTest(door="short link"):
            self.assertEqual(self.client.get(f"/r/{self.reports['en'].pk}/").status_code, 404)
        with self.subTest(door="sitemap"):
            sitemap = self.client.get("/sitemap.xml").content.decode()
            self.assertNotIn("/library/erased/", sitemap)
        with self.subTest(door="API"):
            listed = self.client.get("/api/v2/pages/?limit=20").json()["items"]
            report_ids = {page.pk for page in self.reports.values()}
            self.assertFalse({item["id"] for item in listed} & report_ids)
            for page in self.reports.values():
                self.assertEqual(self.client.get(f"/api/v2/pages/{page.pk}/").status_code, 404)

    def test_restriction_on_the_source_applies_to_all_translations_at_once(self):
        self.restrict_english_report()
        for language in ("ar", "he"):
            restriction = self.reports[language].view_restrictions.get()
            self.assertEqual(restriction.restriction_type, PageViewRestriction.GROUPS)
            self.assertEqual(list(restriction.groups.values_list("name", flat=True)), ["Editors"])
        self.assertHiddenEverywhere()

    def test_password_restriction_on_a_translation_applies_to_the_source(self):
        self.set_privacy(
            self.reports["he"], {"restriction_type": "password", "password": "shared-with-partners"}
        )
        for language in ("en", "ar"):
            restriction = self.reports[language].view_restrictions.get()
            self.assertEqual(restriction.restriction_type, PageViewRestriction.PASSWORD)
            self.assertEqual(restriction.password, "shared-with-partners")

    def test_removing_the_restriction_makes_every_translation_public_again(self):
        self.restrict_english_report()
        self.set_privacy(self.reports["ar"], {"restriction_type": "none"})
        for language, page in self.reports.items():
            with self.subTest(language=language):
                self.assertFalse(page.view_restrictions.exists())
                self.assertEqual(self.client.get(page.url).status_code, 200)

    def test_deleting_one_translation_keeps_the_others_private(self):
        self.restrict_english_report()
        self.reports["he"].delete()
        self.assertTrue(self.reports["en"].view_restrictions.exists())
        self.assertTrue(self.reports["ar"].view_restrictions.exists())
        self.assertEqual(self.client.get(self.reports["ar"].url).status_code, 302)

    def test_a_sync_by_wagtail_localize_keeps_the_translations_private(self):
        """Syncing copies the source's restriction to its translations: the same one."""
        self.restrict_english_report()
        source, _created = TranslationSource.get_or_create_from_instance(self.reports["en"])
        for language in ("ar", "he"):
            source.update_target_view_restrictions(self.reports[language].locale)
        for language in ("ar", "he"):
            restriction = self.reports[language].view_restrictions.get()
            self.assertEqual(list(restriction.groups.values_list("name", flat=True)), ["Editors"])
        self.assertHiddenEverywhere()
