"""Which languages a user works in: the one question other apps ask editorial about a user's
languages (search's promoted results, the files live pages use, the snippets' policy).
The answer comes from the user's role groups (hub.editorial.role_names)."""

from hub.core.languages import language_codes
from hub.core.permissions import LanguageScopedPermissionPolicy
from hub.editorial.role_names import group_languages, moderated_languages


def languages_of(user, *, moderating: bool = False) -> set[str]:
    """The languages the user's role groups let them edit or, with `moderating`, moderate
    (review and publish). Superusers work in every language; a user in no role group, whose
    rights come from groups an administrator made, in none by role."""
    if user.is_superuser:
        return set(language_codes())
    if moderating:
        groups = {group: code for code, group in moderated_languages().items()}
    else:
        groups = group_languages()
    names = user.groups.filter(name__in=groups).values_list("name", flat=True)
    return {groups[name] for name in names}


def working_languages(user) -> set[str] | None:
    """The languages a user may edit, or None for no restriction (superusers, and users in
    no role group, whose rights come from groups an administrator made)."""
    if user.is_superuser:
        return None
    return languages_of(user) or None


def translatable_snippet_policy(model) -> LanguageScopedPermissionPolicy:
    """The snippets' model permissions, for objects in the languages the user edits only."""
    return LanguageScopedPermissionPolicy(model, languages=working_languages)
