"""Every change that can alter what search shows writes outbox entries, through these receivers,
on the connection (and so in the transaction, when there is one) of the action that made it.

Only publication pages are indexed: a publication's own event records it at no query's cost;
a change to a library or home page (moved, made private, slug changed) records the publications
below it with one query; anything else is ignored without a query.
"""

from django.db.models import Subquery
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from hub.resources.catalogue import (
    Person,
    PublicationAuthor,
    PublicationDownload,
    PublicationPage,
    PublicationTopic,
    Topic,
)
from search import outbox


def record_if_publication(page, reason):
    if isinstance(page, PublicationPage):
        outbox.record([page.pk], reason)


def publication_published(sender, instance, **kwargs):
    # Translations too: wagtail-localize publishes them through Wagtail's publish action.
    record_if_publication(instance, "publish")


def publication_unpublished(sender, instance, **kwargs):
    record_if_publication(instance, "unpublish")


def publication_deleted(sender, instance, **kwargs):
    """Sent for every publication a deletion removes, also when a library or home page is
    deleted with everything below it. Its translations are recorded too: once it is gone, its
    page id no longer leads to its translation group, whose documents list its language."""
    translations = PublicationPage.objects.filter(translation_key=instance.translation_key)
    outbox.record([instance.pk, *translations.values_list("pk", flat=True)], "delete")


def page_moved(sender, instance, **kwargs):
    # Wagtail sends this with a fresh Page whose path is already the new one.
    if issubclass(sender, PublicationPage):
        outbox.record([instance.pk], "move")
    else:
        outbox.record_publications_in_subtree(instance, "move")


def slug_changed(sender, instance, **kwargs):
    """A new slug changes the URL of every publication below the page. Wagtail sends this once
    the change has committed, so these entries follow in their own transaction."""
    outbox.record_publications_in_subtree(instance, "slug")


def restriction_changed(sender, instance, raw=False, **kwargs):
    """A restriction added, changed or removed on a page makes it and everything below it
    private or public. Its groups do not matter: any restriction takes a page out of search."""
    if raw:
        return
    page_path = Page.objects.filter(pk=instance.page_id).values("path")
    outbox.record(outbox.publication_ids_below(Subquery(page_path)), "privacy")


def document_about_to_be_saved(sender, instance, raw=False, **kwargs):
    """Notes whether the document's file is being replaced, for `document_saved`."""
    if raw or instance.pk is None:
        return
    stored = sender.objects.filter(pk=instance.pk).values("file", "file_hash").first()
    instance._search_file_replaced = stored is not None and (
        stored["file"] != instance.file.name
        or bool(stored["file_hash"] and stored["file_hash"] != instance.file_hash)
    )


def document_saved(sender, instance, created=False, raw=False, **kwargs):
    """A replaced file changes the attachment text of every publication offering it."""
    if raw or created or not getattr(instance, "_search_file_replaced", False):
        return
    page_ids = PublicationDownload.objects.filter(document_id=instance.pk).values_list(
        "page_id", flat=True
    )
    outbox.record(page_ids, "document")


def snippet_published_or_unpublished(sender, instance, **kwargs):
    """People's and topics' names in any language are in the documents of the publications
    that list them, in every language (each page shows the version in its own language)."""
    if sender is Person:
        rows = PublicationAuthor.objects.filter(person__translation_key=instance.translation_key)
    elif sender is Topic:
        rows = PublicationTopic.objects.filter(topic__translation_key=instance.translation_key)
    else:
        return
    outbox.record(rows.values_list("page_id", flat=True), "snippet")


def connect():
    page_published.connect(publication_published, dispatch_uid="search_page_published")
    page_unpublished.connect(publication_unpublished, dispatch_uid="search_page_unpublished")
    post_delete.connect(
        publication_deleted, sender=PublicationPage, dispatch_uid="search_publication_deleted"
    )
    post_page_move.connect(page_moved, dispatch_uid="search_page_moved")
    page_slug_changed.connect(slug_changed, dispatch_uid="search_page_slug_changed")
    for signal in (post_save, post_delete):
        signal.connect(
            restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"search_restriction_changed_{signal is post_save}",
        )
    document_model = get_document_model()
    pre_save.connect(
        document_about_to_be_saved, sender=document_model, dispatch_uid="search_document_pre_save"
    )
    post_save.connect(document_saved, sender=document_model, dispatch_uid="search_document_saved")
    for snippet in (Person, Topic):
        for signal in (published, unpublished):
            signal.connect(
                snippet_published_or_unpublished,
                sender=snippet,
                dispatch_uid=f"search_{snippet.__name__}_{signal is published}",
            )
