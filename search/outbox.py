"""The search outbox: recording which publication pages changed, in the transaction that changed
them, and draining those records into the engine, with retries when it is down.

An entry names a page, not an operation: draining reconciles the page's whole translation group
(every language shares `languages` and facet values) with the database as it is at that moment,
so entries can be replayed, repeated or merged without harm.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from wagtail.models import Page

from hub.resources.catalogue import PublicationPage
from search import extract
from search.documents import documents_for_translation_groups
from search.engines import get_search_engine
from search.engines.base import SearchEngine, SearchEngineError
from search.models import IndexOutboxEntry

logger = logging.getLogger(__name__)

FIRST_RETRY_DELAY = datetime.timedelta(seconds=10)
LONGEST_RETRY_DELAY = datetime.timedelta(hours=1)
LAST_ERROR_LENGTH = 1000


def record(page_ids: Iterable[int], reason: str) -> None:
    """Writes one entry per page, on the caller's connection and so in its transaction, and has
    the outbox drained once that transaction commits (unless SEARCH_INDEX_ON_COMMIT is off and
    the search worker alone drains it)."""
    if enqueue(page_ids, reason) and settings.SEARCH_INDEX_ON_COMMIT:
        schedule_drain_after_commit()


def enqueue(page_ids: Iterable[int], reason: str) -> int:
    """Writes one pending entry per distinct page id; returns how many."""
    entries = [IndexOutboxEntry(page_id=page_id, reason=reason) for page_id in set(page_ids)]
    IndexOutboxEntry.objects.bulk_create(entries)
    return len(entries)


def record_publications_in_subtree(page: Page, reason: str) -> None:
    """Records every publication at or below the page (a library, a home page, a publication):
    one query whatever the page's type."""
    record(publication_ids_below(path=page.path), reason)


def publication_ids_below(path) -> list[int]:
    """Ids of the publication pages whose tree path starts with `path` (a string or an
    expression): the page itself and its descendants."""
    return list(PublicationPage.objects.filter(path__startswith=path).values_list("pk", flat=True))


def schedule_drain_after_commit() -> None:
    connection = transaction.get_connection()
    if connection.in_atomic_block:
        # Once per transaction: a library deletion writes hundreds of entries. Callbacks are kept
        # per savepoint level, so one added in a savepoint that is rolled back goes with it.
        # Django has no public way to ask what is already scheduled, so this reads the
        # connection's own list (its shape last changed in Django 4.2); test_outbox.py pins it.
        level = set(connection.savepoint_ids)
        for savepoints, callback, _robust in connection.run_on_commit:
            if callback is drain_after_commit and savepoints == level:
                return
    transaction.on_commit(drain_after_commit)


def drain_after_commit() -> None:
    """The on-commit drain: whatever goes wrong stays out of the editor's request, and the
    entries stay in the outbox for the next drain or the worker. It runs in the request, so
    files whose text is not cached yet are read in the background (SEARCH_EXTRACT_IN_BACKGROUND,
    see search/extract.py): the request's time does not depend on what was uploaded."""
    try:
        with extract.in_background(settings.SEARCH_EXTRACT_IN_BACKGROUND):
            drain()
    except Exception:
        logger.exception("Draining the search outbox after a commit failed; entries are kept.")


@dataclass
class DrainReport:
    claimed: int = 0
    done: int = 0
    failed: int = 0
    indexed: int = 0
    deleted: int = 0
    last_error: str = ""


@dataclass
class TranslationGroupChange:
    """The claimed entries of one translation group, or of one page that no longer exists."""

    translation_key: str | None
    page_ids: set[int]
    entries: list[IndexOutboxEntry]


def drain(limit: int | None = None) -> DrainReport:
    """Brings the index in line for the due pending entries (at most `limit`) and marks them
    done, or, when the engine or building the documents fails, keeps them pending with the
    error and a later retry time. Never raises for a failure of the engine or of the documents.

    Claimed rows are locked (PostgreSQL skips rows another drain holds); entries written after
    the claim are left for the next drain, so an edit made during a drain is not lost."""
    now = timezone.now()
    with transaction.atomic():
        due = (
            IndexOutboxEntry.objects.select_for_update(skip_locked=True)
            .filter(status=IndexOutboxEntry.Status.PENDING)
            .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
            .order_by("pk")
        )
        entries = list(due[:limit] if limit else due)
        if not entries:
            return DrainReport()
        return reconcile(entries)


def reconcile(entries: list[IndexOutboxEntry]) -> DrainReport:
    report = DrainReport(claimed=len(entries))
    groups = group_by_translation(entries)
    engine = None
    try:
        engine = get_search_engine()
        report.indexed, report.deleted = bring_in_line(engine, groups)
    except Exception as error:
        if len(groups) > 1 and engine_reachable(engine):
            # The engine is up, so something about one publication failed (a document that cannot
            # be built, a document the engine refuses): isolate it so the others go through.
            reconcile_one_group_at_a_time(engine, groups, report)
        else:
            mark_failed(entries, error)
            report.failed = len(entries)
            report.last_error = describe(error)
    else:
        mark_done(entries)
        report.done = len(entries)
    return report


def reconcile_one_group_at_a_time(
    engine: SearchEngine, groups: list[TranslationGroupChange], report: DrainReport
) -> None:
    for group in groups:
        try:
            indexed, deleted = bring_in_line(engine, [group])
        except Exception as error:
            mark_failed(group.entries, error)
            report.failed += len(group.entries)
            report.last_error = describe(error)
        else:
            mark_done(group.entries)
            report.done += len(group.entries)
            report.indexed += indexed
            report.deleted += deleted


def group_by_translation(entries: list[IndexOutboxEntry]) -> list[TranslationGroupChange]:
    page_ids = {entry.page_id for entry in entries}
    translation_keys = dict(
        Page.objects.filter(pk__in=page_ids).values_list("pk", "translation_key")
    )
    groups: dict[object, TranslationGroupChange] = {}
    for entry in entries:
        key = translation_keys.get(entry.page_id)
        # A page that no longer exists is its own group: only its document is deleted.
        group_id = key if key is not None else ("deleted", entry.page_id)
        group = groups.setdefault(group_id, TranslationGroupChange(key, set(), []))
        group.page_ids.add(entry.page_id)
        group.entries.append(entry)
    return list(groups.values())


def bring_in_line(engine: SearchEngine, groups: list[TranslationGroupChange]) -> tuple[int, int]:
    """Indexes every live, public page of the groups and deletes the rest and the pages that are
    gone; returns (documents indexed, page ids deleted)."""
    translation_keys = {group.translation_key for group in groups if group.translation_key}
    deleted_page_ids = {
        page_id for group in groups if group.translation_key is None for page_id in group.page_ids
    }
    # A savepoint: a database error while building documents (or in a database engine) must not
    # break the transaction that then records the failure.
    with transaction.atomic():
        documents, excluded_page_ids = (
            documents_for_translation_groups(translation_keys) if translation_keys else ([], set())
        )
        to_delete = excluded_page_ids | deleted_page_ids
        if to_delete:
            engine.delete(sorted(to_delete))
        if documents:
            engine.index(documents)
    return len(documents), len(to_delete)


def engine_reachable(engine: SearchEngine | None) -> bool:
    return engine is not None and engine.health().get("status") == "ok"


def mark_done(entries: list[IndexOutboxEntry]) -> None:
    IndexOutboxEntry.objects.filter(pk__in=[entry.pk for entry in entries]).update(
        status=IndexOutboxEntry.Status.DONE, processed_at=timezone.now()
    )


def mark_failed(entries: list[IndexOutboxEntry], error: Exception) -> None:
    now = timezone.now()
    message = describe(error)
    for entry in entries:
        entry.attempts += 1
        entry.last_error = message
        entry.next_attempt_at = now + retry_delay(entry.attempts)
    IndexOutboxEntry.objects.bulk_update(entries, ["attempts", "last_error", "next_attempt_at"])
    if isinstance(error, SearchEngineError):
        logger.warning(
            "The search engine failed for %d outbox entries; retrying later: %s",
            len(entries),
            message,
        )
    else:
        logger.error(
            "Building or indexing search documents failed for %d outbox entries (pages %s).",
            len(entries),
            sorted({entry.page_id for entry in entries}),
            exc_info=error,
        )


def retry_delay(attempts: int) -> datetime.timedelta:
    """10 s after the first failure, doubling each time, at most an hour."""
    return min(FIRST_RETRY_DELAY * 2 ** (attempts - 1), LONGEST_RETRY_DELAY)


def describe(error: Exception) -> str:
    message = str(error) or type(error).__name__
    return message[:LAST_ERROR_LENGTH]


def prune_done() -> int:
    """Deletes entries done more than SEARCH_OUTBOX_RETENTION_DAYS (7) ago; returns how many."""
    days = settings.SEARCH_OUTBOX_RETENTION_DAYS
    cutoff = timezone.now() - datetime.timedelta(days=days)
    deleted, _by_model = IndexOutboxEntry.objects.filter(
        status=IndexOutboxEntry.Status.DONE, processed_at__lt=cutoff
    ).delete()
    return deleted


def pending_counts() -> dict[str, int]:
    """Pending entries, and those of them that have failed at least once: one query."""
    return IndexOutboxEntry.objects.filter(status=IndexOutboxEntry.Status.PENDING).aggregate(
        pending=Count("pk"), failed=Count("pk", filter=Q(attempts__gt=0))
    )
