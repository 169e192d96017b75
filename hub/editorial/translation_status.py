"""Where each publication stands in each language, for the "Translation status" report.

The statuses, per publication and language:
- not translated: no page in that language;
- in progress: a translation exists, has never been published and is not in review;
- awaiting review: the translation is in a workflow;
- up to date: live, and synced since the source was last published;
- source changed: live, but the source was published after the translation was last synced
  (what wagtail-localize users cannot see today, its issue #832).

A fixed number of queries whatever the number of pages: everything is fetched in bulk."""

from collections import Counter, defaultdict
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Max
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, TranslationLog

from hub.core.languages import default_language_code, translation_language_codes
from hub.resources.models import PublicationPage

NOT_TRANSLATED = "not_translated"
IN_PROGRESS = "in_progress"
AWAITING_REVIEW = "awaiting_review"
UP_TO_DATE = "up_to_date"
SOURCE_CHANGED = "source_changed"
STATUSES = {
    NOT_TRANSLATED: _("Not translated"),
    IN_PROGRESS: _("In progress"),
    AWAITING_REVIEW: _("Awaiting review"),
    UP_TO_DATE: _("Live and up to date"),
    SOURCE_CHANGED: _("Live, but the source has changed since"),
}


@dataclass
class Cell:
    language: str
    status: str
    page_id: int | None = None
    untranslated_percent: int | None = None

    @property
    def label(self):
        return STATUSES[self.status]


@dataclass
class Row:
    source: PublicationPage
    cells: list[Cell]


def translation_status(languages=None) -> list[Row]:
    languages = languages or translation_language_codes()
    sources = list(
        PublicationPage.objects.filter(locale__language_code=default_language_code())
        .order_by("-publication_date", "pk")
        .only("pk", "title", "translation_key", "last_published_at")
    )
    keys = [source.translation_key for source in sources]
    pages = {
        (page["translation_key"], page["locale__language_code"]): page
        for page in PublicationPage.objects.filter(
            translation_key__in=keys, locale__language_code__in=languages
        ).values("pk", "translation_key", "locale__language_code", "live", "first_published_at")
    }
    # Pages and snippets share the workflow state table: an object id names a page only
    # together with the page base content type.
    in_review = set(
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS,
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(page["pk"]) for page in pages.values()],
        ).values_list("object_id", flat=True)
    )
    last_synced = {
        (log["source__object_id"], log["locale__language_code"]): log["synced"]
        for log in TranslationLog.objects.filter(source__object_id__in=keys)
        .values("source__object_id", "locale__language_code")
        .annotate(synced=Max("created_at"))
    }
    segments = dict(
        StringSegment.objects.filter(source__object_id__in=keys)
        .values("source__object_id")
        .annotate(total=Count("pk"))
        .values_list("source__object_id", "total")
    )
    # Translations are counted per translation context (one per segment of the source).
    translated = {
        (row["context__object_id"], row["locale__language_code"]): row["done"]
        for row in StringTranslation.objects.filter(
            context__object_id__in=keys, locale__language_code__in=languages, has_error=False
        )
        .values("context__object_id", "locale__language_code")
        .annotate(done=Count("pk"))
    }
    rows = []
    for source in sources:
        cells = []
        for language in languages:
            page = pages.get((source.translation_key, language))
            cell = Cell(language=language, status=NOT_TRANSLATED)
            if page is not None:
                cell.page_id = page["pk"]
                synced = last_synced.get((source.translation_key, language))
                if str(page["pk"]) in in_review:
                    cell.status = AWAITING_REVIEW
                elif not page["live"]:
                    cell.status = IN_PROGRESS
                elif synced and source.last_published_at and source.last_published_at > synced:
                    cell.status = SOURCE_CHANGED
                else:
                    cell.status = UP_TO_DATE
                total = segments.get(source.translation_key)
                if total:
                    done = translated.get((source.translation_key, language), 0)
                    cell.untranslated_percent = max(0, round(100 * (1 - done / total)))
            cells.append(cell)
        rows.append(Row(source=source, cells=cells))
    return rows


def counts_per_language(rows) -> dict[str, Counter]:
    counts = defaultdict(Counter)
    for row in rows:
        for cell in row.cells:
            counts[cell.language][cell.status] += 1
    return counts
