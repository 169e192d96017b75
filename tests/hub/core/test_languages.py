"""The language registry: one answer for a language's code, names and direction, wherever the
hub asks (it used to rebuild them in seven places, and two `language_name` functions answered
"Arabic" and "العربية" for the same code)."""

from django.test import SimpleTestCase, override_settings
from django.utils import translation

from hub.core import languages
from hub.editorial.role_names import locale_roles


class RegistryTests(SimpleTestCase):
    def test_the_site_languages_in_order_the_default_first(self):
        self.assertEqual(languages.language_codes(), ["en", "ar", "he"])
        self.assertEqual(languages.default_language_code(), "en")
        self.assertEqual(languages.translation_language_codes(), ["ar", "he"])

    def test_each_language_is_named_in_itself(self):
        self.assertEqual(
            [language.own_name for language in languages.languages()],
            ["English", "العربية", "עברית"],
        )

    def test_a_language_is_named_in_the_readers_language(self):
        with translation.override("he"):
            self.assertEqual(languages.reader_name("ar"), "ערבית")
        with translation.override("ar"):
            self.assertEqual(languages.reader_name("he"), "العبريّة")
        with translation.override("en"):
            self.assertEqual(languages.reader_name("he"), "Hebrew")

    def test_arabic_and_hebrew_are_written_right_to_left(self):
        self.assertEqual(
            {code: languages.direction(code) for code in languages.language_codes()},
            {"en": "ltr", "ar": "rtl", "he": "rtl"},
        )

    def test_an_unknown_code_is_refused_or_kept_as_written(self):
        with self.assertRaises(LookupError):
            languages.language("fr")
        self.assertEqual(languages.own_name("fr"), "fr")
        self.assertEqual(languages.language_order("fr"), 3)

    @override_settings(LANGUAGES=[("en", "English"), ("fa", "فارسی")])
    def test_the_registry_follows_the_setting(self):
        self.assertEqual(languages.language_codes(), ["en", "fa"])
        self.assertEqual(languages.direction("fa"), "rtl")
        self.assertEqual(languages.language("fa").english_name, "Persian")


class OneAnswerTests(SimpleTestCase):
    def test_role_groups_are_named_from_the_english_name_whatever_the_admin_speaks(self):
        with translation.override("ar"):
            self.assertEqual(
                [roles.translators for roles in locale_roles()],
                ["Translators – Arabic", "Translators – Hebrew"],
            )
