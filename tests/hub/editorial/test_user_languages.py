"""Which languages a user works in, asked of editorial by everyone who needs it: the snippets'
policy, the files live pages use and search's promoted results (which used to derive it
again from the group names)."""

from django.contrib.auth.models import Group
from django.test import TestCase

from hub.editorial.permissions import languages_of, working_languages
from search.promotions import promotion_languages
from tests.hub.editorial.factories import UserFactory

EVERY_LANGUAGE = {"en", "ar", "he"}


class UserLanguagesTests(TestCase):
    def languages(self, *groups, **user_fields):
        user = UserFactory(groups=list(groups), **user_fields)
        return (
            languages_of(user),
            languages_of(user, moderating=True),
            working_languages(user),
            promotion_languages(user),
        )

    def test_every_role(self):
        # (edits, moderates, edit scope, manages promotions in)
        expected = {
            "Editors": ({"en"}, set(), {"en"}, {"en"}),
            "Moderators": ({"en"}, {"en"}, {"en"}, {"en"}),
            "Translators – Arabic": ({"ar"}, set(), {"ar"}, set()),
            "Moderators – Arabic": ({"ar"}, {"ar"}, {"ar"}, {"ar"}),
            "Translators – Hebrew": ({"he"}, set(), {"he"}, set()),
            "Moderators – Hebrew": ({"he"}, {"he"}, {"he"}, {"he"}),
        }
        for group, answers in expected.items():
            with self.subTest(group=group):
                self.assertEqual(self.languages(group), answers)

    def test_a_moderator_of_arabic_who_translates_into_hebrew(self):
        self.assertEqual(
            self.languages("Moderators – Arabic", "Translators – Hebrew"),
            ({"ar", "he"}, {"ar"}, {"ar", "he"}, {"ar"}),
        )

    def test_a_superuser_works_in_every_language(self):
        self.assertEqual(
            self.languages(is_superuser=True),
            (EVERY_LANGUAGE, EVERY_LANGUAGE, None, EVERY_LANGUAGE),
        )

    def test_a_group_an_administrator_made_gives_no_language_by_role(self):
        Group.objects.create(name="Communications")
        self.assertEqual(self.languages("Communications"), (set(), set(), None, set()))

    def test_an_inactive_moderator_manages_no_promotions(self):
        self.assertEqual(self.languages("Moderators – Hebrew", is_active=False)[3], set())
