"""Search analytics without surveillance: how many times each query was searched per day and
language, and how many of those searches found nothing. That is all that is kept: no address,
user, session, browser, referrer or time of day, so no row can be tied to a reader. Rows older
than SEARCH_ANALYTICS_RETENTION_DAYS (90) are deleted by `manage.py search_analytics prune` and,
so that retention holds without an operator, by the first search each process records on each
day. SEARCH_ANALYTICS_ENABLED = False records nothing.

A query that looks like an e-mail address or a phone number is never recorded: readers paste
the contact details of the people they look for. Editors are shown a query only once it was
searched on SEARCH_ANALYTICS_MIN_DAYS distinct days and SEARCH_ANALYTICS_MIN_SEARCHES times
within the days kept, so that no one reader's search can be read off the report.

Logs never contain the query: search terms are personal data for readers at risk.
"""

import datetime
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q, Sum
from django.utils import timezone

from hub.core.languages import language_codes
from search.models import SearchQueryCount

logger = logging.getLogger(__name__)

QUERY_MAX_LENGTH = SearchQueryCount._meta.get_field("query").max_length
# Control and format characters (bidi marks, zero-width joiners pasted with a query) are
# invisible in the report and would split one query into several rows.
_INVISIBLE_CATEGORIES = {"Cc", "Cf"}

# Arabic-Indic and extended Arabic-Indic digits, shown as ASCII in the report.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

# The day this process last pruned, so that pruning on record runs at most once a day.
_pruned_on: datetime.date | None = None

# Contact details, matched on the folded text (Arabic-Indic digits are ASCII by then, ＠ is @).
# An e-mail address: a word, an at sign, a word ("jane doe at example dot org" is not one).
_EMAIL = re.compile(r"\w ?@ ?\w")
# A run of digits with the separators phone numbers are written with, an optional + or (
# before it; a phone number (or an ID or card number, withheld alike) has at least 7 digits.
_DIGIT_RUN = re.compile(r"[+(]?\d(?:[ ().\-/‐‑‒–—−]{0,3}\d)*")
_PHONE_MIN_DIGITS = 7
# Runs of 7 digits and more that name no one: dates, and years (Gregorian, Hijri, Hebrew).
_DATE = re.compile(r"\d{1,2}([ ./-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}([ ./-])\d{1,2}\2\d{1,2}")
_YEARS = (range(1300, 2101), range(5700, 5900))


def retention_days() -> int:
    return settings.SEARCH_ANALYTICS_RETENTION_DAYS


def analytics_enabled() -> bool:
    return settings.SEARCH_ANALYTICS_ENABLED


def min_days() -> int:
    return settings.SEARCH_ANALYTICS_MIN_DAYS


def min_searches() -> int:
    return settings.SEARCH_ANALYTICS_MIN_SEARCHES


def _visible_text(text: str) -> str:
    """Folded (case, compatibility forms, digits), invisible characters removed, whitespace
    collapsed."""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_DIGITS)
    visible = "".join(
        char for char in folded if unicodedata.category(char) not in _INVISIBLE_CATEGORIES
    )
    return " ".join(visible.split())


def report_text(text: str) -> str:
    """A query as the report shows it: folded (case, compatibility forms, digits), invisible
    characters removed, whitespace collapsed, at most QUERY_MAX_LENGTH characters. Diacritics
    and word order are kept: editors read what readers typed."""
    return _visible_text(text)[:QUERY_MAX_LENGTH].rstrip()


def _is_phone_number(digit_run: str) -> bool:
    groups = re.findall(r"\d+", digit_run)
    if sum(len(group) for group in groups) < _PHONE_MIN_DIGITS:
        return False
    if _DATE.fullmatch(digit_run):
        return False
    return not all(
        len(group) == 4 and any(int(group) in years for years in _YEARS) for group in groups
    )


def looks_like_contact_details(text: str) -> bool:
    """Whether `text` holds something that looks like an e-mail address or a phone number, in
    any of the forms readers write them: "+972 52-123-4567", "٠٥٩٩١٢٣٤٥٦", "(02) 627 1234",
    "jane.doe@example.org". Years and dates ("2019-2023", "12/05/2023") are not."""
    return _holds_contact_details(_visible_text(text))


def _holds_contact_details(visible: str) -> bool:
    if _EMAIL.search(visible):
        return True
    return any(_is_phone_number(run[0]) for run in _DIGIT_RUN.finditer(visible))


def record_search(text: str, language: str, result_count: int) -> None:
    """Counts one search of `text` in `language` today, and a search that found nothing when
    `result_count` is 0. Never raises: a failure is logged (without the query) and the search
    goes on. One or two queries, plus a delete on the process's first search of the day."""
    if not analytics_enabled():
        return
    visible = _visible_text(text)
    query = visible[:QUERY_MAX_LENGTH].rstrip()
    # The whole text is checked: a number cut off by the length limit was typed all the same.
    if not query or _holds_contact_details(visible):
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


@dataclass(frozen=True)
class Pruned:
    expired: int
    contact_details: int


def prune(today: datetime.date | None = None) -> Pruned:
    """Deletes the rows of days more than SEARCH_ANALYTICS_RETENTION_DAYS before today, and
    the rows of queries that look like contact details (recorded before they were withheld);
    returns how many of each."""
    today = today or timezone.localdate()
    cutoff = today - datetime.timedelta(days=retention_days())
    expired, _by_model = SearchQueryCount.objects.filter(day__lt=cutoff).delete()
    # Only a query with an at sign or a digit can look like contact details (stored queries
    # are folded: their digits are ASCII); the database narrows the rows down, Python decides.
    candidates = SearchQueryCount.objects.filter(
        reduce(or_, (Q(query__contains=char) for char in "@0123456789"))
    )
    withheld = [
        query
        for query in candidates.values_list("query", flat=True).distinct().iterator()
        if looks_like_contact_details(query)
    ]
    contact_details, _by_model = SearchQueryCount.objects.filter(query__in=withheld).delete()
    return Pruned(expired, contact_details)


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
    found nothing (by searches with no results), per language; only the queries (per language)
    searched on min_days() distinct days and min_searches() times within the days kept, which
    may lie before the period. One query."""
    today = timezone.localdate()
    period_since = today - datetime.timedelta(days=days - 1)
    kept_since = today - datetime.timedelta(days=retention_days() - 1)
    in_period = Q(day__gte=period_since)
    kept = Q(day__gte=kept_since)
    rows = SearchQueryCount.objects.filter(day__gte=min(period_since, kept_since))
    if language:
        rows = rows.filter(language=language)
    ranked_by = "total_zero_results" if zero_results_only else "total_searches"
    totals = (
        rows.values("query", "language")
        .annotate(
            days_searched=Count("day", distinct=True, filter=kept),
            kept_searches=Sum("searches", filter=kept),
            total_searches=Sum("searches", filter=in_period),
            total_zero_results=Sum("zero_results", filter=in_period),
        )
        .filter(days_searched__gte=min_days(), kept_searches__gte=min_searches())
        .filter(**{f"{ranked_by}__gt": 0})
        .order_by(f"-{ranked_by}", "query", "language")[:limit]
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
