"""Which pages use a document or an image, as Wagtail's reference index records it.

Pages refer to files directly: a cover image, a download, a document link or an image in rich
text or a StreamField. Snippets are indexed as objects of their own, so a file that a snippet
refers to (a person's photo) is used by the pages that refer to that snippet: page → person →
photo, one step, through the person the page names (a page showing another language's version of
that person does not count as using that version's photo). The index skips drafts and
revisions, so a file that only a draft refers to is used by no page; it skips site settings
too, and the hub has no setting that refers to a file.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, IntegerField, OuterRef, Q, QuerySet
from django.db.models.functions import Cast
from wagtail.models import Page, ReferenceIndex


def indexed_type(model) -> ContentType:
    """The content type the reference index records for the model's objects: the model at the
    top of its inheritance (Page's own for every page type)."""
    parents = model._meta.get_parent_list()
    return ContentType.objects.get_for_model(parents[-1] if parents else model)


def pages_using(model, pk) -> QuerySet[Page]:
    """The pages, live or not, that use the file `pk` of `model` (a document or image model)."""
    page_type = indexed_type(Page)
    references = ReferenceIndex.objects.filter(
        to_content_type=indexed_type(model), to_object_id=str(pk)
    )
    from_snippets = Q()
    for type_id, object_id in (
        references.exclude(base_content_type=page_type)
        .values_list("base_content_type_id", "object_id")
        .distinct()
    ):
        from_snippets |= Q(to_content_type_id=type_id, to_object_id=object_id)
    condition = Q(pk__in=page_ids(references.filter(base_content_type=page_type)))
    if from_snippets:
        condition |= Q(
            pk__in=page_ids(
                ReferenceIndex.objects.filter(from_snippets, base_content_type=page_type)
            )
        )
    return Page.objects.filter(condition)


def files_used_by(model, pages: QuerySet[Page]) -> QuerySet:
    """The ids (a subquery) of the files of `model` that any of `pages` uses, directly or
    through a snippet."""
    page_type = indexed_type(Page)
    page_text_ids = pages.annotate(id_text=Cast("pk", CharField())).values("id_text")
    from_pages = ReferenceIndex.objects.filter(
        base_content_type=page_type, object_id__in=page_text_ids
    )
    used = ReferenceIndex.objects.filter(to_content_type=indexed_type(model)).filter(
        Q(base_content_type=page_type, object_id__in=page_text_ids)
        | Exists(
            from_pages.filter(
                to_content_type=OuterRef("base_content_type"),
                to_object_id=OuterRef("object_id"),
            )
        )
    )
    return used.annotate(file_id=Cast("to_object_id", IntegerField())).values("file_id")


def page_ids(references: QuerySet) -> QuerySet:
    """The pages that references come from, as page ids (the index keeps ids as text)."""
    return references.annotate(page_id=Cast("object_id", IntegerField())).values("page_id")
