"""Search documents from publication pages: the one place in search/ that knows page models.

Every function reads the pages' current state from the database, whatever instances it is
given, and builds documents only for what a reader may see: live pages with no view restriction
on them or any ancestor (Wagtail's `public()`), in a language the search analyses. Building is
in bulk, with a number of queries that does not grow with the number of pages (the first
extraction of an attachment's text is the exception: it is done once per file and cached).
"""

import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from html import unescape
from types import SimpleNamespace
from typing import NamedTuple

from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction

from hub.core.view_restrictions import without_private_pages
from hub.resources.catalogue import (
    CampaignToolkitPage,
    PolicyPaperPage,
    PublicationDownload,
    PublicationPage,
    PublicationRegion,
    ResearchReportPage,
    prefetch_localized_people_and_topics,
)
from search.analysis import LANGUAGES
from search.engines.base import SearchDocument
from search.extract import document_texts, max_chars
from search.extractors import cap

logger = logging.getLogger(__name__)

# The text a reader sees on each type's page besides the shared body, searched as part of it.
TYPE_TEXT_FIELDS = {
    ResearchReportPage: ("key_findings", "methodology"),
    PolicyPaperPage: ("recommendations",),
    CampaignToolkitPage: ("goal", "call_to_action", "steps", "share_posts", "hashtags", "partners"),
}
# A cover's card-sized rendition, the smallest the publication page itself renders: used when it
# already exists, else the original file's URL. Indexing never generates renditions, which
# would read and resize every image in the middle of a rebuild.
COVER_RENDITION = "fill-480x252"
# Blocks whose values are not prose: chosen pages, images and documents (converting them would
# cost a query per stream), choice keys and their interface labels ("Section heading" in every
# heading), and URLs.
NOT_PROSE_BLOCKS = (
    blocks.ChooserBlock,
    blocks.ChoiceBlock,
    blocks.MultipleChoiceBlock,
    blocks.URLBlock,
)


class TranslationGroupDocuments(NamedTuple):
    """What the index must hold for some translation groups: the documents of their live,
    public pages, and the ids of their other pages (drafts, unpublished, private), which must
    not be in it."""

    documents: list[SearchDocument]
    excluded_page_ids: set[int]


def build_documents(pages: Iterable[PublicationPage]) -> list[SearchDocument]:
    """Documents for those of the publications (specific or not) that may be indexed, in the
    order given."""
    return _build([page.pk for page in pages])


def documents_for_translation_groups(translation_keys: Iterable) -> TranslationGroupDocuments:
    """Everything needed to bring the index in line with the database for these groups."""
    page_ids = list(
        PublicationPage.objects.filter(translation_key__in=list(translation_keys))
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    documents = _build(page_ids)
    indexed = {document.page_id for document in documents}
    return TranslationGroupDocuments(documents, set(page_ids) - indexed)


def translation_keys_for_pages(page_ids: Iterable[int]) -> set[str]:
    """The translation groups of the publications among these page ids (deleted pages and
    other page types have none)."""
    return {
        str(key)
        for key in PublicationPage.objects.filter(pk__in=list(page_ids)).values_list(
            "translation_key", flat=True
        )
    }


def all_documents(batch_size: int = 500) -> Iterator[list[SearchDocument]]:
    """Every indexable publication, in batches of at most `batch_size`, by page id. Only one
    batch's pages are held at a time."""
    last_id = 0
    while True:
        page_ids = list(
            _indexable_pages()
            .filter(pk__gt=last_id)
            .order_by("pk")
            .values_list("pk", flat=True)[:batch_size]
        )
        if not page_ids:
            return
        documents = _build(page_ids)
        if documents:
            yield documents
        last_id = page_ids[-1]


def visible_page_ids(page_ids: Iterable[int]) -> set[int]:
    """Which of these ids are live, public publications in a searched language now: the read
    path's check of what an index returned. One query: the view restrictions are a subquery."""
    return set(
        without_private_pages(
            PublicationPage.objects.live().filter(
                locale__language_code__in=LANGUAGES, pk__in=list(page_ids)
            )
        ).values_list("pk", flat=True)
    )


def _indexable_pages(private=None):
    """Live, public publications in a searched language. `private` is a `private_q()` already
    computed (it costs a query for the view restrictions)."""
    pages = PublicationPage.objects.live().filter(locale__language_code__in=LANGUAGES)
    return pages.public() if private is None else pages.exclude(private)


def _build(page_ids: list[int]) -> list[SearchDocument]:
    if not page_ids:
        return []
    private = PublicationPage.objects.private_q()
    found = {
        page.pk: page
        for page in _indexable_pages(private)
        .filter(pk__in=page_ids)
        .select_related("locale", "cover_image", for_specific_subqueries=True)
        .specific()
    }
    pages = [found[page_id] for page_id in dict.fromkeys(page_ids) if page_id in found]
    if not pages:
        return []
    prefetch_localized_people_and_topics(pages)
    regions = _regions(pages)
    attachments = _attachments(pages)
    group_languages = _group_languages(pages, private)
    image_urls = _cover_urls(pages)
    # Wagtail caches the sites' root paths on the object passed as `request`: one lookup for
    # the whole batch instead of one per page.
    url_cache = SimpleNamespace()
    documents = []
    for page in pages:
        url_parts = page.get_url_parts(request=url_cache)
        if url_parts is None or url_parts[2] is None:
            logger.warning("Search skips page %s (%r): it has no URL on any site", page.pk, page)
            continue
        documents.append(
            SearchDocument(
                page_id=page.pk,
                translation_key=str(page.translation_key),
                language=page.locale.language_code,
                publication_type=page.publication_type,
                title=page.title,
                summary=page.summary,
                body=_body_text(page),
                authors=tuple(person.name for person in page.localized_authors),
                topic_keys=tuple(str(topic.translation_key) for topic in page.localized_topics),
                topic_names=tuple(topic.name for topic in page.localized_topics),
                regions=regions[page.pk],
                date=page.publication_date,
                url=url_parts[2],
                image_url=image_urls.get(page.pk, ""),
                languages=tuple(sorted(group_languages[page.translation_key])),
                attachment=attachments.get(page.pk, ""),
            )
        )
    return documents


def _regions(pages) -> dict[int, tuple[str, ...]]:
    by_page = defaultdict(list)
    rows = PublicationRegion.objects.filter(page__in=pages).order_by("page_id", "sort_order")
    for page_id, region in rows.values_list("page_id", "region"):
        by_page[page_id].append(region)
    return defaultdict(tuple, {page_id: tuple(codes) for page_id, codes in by_page.items()})


def _group_languages(pages, private) -> dict:
    """The languages of each group's live, public pages (the ones a reader can switch to)."""
    languages = defaultdict(set)
    rows = _indexable_pages(private).filter(
        translation_key__in={page.translation_key for page in pages}
    )
    for key, language in rows.values_list("translation_key", "locale__language_code"):
        languages[key].add(language)
    return languages


def _attachments(pages) -> dict[int, str]:
    """The joined text of each page's downloads, capped as one document's text is. Documents
    in a private collection are left out: their text must not be found by the public."""
    restricted_paths = tuple(
        CollectionViewRestriction.objects.values_list("collection__path", flat=True)
    )
    downloads = (
        PublicationDownload.objects.filter(page__in=pages)
        .select_related("document__collection")
        .order_by("page_id", "sort_order")
    )
    documents_by_page = defaultdict(dict)
    for download in downloads:
        document = download.document
        # A restriction covers its collection and every collection below it.
        if not any(document.collection.path.startswith(path) for path in restricted_paths):
            documents_by_page[download.page_id][document.pk] = document
    texts = document_texts(
        document for documents in documents_by_page.values() for document in documents.values()
    )
    return {
        page_id: cap("\n".join(filter(None, map(texts.get, documents))), max_chars())
        for page_id, documents in documents_by_page.items()
    }


def _cover_urls(pages) -> dict[int, str]:
    covers = {page.pk: page.cover_image for page in pages if page.cover_image is not None}
    renditions = {
        rendition.image_id: rendition
        for rendition in get_image_model()
        .get_rendition_model()
        .objects.filter(
            image_id__in={image.pk for image in covers.values()}, filter_spec=COVER_RENDITION
        )
    }
    return {page_id: renditions.get(image.pk, image).file.url for page_id, image in covers.items()}


def _body_text(page) -> str:
    """The page's prose, from its stored (raw) stream data: rich text without tags."""
    texts = _stream_text(page.body.stream_block, page.body.raw_data)
    for field_name in TYPE_TEXT_FIELDS.get(type(page), ()):
        value = getattr(page, field_name)
        field = page._meta.get_field(field_name)
        if isinstance(field, StreamField):
            texts.extend(_stream_text(value.stream_block, value.raw_data))
        elif isinstance(field, RichTextField):
            texts.append(rich_text_words(value))
        else:
            texts.append(value)
    return "\n".join(text for text in texts if text.strip())


def _stream_text(stream_block, raw_children) -> list[str]:
    texts = []
    for child in raw_children:
        block = stream_block.child_blocks.get(child.get("type"))
        if block is not None:
            texts.extend(_block_text(block, child.get("value")))
    return texts


def _block_text(block, raw_value) -> list[str]:
    """Wagtail's `get_searchable_content`, walked over raw values so that no chooser's value is
    converted (each conversion is a query), and without values that are not prose."""
    if raw_value is None or isinstance(block, NOT_PROSE_BLOCKS):
        return []
    if isinstance(block, blocks.StreamBlock):
        return _stream_text(block, raw_value)
    if isinstance(block, blocks.StructBlock):
        return [
            text
            for name, child_block in block.child_blocks.items()
            for text in _block_text(child_block, raw_value.get(name))
        ]
    if isinstance(block, blocks.ListBlock):
        return [
            text
            for item in raw_value
            # List items are stored as {"type": "item", "value": …, "id": …}, or bare (older).
            for text in _block_text(
                block.child_block, item["value"] if _is_list_item_record(item) else item
            )
        ]
    if isinstance(block, blocks.RichTextBlock):
        return [rich_text_words(raw_value)]
    return block.get_searchable_content(block.to_python(raw_value))


_BLOCK_TAG = re.compile(r"</?(?:p|h[1-6]|li|ul|ol|blockquote|div|br|hr)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def rich_text_words(html: str) -> str:
    """The text of stored rich text: blocks on lines of their own, inline tags dropped,
    entities decoded. The editor writes well-formed HTML, so this is enough, and several times
    faster than Wagtail's HTML parser (which took half of the time spent building documents)."""
    return unescape(_TAG.sub("", _BLOCK_TAG.sub("\n", html))).strip()


def _is_list_item_record(item) -> bool:
    return isinstance(item, dict) and item.get("type") == "item" and {"id", "value"} <= set(item)
