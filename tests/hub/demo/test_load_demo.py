"""manage.py load_demo: the demo site in three languages, made through wagtail-localize."""

import unicodedata
from collections import Counter
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import TestCase, override_settings
from pypdf import PdfReader
from wagtail.models import Page, PageLogEntry, Revision, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.models import HomePage
from hub.resources.models import Person, PublicationPage, Topic


def without_marks(text):
    """Text without Arabic and Hebrew vowel marks, which the PDFs leave out."""
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


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
        home = HomePage.objects.get(locale__language_code="en")
        source = TranslationSource.objects.get_for_instance(home)
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

    def test_twelve_publications_of_the_three_types_translated_through_wagtail_localize(self):
        english = PublicationPage.objects.filter(locale__language_code="en").specific()
        self.assertEqual(len(english), 12)
        counts = Counter(page.publication_type for page in english)
        self.assertEqual(counts, {"report": 5, "paper": 4, "toolkit": 3})
        for page in english:
            with self.subTest(publication=page.slug):
                languages = {
                    p.locale.language_code for p in page.get_translations(inclusive=True).live()
                }
                targets = set(
                    Translation.objects.filter(source__object_id=page.translation_key).values_list(
                        "target_locale__language_code", flat=True
                    )
                )
                self.assertEqual(languages, {"en"} | targets)
                self.assertTrue(page.localized_authors)
                self.assertTrue(page.localized_topics)
                self.assertIsNotNone(page.cover_image)
        arabic = PublicationPage.objects.filter(locale__language_code="ar").live().count()
        hebrew = PublicationPage.objects.filter(locale__language_code="he").live().count()
        self.assertGreaterEqual(arabic, 10)
        self.assertGreaterEqual(hebrew, 4)

    def test_each_publication_has_a_real_pdf_in_its_own_language(self):
        for page in PublicationPage.objects.live().specific():
            with self.subTest(publication=page.url):
                download = page.downloads.get(language=page.locale.language_code)
                with download.document.file.open("rb") as handle:
                    text = "".join(p.extract_text() for p in PdfReader(handle).pages)
                short_title = without_marks(page.title).split(":")[0]
                self.assertIn(short_title, without_marks(text))

    def test_people_and_topics_are_translated(self):
        for model in (Person, Topic):
            with self.subTest(model=model.__name__):
                self.assertEqual(model.objects.filter(locale__language_code="en").count(), 6)
                self.assertEqual(
                    model.objects.filter(locale__language_code="ar", live=True).count(), 6
                )
                self.assertEqual(
                    model.objects.filter(locale__language_code="he", live=True).count(), 6
                )

    def test_library_in_each_language(self):
        for language, count in (("en", 12), ("ar", 11)):
            with self.subTest(language=language):
                response = self.client.get(f"/{language}/library/")
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, f"{count}")
        report = self.client.get("/ar/library/erased-in-real-time/")
        self.assertEqual(report.status_code, 200)
        self.assertContains(report, "النص الكامل بالعربية")

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
