"""The roles in the database: the locales of the site's languages, the role groups with what
each may do (the rules are in hub.editorial.role_names), and the "Publication review"
workflow. Page permissions live on each language's home page, so they need the site tree: they
are granted (again, idempotently) by `setup_roles` and by `load_demo`."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
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

from hub.core.languages import language_codes
from hub.editorial.models import LanguageReviewTask
from hub.editorial.role_names import (
    MEDIA_ACTIONS,
    REVIEW_TASK_NAME,
    WORKFLOW_NAME,
    group_languages,
    media_grants,
    moderated_languages,
    role_grants,
)
from hub.resources.models import Person, ResourceLibraryPage, Topic

MEDIA_MODELS = (("wagtaildocs", "document"), ("wagtailimages", "image"))


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
    for code in language_codes():
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
