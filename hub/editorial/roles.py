"""The locales of settings.LANGUAGES and the role groups. The workflows issue gives the groups
their exact permissions; here every group can reach the admin."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.utils.translation import get_language_info
from wagtail.models import Locale

EDITORS = "Editors"
MODERATORS = "Moderators"


@dataclass(frozen=True)
class LocaleRoles:
    language_code: str
    translators: str
    moderators: str


def language_name(language_code: str) -> str:
    return get_language_info(language_code)["name"]


def locale_roles() -> list[LocaleRoles]:
    """A translators group and a moderators group for every language but the default one,
    named so that admins can read them: "Translators – Arabic"."""
    return [
        LocaleRoles(
            language_code=code,
            translators=f"Translators – {language_name(code)}",
            moderators=f"Moderators – {language_name(code)}",
        )
        for code, _name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE
    ]


def role_group_names() -> list[str]:
    names = [EDITORS, MODERATORS]
    for roles in locale_roles():
        names += [roles.translators, roles.moderators]
    return names


def setup_locales_and_roles(using: str = "default") -> list[str]:
    """Creates what is missing; returns the names of what it created."""
    created = []
    for code, _name in settings.LANGUAGES:
        _locale, is_new = Locale.objects.using(using).get_or_create(language_code=code)
        if is_new:
            created.append(f"locale {code}")
    access_admin = Permission.objects.using(using).filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    for name in role_group_names():
        group, is_new = Group.objects.using(using).get_or_create(name=name)
        if is_new:
            created.append(f"group {name}")
        group.permissions.add(*access_admin)
    return created
