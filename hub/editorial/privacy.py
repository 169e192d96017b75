"""A page's view restrictions apply to all its translations at once, in the same transaction.
Wagtail does not copy restrictions to translations (wagtail#11015) and wagtail-localize copies
them only at the next sync, which would leave a private report's translations public."""

from contextvars import ContextVar

from django.db.models import QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import PageViewRestriction

# Set while this module writes restrictions, so its own writes do not propagate again.
syncing = ContextVar("syncing_view_restrictions", default=False)


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


def restriction_saved(sender, instance, raw=False, **kwargs):
    if not (syncing.get() or raw):
        copy_restrictions_to_translations(instance.page)


def restriction_groups_changed(sender, instance, action, **kwargs):
    # Wagtail's privacy view saves the restriction, then its groups: sync again once they are in.
    if action in ("post_add", "post_remove", "post_clear") and not syncing.get():
        copy_restrictions_to_translations(instance.page)


def restriction_deleted(sender, instance, origin=None, **kwargs):
    """Only a restriction removed for its own sake is removed from the translations; one that
    goes because its page is deleted leaves the other translations private."""
    removed_directly = isinstance(origin, PageViewRestriction) or (
        isinstance(origin, QuerySet) and issubclass(origin.model, PageViewRestriction)
    )
    if removed_directly and not syncing.get():
        copy_restrictions_to_translations(instance.page)


def connect():
    post_save.connect(restriction_saved, sender=PageViewRestriction)
    post_delete.connect(restriction_deleted, sender=PageViewRestriction)
    m2m_changed.connect(restriction_groups_changed, sender=PageViewRestriction.groups.through)
