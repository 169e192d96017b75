"""Locales and role groups exist after migrate, and setting them up again changes nothing."""

from io import StringIO

from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Collection, GroupCollectionPermission, Locale

ROLE_GROUPS = {
    "Editors",
    "Moderators",
    "Translators – Arabic",
    "Moderators – Arabic",
    "Translators – Hebrew",
    "Moderators – Hebrew",
}
MANAGERS = {"add", "change", "choose"}


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


def media_actions(group_name):
    """The group's actions on documents and images in the root collection, per model."""
    rows = GroupCollectionPermission.objects.filter(
        group__name=group_name, collection=Collection.get_first_root_node()
    ).values_list("permission__content_type__model", "permission__codename")
    actions = {"document": set(), "image": set()}
    for model, codename in rows:
        actions[model].add(codename.removesuffix(f"_{model}"))
    return actions


class MediaRightsTests(TestCase):
    def test_translators_upload_and_choose_files_and_the_others_may_also_change_them(self):
        for name in ROLE_GROUPS:
            expected = {"add", "choose"} if name.startswith("Translators") else MANAGERS
            with self.subTest(group=name):
                self.assertEqual(media_actions(name), {"document": expected, "image": expected})

    def test_setup_roles_takes_back_the_change_translators_had_on_every_file(self):
        group = Group.objects.get(name="Translators – Arabic")
        for app_label, model in (("wagtaildocs", "document"), ("wagtailimages", "image")):
            GroupCollectionPermission.objects.create(
                group=group,
                collection=Collection.get_first_root_node(),
                permission=Permission.objects.get(
                    content_type__app_label=app_label, codename=f"change_{model}"
                ),
            )
        call_command("setup_roles", stdout=StringIO())
        self.assertEqual(
            media_actions("Translators – Arabic"),
            {"document": {"add", "choose"}, "image": {"add", "choose"}},
        )
        self.assertEqual(media_actions("Moderators – Arabic")["document"], MANAGERS)
