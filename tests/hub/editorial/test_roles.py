"""Locales and role groups exist after migrate, and setting them up again changes nothing."""

from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Locale

ROLE_GROUPS = {
    "Editors",
    "Moderators",
    "Translators – Arabic",
    "Moderators – Arabic",
    "Translators – Hebrew",
    "Moderators – Hebrew",
}


class RoleGroupTests(TestCase):
    def test_migrate_creates_the_locales_and_role_groups(self):
        self.assertEqual(
            set(Locale.objects.values_list("language_code", flat=True)), {"en", "ar", "he"}
        )
        self.assertEqual(
            set(Group.objects.values_list("name", flat=True)) & ROLE_GROUPS, ROLE_GROUPS
        )

    def test_every_role_group_can_reach_the_admin(self):
        for name in ROLE_GROUPS:
            with self.subTest(group=name):
                group = Group.objects.get(name=name)
                self.assertTrue(
                    group.permissions.filter(
                        content_type__app_label="wagtailadmin", codename="access_admin"
                    ).exists()
                )

    def test_setup_roles_is_idempotent_and_restores_what_is_missing(self):
        output = StringIO()
        call_command("setup_roles", stdout=output)
        self.assertEqual(
            output.getvalue().strip(), "Locales and role groups were already in place."
        )

        Group.objects.filter(name="Translators – Hebrew").delete()
        groups_before = Group.objects.count()
        output = StringIO()
        call_command("setup_roles", stdout=output)
        self.assertEqual(output.getvalue().strip(), "Created group Translators – Hebrew.")
        self.assertEqual(Group.objects.count(), groups_before + 1)
