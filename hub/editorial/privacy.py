"""A page's view restrictions apply to all its translations at once, in the same transaction.
Wagtail does not copy restrictions to translations (wagtail#11015) and wagtail-localize copies
them only at the next sync, which would leave a private report's translations public."""

from contextvars import ContextVar

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from wagtail.models import Page, PageViewRestriction

# Set while this module writes restrictions, so its own writes do not propagate again.
syncing = ContextVar("syncing_view_restrictions", default=False)
# Pages being deleted: their restrictions go with them and must not be removed from the
# translations that stay.
pages_being_deleted = ContextVar("pages_being_deleted", default=frozenset())


def copy_restrictions_to_translations(page):
    restrictions = list(page.view_restrictions.prefetch_related("groups"))
    token = syncing.set(True)
    try:
        for translation in page.get_translations():
            PageViewRestriction.objects.filter(page=translation).delete()
            for restriction in restrictions:
                copy = PageViewRestriction.objects.create(
                    page=translation,
                    restriction_type=restriction.restriction_type,
                    password=restriction.password,
                )
                copy.groups.set(restriction.groups.all())
    finally:
        syncing.reset(token)


def restriction_changed(sender, instance, **kwargs):
    if syncing.get() or kwargs.get("raw") or instance.page_id in pages_being_deleted.get():
        return
    copy_restrictions_to_translations(instance.page)


def page_deleting(sender, instance, **kwargs):
    if isinstance(instance, Page):
        pages_being_deleted.set(pages_being_deleted.get() | {instance.pk})


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        pages_being_deleted.set(pages_being_deleted.get() - {instance.pk})


def restriction_groups_changed(sender, instance, action, **kwargs):
    # Wagtail's privacy view saves the restriction, then its groups: sync again once they are in.
    if action in ("post_add", "post_remove", "post_clear"):
        restriction_changed(sender, instance)


def connect():
    pre_delete.connect(page_deleting)
    post_delete.connect(page_deleted)
    post_save.connect(restriction_changed, sender=PageViewRestriction)
    post_delete.connect(restriction_changed, sender=PageViewRestriction)
    m2m_changed.connect(restriction_groups_changed, sender=PageViewRestriction.groups.through)
