"""manage.py load_demo: the demo site in three languages, made through wagtail-localize."""

from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import TestCase, override_settings
from wagtail.models import Page, PageLogEntry, Revision, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.models import HomePage


def snapshot():
    """Everything load_demo touches, to compare a second run against the first."""
    return {
        "pages": list(Page.objects.order_by("pk").values_list("pk", "path", "title", "live")),
        "revisions": Revision.objects.count(),
        "log_entries": PageLogEntry.objects.count(),
        "users": list(get_user_model().objects.order_by("pk").values_list("pk", "password")),
        "string_translations": StringTranslation.objects.count(),
        "translations": Translation.objects.count(),
        "sites": list(Site.objects.values_list("pk", "root_page_id", "site_name")),
    }


class LoadDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.output = StringIO()
        # wagtail-localize publishes translations once the transaction commits.
        with cls.captureOnCommitCallbacks(execute=True):
            call_command("load_demo", stdout=cls.output)

    def test_home_page_exists_in_each_language_as_translations_of_one_page(self):
        homes = {page.locale.language_code: page for page in HomePage.objects.live()}
        self.assertEqual(set(homes), {"en", "ar", "he"})
        self.assertEqual(len({page.translation_key for page in homes.values()}), 1)
        self.assertEqual(homes["ar"].title, "ندافع عن الحقوق الرقمية في فلسطين والمنطقة")
        self.assertEqual(homes["he"].title, "מגינים על זכויות דיגיטליות בפלסטין ובאזור")
        self.assertEqual(Site.objects.get(is_default_site=True).root_page_id, homes["en"].pk)

    def test_translations_were_made_through_wagtail_localize(self):
        source = TranslationSource.objects.get()
        self.assertEqual(source.locale.language_code, "en")
        targets = set(
            Translation.objects.filter(source=source).values_list(
                "target_locale__language_code", flat=True
            )
        )
        self.assertEqual(targets, {"ar", "he"})
        for language in ("ar", "he"):
            with self.subTest(language=language):
                translated = StringTranslation.objects.filter(locale__language_code=language)
                self.assertGreaterEqual(translated.count(), 15)

    def test_demo_pages_are_served_in_each_language(self):
        for language, title in (
            ("en", "Defending digital rights in Palestine and the region"),
            ("ar", "ندافع عن الحقوق الرقمية في فلسطين والمنطقة"),
            ("he", "מגינים על זכויות דיגיטליות בפלסטין ובאזור"),
        ):
            with self.subTest(language=language):
                response = self.client.get(f"/{language}/")
                self.assertContains(response, f"<h1>{title}</h1>", html=True)
                self.assertNotIn("lorem", response.content.decode().lower())

    def test_one_user_per_role_and_a_local_superuser(self):
        users = get_user_model().objects
        self.assertTrue(users.get(username="admin").is_superuser)
        expected = {
            "editor": "Editors",
            "moderator": "Moderators",
            "translator-ar": "Translators – Arabic",
            "moderator-ar": "Moderators – Arabic",
            "translator-he": "Translators – Hebrew",
            "moderator-he": "Moderators – Hebrew",
        }
        for username, group in expected.items():
            with self.subTest(user=username):
                user = users.get(username=username)
                self.assertFalse(user.is_superuser)
                self.assertEqual(list(user.groups.values_list("name", flat=True)), [group])
                self.assertTrue(user.check_password("manara-demo-2026"))

    def test_credentials_are_printed(self):
        printed = self.output.getvalue()
        self.assertIn("password for every demo user: manara-demo-2026", printed)
        self.assertIn("translator-ar", printed)
        self.assertIn("Translators – Arabic", printed)

    def test_running_it_again_changes_nothing(self):
        before = snapshot()
        output = StringIO()
        with self.captureOnCommitCallbacks(execute=True):
            call_command("load_demo", stdout=output)
        self.assertEqual(snapshot(), before)
        self.assertNotIn("Created", output.getvalue())

    @override_settings(DEMO_CONTENT_ALLOWED=False)
    def test_refused_under_production_settings(self):
        before = snapshot()
        with self.assertRaisesMessage(CommandError, "load_demo is refused under these settings"):
            call_command("load_demo", stdout=StringIO())
        self.assertEqual(snapshot(), before)
