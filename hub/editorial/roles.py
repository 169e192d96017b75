"""The locales of settings.LANGUAGES, the role groups and what each may do, and the
"Publication review" workflow.

- Editors: create and edit pages and snippets in the default language, upload documents and
  images and change any that no live page uses, submit for moderation and for translation; no
  publishing.
- Moderators (default language) and "Moderators – <Language>": the same in their language's
  tree, plus publish, unpublish, schedule and lock; they review that language.
- "Translators – <Language>": create and edit pages and snippets in their language only,
  submit them for review; upload and choose documents and images, and change or delete only
  their own uploads that no live page uses; no publishing.
A document or image that live pages use is changed or deleted only by the moderators of those
pages' languages and by administrators (hub.resources.file_permissions).
Page permissions live on each language's home page, so they need the site tree: they are
granted (again, idempotently) by `setup_roles` and by `load_demo`."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.utils.translation import get_language_info
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

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
MEDIA_MODELS = (("wagtaildocs", "document"), ("wagtailimages", "image"))


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


def moderated_languages() -> dict[str, str]:
    """Language code → the group that reviews content in that language."""
    return {settings.LANGUAGE_CODE: MODERATORS} | {
        r.language_code: r.moderators for r in locale_roles()
    }


def group_languages() -> dict[str, str]:
    """Role group → the one language its members work in."""
    languages = {EDITORS: settings.LANGUAGE_CODE, MODERATORS: settings.LANGUAGE_CODE}
    for roles in locale_roles():
        languages[roles.translators] = roles.language_code
        languages[roles.moderators] = roles.language_code
    return languages


def role_group_names() -> list[str]:
    names = [EDITORS, MODERATORS]
    for roles in locale_roles():
        names += [roles.translators, roles.moderators]
    return names


def working_languages(user) -> set[str] | None:
    """The languages a user may edit, or None for no restriction (superusers, and users in
    no role group, whose rights come from groups an administrator made)."""
    if user.is_superuser:
        return None
    languages = group_languages()
    names = [name for name in user.groups.values_list("name", flat=True) if name in languages]
    return {languages[name] for name in names} if names else None


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


def grant_media(group, actions: list[str], collection, using: str) -> None:
    """Grants the actions on documents and images in the collection and takes back the other
    media actions (translators had `change` on every file until it was withheld)."""
    withheld = [action for action in MEDIA_ACTIONS if action not in actions]
    for app_label, model in MEDIA_MODELS:
        GroupCollectionPermission.objects.using(using).filter(
            group=group,
            collection=collection,
            permission__in=permissions(app_label, [f"{a}_{model}" for a in withheld], using),
        ).delete()
        for permission in permissions(app_label, [f"{a}_{model}" for a in actions], using):
            GroupCollectionPermission.objects.using(using).get_or_create(
                group=group, collection=collection, permission=permission
            )


def permissions(app_label: str, codenames: list[str], using: str):
    found = list(
        Permission.objects.using(using).filter(
            content_type__app_label=app_label, codename__in=codenames
        )
    )
    return found


def setup_locales_and_roles(using: str = "default") -> list[str]:
    """Creates what is missing and grants what each role may do; returns what it created."""
    created = []
    for code, _name in settings.LANGUAGES:
        _locale, is_new = Locale.objects.using(using).get_or_create(language_code=code)
        if is_new:
            created.append(f"locale {code}")
    admin_access = permissions("wagtailadmin", ["access_admin"], using)
    submit_translation = permissions("wagtail_localize", ["submit_translation"], using)
    root_collection = Collection.get_first_root_node()
    languages = group_languages()
    for name, (page_codenames, snippet_codenames, may_submit) in role_grants().items():
        group, is_new = Group.objects.using(using).get_or_create(name=name)
        if is_new:
            created.append(f"group {name}")
        group.permissions.add(*admin_access, *permissions("resources", snippet_codenames, using))
        if may_submit:
            group.permissions.add(*submit_translation)
        if root_collection is not None:
            grant_media(group, media_grants()[name], root_collection, using)
        home = language_home(languages[name], using)
        if home is not None:
            # Wagtail's initial data gives Editors and Moderators rights on the root page,
            # which would reach every language's tree: a role works in its own tree only.
            GroupPagePermission.objects.using(using).filter(group=group).exclude(page=home).delete()
            for permission in permissions("wagtailcore", page_codenames, using):
                GroupPagePermission.objects.using(using).get_or_create(
                    group=group, page=home, permission=permission
                )
    created += setup_review_workflow(using)
    return created


def language_home(language_code: str, using: str):
    """The top page of a language's tree (the default site's root page, translated)."""
    return (
        Page.objects.using(using)
        .filter(depth=2, locale__language_code=language_code)
        .order_by("path")
        .first()
    )


def setup_review_workflow(using: str) -> list[str]:
    """One "Publication review" workflow, reviewed per language, on every language's library
    (a workflow applies to descendants only and each language has its own tree) and on the
    people and topics snippets."""
    from django.contrib.contenttypes.models import ContentType

    from hub.editorial.models import LanguageReviewTask
    from hub.resources.models import Person, ResourceLibraryPage, Topic

    created = []
    task, is_new = LanguageReviewTask.objects.using(using).get_or_create(name=REVIEW_TASK_NAME)
    if is_new:
        created.append(f"task {REVIEW_TASK_NAME}")
    task.groups.set(Group.objects.using(using).filter(name__in=moderated_languages().values()))
    workflow, is_new = Workflow.objects.using(using).get_or_create(name=WORKFLOW_NAME)
    if is_new:
        created.append(f"workflow {WORKFLOW_NAME}")
    WorkflowTask.objects.using(using).get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    for library in ResourceLibraryPage.objects.using(using).all():
        WorkflowPage.objects.using(using).get_or_create(
            page=library, defaults={"workflow": workflow}
        )
    for model in (Person, Topic):
        WorkflowContentType.objects.using(using).get_or_create(
            content_type=ContentType.objects.get_for_model(model),
            defaults={"workflow": workflow},
        )
    return created
