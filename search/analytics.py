"""Search analytics without surveillance: how many times each query was searched per day and
language, and how many of those searches found nothing. That is all that is kept: no address,
user, session, browser, referrer or time of day, so no row can be tied to a reader. Rows older
than SEARCH_ANALYTICS_RETENTION_DAYS (90) are deleted by `manage.py search_analytics prune` and,
so that retention holds without an operator, by the first search each process records on each
day. SEARCH_ANALYTICS_ENABLED = False records nothing.

Logs never contain the query: search terms are personal data for readers at risk.
"""

import datetime
import logging
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from search.analysis import fold
from search.models import SearchQueryCount

logger = logging.getLogger(__name__)

QUERY_MAX_LENGTH = SearchQueryCount._meta.get_field("query").max_length
# Control and format characters (bidi marks, zero-width joiners pasted with a query) are
# invisible in the report and would split one query into several rows.
_INVISIBLE_CATEGORIES = {"Cc", "Cf"}

# The day this process last pruned, so that pruning on record runs at most once a day.
_pruned_on: datetime.date | None = None


def retention_days() -> int:
    return settings.SEARCH_ANALYTICS_RETENTION_DAYS


def analytics_enabled() -> bool:
    return settings.SEARCH_ANALYTICS_ENABLED


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def report_text(text: str) -> str:
    """A query as the report shows it: folded (case, compatibility forms, digits), invisible
    characters removed, whitespace collapsed, at most QUERY_MAX_LENGTH characters. Diacritics
    and word order are kept: editors read what readers typed."""
    visible = "".join(
        char for char in fold(text) if unicodedata.category(char) not in _INVISIBLE_CATEGORIES
    )
    return " ".join(visible.split())[:QUERY_MAX_LENGTH].rstrip()


def record_search(text: str, language: str, result_count: int) -> None:
    """Counts one search of `text` in `language` today, and a search that found nothing when
    `result_count` is 0. Never raises: a failure is logged (without the query) and the search
    goes on. One or two queries, plus a delete on the process's first search of the day."""
    if not analytics_enabled():
        return
    query = report_text(text)
    if not query:
        return
    if language not in language_codes():
        logger.warning("A search in %r was not recorded: not a language of the site.", language)
        return
    try:
        today = timezone.localdate()
        # A savepoint: a failure here must not break the caller's transaction.
        with transaction.atomic():
            _increment(today, language, query, zero_result=result_count == 0)
            _prune_once_a_day(today)
    except Exception as error:
        logger.error("A search in %r could not be recorded: %s", language, type(error).__name__)


def _increment(day: datetime.date, language: str, query: str, zero_result: bool) -> None:
    rows = SearchQueryCount.objects.filter(day=day, language=language, query=query)
    changes = {
        "searches": F("searches") + 1,
        "zero_results": F("zero_results") + int(zero_result),
    }
    if rows.update(**changes):
        return
    try:
        with transaction.atomic():
            SearchQueryCount.objects.create(
                day=day, language=language, query=query, searches=1, zero_results=int(zero_result)
            )
    except IntegrityError:
        # Another process created the day's row after the update found none.
        rows.update(**changes)


def _prune_once_a_day(today: datetime.date) -> None:
    global _pruned_on
    if _pruned_on != today:
        prune(today)
        _pruned_on = today


def prune(today: datetime.date | None = None) -> int:
    """Deletes the rows of days more than SEARCH_ANALYTICS_RETENTION_DAYS before today; returns
    how many."""
    today = today or timezone.localdate()
    cutoff = today - datetime.timedelta(days=retention_days())
    deleted, _by_model = SearchQueryCount.objects.filter(day__lt=cutoff).delete()
    return deleted


@dataclass(frozen=True)
class QueryTotal:
    query: str
    language: str
    searches: int
    zero_results: int


@dataclass(frozen=True)
class LanguageTotal:
    language: str
    searches: int
    zero_results: int


def period_rows(days: int, language: str | None = None):
    """The rows of the last `days` days, today included, in one language or all."""
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    rows = SearchQueryCount.objects.filter(day__gte=since)
    return rows.filter(language=language) if language else rows


def top_queries(
    days: int, language: str | None = None, limit: int = 20, zero_results_only: bool = False
) -> list[QueryTotal]:
    """The most searched queries of the period (by searches), or the queries that most often
    found nothing (by searches with no results), per language. One query."""
    rows = period_rows(days, language)
    if zero_results_only:
        rows = rows.filter(zero_results__gt=0)
    order = "-total_zero_results" if zero_results_only else "-total_searches"
    totals = (
        rows.values("query", "language")
        .annotate(total_searches=Sum("searches"), total_zero_results=Sum("zero_results"))
        .order_by(order, "query", "language")[:limit]
    )
    return [
        QueryTotal(
            total["query"], total["language"], total["total_searches"], total["total_zero_results"]
        )
        for total in totals
    ]


def totals_per_language(days: int, language: str | None = None) -> list[LanguageTotal]:
    """Searches and searches that found nothing in the period, per language, in the order of
    settings.LANGUAGES; languages with no searches count zero. One query."""
    found = {
        total["language"]: (total["total_searches"], total["total_zero_results"])
        for total in period_rows(days, language)
        .values("language")
        .annotate(total_searches=Sum("searches"), total_zero_results=Sum("zero_results"))
    }
    codes = [language] if language else language_codes()
    return [LanguageTotal(code, *found.get(code, (0, 0))) for code in codes]
