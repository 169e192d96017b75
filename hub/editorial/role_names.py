"""The roles as rules, with no database: the role groups' names per language, the language each
works in, which of them review a language, and what each may do. hub.editorial.roles creates
them in the database; hub.editorial.permissions answers which languages a user works in.

- Editors: create and edit pages and snippets in the default language, upload documents and
  images and change any that no live page uses, submit for moderation and for translation; no
  publishing.
- Moderators (default language) and "Moderators – <Language>": the same in their language's
  tree, plus publish, unpublish, schedule and lock; they review that language.
- "Translators – <Language>": create and edit pages and snippets in their language only,
  submit them for review; upload and choose documents and images, and change or delete only
  their own uploads that no live page uses; no publishing.
A document or image that live pages use is changed or deleted only by the moderators of those
pages' languages and by administrators (hub.editorial.file_permissions)."""

from dataclasses import dataclass

from hub.core.languages import default_language_code, language, translation_language_codes

EDITORS = "Editors"
MODERATORS = "Moderators"
WORKFLOW_NAME = "Publication review"
REVIEW_TASK_NAME = "Review by the language's moderators"

WRITE_PAGES = ["add_page", "change_page"]
MODERATE_PAGES = [*WRITE_PAGES, "publish_page", "lock_page", "unlock_page"]
WRITE_SNIPPETS = ["add_person", "change_person", "add_topic", "change_topic"]
MODERATE_SNIPPETS = [
    *WRITE_SNIPPETS,
    "publish_person",
    "publish_topic",
    "lock_person",
    "lock_topic",
]
# Rights on documents and images in the root collection. `add` lets someone change and delete
# their own uploads, `change` anyone's (Wagtail's collection-ownership policy).
MEDIA_ACTIONS = ["add", "change", "choose"]
UPLOAD_MEDIA = ["add", "choose"]


@dataclass(frozen=True)
class LocaleRoles:
    language_code: str
    translators: str
    moderators: str


def locale_roles() -> list[LocaleRoles]:
    """A translators group and a moderators group for every language but the default one,
    named so that admins can read them, in English whatever the admin's language:
    "Translators – Arabic"."""
    return [
        LocaleRoles(
            language_code=code,
            translators=f"Translators – {language(code).english_name}",
            moderators=f"Moderators – {language(code).english_name}",
        )
        for code in translation_language_codes()
    ]


def moderated_languages() -> dict[str, str]:
    """Language code → the group that reviews content in that language."""
    return {default_language_code(): MODERATORS} | {
        r.language_code: r.moderators for r in locale_roles()
    }


def group_languages() -> dict[str, str]:
    """Role group → the one language its members work in."""
    languages = {EDITORS: default_language_code(), MODERATORS: default_language_code()}
    for roles in locale_roles():
        languages[roles.translators] = roles.language_code
        languages[roles.moderators] = roles.language_code
    return languages


def role_group_names() -> list[str]:
    names = [EDITORS, MODERATORS]
    for roles in locale_roles():
        names += [roles.translators, roles.moderators]
    return names


def role_grants() -> dict[str, tuple[list[str], list[str], bool]]:
    """Group → (page permissions in its language's tree, snippet permissions, may submit
    translations)."""
    grants = {
        EDITORS: (WRITE_PAGES, WRITE_SNIPPETS, True),
        MODERATORS: (MODERATE_PAGES, MODERATE_SNIPPETS, True),
    }
    for roles in locale_roles():
        grants[roles.translators] = (WRITE_PAGES, WRITE_SNIPPETS, True)
        grants[roles.moderators] = (MODERATE_PAGES, MODERATE_SNIPPETS, True)
    return grants


def media_grants() -> dict[str, list[str]]:
    """Group → its actions on documents and images: translators upload and choose."""
    grants = {EDITORS: MEDIA_ACTIONS, MODERATORS: MEDIA_ACTIONS}
    for roles in locale_roles():
        grants[roles.translators] = UPLOAD_MEDIA
        grants[roles.moderators] = MEDIA_ACTIONS
    return grants
