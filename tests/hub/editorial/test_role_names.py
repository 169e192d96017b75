"""The role rules need no database (a SimpleTestCase refuses every query): the set-up in
hub.editorial.roles builds on them, and hub.editorial.models asks them who reviews a language
without importing the set-up, which imports it back."""

import grimp
from django.test import SimpleTestCase, override_settings

from hub.editorial import role_names


class RoleNameTests(SimpleTestCase):
    def test_the_groups_and_their_languages(self):
        self.assertEqual(
            role_names.group_languages(),
            {
                "Editors": "en",
                "Moderators": "en",
                "Translators – Arabic": "ar",
                "Moderators – Arabic": "ar",
                "Translators – Hebrew": "he",
                "Moderators – Hebrew": "he",
            },
        )

    def test_each_language_is_reviewed_by_its_own_moderators(self):
        self.assertEqual(
            role_names.moderated_languages(),
            {"en": "Moderators", "ar": "Moderators – Arabic", "he": "Moderators – Hebrew"},
        )

    def test_translators_upload_and_choose_files_only(self):
        grants = role_names.media_grants()
        self.assertEqual(grants["Translators – Hebrew"], ["add", "choose"])
        self.assertEqual(grants["Moderators – Hebrew"], ["add", "change", "choose"])

    @override_settings(LANGUAGES=[("en", "English"), ("ar", "العربية")])
    def test_a_language_removed_from_the_settings_has_no_groups(self):
        self.assertEqual(
            role_names.role_group_names(),
            ["Editors", "Moderators", "Translators – Arabic", "Moderators – Arabic"],
        )


class ImportTests(SimpleTestCase):
    """The import graph as grimp reads it (function-level imports included)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.graph = grimp.build_graph("hub", "search", "home", cache_dir=None)

    def test_the_review_task_and_the_rules_do_not_import_the_set_up(self):
        for importer in ("hub.editorial.models", "hub.editorial.role_names"):
            with self.subTest(importer=importer):
                self.assertIsNone(
                    self.graph.find_shortest_chain(
                        importer=importer, imported="hub.editorial.roles"
                    )
                )

    def test_the_language_registry_and_the_policy_need_no_other_app(self):
        for importer in ("hub.core.languages", "hub.core.permissions"):
            for imported in ("hub.editorial", "hub.resources", "home", "search"):
                with self.subTest(importer=importer, imported=imported):
                    self.assertFalse(self.graph.chain_exists(importer, imported, as_packages=True))
