"""The admin works in English, Arabic and Hebrew; the project's catalogues fill the gaps that
Wagtail's and wagtail-localize's shipped Hebrew (and a few Arabic) catalogues leave."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import TestCase
from django.utils import translation
from wagtail.users.models import UserProfile

from tests.home.factories import build_home_tree


class AdminLanguageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages = build_home_tree()
        cls.users = {}
        for language in ("en", "ar", "he"):
            user = get_user_model().objects.create_superuser(
                f"admin-{language}", f"admin-{language}@localhost", "correct horse battery staple"
            )
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save()
            cls.users[language] = user

    def test_hebrew_is_an_admin_language(self):
        self.assertIn("he", dict(settings.WAGTAILADMIN_PERMITTED_LANGUAGES))
        self.client.force_login(self.users["en"])
        response = self.client.get("/admin/account/")
        self.assertContains(response, 'value="he"')
        self.assertContains(response, "עברית")

    def test_dashboard_in_each_language_with_direction(self):
        expected = {
            "en": ("ltr", "Dashboard", "Pages"),
            "ar": ("rtl", "لوحة التحكم", "الصفحات"),
            "he": ("rtl", "לוח בקרה", "עמודים"),
        }
        for language, (direction, dashboard, pages) in expected.items():
            with self.subTest(language=language):
                self.client.force_login(self.users[language])
                response = self.client.get("/admin/")
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, f'lang="{language}" dir="{direction}"')
                self.assertContains(response, dashboard)
                self.assertContains(response, pages)

    def test_page_editor_actions_are_in_hebrew(self):
        self.client.force_login(self.users["he"])
        response = self.client.get(f"/admin/pages/{self.pages['he'].pk}/edit/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "שמור טיוטה")  # Save draft
        self.assertContains(response, "פרסום")  # Publish

    def test_translators_everyday_strings_are_translated(self):
        # wagtail-localize's Hebrew catalogue ships 4 of its strings; these come from locale/.
        samples = {
            "he": {
                "Translate this page": "תרגום עמוד זה",
                "Sync translated pages": "סנכרון עמודים מתורגמים",
                "Submit for moderation": "שליחה לבדיקה",
                "Locales": "שפות",
            },
            "ar": {"Wagtail locales (Wagtail Localize version)": None},
        }
        for language, strings in samples.items():
            with translation.override(language):
                for source, expected in strings.items():
                    with self.subTest(language=language, string=source):
                        translated = translation.gettext(source)
                        self.assertNotEqual(translated, source)
                        if expected:
                            self.assertEqual(translated, expected)
